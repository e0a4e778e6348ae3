"""Writing a cached run's tables, in chunks of documents, and the tables a streamed run's Result holds.

The CSV files are the bytes `output.write_tables` writes for the run's
DataFrames, without building them: rows in the same order, columns that hold
floats anywhere written as floats in every chunk (`output.csv_cells`). Memory
does not grow with the corpus. Workers on this machine (`cluster.Cluster`)
may write ranges of documents side by side as part files, joined here.
"""

import csv
import shutil
import sqlite3
import warnings
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path

from pipeline.nlp.stages.assign_roles import resolve_role_ids
from pipeline.running.cache.codec import column_types, float_columns
from pipeline.running.cache.store import read_rows
from pipeline.running.engine import batched
from pipeline.running.files import place_file, staging_folder
from pipeline.running.manifest import Documents
from pipeline.running.output import build_tables, csv_cells, ordered
from pipeline.schema import COLUMNS, TABLES

CHUNK_DOCUMENTS = 200
# tables with rows per document, written in ranges of documents; `entities` is the run's
PER_DOCUMENT = tuple(name for name in TABLES if name != 'entities')
# ranges per worker when workers write the tables: a worker done early takes another
PARTS_PER_WORKER = 2


def write_cached(store, output_dir, excel=False, chunk=CHUNK_DOCUMENTS, parts=None):
    """Write every table of the store's run (`cache.store.RowStore`, linked) as CSV, in chunks of
    documents, with no corrections applied (`corrected` is False); returns (paths, counts).

    `parts` (`cluster.Cluster`): workers that see this machine's files
    write ranges of documents side by side (`write_part`), and the parts
    are joined here; without them, or if they fail, this process writes all.
    A killed run's staging folder is removed by the next run (`files.staging_folder`).
    """
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    floats = store.float_columns()
    counts = {'rows': Counter(), 'types': defaultdict(Counter)}
    documents = Documents()
    staging = staging_folder(output_dir, '.tables-')
    try:
        written = write_parts(store, parts, staging, floats, excel, chunk)
        if written is None:
            with table_writers(staging, PER_DOCUMENT, excel=excel) as writers:
                written = [write_documents(store.rows(), writers, floats, excel, chunk)]
        else:
            for name in PER_DOCUMENT:
                join_parts(staging, name, len(written), excel)
        for part in written:
            counts['rows'].update(part['rows'])
            counts['types']['mentions'].update(part['types'])
            documents.merge(part['documents'])
        entities = [{**row, 'corrected': False} for row in store.entities or []]
        counts['types']['entities'].update(row['type'] for row in entities)
        counts['rows']['entities'] = len(entities)
        with table_writers(staging, ['entities'], excel=excel) as writers:
            write_table(writers['entities'], 'entities', entities,
                        float_columns(column_types({'entities': entities})).get('entities', ()), excel)
        store.documents = documents
        counts['status'] = documents.status
        paths = {}
        for name in TABLES:
            paths[name] = output_dir / f'{name}.csv'
            place_file(staging / f'{name}.csv', paths[name])
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return paths, counts


def write_parts(store, parts, staging, floats, excel, chunk):
    """What `write_part` gives for each range of documents, written by `parts`' workers; None when
    there are no such workers, fewer than two ranges, or a part failed (this process writes all then)."""
    if parts is None or parts.size < 2 or not parts.shares_files(store.path):
        return None
    ranges = store.ranges(parts.size * PARTS_PER_WORKER)
    if len(ranges) < 2:
        return None
    store.db.commit()  # the workers read the links
    cache = str(store.path.resolve())
    try:
        return parts.map(write_part, [(cache, store.run, first, last, str(staging), index, floats, excel, chunk)
                                      for index, (first, last) in enumerate(ranges)])
    except Exception as error:
        warnings.warn(f'the workers could not write the tables ({type(error).__name__}: {error}); '
                      f'writing them in this process')
        for stale in staging.glob('*.csv'):
            stale.unlink()
        return None


