"""Persons, organisations and places in Kazakhstan news, a golden table a person can
edit: tests/data/kz_entity_phrases2.tsv (sentence, expected PER/ORG/LOC mentions,
xfail reason).

Each row's mentions must be exactly the expected ones: every required mention found
with its surface and its name (the name the entity tables give it: a place by its
canonical name, a person or an organisation by its entity's name), no other mention
but the optional ones (`ORG?:`, `LOC?:`). The table's format and the comparison are
those of tests/test_kz_perloc_phrases.py, extended to organisations.
"""

from pathlib import Path

import pytest

from test_kz_perloc_phrases import cases, compare, read_table, table_name

TABLE = Path(__file__).resolve().parent / 'data' / 'kz_entity_phrases2.tsv'
ROWS = read_table(TABLE)


def entities(nlp, text):
    """(label, surface, name) of the PER, ORG and LOC mentions, named as the entity
    tables name them."""
    return [(span.label_, span.text, table_name(span)) for span in nlp(text).ents
            if span.label_ in ('PER', 'ORG', 'LOC')]


def test_table_is_read():
    labels = {mention[0] for _, mentions, _ in ROWS for mention in mentions}
    assert len(ROWS) >= 80 and labels == {'PER', 'ORG', 'LOC'}
    assert all(text.endswith(('.', '!', '?')) for text, _, _ in ROWS)


@pytest.mark.parametrize('text, expected, reason', cases(ROWS))
def test_phrase(nlp, text, expected, reason):
    missing, spurious = compare(entities(nlp, text), expected)
    assert not missing and not spurious, f'missing {missing}, spurious {spurious}'


@pytest.mark.parametrize('text, expected', [
    ('Работу ведёт Департамент по чрезвычайным ситуациям Северо-Казахстанской области (ДЧС СКО).', 'ДЧС СКО'),
    # an organisation's country in brackets is the country, not its abbreviation
    ('Контракт подписала компания Shell (США).', None),
])
def test_bracketed_abbreviation(nlp, text, expected):
    brackets = [span for span in nlp(text).ents if span.label_ == 'ORG' and span._.rule == 'bracketed']
    assert [span.text for span in brackets] == ([expected] if expected else [])
