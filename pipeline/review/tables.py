"""The tables of an output folder rebuilt from its rows cache with the corrections applied.

No document is processed again: the rows of the last run are read from
`OUTPUT/.cache/rows.sqlite` (pipeline/running/cache/), linked once as the run
linked them (same entity ids), and kept in memory; each correction then
applies the whole of `corrections.csv` to those base tables, as `run()` does
after linking, and writes the tables, run.json and the report again.
"""

import sqlite3
import time
from pathlib import Path

from pipeline.errors import InputError
from pipeline.running import corrections as fixes
from pipeline.running import manifest as manifests
from pipeline.running.cache.codec import FORMAT
from pipeline.running.cache.store import CACHE_DIR, CACHE_FILE, SHAPE_FIELDS, RowStore, read_rows
from pipeline.running.linking import Mention, link_run, stabilize
from pipeline.running.output import build_tables, write_tables
from pipeline.running.versions import file_sha256


def cached_tables(output_dir):
    """The tables of the folder's last run before corrections, as DataFrames (`output.build_tables`)."""
    path = Path(output_dir) / CACHE_DIR / CACHE_FILE
    if not path.is_file():
        raise InputError(f'no rows cache in {output_dir}; run `entity-pipeline run -o {output_dir}` '
                         f'first (review rebuilds the tables from it)')
    # read-only: a run that starts meanwhile must not find its cache changed under it
    db = sqlite3.connect(f'{path.resolve().as_uri()}?mode=ro', uri=True)
    try:
        check_format(db, output_dir)
        found = db.execute("SELECT value FROM meta WHERE name = 'run'").fetchone()
        if not found:
            raise InputError(f'the rows cache of {output_dir} holds no run; run the pipeline again')
        run = int(found[0])
        entities = linked_entities(db, run)
        return build_tables(read_rows(db, run), entities=entities)
    finally:
        db.close()


def check_format(db, output_dir):
    """Refuse a cache an earlier version wrote (`codec.FORMAT`): its rows are packed otherwise, and
    read as this version's they fail deep in the decoder. A run opens such a cache anew."""
    found = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
    if not found or found[0] != str(FORMAT):
        raise InputError(f'the rows cache of {output_dir} was written by another version (format '
                         f'{found[0] if found else "unknown"}, this one reads {FORMAT}); run the pipeline '
                         f'again: `entity-pipeline run ... -o {output_dir}`')


def linked_entities(db, run):
    """The run's entity rows, as `RowStore.link` made them (its query, read only: the
    `links` table already holds each mention's id, and `ids` the same ids after a run)."""
    fields = ', '.join(SHAPE_FIELDS)
    joined = '''
        FROM docs d JOIN mentions m ON m.doc_id = d.doc_id
        LEFT JOIN ids i ON i.doc_id = m.doc_id AND i.key = d.key AND i.start = m.start
            AND i.stop = m.stop AND i.type = m.type'''
    query = (f'SELECT {fields}, COUNT(*), MIN(d.seq * 1048576 + m.mention_id) AS seen {joined} '
             f'WHERE d.run = ? GROUP BY {fields} ORDER BY seen')
    shapes = [Mention(None, *shape, count=count) for *shape, count, _ in db.execute(query, [run])]
    entities = stabilize(shapes, link_run(shapes))
    documents = dict(db.execute('SELECT entity_id, COUNT(DISTINCT doc_id) FROM links GROUP BY entity_id'))
    for row in entities:
        row['documents'] = documents.get(row['entity_id'], 0)
    return entities


class Tables:
    """An output folder's base tables (from the cache) and the corrected ones written from them."""

    def __init__(self, output_dir, report=True):
        self.output_dir = Path(output_dir)
        self.report = report
        self.base = cached_tables(self.output_dir)
        self.manifest = manifests.read(self.output_dir) or {}
        self.excel = bool(self.manifest.get('options', {}).get('excel'))
        self.current = None
        self.log = []

    @property
    def corrections_path(self):
        return self.output_dir / fixes.FILENAME

    def corrected(self, extra=None):
        """(tables, log) with corrections.csv applied, and `extra` (one more row) after it."""
        rows = fixes.read(fixes.find(None, self.output_dir))
        if extra is not None:
            rows.append({**extra, 'line': (rows[-1]['line'] + 1) if rows else 2})
        tables, log, dropped = fixes.apply(self.base, rows)
        return tables, log, dropped

    def rebuild(self, tables=None, log=None, dropped=()):
        """Write the corrected tables, run.json and the report; returns the seconds it took."""
        started = time.perf_counter()
        if tables is None:
            tables, log, dropped = self.corrected()
        # the cache lock: no run writes the folder while the tables are written
        lock = RowStore.acquire(self.output_dir / CACHE_DIR / 'lock')
        try:
            paths = write_tables(tables, self.output_dir, excel=self.excel)
            self.write_manifest(tables, paths, log, dropped)
            if self.report:
                from pipeline.report import write_report
                write_report(self.output_dir)
        finally:
            lock.close()
        self.current, self.log = tables, log
        return time.perf_counter() - started

    def write_manifest(self, tables, paths, log, dropped):
        """run.json told of the new tables (rows, sha256, counts) and of the corrections applied."""
        manifest = manifests.read(self.output_dir) or {}
        file = self.corrections_path
        manifest['corrections'] = {'file': str(file) if file.is_file() else None, 'rows': log,
                                   'dropped': list(dropped)}
        counts = manifest.setdefault('counts', {})
        listed = manifest.setdefault('tables', {})
        for name, path in paths.items():
            listed[name] = {'file': Path(path).name, 'rows': len(tables[name]), 'sha256': file_sha256(path)}
            if name != 'documents':
                counts[name] = len(tables[name])
        manifests.write(manifest, self.output_dir)
