"""Links between figures (part_of, with) in Kazakhstan news passages written for this test
(tests/data/kz_link_phrases.tsv): the links found must be exactly those of the table, no more."""


import pytest
from phrase_tables import table_cases

TABLE = 'kz_link_phrases.tsv'


def _rows():
    return table_cases(TABLE, 'links')


def _expected(cell):
    return sorted(filter(None, (item.strip() for item in cell.split(';'))))



def test_table_is_large():
    assert len(_rows()) >= 60


def test_table_has_negative_rows():
    assert sum(1 for row in _rows() if not row.values[1]) >= 10


@pytest.mark.parametrize('text, cell', _rows())
def test_links(figures_nlp, text, cell):
    doc = figures_nlp(text)
    spans = list(doc.spans['figures'])
    names = [text[span._.figure['start']:span._.figure['stop']] for span in spans]
    found = []
    for index, span in enumerate(spans):
        total, described = span._.figure['part_of'], span._.figure['with_']
        if total is not None:
            found.append(f'{names[index]}=>{names[total]}')
        if described is not None:
            found.append(f'{names[index]}~>{names[described]}')
    assert sorted(found) == _expected(cell)
