"""Facilities, sites, awards, two-part country names and organisation shapes (an owner
before a quoted name, a Latin name after a head noun) in news
sentences written for this test (tests/data/nerel_shape_phrases.tsv): every PER, ORG and LOC
mention of a sentence, and no other."""

import pytest
from phrase_tables import table_cases

TABLE = 'nerel_shape_phrases.tsv'


def expected_mentions(cell):
    """{(type, surface)} of a `TYPE:surface | ...` cell (`-`: none)."""
    if cell.strip() == '-':
        return set()
    mentions = set()
    for item in cell.split(' | '):
        label, surface = item.strip().split(':', 1)
        assert label in ('PER', 'ORG', 'LOC'), item
        mentions.add((label, surface))
    return mentions


@pytest.mark.parametrize('text, cell', table_cases(TABLE, 'mentions'))
def test_mentions(nlp, text, cell):
    got = {(span.label_, span.text) for span in nlp(text).ents if span.label_ in ('PER', 'ORG', 'LOC')}
    assert got == expected_mentions(cell)


def test_table_is_read():
    cases = table_cases(TABLE, 'mentions')
    assert len(cases) >= 15
    assert sum(not expected_mentions(case.values[1]) for case in cases) >= 3   # rows with no mention
