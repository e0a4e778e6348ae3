"""Incremental runs: only new or changed documents are processed, earlier entity ids stay."""

import filecmp
import shutil

import pandas as pd
import pytest
from conftest import CORPUS

from pipeline import run
from pipeline.running.cache import codec, store
from pipeline.running.linking import Mention, entity_id, link_run, stabilize

DOC_A = 'date 2026-02-01\nСенатор Ашимбаев выступил на заседании в Астане.\nПо словам Ашимбаева, закон примут весной.\n'
DOC_B = 'date 2026-02-02\nПредседатель Сената Маулен Ашимбаев прибыл в Усть-Каменогорск.\n'


@pytest.fixture(autouse=True)
def fixed_fingerprint(monkeypatch):
    """Colleagues edit the code while tests run: the cache must not notice here."""
    monkeypatch.setattr(store, 'fingerprint', lambda config=None, nlp=None: 'test')


class Counting:
    def __init__(self):
        self.doc_ids = []

    def __call__(self, document):
        self.doc_ids.append(document['doc_id'])


def ids_of(result):
    mentions = result['mentions']
    return {(row.doc_id, row.start, row.stop): row.entity_id for row in mentions.itertuples()}


def seeds(folder, count=None):
    folder.mkdir(exist_ok=True)
    paths = sorted(CORPUS.glob('*.txt'))[:count]
    for path in paths:
        shutil.copy(path, folder / path.name)
    return paths


def test_one_new_article_is_the_only_one_processed(nlp, tmp_path):
    articles, output = tmp_path / 'articles', tmp_path / 'out'
    seeds(articles, 4)
    first = run([articles], output_dir=output, nlp=nlp)
    assert first.run_info['processed'] == 4
    new = sorted(CORPUS.glob('*.txt'))[4]
    shutil.copy(new, articles / new.name)
    progress = Counting()
    second = run([articles], output_dir=output, nlp=nlp, progress=progress, stream=True)
    assert progress.doc_ids == [new.stem]
    assert (second.run_info['processed'], second.run_info['reused']) == (1, 4)
    old = ids_of(first)
    now = ids_of(second)
    assert {key: now[key] for key in old} == old
    # the merged tables are those of a fresh run over all five
    fresh = run([articles], output_dir=tmp_path / 'fresh', nlp=nlp)
    for name in ('documents', 'mentions', 'figures', 'dates'):
        pd.testing.assert_frame_equal(second[name], fresh[name], check_exact=True)
        assert filecmp.cmp(output / f'{name}.csv', tmp_path / 'fresh' / f'{name}.csv', shallow=False)


def test_fuller_name_later_keeps_the_old_id(nlp, tmp_path):
    articles, output = tmp_path / 'articles', tmp_path / 'out'
    articles.mkdir()
    (articles / 'a.txt').write_text(DOC_A, encoding='utf-8')
    first = run([articles], output_dir=output, nlp=nlp)
    persons = first['mentions'][first['mentions'].type == 'PER']
    assert set(persons.normal) >= {'Ашимбаев'}, persons
    old_id = persons.entity_id.iloc[0]
    assert old_id == entity_id('PER', 'Ашимбаев')

    (articles / 'b.txt').write_text(DOC_B, encoding='utf-8')
    second = run([articles], output_dir=output, nlp=nlp)
    assert second.run_info['processed'] == 1
    mentions = second['mentions']
    full = mentions[(mentions.doc_id == 'b') & (mentions.normal == 'Маулен Ашимбаев')]
    assert len(full) == 1
    # a fresh run would call the person by the fuller name, with that name's id ...
    fresh = run([articles], output_dir=tmp_path / 'fresh', nlp=nlp)
    assert set(fresh['mentions'][fresh['mentions'].normal.str.contains('Ашимбаев')].entity_id) == {
        entity_id('PER', 'Маулен Ашимбаев')}
    # ... here the earlier document keeps its id, and the new mention joins it
    assert ids_of(second)[('a',) + tuple(persons[['start', 'stop']].iloc[0])] == old_id
    assert full.entity_id.iloc[0] == old_id
    entity = second['entities'].set_index('entity_id').loc[old_id]
    assert entity['name'] == 'Маулен Ашимбаев'
    assert entity['mentions'] == (mentions.entity_id == old_id).sum()
    assert second['entities'].entity_id.is_unique

    # and a third run with nothing new changes nothing; --full reprocesses and keeps ids
    third = run([articles], output_dir=output, nlp=nlp)
    assert third.run_info['processed'] == 0
    assert ids_of(third) == ids_of(second)
    again = run([articles], output_dir=output, nlp=nlp, full=True)
    assert again.run_info['processed'] == 2
    assert ids_of(again) == ids_of(second)


