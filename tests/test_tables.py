"""Table schemas, offsets into the source, error rows instead of crashes."""

import csv
import io
import math

import pandas as pd
import pytest
from spacy.language import Language

from pipeline import ConfigError, load, run
from pipeline.running.output import csv_cells, defuse_formula, ordered
from pipeline.schema import COLUMNS


@pytest.mark.parametrize('name', ['documents', 'mentions', 'entities', 'figures', 'dates'])
def test_written_tables_have_their_columns(seed_run, name):
    path = seed_run.paths[name]
    with open(path, encoding='utf-8', newline='') as file:
        header = next(csv.reader(file))
    assert header == COLUMNS[name]
    assert len(seed_run[name]) > 0


@pytest.mark.parametrize('name', ['mentions', 'figures', 'dates'])
def test_every_row_points_at_its_text(seed_run, seed_texts, name):
    for row in seed_run[name].itertuples():
        assert seed_texts[row.doc_id][row.start:row.stop] == row.text


def test_mentions_link_to_entities(seed_run):
    entities = seed_run['entities']
    assert entities.entity_id.is_unique
    assert set(seed_run['mentions'].entity_id) == set(entities.entity_id)
    counts = seed_run['mentions'].groupby('entity_id').size()
    assert entities.set_index('entity_id').mentions.sort_index().tolist() == counts.sort_index().tolist()


@pytest.mark.parametrize('doc_id, text, normal', [
    ('000_c3cf6f03c16193e0', 'Касым-Жомартом Токаевым', 'Касым-Жомарт Токаев'),
    ('004_16069f1d7c2dcc6d', 'Караганде', 'Караганда'),
    ('003_33a8a9730e545f7b', 'Касым-Жомартом Кемелулы Токаевым', 'Касым-Жомарт Кемелулы Токаев'),
    ('002_ac13eef28b1c2819', 'Восточно-Казахстанской области', 'Восточно-Казахстанская область'),
])
def test_seed_normal_forms(seed_run, doc_id, text, normal):
    mentions = seed_run['mentions']
    rows = mentions[(mentions.doc_id == doc_id) & (mentions.text == text)]
    assert list(rows.normal.unique()) == [normal]


def test_documents_table(seed_run):
    documents = seed_run['documents'].set_index('doc_id')
    assert (documents.status == 'ok').all()
    assert documents.loc['001_d955e6dc879a892f', 'date'] == '2026-02-12'
    assert documents.tokens.min() > 100
    # 000 has no `date` line; it opens with `4 февраля 2026 года в Астане`
    assert tuple(documents.loc['000_c3cf6f03c16193e0', ['date', 'date_source']]) == ('2026-02-04', 'text')
    assert (documents.drop('000_c3cf6f03c16193e0').date_source == 'header').all()


@pytest.mark.parametrize('text, date', [
    ('Выборы в Сенат\nАстана\n5 августа 2016 года прошло заседание.', '2016-08-05'),
    ('12.02.2026 Мажилис одобрил поправки.', '2026-02-12'),
    # a year alone, a day without a year: no full date to stand for the document
    ('В 2026 году пройдёт референдум.', None),
    ('Заседание 12 февраля перенесли.', None),
    # beyond the first three lines: not a dateline
    ('Первая строка.\nВторая.\nТретья.\nЧетвёртая: 1 марта 2026 года.', None),
])
def test_a_document_without_a_date_takes_its_dateline(nlp, text, date):
    doc = nlp(text)
    assert doc._.date == date
    assert doc._.date_source == ('text' if date else None)


def test_same_person_is_one_entity_across_documents(seed_run):
    entities = seed_run['entities']
    tokayev = entities[entities.name.str.contains('Токаев')]
    assert len(tokayev) == 1
    assert tokayev.iloc[0].documents == 3
    assert (tokayev.iloc[0]['first'], tokayev.iloc[0]['last']) == ('Касым-Жомарт', 'Токаев')


@Language.factory('explode_on_bomb')
def make_exploder(nlp, name):
    def explode(doc):
        if 'БОМБА' in doc.text:
            raise RuntimeError('boom')
        return doc
    return explode


def test_stage_failure_becomes_an_error_row(nlp, tmp_path):
    (tmp_path / 'good.txt').write_text('Ерлан Кошанов выступил в Астане.', encoding='utf-8')
    (tmp_path / 'bad.txt').write_text('БОМБА в тексте', encoding='utf-8')
    (tmp_path / 'empty.txt').write_text('', encoding='utf-8')
    nlp.add_pipe('explode_on_bomb', name='explode_on_bomb')
    try:
        result = run([tmp_path], nlp=nlp)
    finally:
        nlp.remove_pipe('explode_on_bomb')
    documents = result['documents'].set_index('doc_id')
    assert documents.loc['good', 'status'] == 'ok'
    assert documents.loc['bad', 'status'] == 'error'
    assert "stage 'explode_on_bomb'" in documents.loc['bad', 'error'] and "'bad'" in documents.loc['bad', 'error']
    assert documents.loc['empty', 'status'] == 'error'
    assert set(result['mentions'].doc_id) == {'good'}


