"""Normal forms in sentences, a table a person can edit: tests/data/normal_form_phrases.tsv
(text, expected `TYPE:surface=>normal` mentions, xfail reason).

Every expected mention must be found with its type, its surface and exactly its normal form;
other mentions of the sentence are not checked.
"""

import pytest
from phrase_tables import table_cases


def parse_mentions(cell):
    """`LOC:Жирону=>Жирона | PER:Трампа=>Трамп` -> [('LOC', 'Жирону', 'Жирона'), ...]."""
    found = []
    for item in cell.split(' | '):
        label, rest = item.strip().split(':', 1)
        surface, normal = rest.split('=>')
        found.append((label, surface.strip(), normal.strip()))
    return found


@pytest.mark.parametrize('cell, expected', [
    ('LOC:Жирону=>Жирона', [('LOC', 'Жирону', 'Жирона')]),
    ('PER:Трампа=>Трамп | LOC:Бове=>Бове', [('PER', 'Трампа', 'Трамп'), ('LOC', 'Бове', 'Бове')]),
])
def test_parse_mentions(cell, expected):
    assert parse_mentions(cell) == expected


@pytest.mark.parametrize('text, cell', table_cases('normal_form_phrases.tsv', 'mentions'))
def test_normal_form(nlp, text, cell):
    found = {(span.label_, span.text, span._.normal) for span in nlp(text).ents}
    missing = [mention for mention in parse_mentions(cell) if mention not in found]
    assert not missing, f'missing {missing}, found {sorted(found)}'
