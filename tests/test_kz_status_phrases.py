"""The status (target or actual) of figures in Kazakhstan news sentences written for this test
(tests/data/kz_status_phrases.tsv): planned, promised, forecast, required and allocated-for-the-future
figures are targets; done, received, measured and current ones are actuals."""

import re

import pytest
from phrase_tables import table_cases

TABLE = 'kz_status_phrases.tsv'
DOCS = []  # a span group works only while its Doc lives


def _rows():
    return table_cases(TABLE, 'figures')


def _expected(cell):
    """[(figure text, status)] of a `figure text=>status ; ...` cell."""
    items = []
    for item in filter(None, (part.strip() for part in cell.split(';'))):
        text, status = item.split('=>')
        assert status in ('target', 'actual'), item
        items.append((text.strip(), status))
    return items


def _holds(span_text, key):
    """Does a figure's text hold `key` as a whole number (`2` is in `до 2 млн`, not in `2,1 млн`, `12`)?"""
    return re.search(r'(?<![\d,])' + re.escape(key) + r'(?![\d,])', span_text) is not None



def test_table_is_large():
    assert len(_rows()) >= 80


def test_table_has_both_statuses():
    statuses = [status for row in _rows() for _, status in _expected(row.values[1])]
    assert statuses.count('target') >= 30 and statuses.count('actual') >= 30


@pytest.mark.parametrize('text, cell', _rows())
def test_status(figures_nlp, text, cell):
    DOCS[:] = [figures_nlp(text)]
    spans = list(DOCS[0].spans['figures'])
    found, missing = [], []
    for key, status in _expected(cell):
        span = next((span for span in spans if _holds(span.text, key)), None)
        if span is None:
            missing.append(key)
        else:
            spans.remove(span)
            found.append((key, span._.figure['status'], status))
    assert not missing, {'no figure for': missing}
    assert all(ours == expected for _, ours, expected in found), found