def test_unknown_stage_fails_fast(tmp_path):
    config = tmp_path / 'pipeline.cfg'
    config.write_text('[nlp]\nlang = "ru"\npipeline = ["segment", "tokenise"]\n', encoding='utf-8')
    with pytest.raises(ConfigError, match='unknown stage.*tokenise'):
        load(config)


def test_jsonl_and_csv_inputs(nlp, tmp_path):
    (tmp_path / 'feed.jsonl').write_text(
        '{"id": "a1", "text": "Маулен Ашимбаев прибыл в Усть-Каменогорск.", "date": "2026-02-25"}\n'
        '{"id": "a2", "text": \n', encoding='utf-8')
    (tmp_path / 'feed.csv').write_text('id,text\nb1,"Аким Караганды провёл встречу."\n', encoding='utf-8')
    result = run([tmp_path / 'feed.jsonl', tmp_path / 'feed.csv'], nlp=nlp)
    documents = result['documents'].set_index('doc_id')
    assert documents.loc['a1', 'status'] == 'ok' and documents.loc['a1', 'date'] == '2026-02-25'
    assert documents.loc['a1', 'date_source'] == 'input'
    assert documents.loc['b1', 'status'] == 'ok'
    assert (documents.status == 'error').sum() == 1
    assert 'feed.jsonl, line 2' in documents[documents.status == 'error'].error.iloc[0]


# [value, what the DataFrame holds the column as, cell]
CELLS = [
    [None, 'object', ''],
    [math.nan, 'float', ''],
    [3, 'float', '3.0'],
    [2.5, 'float', '2.5'],
    [1e16, 'float', '1e+16'],
    [0.0001, 'float', '0.0001'],
    [0.00001, 'float', '1e-05'],
    [10 ** 20, 'float', '1e+20'],
    [-7, 'int', '-7'],
    [4.0, 'int', '4'],
    [None, 'int', ''],
    [12, 'object', '12'],
    [12.5, 'object', '12.5'],
    [math.nan, 'object', ''],
    [True, 'object', 'True'],
    [False, 'object', 'False'],
    ['', 'object', ''],
    ['=SUM(A1)', 'object', '=SUM(A1)'],
    ['строка, с "кавычками"\r\n', 'object', 'строка, с "кавычками"\r\n'],
]


def render(rows):
    written = io.StringIO()
    csv.writer(written, lineterminator='\n').writerows(rows)
    return written.getvalue()


@pytest.mark.parametrize('value, kind, expected', CELLS)
def test_csv_cells(value, kind, expected):
    column = {'float': 'value', 'int': 'tokens', 'object': 'text'}[kind]
    floats = ('value',)
    assert render(csv_cells([{column: value}, {column: value}], [column], floats)) == render([[expected]] * 2)


@pytest.mark.parametrize('value, kind, expected', CELLS)
def test_csv_cells_write_what_pandas_writes(value, kind, expected):
    column = {'float': 'value', 'int': 'tokens', 'object': 'text'}[kind]
    # a text column holds no None beside numbers: the store makes such a column a float one
    rows = [{column: value, 'other': 'x'}, {column: 'y' if kind == 'object' else None, 'other': '-1'}]
    frame = pd.DataFrame(rows, columns=[column, 'other'])
    if kind == 'float':
        frame[column] = frame[column].astype('float64')
    if kind == 'int':
        frame[column] = frame[column].astype('Int64')
    for excel in (False, True):
        written = io.StringIO()
        (frame.map(defuse_formula) if excel else frame).to_csv(written, index=False, header=False,
                                                               lineterminator='\n')
        assert render(csv_cells(rows, [column, 'other'], ('value',), excel)) == written.getvalue()


def test_ordered_sorts_as_build_tables_missing_last():
    rows = [{'type': 'PER', 'name': None, 'entity_id': 'b'}, {'type': 'LOC', 'name': 'Астана', 'entity_id': 'c'},
            {'type': 'PER', 'name': 'Ашимбаев', 'entity_id': 'a'}, {'type': 'LOC', 'name': 'Астана', 'entity_id': 'a'}]
    expected = pd.DataFrame(rows).sort_values(['type', 'name', 'entity_id'], kind='stable').to_dict('records')
    assert [row['entity_id'] for row in ordered('entities', rows)] == [row['entity_id'] for row in expected]
    assert [row['entity_id'] for row in ordered('entities', rows)] == ['a', 'c', 'a', 'b']