def test_changed_and_removed_documents(nlp, tmp_path):
    articles, output = tmp_path / 'articles', tmp_path / 'out'
    paths = seeds(articles, 3)
    run([articles], output_dir=output, nlp=nlp)
    changed = articles / paths[0].name
    changed.write_text(changed.read_text(encoding='utf-8') + '\nМаулен Ашимбаев прибыл в Астану.\n', encoding='utf-8')
    (articles / paths[1].name).unlink()
    progress = Counting()
    result = run([articles], output_dir=output, nlp=nlp, progress=progress)
    assert progress.doc_ids == [paths[0].stem]
    assert list(result['documents'].doc_id) == [paths[0].stem, paths[2].stem]
    assert paths[1].stem not in set(result['mentions'].doc_id)


def test_other_pipeline_means_reprocessing(nlp, tmp_path, monkeypatch):
    articles, output = tmp_path / 'articles', tmp_path / 'out'
    seeds(articles, 2)
    run([articles], output_dir=output, nlp=nlp)
    monkeypatch.setattr(store, 'fingerprint', lambda config=None, nlp=None: 'changed code')
    assert run([articles], output_dir=output, nlp=nlp).run_info['processed'] == 2


def test_streamed_tables_equal_in_memory_tables_and_exports(nlp, tmp_path, seed_run):
    import duckdb
    result = run([CORPUS], output_dir=tmp_path, nlp=nlp, stream=True, parquet=True, duckdb=tmp_path / 't.duckdb')
    for name in seed_run.tables:
        pd.testing.assert_frame_equal(result[name], seed_run[name], check_exact=True)
        assert filecmp.cmp(tmp_path / f'{name}.csv', seed_run.paths[name], shallow=False), name
    assert result.manifest['counts']['mentions'] == len(seed_run['mentions'])
    mentions = pd.read_parquet(tmp_path / 'parquet' / 'mentions')
    assert len(mentions) == len(seed_run['mentions'])
    assert str(mentions.start.dtype) == 'int64'
    with duckdb.connect(str(tmp_path / 't.duckdb')) as connection:
        count, = connection.execute("SELECT count(*) FROM mentions WHERE type = 'PER'").fetchone()
        figures = connection.execute('SELECT sum(value) FROM figures').fetchone()[0]
    assert count == (seed_run['mentions'].type == 'PER').sum()
    assert figures == pytest.approx(seed_run['figures'].value.sum())


def test_stabilize_without_earlier_ids_changes_nothing():
    mentions = [Mention('d1', 'PER', 'Ашимбаев', 'Ашимбаев', None, None, 'Ашимбаев', None),
                Mention('d2', 'PER', 'Маулен Ашимбаев', 'Маулен Ашимбаев', 'Маулен', None, 'Ашимбаев', None)]
    entities = link_run(mentions)
    assert stabilize(mentions, entities) is entities
    assert {mention.entity_id for mention in mentions} == {entity_id('PER', 'Маулен Ашимбаев')}


