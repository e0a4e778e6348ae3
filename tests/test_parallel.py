"""A local Dask cluster of 2 workers gives the same tables as the in-process run."""

import filecmp
import multiprocessing
import os
import pickle
from pathlib import Path

import pandas as pd
import pytest
from conftest import CORPUS

from pipeline import run
from pipeline.running.cluster import Cluster, tapered, worker_stats
from pipeline.running.inputs import read_inputs
from pipeline.schema import TABLES


@pytest.mark.slow
def test_two_workers_same_tables_and_files(cluster, seed_run, tmp_path):
    result = run([CORPUS], output_dir=tmp_path, scheduler=cluster.client.scheduler.address, stream=True)
    assert result.run_info['processed'] == len(seed_run['documents'])
    for name in seed_run.tables:
        pd.testing.assert_frame_equal(result[name], seed_run[name], check_exact=True)
    for name in TABLES:
        assert filecmp.cmp(tmp_path / f'{name}.csv', seed_run.paths[name], shallow=False), name


@pytest.mark.slow
def test_workers_option_starts_its_own_cluster(seed_run):
    result = run([CORPUS], workers=2)
    for name in seed_run.tables:
        pd.testing.assert_frame_equal(result[name], seed_run[name], check_exact=True)


@pytest.mark.slow
def test_one_model_load_per_worker_one_blas_thread(cluster):
    sources = list(read_inputs([CORPUS]))
    for _ in cluster.process(sources * 3, chunk_size=2):
        pass
    stats = cluster.stats()
    assert len(stats) == 2
    for worker in stats.values():
        assert worker['loads'] == 1
        assert worker['environ']['OPENBLAS_NUM_THREADS'] == '1'
        assert worker.get('blas_threads', 1) == 1
        assert worker['peak_rss_mb'] < 1000


@pytest.mark.slow
@pytest.mark.skipif('forkserver' not in multiprocessing.get_all_start_methods(), reason='no forkserver here')
def test_local_workers_are_forked_with_the_pipeline_loaded(cluster):
    # one load, in the forkserver the workers come from: they share its pages
    stats = list(cluster.stats().values())
    assert [worker['loads'] for worker in stats] == [1, 1]
    loaded_in = {pid for worker in stats for pid in worker['loaded_in']}
    assert len(loaded_in) == 1 and loaded_in.isdisjoint({worker['pid'] for worker in stats} | {os.getpid()})


@pytest.mark.slow
def test_rows_come_back_in_input_order_as_plain_dicts(cluster):
    sources = list(read_inputs([CORPUS]))
    sources = sources[::-1] + sources[:2]
    for index, source in enumerate(sources[-2:]):
        source.doc_id = f'again-{index}'
    rows = list(cluster.process(sources, chunk_size=2))
    assert [item['documents'][0]['doc_id'] for item in rows] == [source.doc_id for source in sources]
    # rows are builtins only: nothing of spaCy travels back
    assert b'spacy' not in pickle.dumps(rows)


def status_mb(field):
    """A memory figure of this process from /proc/self/status (kB there), in MB."""
    for line in Path('/proc/self/status').read_text().splitlines():
        if line.startswith(f'{field}:'):
            return int(line.split()[1]) / 1024
    raise LookupError(field)


@pytest.mark.skipif(not Path('/proc/self/status').exists(), reason='reads /proc (Linux)')
def test_in_process_stats_without_cluster():
    # the peak is this process's resident high-water mark in MB: about what it holds now
    # or more, about what the kernel says its peak was (getrusage and /proc count pages
    # apart and lag by a little; a unit slip would be a factor of 1024)
    resident = status_mb('VmRSS')
    stats = worker_stats()
    assert 0.8 * resident <= stats['peak_rss_mb'] <= 1.25 * status_mb('VmHWM')
    assert stats['pid'] == os.getpid()


