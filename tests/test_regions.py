"""Places named with a head noun (normalize.py): regions and districts sharing a plural head.
Each row: [sentence, (text, normal form) of LOC mentions found, texts not found as a LOC]."""

import pytest


def places(nlp, text):
    return {(span.text, span._.normal) for span in nlp(text).ents if span.label_ == 'LOC'}


# coordinated adjectives with one plural head: each is a place, `<adjective> <head>` in the
# nominative singular
COORDINATED = [
    ('Паводки затопили дома в Зайсанском и Глубоковском районах.',
     [('Зайсанском', 'Зайсанский район'), ('Глубоковском районах', 'Глубоковский район')], []),
    ('Снегопады ожидаются в Акмолинской, Костанайской и Павлодарской областях.',
     [('Акмолинской', 'Акмолинская область'), ('Костанайской', 'Костанайская область')], []),
    ('Фермеры Жамбылской, Туркестанской и Кызылординской областей получат субсидии.',
     [('Жамбылской', 'Жамбылская область'), ('Туркестанской', 'Туркестанская область')], []),
    ('Школы закрыты в Айыртауском, Тайыншинском районах.',
     [('Айыртауском', 'Айыртауский район'), ('Тайыншинском районах', 'Тайыншинский район')], []),
    ('Жители Карасайского и Талгарского районов вышли на субботник.',
     [('Карасайского', 'Карасайский район'), ('Талгарского районов', 'Талгарский район')], []),
    ('Акмолинская и Костанайская области объявили карантин.',
     [('Акмолинская', 'Акмолинская область')], []),
    # a surname pymorphy3 knows declines as the adjective it is
    ('Новую школу построили в Глубоковском районе.',
     [('Глубоковском районе', 'Глубоковский район')], []),
    # a comma between two places with singular heads joins nothing
    ('Дожди прошли в Москве, Тверской области и Карелии.',
     [('Тверской области', 'Тверская область')], []),
]

@pytest.mark.parametrize('text, found, absent', COORDINATED)
def test_places(nlp, text, found, absent):
    got = places(nlp, text)
    assert set(found) <= got, got
    assert not {surface for surface, _ in got} & set(absent), got
