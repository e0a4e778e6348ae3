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
def seed_texts():
    return {path.stem: path.read_text(encoding='utf-8-sig') for path in sorted(CORPUS.glob('*.txt'))}