@pytest.mark.slow
def test_packed_documents_from_workers_are_those_packed_here(cluster, nlp):
    from pipeline.running.engine import process
    from pipeline.running.cache.codec import pack, unpack
    sources = list(read_inputs([CORPUS]))
    here = [pack(rows) for rows in process(nlp, sources)]
    there = list(cluster.process(sources, chunk_size=2, packed=True))
    assert [item[0] for item in there] == [item[0] for item in here]  # documents-table rows
    assert [unpack(item) for item in there] == [unpack(item) for item in here]
    assert [(item[2], item[3]) for item in there] == [(item[2], item[3]) for item in here]  # types, mentions
    assert sum(len(item[3]) for item in there) > 50


def test_a_bad_config_fails_before_any_worker_starts(tmp_path, monkeypatch):
    import distributed

    from pipeline import ConfigError

    def no_cluster(*args, **kwargs):
        raise AssertionError('a cluster was started')

    monkeypatch.setattr(distributed, 'LocalCluster', no_cluster)
    (tmp_path / 'bad.cfg').write_text('[nlp]\npipeline = ["segment", "no_such_stage"]\n', encoding='utf-8')
    with pytest.raises(ConfigError, match='no_such_stage'):
        run([CORPUS], workers=2, config=tmp_path / 'bad.cfg')
    with pytest.raises(ConfigError, match='not found'):
        Cluster(workers=2, config=tmp_path / 'missing.cfg').__enter__()


@pytest.mark.slow
def test_a_stage_that_cannot_load_on_the_workers_fails_the_run_with_its_error(tmp_path):
    # the config reads, but its gazetteer is missing: the forkserver survives, each worker fails to
    # load, and the run ends with the workers' error, not a hang
    from pipeline import ConfigError
    from pipeline.resources import MODELS_DIR
    text = (MODELS_DIR / 'pipeline.cfg').read_text(encoding='utf-8')
    assert 'path = "gazetteer.tsv"' in text
    (tmp_path / 'bad.cfg').write_text(text.replace('path = "gazetteer.tsv"', 'path = "missing.tsv"'),
                                      encoding='utf-8')
    with pytest.raises(ConfigError, match='model file not found: .*missing.tsv'):
        run([CORPUS], workers=2, config=tmp_path / 'bad.cfg')


def test_the_run_collector_settings_hold_until_the_tables_are_written(nlp, tmp_path, monkeypatch):
    # a full collection after the documents walks every loaded model (~0.5 s): not while the tables are written
    import gc

    from pipeline.running import writing
    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
    seen = []
    write = writing.write_cached
    monkeypatch.setattr(writing, 'write_cached', lambda *args, **kwargs: (
        seen.append((gc.get_threshold(), gc.get_freeze_count())), write(*args, **kwargs))[1])
    run([CORPUS], output_dir=tmp_path, nlp=nlp, corrections=False, stream=True)
    assert len(seen) == 1 and seen[0][0][0] > thresholds[0] and seen[0][1] > frozen
    assert gc.get_threshold() == thresholds and gc.get_freeze_count() == frozen


@pytest.mark.slow
def test_a_local_cluster_leaves_port_8787_alone():
    # a notebook's Dask cluster holds 8787: ours neither warns nor takes it, and serves nothing to the network
    import socket
    import warnings
    holder = socket.socket()
    try:
        holder.bind(('127.0.0.1', 8787))
        holder.listen()
    except OSError:
        pass  # held already: the same case
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            with Cluster(workers=2) as cluster:
                from distributed.comm.utils import get_tcp_server_addresses
                bound = get_tcp_server_addresses(cluster.cluster.scheduler.http_server)
        assert not [str(warning.message) for warning in caught if '8787' in str(warning.message)]
        assert bound and all(host == '127.0.0.1' and port != 8787 for host, port, *_ in bound)
    finally:
        holder.close()


