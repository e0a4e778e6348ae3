"""The run manifest, `run.json`: what produced a set of tables.

Written last by `run` into the output folder: package and model versions,
hashes of every model file, the pipeline config, input file hashes, row
counts, timings, document errors, the corrections applied, and the sha256 of
every table written. `verify()` checks that the tables on disk are the ones
the manifest describes (a run killed while renaming its tables into place, or
a table edited by hand, shows up there).
"""

import json
import platform
import sys
from collections import Counter
from enum import Enum
from pathlib import Path

from pipeline.running.files import atomic_file
from pipeline.running.inputs import split_source
from pipeline.running.versions import file_sha256, model_files, package_versions

FILENAME = 'run.json'


def command():
    """The command line of this process, as typed."""
    if not sys.argv or not sys.argv[0]:
        return None
    name = Path(sys.argv[0]).name
    name = 'python -m pipeline' if name == '__main__.py' else name
    return ' '.join([name] + sys.argv[1:])


def versions():
    from pipeline import __version__
    return {'python': platform.python_version(), 'pipeline': __version__, **package_versions()}


def config_summary(config=None, nlp=None):
    from pipeline.nlp.language import read_config
    from pipeline.resources import DEFAULT_CONFIG, MODELS_DIR
    path = Path(config) if config else MODELS_DIR / DEFAULT_CONFIG
    summary = {'path': str(path)}
    try:
        summary['sha256'] = file_sha256(path)
        settings = read_config(path)
        summary['pipeline'] = list(settings['nlp']['pipeline'])
        summary['components'] = json.loads(json.dumps(dict(settings.get('components', {})), default=str))
    except Exception as error:  # the manifest never stops a run
        summary['error'] = str(error)
    if nlp is not None:
        summary['stages'] = list(nlp.pipe_names)
    return summary


class Digest(Enum):
    # stands for the sha256 of a file of many documents, hashed when the manifest is built; an Enum
    # member stays itself when a worker's `Documents` is pickled back to the driver
    LINES = 'lines'


LINES = Digest.LINES


class Documents:
    """What the manifest reads of the documents table, gathered row by row:
    status counts, error rows, and each input file with its sha256 (a .txt
    file's from its row; a .jsonl/.csv file, one for many rows, hashed here).
    A streamed run keeps this instead of a row per document."""

    def __init__(self, rows=()):
        self.status = Counter()
        self.errors = []
        self.files = {}
        for row in rows:
            self.add(row)

    @classmethod
    def of(cls, frame):
        return cls(frame[['doc_id', 'source', 'status', 'error', 'sha256']].to_dict('records'))

    def add(self, row):
        self.status[row['status']] += 1
        if row['status'] == 'error':
            self.errors.append({'doc_id': row['doc_id'], 'source': row['source'], 'error': row['error']})
        path, line = split_source(row['source'])
        if line is None:
            self.files[path] = row['sha256'] if isinstance(row['sha256'], str) else None
        elif path not in self.files:
            self.files[path] = LINES

    def merge(self, other):
        """Add what `other` gathered of the documents after these (a worker's part of the run)."""
        self.status.update(other.status)
        self.errors.extend(other.errors)
        for path, digest in other.files.items():
            if digest is not LINES or path not in self.files:
                self.files[path] = digest

    def __len__(self):
        return sum(self.status.values())

    def input_files(self):
        """[(path, sha256)] of the input files."""
        for path, digest in self.files.items():
            if digest is LINES:
                try:
                    self.files[path] = file_sha256(path)
                except OSError:
                    self.files[path] = None
        return sorted(self.files.items())


def build(tables, paths=None, inputs=(), config=None, nlp=None, options=None, timings=None, corrections=None):
    """The manifest as a dict; `tables['documents']` may be a `Documents` summary instead of the table."""
    documents = tables['documents']
    if not isinstance(documents, Documents):
        documents = Documents.of(documents)
    manifest = {
        'format': 1,
        'command': command(),
        'versions': versions(),
        'models': model_files(),
        'config': config_summary(config, nlp),
        'options': options or {},
        'inputs': [str(item) for item in inputs],
        'input_files': [{'path': path, 'sha256': digest} for path, digest in documents.input_files()],
        'counts': {
            'documents': len(documents),
            'ok': documents.status['ok'],
            'errors': documents.status['error'],
            **{name: len(frame) for name, frame in tables.items() if name != 'documents'},
        },
        'timings': {name: round(value, 3) for name, value in (timings or {}).items()},
        'errors': documents.errors,
        'corrections': corrections or {},
        'tables': {},
    }
    for name, path in (paths or {}).items():
        manifest['tables'][name] = {'file': Path(path).name, 'rows': len(tables[name]),
                                    'sha256': file_sha256(path)}
    return manifest


def write(manifest, output_dir):
    """Write run.json atomically (temporary file, then rename)."""
    path = Path(output_dir) / FILENAME
    with atomic_file(path) as file:
        json.dump(manifest, file, ensure_ascii=False, indent=1, default=str)
        file.write('\n')
    return path


def add_timing(output_dir, name, seconds):
    """Record the seconds of a step done after the manifest was written (the report) in its timings."""
    written = read(output_dir)
    if written is None:
        return None
    written.setdefault('timings', {})[name] = round(seconds, 3)
    return write(written, output_dir)


def read(output_dir):
    """The manifest of an output folder, or None."""
    path = Path(output_dir) / FILENAME
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding='utf-8'))
    except (OSError, ValueError):
        return None


def verify(output_dir):
    """Problems (strings) with the tables of an output folder against its run.json; [] if consistent."""
    manifest = read(output_dir)
    if manifest is None:
        return [f'no readable {FILENAME} in {output_dir}']
    problems = []
    for name, table in manifest.get('tables', {}).items():
        path = Path(output_dir) / table['file']
        if not path.is_file():
            problems.append(f'{table["file"]} is missing')
        elif file_sha256(path) != table['sha256']:
            problems.append(f'{table["file"]} is not the table of this run (changed since, or the run was cut short)')
    return problems
