"""The wheel: installed outside the checkout, `python -m pipeline run` finds its code and models."""

import os
import shutil
import subprocess
import sys

import pandas as pd
import pytest
from conftest import CORPUS, ROOT

# what the build copies of the checkout: not the environment, caches or outputs
NOT_BUILT = shutil.ignore_patterns('.venv', '.git', 'build', '*.egg-info', 'outputs', '__pycache__', '.hypothesis',
                                   '.pytest_cache')


def call(*command, cwd, env=None):
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, (command, done.stdout[-2000:], done.stderr[-2000:])
    return done


@pytest.mark.slow
def test_the_installed_wheel_runs_outside_the_checkout(tmp_path):
    # a copy, so that the build leaves no build/ folder in the checkout
    source = tmp_path / 'source'
    shutil.copytree(ROOT, source, ignore=NOT_BUILT)
    call(sys.executable, '-m', 'pip', 'wheel', '--no-deps', '--no-build-isolation', '.', '-w', str(tmp_path / 'wheels'),
         cwd=source)
    wheel, = (tmp_path / 'wheels').glob('entity_pipeline-*.whl')
    site = tmp_path / 'site'
    call(sys.executable, '-m', 'pip', 'install', '--no-deps', '--target', str(site), str(wheel), cwd=tmp_path)
    assert sorted(path.name for path in (site / 'pipeline' / 'models').iterdir()) == \
        sorted(path.name for path in (ROOT / 'models').iterdir())

    articles = tmp_path / 'articles'
    articles.mkdir()
    for path in sorted(CORPUS.glob('*.txt'))[:2]:
        shutil.copy(path, articles)
    elsewhere = tmp_path / 'elsewhere'
    elsewhere.mkdir()
    env = {name: value for name, value in os.environ.items() if name not in ('PYTHONPATH', 'ENTITY_PIPELINE_MODELS')}
    env['PYTHONPATH'] = str(site)
    where = call(sys.executable, '-c', 'import pipeline, pipeline.resources as r; print(pipeline.__file__); '
                 'print(r.MODELS_DIR)', cwd=elsewhere, env=env).stdout.split()
    assert where == [str(site / 'pipeline' / '__init__.py'), str(site / 'pipeline' / 'models')]

    call(sys.executable, '-m', 'pipeline', 'run', str(articles), '-o', 'out', '--no-report', cwd=elsewhere, env=env)
    documents = pd.read_csv(elsewhere / 'out' / 'documents.csv')
    assert list(documents.status) == ['ok', 'ok']
    for table in ('mentions', 'entities'):
        rows = pd.read_csv(elsewhere / 'out' / f'{table}.csv')
        assert len(rows) > 5 and set(rows.type) == {'PER', 'ORG', 'LOC'}, table
