"""The grammeme attributes of pymorphy3's tags, cached by the tag, read as pymorphy3 reads them."""

import pytest

from pipeline.nlp.morph import TagAttribute, get_analyzer, parse


@pytest.mark.parametrize('word, attribute, expected', [
    ('Москвы', 'case', 'gent'),
    ('Москвы', 'POS', 'NOUN'),
    ('сказала', 'gender', 'femn'),
    ('сказала', 'case', None),          # a verb has no case
    ('сказали', 'number', 'plur'),
    ('пойдём', 'person', '1per'),
    ('пошёл', 'tense', 'past'),
    ('пошёл', 'aspect', 'perf'),
    ('быстрыми', 'animacy', None),
])
def test_first_parse_attribute(word, attribute, expected):
    assert getattr(parse(word)[0].tag, attribute) == expected


@pytest.mark.parametrize('word', ['Ивановой', 'стали', 'мая', 'Алматы', 'iPhone', '2026', 'ХХI', 'по-новому'])
def test_every_attribute_is_pymorphy3_s(word):
    cached = {name: attribute for name, attribute in vars(get_analyzer().TagClass).items()
              if isinstance(attribute, TagAttribute)}
    assert {'POS', 'case', 'gender', 'number', 'animacy', 'tense'} <= set(cached)
    for name, attribute in cached.items():
        for parsed in parse(word):
            found = attribute.attribute.grammeme_set & parsed.tag.grammemes
            assert getattr(parsed.tag, name) == (next(iter(found)) if found else None), (word, name)


# a hyphenated pair of nouns with a declined first half reads only as the pair declined in both halves;
# a first half no reading declines stays as written
@pytest.mark.parametrize('word, lemmas', [
    ('школы-лицея', {'школа-лицей'}),
    ('Школы-лицея', {'школа-лицей'}),
    ('школу-лицей', {'школа-лицей'}),
    ('школой-интернатом', {'школа-интернат'}),
    ('музея-заповедника', {'музей-заповедник'}),
    ('интернет-магазина', {'интернет-магазин'}),
    ('Усть-Каменогорска', {'усть-каменогорск'}),
    ('вице-министра', {'вице-министр'}),
])
def test_hyphenated_halves(word, lemmas):
    assert {parsed.normal_form for parsed in parse(word) if parsed.tag.POS == 'NOUN'} == lemmas
