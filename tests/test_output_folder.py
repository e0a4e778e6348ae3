"""The output folder around the tables: the cache's fingerprint, a killed run's staging
folders, and the Parquet dataset of an earlier run."""

import os
import subprocess
import sys

import pytest
from conftest import CORPUS

from pipeline import run
from pipeline.running.cache import fingerprint as prints
from pipeline.running.exports import is_our_parquet
from pipeline.resources import PACKAGE
from pipeline.schema import COLUMNS, kind


@pytest.fixture(scope='module')
def dead_pid():
    """The id of a process that has ended."""
    process = subprocess.Popen([sys.executable, '-c', ''])
    process.wait()
    return process.pid


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / 'articles'
    folder.mkdir()
    for path in sorted(CORPUS.glob('*.txt'))[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_the_fingerprint_covers_the_whole_package():
    # the stages decide the rows: a cache keyed on the running code alone would serve stale rows
    files = {path.relative_to(PACKAGE).as_posix() for path in prints.code_files()}
    assert {'nlp/stages/link.py', 'nlp/names.py', 'running/output.py', 'schema.py'} <= files


@pytest.mark.parametrize('change', [
    ('package_versions', lambda: {'spacy': '0.0.0-other'}),
    ('model_files', lambda: {'models/gazetteer.tsv': 'another sha256'}),
])
def test_the_fingerprint_follows_versions_and_models(monkeypatch, change):
    before = prints.fingerprint()
    monkeypatch.setattr(prints, *change)
    assert prints.fingerprint() != before


def test_the_manifest_and_the_fingerprint_read_the_same_versions(monkeypatch, tmp_path, nlp, articles):
    from pipeline.running import manifest, versions
    calls = []
    for name in ('package_versions', 'model_files'):
        original = getattr(versions, name)
        monkeypatch.setattr(versions, name, lambda original=original, name=name: (calls.append(name), original())[1])
    # both import the functions by name: patch what they hold
    monkeypatch.setattr(manifest, 'package_versions', versions.package_versions)
    monkeypatch.setattr(manifest, 'model_files', versions.model_files)
    monkeypatch.setattr(prints, 'package_versions', versions.package_versions)
    monkeypatch.setattr(prints, 'model_files', versions.model_files)
    result = run([articles], output_dir=tmp_path / 'out', nlp=nlp, corrections=False)
    assert sorted(calls) == ['model_files', 'model_files', 'package_versions', 'package_versions']
    assert set(versions.PACKAGES) <= set(result.manifest['versions'])
    assert any(name.startswith('natasha/') for name in result.manifest['models'])


@pytest.mark.parametrize('column, expected', [
    ('mention_id', 'int'), ('start', 'int'), ('documents', 'int'), ('value', 'float'), ('value_max', 'float'),
    ('corrected', 'bool'), ('doc_id', 'string'), ('date', 'string'), ('sentence', 'string'),
])
def test_column_kinds(column, expected):
    assert kind(column) == expected


def test_every_nullable_int_is_an_int():
    from pipeline.schema import NULLABLE_INTS
    assert {kind(column) for column in NULLABLE_INTS} == {'int'}
    assert {column for columns in COLUMNS.values() for column in columns} >= set(NULLABLE_INTS)


@pytest.mark.parametrize('stream', [False, True])
def test_a_killed_runs_staging_folder_goes_with_the_next_run(nlp, tmp_path, articles, dead_pid, stream):
    output = tmp_path / 'out'
    dead = output / f'.tables-{dead_pid}-abc123'
    live = output / f'.tables-{os.getpid()}-live'  # a run of a process still there: left alone
    for folder in (dead, live):
        folder.mkdir(parents=True)
        (folder / 'mentions.csv').write_text('half a table', encoding='utf-8')
    run([articles], output_dir=output, nlp=nlp, corrections=False, stream=stream)
    assert not dead.exists() and live.exists()


def test_a_streamed_run_stages_its_tables_under_its_pid(nlp, tmp_path, articles, monkeypatch):
    from pipeline.running import writing
    seen = []
    table_writers = writing.table_writers
    monkeypatch.setattr(writing, 'table_writers', lambda folder, *args, **kwargs: (
        seen.append(folder.name), table_writers(folder, *args, **kwargs))[1])
    run([articles], output_dir=tmp_path, nlp=nlp, corrections=False, stream=True)
    assert seen and all(name.startswith(f'.tables-{os.getpid()}-') for name in seen)


def test_a_run_without_parquet_removes_an_earlier_runs_dataset(nlp, tmp_path, articles, dead_pid):
    (tmp_path / f'.parquet-{dead_pid}-abc123').mkdir()
    run([articles], output_dir=tmp_path, nlp=nlp, corrections=False, parquet=True)
    assert sorted(path.name for path in (tmp_path / 'parquet').iterdir()) == sorted(COLUMNS)
    assert not list(tmp_path.glob('.parquet-*'))  # the killed export's staging folder, and this one's
    run([articles], output_dir=tmp_path, nlp=nlp, corrections=False)
    assert not (tmp_path / 'parquet').exists()
    assert (tmp_path / 'mentions.csv').is_file()


def test_a_run_without_parquet_keeps_a_users_parquet_folder(nlp, tmp_path, articles):
    (tmp_path / 'parquet' / 'mentions').mkdir(parents=True)
    (tmp_path / 'parquet' / 'mentions' / 'part-00000.parquet').write_bytes(b'')
    (tmp_path / 'parquet' / 'notes.txt').write_text('mine', encoding='utf-8')
    run([articles], output_dir=tmp_path, nlp=nlp, corrections=False)
    assert (tmp_path / 'parquet' / 'notes.txt').read_text(encoding='utf-8') == 'mine'


# [files under parquet/, whether an earlier export of ours wrote them]
DATASETS = [
    (['mentions/part-00000.parquet', 'entities/part-00000.parquet'], True),
    (['mentions/part-00000.parquet', 'mentions/part-00001.parquet'], True),
    (['mentions/part-00000.parquet', '.mentions-123-old-x/mentions/part-00000.parquet'], True),  # replace_folder's
    ([], False),                                              # an empty folder says nothing
    (['mentions/part-00000.parquet', 'notes.txt'], False),
    (['mentions/part-00000.parquet', 'mentions/mine.parquet'], False),
    (['sales/part-00000.parquet'], False),
    (['mentions/part-00000.csv'], False),
]


@pytest.mark.parametrize('files, expected', DATASETS)
def test_our_parquet_dataset_is_told_from_a_users_folder(tmp_path, files, expected):
    root = tmp_path / 'parquet'
    root.mkdir()
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b'')
    assert is_our_parquet(root) is expected
