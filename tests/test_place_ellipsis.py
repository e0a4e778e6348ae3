"""A district's or a region's adjective whose head noun is left out (pipeline/nlp/place_ellipsis.py), the
Kazakh river names in -су (kazakh.is_water_name), the settlement names in a hard consonant and after a
person (settlements.py), and the district adjectives with a linking -н- (lone_places.adjective_names).
Phrases written for the test."""

import pytest
from spacy.tokens import Span

from pipeline.nlp.kazakh import is_water_name
from pipeline.nlp.place_ellipsis import elliptic_head_normal, is_listed_district_adjective
from pipeline.nlp.settlements import is_unknown_hard_ending, named_after_person_normal
from pipeline.nlp.stages.repair.lone_places import adjective_names


def mention(nlp, text, surface):
    doc = nlp(text)
    return doc, next(span for span in doc.ents if span.text == surface)


@pytest.mark.parametrize('text, surface, expected', [
    ('В Зерендинском районе открыли школу, в Сандыктауском — больницу.', 'Сандыктауском', 'Сандыктауский район'),
    ('Трасса свяжет Жамбылскую область с Туркестанской.', 'Туркестанской', 'Туркестанская область'),
    # no dash after a masculine adjective: a village may be named so
    ('В Уланском районе дети из Самарского учатся в городе.', 'Самарского', None),
    # no district or region before it
    ('Из Самарского — в город.', 'Самарского', None),
])
def test_elliptic_head_normal(nlp, text, surface, expected):
    doc, span = mention(nlp, text, surface)
    assert elliptic_head_normal(doc, span) == expected


@pytest.mark.parametrize('text, surface, expected', [
    ('Почта объедет сёла Иргизского и Айтекебийского районов.', 'Иргизского', True),
    ('Жители сёл Тасоткельского, Ойталского и Сортобинского сельских округов пришли на сход.', 'Ойталского', True),
    ('Газ провели в сёла Уланского и Катон-Карагайского районов.', 'Уланского', True),
    # no list: the village itself is named by the adjective
    ('Школу построят в селе Кызылжарском.', 'Кызылжарском', False),
    # a list of villages closed by no district noun
    ('В сёлах Покровском и Жалагашском отремонтируют дороги.', 'Покровском', False),
])
def test_is_listed_district_adjective(nlp, text, surface, expected):
    doc = nlp.make_doc(text)
    words = [token.text for token in doc]
    index = words.index(surface)
    assert is_listed_district_adjective(doc, Span(doc, index, index + 1, label='LOC')) is expected


@pytest.mark.parametrize('word, expected', [
    ('Коксу', True), ('Карасу', True), ('Жетысу', True), ('Кокса', False), ('Таласу', False),
])
def test_is_water_name(word, expected):
    assert is_water_name(word) is expected


@pytest.mark.parametrize('word, expected', [
    ('Сарыбел', True), ('Талапкер', True), ('Москва', False), ('Коянды', False), ('Ивановке', False),
])
def test_is_unknown_hard_ending(word, expected):
    assert is_unknown_hard_ending(word) is expected


@pytest.mark.parametrize('text, surface, expected', [
    ('Воду провели в поселок Сакена Сейфуллина.', 'Сакена Сейфуллина', 'Сакена Сейфуллина'),
    ('Открыли памятник Сакену Сейфуллину.', 'Сакену Сейфуллину', None),
])
def test_named_after_person_normal(nlp, text, surface, expected):
    doc = nlp(text)
    span = next(span for span in doc.ents if span.text == surface)
    span.label_ = 'LOC'
    assert named_after_person_normal(doc, span) == expected


@pytest.mark.parametrize('stems, name, expected', [
    ({'меркен'}, 'мерке', True),
    ({'кордай'}, 'корда', True),
    ({'талгар'}, 'талга', False),
])
def test_adjective_names(stems, name, expected):
    assert (name in adjective_names(stems)) is expected
