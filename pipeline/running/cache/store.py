"""The rows cache of an output folder: `<output>/.cache/rows.sqlite`.

It keeps, for every document of the last runs:

- `docs`: its key (a hash of the content, doc_id, source, date, encoding and the
  pipeline's fingerprint), its row dicts (`codec`) and the kinds of values in
  each column;
- `mentions`: compact per-mention fields for run-level linking;
- `links`: the entity id of each mention in this run;
- `ids`: the entity id each mention got in the last completed run.

A run over a folder that gained articles processes only documents whose key
is new (`full=True` reprocesses all), then links the whole run again from the
compact mention fields, grouped in SQL into shapes (one row per distinct set
of fields, with its count), so linking holds the run's entities in memory,
not its mentions. Entity ids of earlier documents do not change: a
mention of an unchanged document keeps the id it had, and new mentions that
link to it join that id (`linking.stabilize`). Without earlier ids (a first
run) the ids are `linking.link_run`'s, the same as an in-memory run gives.
"""

import hashlib
import json
import sqlite3
from collections import Counter
from pathlib import Path

from pipeline.running.cache.codec import FORMAT, decode_rows, float_columns
from pipeline.running.cache.fingerprint import fingerprint
from pipeline.running.linking import Mention, link_run, stabilize

CACHE_DIR = '.cache'
CACHE_FILE = 'rows.sqlite'
COMMIT_EVERY = 200

SCHEMA = '''
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs (
    doc_id TEXT PRIMARY KEY, key TEXT, seq INTEGER, run INTEGER, rows BLOB, types TEXT);
CREATE INDEX IF NOT EXISTS docs_run ON docs (run, seq);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id TEXT, mention_id INTEGER, type TEXT, start INTEGER, stop INTEGER,
    entity TEXT, grp TEXT, normal TEXT, first TEXT, middle TEXT, last TEXT, PRIMARY KEY (doc_id, mention_id));
CREATE TABLE IF NOT EXISTS links (
    doc_id TEXT, mention_id INTEGER, entity_id TEXT, PRIMARY KEY (doc_id, mention_id));
CREATE TABLE IF NOT EXISTS ids (
    doc_id TEXT, key TEXT, start INTEGER, stop INTEGER, type TEXT, entity_id TEXT,
    PRIMARY KEY (doc_id, key, start, stop, type));
'''

# what makes mentions one shape for run-level linking (`Mention`'s fields, in its order): the mention's
# fields and the entity id it had in the last run
SHAPE_FIELDS = ('m.type', 'm.entity', 'm.normal', 'm.first', 'm.middle', 'm.last', 'i.entity_id', 'm.grp')