@contextmanager
def table_writers(folder, names, part=None, excel=False):
    """CSV writers of `<folder>/<table>.csv`, each with its header; of `<table>.<part>.csv` without
    one when `part` is given (`join_parts` adds it)."""
    files = {}
    try:
        writers = {}
        for name in names:
            if part is None:
                files[name] = open(Path(folder) / f'{name}.csv', 'w', encoding='utf-8-sig' if excel else 'utf-8',
                                   newline='')
            else:
                files[name] = open(Path(folder) / f'{name}.{part}.csv', 'w', encoding='utf-8', newline='')
            writers[name] = csv.writer(files[name], lineterminator='\n')
            if part is None:
                writers[name].writerow(COLUMNS[name])
        yield writers
    finally:
        for file in files.values():
            file.close()


def write_table(writer, name, rows, floats, excel):
    """A table's rows, in its order, as CSV rows."""
    writer.writerows(csv_cells(ordered(name, rows), COLUMNS[name], floats, excel))


def write_documents(rows, writers, floats, excel, chunk=CHUNK_DOCUMENTS):
    """The per-document tables of `rows` (`read_rows`), in chunks of documents; returns what the
    driver merges: rows per table, mentions per type, and what the manifest reads of the documents."""
    written = {'rows': Counter(), 'types': Counter(), 'documents': Documents()}
    for batch in batched(rows, chunk):
        collected = defaultdict(list)
        for document_rows in batch:
            for name, items in document_rows.items():
                collected[name].extend(items)
        resolve_role_ids(collected['roles'], collected['mentions'])
        for mention in collected['mentions']:
            mention['corrected'] = False
        written['types'].update(mention['type'] for mention in collected['mentions'])
        for document in collected['documents']:
            written['documents'].add(document)
        for name in PER_DOCUMENT:
            written['rows'][name] += len(collected[name])
            write_table(writers[name], name, collected[name], floats.get(name, ()), excel)
    return written


def write_part(cache, run, first, last, folder, part, floats, excel, chunk=CHUNK_DOCUMENTS):
    """The per-document tables of the run's documents `first`..`last` as `<folder>/<table>.<part>.csv`:
    what a worker on the driver's machine does for `write_cached`; returns `write_documents`' counts."""
    db = sqlite3.connect(f'{Path(cache).as_uri()}?mode=ro', uri=True)
    try:
        with table_writers(folder, PER_DOCUMENT, part=part) as writers:
            return write_documents(read_rows(db, run, first=first, last=last), writers, floats, excel, chunk)
    finally:
        db.close()


def join_parts(folder, name, count, excel):
    """`<folder>/<name>.csv`: the header, then the parts `<name>.0.csv` ... in order."""
    with table_writers(folder, [name], excel=excel):
        pass  # the header
    path = Path(folder) / f'{name}.csv'
    with open(path, 'ab') as joined:
        for part in range(count):
            piece = Path(folder) / f'{name}.{part}.csv'
            with open(piece, 'rb') as file:
                shutil.copyfileobj(file, joined)
            piece.unlink()
    return path


class Sized:
    """Stands for a table that was written but not loaded: only its length."""

    def __init__(self, length):
        self.length = length

    def __len__(self):
        return self.length


class StreamedTables(dict):
    """Tables of a streamed run: each DataFrame is built from the store when first asked for.

    `counts` has the row counts (and mentions/entities per type) without loading anything.
    """

    def __init__(self, store, counts, finish=None):
        super().__init__()
        self.store = store
        self.counts = counts
        self.finish = finish
        self.names = list(TABLES)

    def __missing__(self, name):
        if name not in self.names:
            raise KeyError(name)
        if name == 'entities':
            frames = build_tables([], entities=self.store.entities or [])
        else:
            # other tables may take entity ids from the mentions (roles); these three do not
            needed = {name} if name in ('documents', 'figures', 'dates') else {name, 'mentions'}
            frames = build_tables(self.store.rows(tables=needed), entities=[])
        if self.finish:
            frames = self.finish(frames)
        self[name] = frames[name]
        return frames[name]

    def keys(self):
        return list(self.names)

    def __iter__(self):
        return iter(self.names)

    def __len__(self):
        return len(self.names)

    def __contains__(self, name):
        return name in self.names

    def items(self):
        return [(name, self[name]) for name in self.names]

    def values(self):
        return [self[name] for name in self.names]

    def sizes(self):
        """For the manifest: what it reads of the documents (`manifest.Documents`, kept by `write_cached`), and the
        other tables' lengths only."""
        documents = self.store.documents
        if documents is None:
            documents = self['documents']
        return {name: documents if name == 'documents' else Sized(self.counts['rows'][name])
                for name in self.names}