@pytest.mark.slow
@pytest.mark.parametrize('excel', [False, True])
def test_the_workers_write_the_tables_side_by_side(cluster, nlp, tmp_path, written_parts, excel):
    here = run([CORPUS], output_dir=tmp_path / 'here', nlp=nlp, stream=True, excel=excel)
    there = run([CORPUS], output_dir=tmp_path / 'there', scheduler=cluster.client.scheduler.address, stream=True,
                excel=excel)
    assert len(written_parts) == 2 and written_parts[0] is None  # in this process, then by the workers
    assert len(written_parts[1]) >= 2  # ranges of documents
    assert sum(part['rows']['mentions'] for part in written_parts[1]) == there.tables.counts['rows']['mentions'] > 50
    for name in TABLES:
        assert filecmp.cmp(tmp_path / 'here' / f'{name}.csv', tmp_path / 'there' / f'{name}.csv', shallow=False), name
    for key in ('input_files', 'counts', 'errors', 'tables'):  # what the manifest read of the parts
        assert there.manifest[key] == here.manifest[key], key
    assert not list((tmp_path / 'there').glob('.tables-*'))  # no part left behind


class FailingParts:
    """The cluster, but writing a part fails (a full disk on a worker, say), or its workers
    do not see this machine's files (another host)."""

    def __init__(self, cluster, shares=True):
        self.cluster, self.size, self.shares = cluster, cluster.size, shares

    def process(self, *args, **kwargs):
        return self.cluster.process(*args, **kwargs)

    def shares_files(self, path):
        return self.shares

    def map(self, function, arguments):
        raise OSError('No space left on device')

    def close(self):
        pass  # the module's cluster goes on


@pytest.mark.slow
def test_if_a_worker_cannot_write_its_part_this_process_writes_the_tables(cluster, seed_run, tmp_path,
                                                                           monkeypatch):
    from contextlib import nullcontext

    from pipeline.running import cluster as parallel
    monkeypatch.setattr(parallel, 'connect', lambda *args: nullcontext(FailingParts(cluster)))
    with pytest.warns(UserWarning, match='could not write the tables .*No space left'):
        run([CORPUS], output_dir=tmp_path, scheduler='tcp://unused', stream=True)
    for name in TABLES:
        assert filecmp.cmp(tmp_path / f'{name}.csv', seed_run.paths[name], shallow=False), name


@pytest.mark.slow
def test_workers_on_another_machine_leave_the_tables_to_this_process(cluster, seed_run, tmp_path, monkeypatch,
                                                                     written_parts):
    import warnings
    from contextlib import nullcontext

    from pipeline.running import cluster as parallel
    monkeypatch.setattr(parallel, 'connect', lambda *args: nullcontext(FailingParts(cluster, shares=False)))
    with warnings.catch_warnings():
        warnings.simplefilter('error')  # no part was tried, so nothing failed
        run([CORPUS], output_dir=tmp_path, scheduler='tcp://unused', stream=True)
    assert written_parts == [None]
    for name in TABLES:
        assert filecmp.cmp(tmp_path / f'{name}.csv', seed_run.paths[name], shallow=False), name


@pytest.mark.slow
def test_workers_share_the_files_they_see_as_this_process_does(cluster, tmp_path):
    (tmp_path / 'here.txt').write_text('x')
    assert cluster.shares_files(tmp_path / 'here.txt')
    assert not cluster.shares_files(tmp_path / 'missing.txt')


@pytest.mark.parametrize('count, chunks', [
    (0, []),
    (5, [5]),
    (33, [8, 8, 8, 8, 1]),
    (96, [32, 8, 8, 8, 8, 8, 8, 8, 8]),
    (200, [32, 32, 32, 32] + [8] * 9),  # the last 64 (and what does not fill a chunk) in chunks of 8
])
def test_the_last_documents_go_out_in_smaller_chunks(count, chunks):
    sent = list(tapered(iter(range(count)), 32, 64, 8))
    assert [len(chunk) for chunk in sent] == chunks
    assert [item for chunk in sent for item in chunk] == list(range(count))


