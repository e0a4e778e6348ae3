"""Session fixtures: the loaded pipeline and one run over the seed corpus."""

import shutil
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / 'corpus'
GOLD = Path(__file__).resolve().parent / 'gold_seeds.json'


def slovnet_span(doc, text, label):
    """The span of `text`'s first occurrence in `doc`, typed `label` as slovnet would hand it to a repair rule."""
    from pipeline.nlp.stages.repair.spans import make_span
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text))
    return make_span(doc, span.start, span.end, label, 'slovnet')


def rule_on(rule, doc, found, label, **options):
    """What a repair rule returns when slovnet hands it one span: `found`'s first occurrence typed `label`."""
    return rule(doc, [slovnet_span(doc, found, label)], **options)


@pytest.fixture(scope='session')
def nlp():
    from pipeline import load
    return load()


@pytest.fixture(scope='session')
def figures_nlp():
    """Sentences and figures only: what values, objects, status and links need."""
    from pipeline import load
    return load(disable=('recognize', 'lookup', 'repair', 'normalize', 'link', 'assign_roles', 'date'))


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


# the review app's tests (test_review.py, test_review_browser.py)
@pytest.fixture(scope='session')
def run_folder(nlp, tmp_path_factory):
    """A run over the seed corpus that the tests copy before changing."""
    from pipeline import run
    folder = tmp_path_factory.mktemp('review-run')
    run([CORPUS], output_dir=folder, nlp=nlp)
    return folder


@pytest.fixture
def output(run_folder, tmp_path):
    """A copy of the review run's folder, for a test that changes it."""
    folder = tmp_path / 'out'
    shutil.copytree(run_folder, folder)
    return folder


@pytest.fixture
def server(output):
    """A review server over the copy, on a free port of 127.0.0.1."""
    from pipeline.review.server import ReviewServer
    server = ReviewServer(output, port=0, reviewer='anna')
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()
