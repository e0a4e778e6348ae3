"""Session fixtures: the loaded pipeline and one run over the seed corpus."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / 'corpus'
GOLD = Path(__file__).resolve().parent / 'gold_seeds.json'


@pytest.fixture(scope='session')
def nlp():
    from pipeline import load
    return load()


@pytest.fixture(scope='session')
def seed_run(nlp, tmp_path_factory):
    """The pipeline run over corpus/ with tables written to a temporary folder."""
    from pipeline import run
    output = tmp_path_factory.mktemp('outputs')
    return run([CORPUS], output_dir=output, nlp=nlp)


@pytest.fixture(scope='session')
def cluster():
    """A local Dask cluster of 2 workers."""
    from pipeline.running.cluster import Cluster
    with Cluster(workers=2) as cluster:
        yield cluster


@pytest.fixture
def written_parts(monkeypatch):
    """What each `writing.write_parts` call of the test gave: a part per range of documents
    written by workers, or None where this process wrote the tables."""
    from pipeline.running import writing
    written = []
    write_parts = writing.write_parts

    def record(*args):
        written.append(write_parts(*args))
        return written[-1]

    monkeypatch.setattr(writing, 'write_parts', record)
    return written


@pytest.fixture(scope='session')
def seed_texts():
    return {path.stem: path.read_text(encoding='utf-8-sig') for path in sorted(CORPUS.glob('*.txt'))}


def pytest_configure(config):
    config.addinivalue_line('markers', 'slow: cluster starts, subprocess model loads, runs over all development texts')
