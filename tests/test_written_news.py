"""Ten Kazakhstan news articles written for the project (tests/data/written_news: an akimat
meeting, company results, a court case, football, sowing, a Mazhilis committee, a ministry
programme, a foreign visit, science, a maslikhat session; people invented, institutions and
places real) against their hand-made gold (gold.json there): document-level F1 per type,
counted as ../shared/gold/score_gold.py counts it.

FLOORS is a golden figure a person can edit: raise a floor when a change lifts a type, never
lower one to let a change through. The misses are printed (`pytest -s`) to show what is left.
"""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.evaluation.doclevel import run_entities, score_gold_docs

FOLDER = Path(__file__).resolve().parent / 'data' / 'written_news'
FLOORS = {'PER': 0.977, 'ORG': 0.949, 'LOC': 1.000}


def read_gold():
    documents = json.loads((FOLDER / 'gold.json').read_text(encoding='utf-8'))['documents']
    return [SimpleNamespace(id=document['doc_id'], entities=document['entities']) for document in documents]


@pytest.fixture(scope='module')
def table(nlp, tmp_path_factory):
    from pipeline import run
    result = run([FOLDER], output_dir=tmp_path_factory.mktemp('written_news'), nlp=nlp)
    tables = result.tables
    found = run_entities(tables['mentions'].to_dict('records'), tables['entities'].to_dict('records'))
    docs = read_gold()
    table, errors = score_gold_docs(docs, [found.get(doc.id, set()) for doc in docs], corpus='written-news')
    for error in errors:
        print('  ', error)
    return table


def test_every_article_has_gold():
    assert sorted(path.stem for path in FOLDER.glob('*.txt')) == sorted(doc.id for doc in read_gold())


@pytest.mark.parametrize('type', sorted(FLOORS))
def test_written_news_f1(table, type):
    assert table.rows[type]['F1'] >= FLOORS[type], (type, table.rows)