def test_stabilize_splits_rather_than_renumbers():
    """Two earlier entities that now link as one keep their ids; new mentions join the larger."""
    old_a, old_b, new = 'PER-aaaaaaaaaa', 'PER-bbbbbbbbbb', 'PER-cccccccccc'
    mentions = [Mention('d1', 'PER', 'Ашимбаев', 'Ашимбаев', None, None, 'Ашимбаев', old_a),
                Mention('d1', 'PER', 'Ашимбаев', 'Ашимбаев', None, None, 'Ашимбаев', old_a),
                Mention('d2', 'PER', 'М. Ашимбаев', 'М. Ашимбаев', 'М.', None, 'Ашимбаев', old_b),
                Mention('d3', 'PER', 'Маулен Ашимбаев', 'Маулен Ашимбаев', 'Маулен', None, 'Ашимбаев', None)]
    for mention in mentions:
        mention.entity_id = new  # link_run put them in one entity
    entities = [{'entity_id': new, 'type': 'PER', 'name': 'Маулен Ашимбаев', 'first': 'Маулен', 'middle': None,
                 'last': 'Ашимбаев', 'aliases': 'Ашимбаев|М. Ашимбаев', 'mentions': 4, 'documents': 3}]
    entities = stabilize(mentions, entities)
    assert [mention.entity_id for mention in mentions] == [old_a, old_a, old_b, old_a]
    rows = {row['entity_id']: row for row in entities}
    assert set(rows) == {old_a, old_b}
    assert (rows[old_a]['mentions'], rows[old_a]['documents']) == (3, 2)
    assert (rows[old_b]['mentions'], rows[old_b]['documents']) == (1, 1)
    assert rows[old_a]['name'] == rows[old_b]['name'] == 'Маулен Ашимбаев'


def test_stabilize_new_mentions_join_the_earlier_id():
    old, new = 'PER-aaaaaaaaaa', 'PER-cccccccccc'
    mentions = [Mention('d1', 'PER', 'Ашимбаев', 'Ашимбаев', None, None, 'Ашимбаев', old),
                Mention('d2', 'PER', 'Маулен Ашимбаев', 'Маулен Ашимбаев', 'Маулен', None, 'Ашимбаев', None)]
    for mention in mentions:
        mention.entity_id = new
    row = {'entity_id': new, 'type': 'PER', 'name': 'Маулен Ашимбаев', 'first': 'Маулен', 'middle': None,
           'last': 'Ашимбаев', 'aliases': 'Ашимбаев', 'mentions': 2, 'documents': 2}
    assert stabilize(mentions, [row]) == [{**row, 'entity_id': old}]
    assert {mention.entity_id for mention in mentions} == {old}


def test_one_run_at_a_time_per_output_folder(tmp_path):
    from pipeline.errors import InputError
    first = store.RowStore(tmp_path)
    with pytest.raises(InputError, match='another run'):
        store.RowStore(tmp_path)
    first.close()
    store.RowStore(tmp_path).close()


def mention_row(doc_id, number, type, entity, normal=None, first=None, last=None):
    return {'doc_id': doc_id, 'mention_id': number, 'entity_id': None, 'type': type, 'start': number * 10,
            'stop': number * 10 + 5, 'text': entity, 'normal': normal or entity, 'entity': entity,
            'first': first, 'middle': None, 'last': last}


# (doc_id, [(type, entity, normal, first, last)]): the same shapes again and again, so the store links
# a few rows standing for many mentions; `Маулен Ашимбаева` 3 times in one shape beats `Маулен Ашимбаев`
# twice in two shapes only if the counts are weighed
SHAPED = [
    ('d1', [('PER', 'Маулен Ашимбаева', 'Маулен Ашимбаева', 'Маулен', 'Ашимбаева')] * 3
     + [('ORG', 'Общенациональная коалиция', None, None, None)]),
    ('d2', [('PER', 'Маулен Ашимбаев', 'Маулен Ашимбаев', 'Маулен', 'Ашимбаев'),
            ('PER', 'Маулен Ашимбаев', 'Маулена Ашимбаева', 'Маулен', 'Ашимбаев'),
            ('PER', 'Ашимбаев', 'Ашимбаев', None, 'Ашимбаев'),
            ('ORG', 'Общенациональная коалиция «За Казахстан»', None, None, None)]),
    ('d3', [('LOC', 'Астана', None, None, None)] * 2 + [('PER', 'Ашимбаев', 'Ашимбаев', None, 'Ашимбаев')]),
    ('d4', [('LOC', 'Астана', None, None, None), ('ORG', 'Общенациональная коалиция', None, None, None)]),
]


