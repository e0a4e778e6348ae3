"""morph.lexeme_forms reads a parse's lexeme off its paradigm: the same forms, in the same order,
as pymorphy3's own `Parse.lexeme`, and `inflect` the same form as `Parse.inflect` (words written
for the tests: unknown words pymorphy3 reads as a prefix before a dictionary word, and a word with
a known prefix)."""

import pytest

from pipeline.nlp.morph import PREFIX_STACKS, inflect, lexeme_forms, parse

# a word -> the analysers of its first parse
PREFIXED = [
    ('Нурсултанова', ('DictionaryAnalyzer', 'UnknownPrefixAnalyzer')),
    ('Сарыжазе', ('DictionaryAnalyzer', 'UnknownPrefixAnalyzer')),
    ('Кызылорды', ('DictionaryAnalyzer', 'UnknownPrefixAnalyzer')),
    ('псевдодемократии', ('DictionaryAnalyzer', 'KnownPrefixAnalyzer')),
    ('квазиналога', ('DictionaryAnalyzer', 'KnownPrefixAnalyzer')),
]
GRAMMEMES = [{'nomn', 'sing'}, {'gent'}, {'datv', 'plur'}, {'nomn', 'sing', 'femn'}, {'ablt', 'sing'}]


def units(parsed):
    return tuple(type(method[0]).__name__ for method in parsed.methods_stack)


@pytest.mark.parametrize('word, stack', PREFIXED)
def test_prefixed_lexeme_is_pymorphy3s(word, stack):
    parsed = parse(word)[0]
    assert units(parsed) == stack and stack in PREFIX_STACKS
    assert lexeme_forms(parsed) == [(form.word, form.tag) for form in parsed.lexeme]


@pytest.mark.parametrize('word, stack', PREFIXED)
@pytest.mark.parametrize('grammemes', GRAMMEMES, ids=lambda grammemes: '-'.join(sorted(grammemes)))
def test_prefixed_inflection_is_pymorphy3s(word, stack, grammemes):
    parsed = parse(word)[0]
    expected = parsed.inflect(set(grammemes))
    assert inflect(parsed, grammemes) == (expected.word if expected else None)
