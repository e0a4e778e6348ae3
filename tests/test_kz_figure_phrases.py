"""Figures of Kazakhstan news sentences written for this test (tests/data/kz_figure_phrases.tsv):
value, qualifier, object (or the unit's noun for money and percent) and status, compared as the gold
scorer compares them (a range counts as its lower bound `more` and its upper bound `less`; a two-word
object also accepts its head noun: `квадратных метров` -> `метр` for `квадратный метр`)."""


import pytest
from phrase_tables import table_cases

TABLE = 'kz_figure_phrases.tsv'
# the noun a currency or percent sign stands for
UNIT_OBJECT = {'%': 'процент', 'KZT': 'тенге', 'USD': 'доллар', 'EUR': 'евро', 'RUB': 'рубль', 'CNY': 'юань'}


def _rows():
    return table_cases(TABLE, 'figures')


def _expected(cell):
    figures = []
    for item in filter(None, (part.strip() for part in cell.split(';'))):
        value, qualifier, obj, status = item.split('|')
        figures.append((float(value), qualifier, obj.replace('ё', 'е'), status))
    return sorted(figures)


def _found(span):
    facts = span._.figure
    obj = (facts['object'] or UNIT_OBJECT.get(facts['unit'] or '', '')).replace('ё', 'е')
    if facts.get('value_max') is not None:
        return [(float(facts['value']), 'more', obj, facts['status']),
                (float(facts['value_max']), 'less', obj, facts['status'])]
    return [(float(facts['value']), facts['qualifier'], obj, facts['status'])]


def _same(found, expected):
    """One found figure against one expected: a two-word expected object accepts its head noun."""
    if found == expected:
        return True
    return found[:2] == expected[:2] and found[3] == expected[3] and ' ' in expected[2] \
        and found[2] == expected[2].split()[-1]



def test_table_is_large():
    assert sum(1 for _ in _rows()) >= 60


@pytest.mark.parametrize('text, cell', list(_rows()))
def test_figures(figures_nlp, text, cell):
    doc = figures_nlp(text)
    found = sorted(figure for span in doc.spans['figures'] for figure in _found(span))
    expected = _expected(cell)
    unmatched = list(found)
    missing = []
    for figure in expected:
        hit = next((other for other in unmatched if _same(other, figure)), None)
        if hit is None:
            missing.append(figure)
        else:
            unmatched.remove(hit)
    assert not missing and not unmatched, {'missing': missing, 'unexpected': unmatched}