class RowStore:
    """The rows cache of an output folder, for one run.

    >>> store = RowStore('outputs')
    >>> todo = store.select(sources)                # only new or changed documents
    >>> store.add_all(map(pack, process(nlp, todo)))  # their rows
    >>> entities = store.link()                     # the whole run, ids kept stable
    """

    def __init__(self, output_dir, config=None, full=False, nlp=None):
        self.output_dir = Path(output_dir)
        folder = self.output_dir / CACHE_DIR
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / CACHE_FILE
        self.lock = self.acquire(folder / 'lock')
        self.db = self.connect()
        self.fingerprint = fingerprint(config, nlp)
        self.full = full
        previous = self.db.execute("SELECT value FROM meta WHERE name = 'run'").fetchone()
        self.run = int(previous[0]) + 1 if previous else 1
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('run', ?)", (str(self.run),))
        self.db.commit()
        self.seq = 0
        self.pending = {}
        self.uncommitted = 0
        self.counts = Counter()
        self.entities = None
        self.documents = None  # what the manifest reads of the documents table (`manifest.Documents`), by writing

    def connect(self):
        try:
            db = sqlite3.connect(self.path)
            db.execute('PRAGMA journal_mode = WAL')
            db.execute('PRAGMA synchronous = NORMAL')
            version = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone() \
                if db.execute("SELECT name FROM sqlite_master WHERE name = 'meta'").fetchone() else None
            if version and version[0] != str(FORMAT):
                raise sqlite3.DatabaseError(f'cache format {version[0]}')
        except sqlite3.DatabaseError:
            # a broken or old cache is only a cache: start again
            try:
                db.close()
            except Exception:
                pass
            for suffix in ('', '-wal', '-shm'):
                Path(f'{self.path}{suffix}').unlink(missing_ok=True)
            db = sqlite3.connect(self.path)
            db.execute('PRAGMA journal_mode = WAL')
            db.execute('PRAGMA synchronous = NORMAL')
        db.executescript(SCHEMA)
        db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (str(FORMAT),))
        db.commit()
        return db

    @staticmethod
    def acquire(path):
        """An exclusive lock on the output folder's cache: one run at a time."""
        import fcntl

        from pipeline.errors import InputError
        handle = open(path, 'a')
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise InputError(f'another run is writing to {path.parent.parent}; wait for it to finish '
                             f'or give another output folder') from None
        return handle

    def release(self):
        """Let other runs use the folder (a streamed Result still reads its tables from the cache)."""
        if self.lock is not None:
            self.lock.close()
            self.lock = None

    def close(self):
        self.release()
        if self.db is not None:
            self.db.commit()
            self.db.close()
            self.db = None

    def key(self, source):
        if source.error or not source.sha256:
            return None
        parts = [self.fingerprint, source.doc_id, source.source, source.date, source.encoding, source.sha256]
        return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode('utf-8')).hexdigest()

    def tick(self):
        self.uncommitted += 1
        if self.uncommitted >= COMMIT_EVERY:
            self.db.commit()
            self.uncommitted = 0

    def select(self, sources):
        """The sources that need processing; unchanged documents are taken from the cache."""
        for source in sources:
            self.seq += 1
            self.counts['documents'] += 1
            key = self.key(source)
            if key and not self.full:
                found = self.db.execute('SELECT key FROM docs WHERE doc_id = ?', (source.doc_id,)).fetchone()
                if found and found[0] == key:
                    self.db.execute('UPDATE docs SET seq = ?, run = ? WHERE doc_id = ?',
                                    (self.seq, self.run, source.doc_id))
                    self.counts['reused'] += 1
                    self.tick()
                    continue
            self.pending[source.doc_id] = (self.seq, key)
            yield source

    def add(self, packed):
        """Store one processed document, as `pack` gives it."""
        document, blob, types, mentions = packed
        doc_id = document['doc_id']
        seq, key = self.pending.pop(doc_id)
        self.db.execute('INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?, ?, ?)',
                        (doc_id, key, seq, self.run, blob, types))
        self.db.execute('DELETE FROM mentions WHERE doc_id = ?', (doc_id,))
        self.db.executemany('INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', mentions)
        self.counts['processed'] += 1
        self.tick()

    def add_all(self, documents):
        """Store every processed document (packed), then forget documents gone from the inputs."""
        for packed in documents:
            self.add(packed)
        # documents gone from the inputs leave the cache (their ids are kept until the run completes)
        self.db.execute('DELETE FROM mentions WHERE doc_id IN (SELECT doc_id FROM docs WHERE run != ?)', (self.run,))
        self.db.execute('DELETE FROM docs WHERE run != ?', (self.run,))
        self.db.commit()

    def link(self):
        """Run-level entities of the stored documents (`linking.link_run`), ids kept stable.

        Memory grows with the run's entities, not its mentions: linking reads
        one row per shape of mention (its fields, how many, where first), and
        each mention's entity id goes to the `links` table.
        """
        fields = ', '.join(SHAPE_FIELDS)
        joined = '''
            FROM docs d JOIN mentions m ON m.doc_id = d.doc_id
            LEFT JOIN ids i ON i.doc_id = m.doc_id AND i.key = d.key AND i.start = m.start
                AND i.stop = m.stop AND i.type = m.type'''
        shapes = {}
        query = (f'SELECT {fields}, COUNT(*), MIN(d.seq * 1048576 + m.mention_id) AS seen {joined} '
                 f'WHERE d.run = ? GROUP BY {fields} ORDER BY seen')
        for *shape, count, _ in self.db.execute(query, [self.run]):
            shapes[tuple(shape)] = Mention(None, *shape, count=count)
        entities = stabilize(list(shapes.values()), link_run(list(shapes.values())))
        # each mention gets its shape's entity id in SQL, through an indexed table of
        # the shapes (`IS`: a field may be NULL), not a Python loop over every mention
        columns = ', '.join(f'f{index}' for index in range(len(SHAPE_FIELDS)))
        self.db.execute('DROP TABLE IF EXISTS temp.shape_ids')
        self.db.execute(f'CREATE TEMP TABLE shape_ids ({columns}, entity_id TEXT)')
        self.db.executemany(f'INSERT INTO shape_ids VALUES ({", ".join("?" * (len(SHAPE_FIELDS) + 1))})',
                            [(*shape, mention.entity_id) for shape, mention in shapes.items()])
        shapes = None
        self.db.execute(f'CREATE INDEX temp.shape_fields ON shape_ids ({columns})')
        same = ' AND '.join(f's.f{index} IS {field}' for index, field in enumerate(SHAPE_FIELDS))
        self.db.execute('DELETE FROM links')
        self.db.execute(f'INSERT INTO links SELECT m.doc_id, m.mention_id, s.entity_id {joined} '
                        f'JOIN shape_ids s ON {same} WHERE d.run = ?', [self.run])
        documents = dict(self.db.execute('SELECT entity_id, COUNT(DISTINCT doc_id) FROM links GROUP BY entity_id'))
        self.db.execute('DROP TABLE temp.shape_ids')
        self.db.commit()
        for row in entities:
            row['documents'] = documents.get(row['entity_id'], 0)
        self.entities = entities
        return entities

    def save_ids(self):
        """Remember this run's entity ids (call once the tables are written)."""
        self.db.execute('DELETE FROM ids')
        self.db.execute('''
            INSERT OR REPLACE INTO ids
            SELECT m.doc_id, d.key, m.start, m.stop, m.type, l.entity_id
            FROM docs d JOIN mentions m ON m.doc_id = d.doc_id
            JOIN links l ON l.doc_id = m.doc_id AND l.mention_id = m.mention_id
            WHERE d.run = ? AND d.key IS NOT NULL''', [self.run])
        self.db.commit()

    def rows(self, tables=None):
        """Row dicts of every document of the run, entity ids set, in doc_id order."""
        return read_rows(self.db, self.run, tables)

    def float_columns(self):
        bits = {}
        for (types,) in self.db.execute('SELECT types FROM docs WHERE run = ?', (self.run,)):
            for key, value in json.loads(types).items():
                bits[key] = bits.get(key, 0) | value
        return float_columns(bits)

    def frames(self, finish=None):
        """All tables as DataFrames, as `output.build_tables` gives them for the run's rows."""
        from pipeline.running.output import build_tables
        frames = build_tables(self.rows(), entities=self.entities)
        return finish(frames) if finish else frames

    def ranges(self, count):
        """Up to `count` (first, last) doc_id ranges of the run's documents, in order, about equal in stored bytes."""
        sizes = self.db.execute('SELECT doc_id, length(rows) FROM docs WHERE run = ? ORDER BY doc_id',
                                (self.run,)).fetchall()
        share = sum(size for _, size in sizes) / max(1, count)
        ranges, first, filled = [], None, 0
        for doc_id, size in sizes:
            first = doc_id if first is None else first
            filled += size
            if filled >= share * (len(ranges) + 1) and len(ranges) < count - 1:
                ranges.append((first, doc_id))
                first = None
        if first is not None:
            ranges.append((first, sizes[-1][0]))
        return ranges


def read_rows(db, run, tables=None, first=None, last=None):
    """Row dicts of the run's documents (doc_ids from `first` to `last`), entity ids set, in doc_id order."""
    bounds, arguments = '', []
    if first is not None:
        bounds, arguments = ' AND doc_id >= ? AND doc_id <= ?', [first, last]
    # the links in the same order, read alongside (one query, not one per document)
    links = db.cursor().execute(f'SELECT doc_id, entity_id FROM links WHERE 1{bounds} ORDER BY doc_id, mention_id',
                                arguments)
    link = next(links, None)
    for doc_id, blob in db.execute(f'SELECT doc_id, rows FROM docs WHERE run = ?{bounds} ORDER BY doc_id',
                                   [run, *arguments]):
        ids = []
        while link is not None and link[0] <= doc_id:  # SQLite's order of TEXT is Python's (code points)
            if link[0] == doc_id:
                ids.append(link[1])
            link = next(links, None)
        rows = decode_rows(blob)
        if tables is not None:
            rows = {name: items for name, items in rows.items() if name in tables}
        for mention, entity_id in zip(rows.get('mentions', ()), ids):
            mention['entity_id'] = entity_id
        yield rows