def test_store_links_shapes_as_link_run_links_mentions(tmp_path):
    from pipeline.running.inputs import Source
    documents = []
    for doc_id, items in SHAPED:
        mentions = [mention_row(doc_id, number, type, entity, normal, first, last)
                    for number, (type, entity, normal, first, last) in enumerate(items, 1)]
        documents.append({'documents': [{'doc_id': doc_id, 'status': 'ok'}], 'mentions': mentions})
    expected_mentions = [dict(mention) for rows in documents for mention in rows['mentions']]
    expected = sorted(link_run(expected_mentions), key=lambda row: row['entity_id'])

    cache = store.RowStore(tmp_path)
    sources = [Source(doc_id, doc_id, text=doc_id, sha256=doc_id) for doc_id, _ in SHAPED]
    for source, rows in zip(cache.select(sources), documents):
        cache.add(codec.pack(rows))
    entities = sorted(cache.link(), key=lambda row: row['entity_id'])
    assert entities == expected
    names = {row['name']: row for row in entities}
    assert names['Маулен Ашимбаева']['mentions'] == 7 and names['Маулен Ашимбаева']['documents'] == 3
    assert names['Астана']['documents'] == 2
    linked = [mention['entity_id'] for rows in cache.rows() for mention in rows['mentions']]
    assert linked == [mention['entity_id'] for mention in expected_mentions]
    cache.close()


def test_a_cache_of_an_earlier_format_starts_again(nlp, tmp_path):
    # format 4 kept zlib-compressed rows, which marshal cannot read: such a cache is only thrown away
    import sqlite3
    import zlib
    articles = tmp_path / 'articles'
    seeds(articles, 2)
    fresh = run([articles], output_dir=tmp_path / 'fresh', nlp=nlp)
    run([articles], output_dir=tmp_path / 'out', nlp=nlp)
    db = sqlite3.connect(tmp_path / 'out' / store.CACHE_DIR / store.CACHE_FILE)
    db.executemany('UPDATE docs SET rows = ? WHERE doc_id = ?',
                   [(zlib.compress(blob, 1), doc_id) for doc_id, blob in db.execute('SELECT doc_id, rows FROM docs')])
    db.execute("UPDATE meta SET value = '4' WHERE name = 'format'")
    db.commit()
    db.close()
    again = run([articles], output_dir=tmp_path / 'out', nlp=nlp, stream=True)
    assert (again.run_info['processed'], again.run_info['reused']) == (2, 0)
    for name in ('documents', 'mentions', 'figures', 'dates', 'entities'):
        assert filecmp.cmp(tmp_path / 'out' / f'{name}.csv', tmp_path / 'fresh' / f'{name}.csv', shallow=False)
    assert len(fresh['mentions']) > 0


def test_the_rows_of_one_sentence_share_its_string(nlp):
    # marshal stores a string met before as a reference: the cache holds each sentence once
    from pipeline.running.engine import process
    from pipeline.running.inputs import Source
    rows = next(process(nlp, [Source('b', 'b.txt', text=DOC_B, sha256='b')]))
    sentences = [mention['sentence'] for mention in rows['mentions']]
    assert len(sentences) >= 3 and set(sentences) == {DOC_B.splitlines()[1]}
    assert len({id(sentence) for sentence in sentences}) == 1
    assert codec.decode_rows(codec.encode_rows(rows)) == rows
