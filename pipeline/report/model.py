"""What the report holds, read from an output folder: the run's tables, run.json and the source
texts (read again from the `source` paths of documents.csv; a file changed since the run is left
out), turned into the compact values of the report's data files (README.md beside this file).
No HTML here: the report's scripts build the views from these values."""

import csv
import json
import re
from pathlib import Path

from pipeline.errors import InputError
from pipeline.report.targets import TARGET_COLUMNS, target_rows
from pipeline.running import manifest as manifests
from pipeline.running.inputs import reread
from pipeline.schema import ENTITY_TYPES

KNOWN_TABLES = ('documents', 'mentions', 'entities', 'figures', 'dates')
DEFUSED_RE = re.compile(r"^'(?=[=+\-@\t\r])")  # the quote --excel puts before a formula-like cell
INT_RE = re.compile(r'(0|[1-9][0-9]*)\Z')  # as the tables write it: no sign, no leading zero
INT_COLUMNS = frozenset(('start', 'stop', 'mention_id', 'figure_id', 'chars', 'tokens', 'sentences', 'mentions',
                         'documents', 'inside'))
BOOL_VALUES = {'True': True, 'False': False}
CHUNK_BYTES = 1_500_000  # of UTF-8 text per texts-NNN.js: a few loads for any view, none too slow to parse


def read_table(path, excel=False):
    """A table as (columns, rows as lists of strings)."""
    with open(path, encoding='utf-8-sig', newline='') as file:
        reader = csv.reader(file)
        columns = next(reader, [])
        width = len(columns)
        # a row edited by hand to too few or too many cells is cut or filled to the columns
        rows = [row if len(row) == width else (row + [''] * width)[:width] for row in reader if row]
    if excel:
        rows = [[DEFUSED_RE.sub('', value) for value in row] for row in rows]
    return columns, rows


class Run:
    """The tables, manifest and texts of an output folder."""

    def __init__(self, output_dir, texts=None):
        self.output_dir = Path(output_dir)
        if not (self.output_dir / 'documents.csv').is_file():
            raise InputError(f'no documents.csv in {self.output_dir}; run `entity-pipeline run -o '
                             f'{self.output_dir}` first')
        self.manifest = manifests.read(self.output_dir) or {}
        excel = bool(self.manifest.get('options', {}).get('excel'))
        # the tables this run wrote (a `roles` table too, once there is one); not other CSVs of the folder
        names = [name for name in self.manifest.get('tables', {}) if name != 'manifest'] or list(KNOWN_TABLES)
        self.tables = {}  # name -> (columns, rows)
        for name in names:
            try:
                self.tables[name] = read_table(self.output_dir / f'{name}.csv', excel)
            except (OSError, UnicodeError, ValueError, csv.Error):
                self.tables[name] = ([], [])
        for name in KNOWN_TABLES:
            self.tables.setdefault(name, ([], []))
        self.problems = manifests.verify(self.output_dir) if self.manifest else [
            'no run.json: versions and input hashes of this run are unknown']
        self.documents = self.records('documents')
        self.texts = reread(self.documents) if texts is None else texts

    def records(self, name):
        """The rows of a table as dicts."""
        columns, rows = self.tables[name]
        return [dict(zip(columns, row)) for row in rows]

    def table(self, name):
        """A table's value in its data file: {"columns", "rows"}; `sentence` only where the text is missing."""
        columns, rows = self.tables[name]
        if 'sentence' in columns and 'doc_id' in columns:
            at, doc = columns.index('sentence'), columns.index('doc_id')
            columns = columns[:at] + columns[at + 1:] + ['sentence']
            texts = self.texts
            # the views cut the context from the text; a row of a document without its text keeps its sentence
            rows = [row[:at] + row[at + 1:] + ([row[at]] if row[doc] not in texts else []) for row in rows]
        else:
            rows = [list(row) for row in rows]  # typed in place: the table read stays as read
        return typed(columns, rows)

    def targets(self):
        """The index's Targets table (targets.py): targets.js."""
        rows = target_rows(self.records('figures'))
        return typed(list(TARGET_COLUMNS), [[row[column] for column in TARGET_COLUMNS] for row in rows])

    def meta(self, chunks):
        """The run's summary: meta.js."""
        manifest = self.manifest
        corrections = manifest.get('corrections') or {}
        return {
            'title': 'Entity extraction report',
            'versions': {name: version for name, version in (manifest.get('versions') or {}).items() if version},
            'command': manifest.get('command'),
            'timings': manifest.get('timings') or {},
            'problems': self.problems,
            'missing': [row['doc_id'] for row in self.documents
                        if row.get('status') == 'ok' and row['doc_id'] not in self.texts],
            'tables': list(self.tables),
            'corrections': {'file': corrections.get('file'), 'rows': corrections.get('rows') or []},
            'dropped': corrections.get('dropped') or [],
            'types': list(ENTITY_TYPES),
            'texts': {'chunks': len(chunks), 'of': {doc_id: number for number, chunk in enumerate(chunks)
                                                    for doc_id in chunk}},
        }

    def text_chunks(self):
        """The texts in document order, as chunks of about CHUNK_BYTES: [{doc_id: text}]."""
        chunks, chunk, size = [], {}, 0
        for row in self.documents:
            text = self.texts.get(row['doc_id'])
            if text is None or row['doc_id'] in chunk:
                continue
            if chunk and size + len(text) * 2 > CHUNK_BYTES:  # 2 bytes a character: Cyrillic in UTF-8
                chunks.append(chunk)
                chunk, size = {}, 0
            chunk[row['doc_id']] = text
            size += len(text) * 2
        if chunk:
            chunks.append(chunk)
        return chunks


def typed(columns, rows):
    """A table's value in its data file, {"columns", "rows"}, its integer and boolean cells typed in place."""
    for at, column in enumerate(columns):
        if column in INT_COLUMNS:
            for row in rows:
                if len(row) > at and INT_RE.match(row[at]):
                    row[at] = int(row[at])
        elif column == 'corrected':
            for row in rows:
                if len(row) > at:
                    row[at] = BOOL_VALUES.get(row[at], row[at])
    return {'columns': columns, 'rows': rows}


def script(kind, value):
    """A data file: `window.REPORT.add(kind, value);` with `</` written `<\\/` (no `</script>` can end an
    inline copy of it) and the line separators U+2028/U+2029 escaped, as older JavaScript needs."""
    text = json.dumps(value, ensure_ascii=False, separators=(',', ':'))
    text = text.replace('</', '<\\/').replace('\u2028', '\\u2028').replace('\u2029', '\\u2029')
    return f'window.REPORT.add({json.dumps(kind)}, {text});\n'


def data_files(run):
    """[(file name, content)] of the data folder: meta.js, a file per table, targets.js, texts-NNN.js."""
    chunks = run.text_chunks()
    files = [('meta.js', script('meta', run.meta(chunks)))]
    for name in run.tables:
        files.append((f'{safe_table_name(name)}.js', script(name, run.table(name))))
    files.append(('targets.js', script('targets', run.targets())))
    for number, chunk in enumerate(chunks):
        files.append((f'texts-{number:03d}.js', script('texts', {'chunk': number, 'texts': chunk})))
    return files


def safe_table_name(name):
    """A table's data file name: its name, which run.json gives (letters, digits, _ and - only)."""
    return re.sub(r'[^A-Za-z0-9_-]+', '_', name)
