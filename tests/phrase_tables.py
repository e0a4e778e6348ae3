"""Reading the figure, status and link phrase tables (tests/data/kz_*_phrases.tsv): a tab-separated
table a person can edit, `#` lines comments, a `text` column, the expected cell, an `xfail` reason."""

import csv
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / 'data'


def table_cases(name, column):
    """(text, expected cell) parameters of the table `name`, a row with a reason a strict expected failure."""
    with (DATA / name).open(encoding='utf-8') as handle:
        lines = [line for line in handle if not line.startswith('#')]
    cases = []
    for number, row in enumerate(csv.DictReader(lines, delimiter='\t', quoting=csv.QUOTE_NONE), 1):
        marks = [pytest.mark.xfail(reason=row['xfail'], strict=True)] if row['xfail'] else []
        cases.append(pytest.param(row['text'], row[column], marks=marks, id=f'row{number:03d}'))
    return cases
