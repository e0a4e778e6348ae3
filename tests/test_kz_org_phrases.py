"""Organisations in Kazakhstan press sentences (tests/data/kz_org_phrases.tsv):
every expected ORG found with its name (its normal form, or the entity name the
tables get: `ЕНПФ` -> `Единый накопительный пенсионный фонд`), and no other ORG. Rows with a
reason in the xfail column are known failures, kept visible (strict: a row
that starts passing must lose its reason)."""

from pathlib import Path

import pytest

from pipeline.evaluation.doclevel import fold_name

TABLE = Path(__file__).resolve().parent / 'data' / 'kz_org_phrases.tsv'


def read_table(path=TABLE):
    """[(sentence, required, optional, xfail reason)]; required and optional are
    {surface: normal} of the expected ORG mentions."""
    rows = []
    lines = [line for line in path.read_text(encoding='utf-8').splitlines()
             if line.strip() and not line.startswith('#')]
    for line in lines[1:]:
        sentence, expected, *rest = line.split('\t')
        required, optional = {}, {}
        for item in expected.split(' | '):
            item = item.strip()
            if item in ('', '-'):
                continue
            surface, normal = item.split('=>')
            target = optional if surface.startswith('?') else required
            target[surface.lstrip('?').strip()] = normal.strip()
        rows.append((sentence, required, optional, rest[0].strip() if rest else ''))
    return rows


def cases():
    for sentence, required, optional, reason in read_table():
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(sentence, required, optional, marks=marks, id=sentence[:40])


@pytest.mark.parametrize('sentence, required, optional', list(cases()))
def test_org_phrase(nlp, sentence, required, optional):
    got = {span.text: {fold_name(span._.normal), fold_name(span._.entity or span._.normal)}
           for span in nlp(sentence).ents if span.label_ == 'ORG'}
    for surface, normal in required.items():
        assert fold_name(normal) in got.get(surface, ()), (surface, got)
    extra = set(got) - set(required) - set(optional)
    assert not extra, extra
    for surface in set(optional) & set(got):
        assert fold_name(optional[surface]) in got[surface], (surface, got)


def test_table_is_read():
    rows = read_table()
    assert len(rows) >= 60
    assert all(sentence.endswith(('.', '!', '?')) for sentence, *_ in rows)
