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


# [word, its first parse known to the dictionary]: `Parse.is_known` kept by the word gives pymorphy3's look-up
@pytest.mark.parametrize('word, known', [
    ('москва', True),
    ('Москвы', True),
    ('ёлка', True),
    ('елка', True),              # `е` for `ё`: one of pymorphy3's substitutes
    ('бюджетов', True),
    ('Жанболатовна', False),     # a guess from the ending
    ('Сарыжайлау', False),
    ('xyzqw', False),
    ('по-новому', True),
])
def test_is_known_by_word(word, known):
    analyzer = get_analyzer()
    parses = parse(word) + tuple(parse(word.lower()))
    assert [parsed.is_known for parsed in parses] == [
        analyzer.dictionary.word_is_known(word=parsed.word, substitutes_compiled=analyzer.char_substitutes)
        for parsed in parses]
    assert parses[0].is_known == known
