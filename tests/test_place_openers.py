"""A sentence's capitalised first word before a place noun in the plural is no name's
(opening_place_phrases.py, `opening-place-plural`): an adjective and a plural noun of villages, districts or
regions name no place; a plural noun of settlements before a name leaves the name alone.
Rows: [sentence, expected (label, surface, normal) of the PER and LOC mentions]; phrases written for this table."""

import pytest

ROWS = [
    ('Приграничные села получат газ к зиме.', []),
    ('Северные районы области ждут снега.', []),
    ('Южные регионы страны готовятся к жаре.', []),
    ('Западные области получат больше воды.', []),
    ('Таежные поселки Восточного Казахстана отрезаны от мира.',
     [('LOC', 'Восточного Казахстана', 'Восточно-Казахстанская область')]),
    ('Курорты Сарыагаш и Алаколь ждут туристов.', [('LOC', 'Сарыагаш', 'Сарыагаш'), ('LOC', 'Алаколь', 'Алаколь')]),
    ('Поселки Шахан и Актас получат автобусы.', [('LOC', 'Шахан', 'Шахан'), ('LOC', 'Актас', 'Актас')]),
    # a name, not a phrase: a singular noun, a place's own plural, a sentence's inside
    ('Карагандинская область получит новые автобусы.', [('LOC', 'Карагандинская область', 'Карагандинская область')]),
    ('Кольсайские озера ждут туристов.', [('LOC', 'Кольсайские озера', 'Кольсайские озера')]),
    ('Снег выпал в Акмолинской и Карагандинской областях.',
     [('LOC', 'Акмолинской', 'Акмолинская область'), ('LOC', 'Карагандинской областях', 'Карагандинская область')]),
]


@pytest.mark.parametrize('text, expected', ROWS)
def test_opening_place_plurals(nlp, text, expected):
    found = [(span.label_, span.text, span._.canonical or span._.normal) for span in nlp(text).ents
             if span.label_ in ('PER', 'LOC')]
    assert found == expected