def fails_on(value, bad):
    import time
    if value == bad:
        raise ValueError(f'part {value} failed')
    time.sleep(0.5)
    return value


@pytest.mark.slow
def test_map_gives_results_in_order_and_raises_a_task_error(cluster):
    assert cluster.map(fails_on, [(value, -1) for value in range(4)]) == [0, 1, 2, 3]
    with pytest.raises(ValueError, match='part 0 failed'):
        cluster.map(fails_on, [(value, 0) for value in range(4)])


def test_documents_gathered_in_parts_merge_into_what_one_pass_gathers():
    # a worker's `manifest.Documents` comes back pickled: a .jsonl file stays one to hash later
    from pipeline.running.manifest import LINES, Documents
    rows = [{'doc_id': 'a', 'source': '/in/a.txt', 'status': 'ok', 'error': None, 'sha256': 'aa'},
            {'doc_id': 'f1', 'source': '/in/feed.jsonl:1', 'status': 'ok', 'error': None, 'sha256': '11'},
            {'doc_id': 'b', 'source': '/in/b.txt', 'status': 'error', 'error': 'empty file', 'sha256': float('nan')},
            {'doc_id': 'f2', 'source': '/in/feed.jsonl:2', 'status': 'error', 'error': 'no text', 'sha256': None}]
    whole = Documents(rows)
    merged = Documents()
    for part in (rows[:2], rows[2:]):
        merged.merge(pickle.loads(pickle.dumps(Documents(part))))
    assert merged.status == whole.status == {'ok': 2, 'error': 2}
    assert merged.errors == whole.errors and [error['doc_id'] for error in merged.errors] == ['b', 'f2']
    assert merged.files == whole.files == {'/in/a.txt': 'aa', '/in/feed.jsonl': LINES, '/in/b.txt': None}


@pytest.mark.slow
def test_the_workers_go_once_the_tables_are_written(cluster, tmp_path, monkeypatch):
    from pipeline.running import manifest
    events = []
    close, build = Cluster.close, manifest.build
    monkeypatch.setattr(Cluster, 'close', lambda self: (events.append('close'), close(self))[1])
    monkeypatch.setattr(manifest, 'build', lambda *args, **kwargs: (events.append('manifest'),
                                                                     build(*args, **kwargs))[1])
    run([CORPUS], output_dir=tmp_path, scheduler=cluster.client.scheduler.address, stream=True)
    assert events == ['close', 'manifest', 'close']  # the second: leaving the run's `with`, a no-op
    assert cluster.map(abs, [(-1,)]) == [1]  # a scheduler's cluster goes on: only the run's client went


@pytest.fixture(scope='module')
def seed_output(nlp, tmp_path_factory):
    output = tmp_path_factory.mktemp('seed-store')
    run([CORPUS], output_dir=output, nlp=nlp, stream=True)
    return output


@pytest.mark.parametrize('count', [1, 2, 3, 4, 5, 9])
def test_the_ranges_of_documents_cover_the_run_in_order(nlp, seed_output, count):
    from pipeline.running.cache.store import RowStore
    store = RowStore(seed_output, nlp=nlp)
    try:
        assert not list(store.select(read_inputs([CORPUS])))  # all unchanged: taken from the cache
        store.add_all([])
        doc_ids = [row[0] for row in store.db.execute('SELECT doc_id FROM docs ORDER BY doc_id')]
        ranges = store.ranges(count)
        # about equal in stored bytes: up to `count`, more than one when asked for more
        assert len(doc_ids) == 5 and (count == 1) == (len(ranges) == 1) and len(ranges) <= min(count, 5)
        covered = [doc_id for first, last in ranges for doc_id in doc_ids if first <= doc_id <= last]
        assert covered == doc_ids  # each document in one range, the ranges in order
    finally:
        store.close()
