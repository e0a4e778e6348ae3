"""The output folder as a store: incremental runs, and tables written in chunks.

`<output>/.cache/rows.sqlite` keeps, for every document of the last runs:

- `docs`: its key (a hash of the content, doc_id, source, date, encoding and the
  pipeline's fingerprint: code, models, config, package versions), its row
  dicts (marshal + zlib) and the kinds of values in each column;
- `mentions`: compact per-mention fields for run-level linking;
- `links`: the entity id of each mention in this run;
- `ids`: the entity id each mention got in the last completed run.

A run over a folder that gained articles processes only documents whose key
is new (`full=True` reprocesses all), then links the whole run again from the
compact mention fields, grouped in SQL into shapes (one row per distinct set
of fields, with its count), so linking holds the run's entities in memory,
not its mentions. Entity ids of earlier documents do not change: a
mention of an unchanged document keeps the id it had, and new mentions that
link to it join that id (`stabilize`). Without earlier ids (a first run) the
ids are `link.link_run`'s, the same as an in-memory run gives.

Streaming: rows go to the store one document at a time; the tables are then
written in chunks of documents in doc_id order, so memory does not grow with
the corpus (only the mention shapes and the entity rows do, during linking).
`export_parquet` and `export_duckdb` load the written CSVs into a Parquet
dataset and a DuckDB database.
"""

import hashlib
import json
import marshal
import os
import shutil
import sqlite3
import sys
import tempfile
import zlib
from collections import Counter, defaultdict
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path

from pipeline.schema import NULLABLE_INTS  # cast by tables.build_tables itself

CACHE_DIR = '.cache'
CACHE_FILE = 'rows.sqlite'
FORMAT = 3
CHUNK_DOCUMENTS = 200
COMMIT_EVERY = 200
PACKAGES = ('slovnet', 'natasha', 'navec', 'razdel', 'pymorphy3', 'pymorphy3-dicts-ru', 'spacy', 'numpy', 'pandas')

INT, FLOAT, NONE, BOOL, OTHER = 1, 2, 4, 8, 16
TYPE_BITS = {int: INT, float: FLOAT, type(None): NONE, bool: BOOL}
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


def package_versions():
    from importlib import metadata
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f'{name}=={metadata.version(name)}')
        except metadata.PackageNotFoundError:
            versions.append(f'{name} missing')
    return versions


def fingerprint(config=None, nlp=None):
    """A hash of everything that decides a document's rows besides its text.

    `nlp`: a pipeline given to `run()` instead of loaded from the config (its
    stages and their settings count too).
    """
    from pipeline.resources import DEFAULT_CONFIG, MODELS_DIR
    digest = hashlib.sha256()
    digest.update(f'format {FORMAT}; python {sys.version}; marshal {marshal.version}\n'.encode())
    digest.update('\n'.join(package_versions()).encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob('*.py')):
        digest.update(path.relative_to(package).as_posix().encode() + b'\0' + path.read_bytes())
    models = Path(MODELS_DIR)
    if models.is_dir():
        for path in sorted(models.rglob('*')):
            if path.is_file() and path.stat().st_size < 64 * 1024 * 1024:
                digest.update(path.relative_to(models).as_posix().encode() + b'\0' + path.read_bytes())
    config = Path(config) if config else models / DEFAULT_CONFIG
    if config.is_file():
        digest.update(b'config\0' + config.read_bytes())
    if nlp is not None:
        try:
            digest.update(b'nlp\0' + nlp.config.to_str().encode('utf-8'))
        except Exception:
            digest.update(b'nlp\0' + repr(nlp.pipe_names).encode('utf-8'))
    return digest.hexdigest()


def column_types(rows):
    """{'table.column': bits of the Python types of its values} of one document's rows."""
    bits = {}
    for table, items in rows.items():
        columns = list(items[0]) if items else []
        if all(item.keys() == items[0].keys() for item in items) and len(columns) > 1:
            # the usual case, every row with the same columns: a column at a time
            for column, values in zip(columns, zip(*map(itemgetter(*columns), items))):
                bits[f'{table}.{column}'] = type_bits(set(map(type, values)))
            continue
        for item in items:
            for column, value in item.items():
                key = f'{table}.{column}'
                bits[key] = bits.get(key, 0) | TYPE_BITS.get(type(value), OTHER)
    return bits


def type_bits(kinds):
    bits = 0
    for kind in kinds:
        bits |= TYPE_BITS.get(kind, OTHER)
    return bits


def float_columns(bits):
    """{table: [columns]} that a DataFrame of all rows holds as float64 (ints with a float or a None)."""
    columns = defaultdict(list)
    for key, value in bits.items():
        table, column = key.split('.', 1)
        if column in NULLABLE_INTS or value & (BOOL | OTHER) or not value & (INT | FLOAT):
            continue
        if value & (FLOAT | NONE):
            columns[table].append(column)
    return columns


class Mention:
    """The fields of a mention that run-level linking reads, compactly; with
    `count`, all mentions of the run with these fields (a shape)."""
    __slots__ = ('doc_id', 'type', 'entity', 'group', 'normal', 'first', 'middle', 'last', 'entity_id', 'previous',
                 'count')

    def __init__(self, doc_id, type, entity, normal, first, middle, last, previous, group=None, count=1):
        self.doc_id, self.type, self.entity, self.normal = doc_id, type, entity, normal
        self.group, self.count = group, count
        self.first, self.middle, self.last = first, middle, last
        self.entity_id = None
        self.previous = previous

    # `mention['type']` as link_run reads its dicts, at the cost of an attribute lookup
    __getitem__ = object.__getattribute__
    __setitem__ = object.__setattr__

    def get(self, name, default=None):
        return getattr(self, name, default)


def stabilize(mentions, entities):
    """Keep the entity ids earlier runs gave (`mention.previous`); returns the entity rows.

    A group of `link_run` with mentions that had ids goes on under the id most
    of them had (new mentions join it); every mention with an earlier id keeps
    it. Without earlier ids nothing changes.
    """
    if not any(mention.previous for mention in mentions):
        return entities
    rows = {row['entity_id']: row for row in entities}
    groups = defaultdict(list)
    for mention in mentions:
        groups[mention.entity_id].append(mention)
    target = {}
    for identifier, members in groups.items():
        earlier = Counter()
        for member in members:
            if member.previous:
                earlier[member.previous] += member.count
        target[identifier] = min(earlier, key=lambda key: (-earlier[key], key)) if earlier else identifier
    finals = defaultdict(list)
    for mention in mentions:
        finals[mention.previous or target[mention.entity_id]].append(mention)
    result = []
    for final, members in finals.items():
        sources = Counter()
        for member in members:
            sources[member.entity_id] += member.count
        base = min(sources, key=lambda key: (key != final, -sources[key], key))
        row = dict(rows[base])
        row['entity_id'] = final
        if len(sources) > 1 or sources[base] != sum(member.count for member in groups[base]):
            row['mentions'] = sum(member.count for member in members)
            row['documents'] = len({member.doc_id for member in members})  # shapes: the store counts again
            # as link_run: the members' normal forms other than the name
            row['aliases'] = '|'.join(sorted({member.normal for member in members
                                              if member.normal and member.normal != row['name']}))
        result.append(row)
    for final, members in finals.items():
        for member in members:
            member.entity_id = final
    return result


def encode_rows(rows):
    return zlib.compress(marshal.dumps(rows), 1)


def decode_rows(blob):
    return marshal.loads(zlib.decompress(blob))


# what makes mentions one shape for run-level linking (`Mention`'s fields, in its order): the mention's
# fields and the entity id it had in the last run
SHAPE_FIELDS = ('m.type', 'm.entity', 'm.normal', 'm.first', 'm.middle', 'm.last', 'i.entity_id', 'm.grp')
# what run-level linking reads of a mention row, in the `mentions` table's column order
MENTION_FIELDS = ('mention_id', 'type', 'start', 'stop', 'entity', 'group', 'normal', 'first', 'middle', 'last')


def pack(rows):
    """One document's rows as the store keeps them: (its documents-table row,
    the rows encoded, their column types as JSON, its mentions' linking fields).

    Workers pack what they send back: the driver stores it without decoding
    and re-encoding the rows, and Dask moves bytes instead of walking dicts.
    """
    document = rows['documents'][0]
    doc_id = document['doc_id']
    mentions = [(doc_id, *[mention.get(name) for name in MENTION_FIELDS]) for mention in rows['mentions']]
    return document, encode_rows(rows), json.dumps(column_types(rows)), mentions


def unpack(packed):
    """The row dicts of a packed document."""
    return decode_rows(packed[1])


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
        self.documents = None  # what the manifest reads of the documents table (`manifest.Documents`), by write()

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
        """Run-level entities of the stored documents (`link.link_run`), ids kept stable.

        Memory grows with the run's entities, not its mentions: linking reads
        one row per shape of mention (its fields, how many, where first), and
        each mention's entity id goes to the `links` table.
        """
        from pipeline.nlp.stages.link import link_run
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
        """All tables as DataFrames, as `tables.build_tables` gives them for the run's rows."""
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

    def write(self, output_dir, excel=False, chunk=CHUNK_DOCUMENTS, parts=None):
        """Write every table as CSV, in chunks of documents; returns (paths, counts).

        The files are the bytes `tables.write_tables` writes for the run's
        DataFrames, with no corrections applied (`corrected` is False): rows
        in the same order, columns that hold floats anywhere written as
        floats in every chunk (`tables.csv_cells`), without building DataFrames.

        `parts` (`parallel.Cluster`): workers that see this machine's files
        write ranges of documents side by side (`write_part`), and the parts
        are joined here; without them, or if they fail, this process writes all.
        """
        from pipeline.running.manifest import Documents
        from pipeline.schema import TABLES
        output_dir = Path(output_dir)
        output_dir.mkdir(parents=True, exist_ok=True)
        floats = self.float_columns()
        counts = {'rows': Counter(), 'types': defaultdict(Counter)}
        documents = Documents()
        staging = Path(tempfile.mkdtemp(prefix='.tables-', dir=output_dir))
        try:
            written = self.write_parts(parts, staging, floats, excel, chunk)
            if written is None:
                with table_writers(staging, PER_DOCUMENT, excel=excel) as writers:
                    written = [write_documents(self.rows(), writers, floats, excel, chunk)]
            else:
                for name in PER_DOCUMENT:
                    join_parts(staging, name, len(written), excel)
            for part in written:
                counts['rows'].update(part['rows'])
                counts['types']['mentions'].update(part['types'])
                documents.merge(part['documents'])
            entities = [{**row, 'corrected': False} for row in self.entities or []]
            counts['types']['entities'].update(row['type'] for row in entities)
            counts['rows']['entities'] = len(entities)
            with table_writers(staging, ['entities'], excel=excel) as writers:
                write_table(writers['entities'], 'entities', entities,
                            float_columns(column_types({'entities': entities})).get('entities', ()), excel)
            self.documents = documents
            counts['status'] = documents.status
            paths = {}
            for name in TABLES:
                os.chmod(staging / f'{name}.csv', 0o644)
                paths[name] = output_dir / f'{name}.csv'
                os.replace(staging / f'{name}.csv', paths[name])
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return paths, counts

    def write_parts(self, parts, staging, floats, excel, chunk):
        """What `write_part` gives for each range of documents, written by `parts`' workers; None when
        there are no such workers, fewer than two ranges, or a part failed (this process writes all then)."""
        if parts is None or parts.size < 2 or not parts.shares_files(self.path):
            return None
        ranges = self.ranges(parts.size * PARTS_PER_WORKER)
        if len(ranges) < 2:
            return None
        self.db.commit()  # the workers read the links
        cache = str(self.path.resolve())
        try:
            return parts.map(write_part, [(cache, self.run, first, last, str(staging), index, floats, excel, chunk)
                                          for index, (first, last) in enumerate(ranges)])
        except Exception as error:
            import warnings
            warnings.warn(f'the workers could not write the tables ({type(error).__name__}: {error}); '
                          f'writing them in this process')
            for stale in staging.glob('*.csv'):
                stale.unlink()
            return None


# tables with rows per document, written in ranges of documents; `entities` is the run's
PER_DOCUMENT = ('documents', 'mentions', 'figures', 'dates', 'roles')
# ranges per worker when workers write the tables: a worker done early takes another
PARTS_PER_WORKER = 2


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


@contextmanager
def table_writers(folder, names, part=None, excel=False):
    """CSV writers of `<folder>/<table>.csv`, each with its header; of `<table>.<part>.csv` without
    one when `part` is given (`join_parts` adds it)."""
    import csv

    from pipeline.schema import COLUMNS
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
    from pipeline.running.output import csv_cells, ordered
    from pipeline.schema import COLUMNS
    writer.writerows(csv_cells(ordered(name, rows), COLUMNS[name], floats, excel))


def write_documents(rows, writers, floats, excel, chunk=CHUNK_DOCUMENTS):
    """The per-document tables of `rows` (`read_rows`), in chunks of documents; returns what the
    driver merges: rows per table, mentions per type, and what the manifest reads of the documents."""
    from pipeline.nlp.stages.assign_roles import resolve_role_ids
    from pipeline.running.engine import batched
    from pipeline.running.manifest import Documents
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
    what a worker on the driver's machine does for `RowStore.write`; returns `write_documents`' counts."""
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
        from pipeline.schema import COLUMNS
        self.names = [name for name in COLUMNS]

    def __missing__(self, name):
        from pipeline.running.output import build_tables
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
        """For the manifest: what it reads of the documents (`manifest.Documents`, kept by `write`), and the
        other tables' lengths only."""
        documents = self.store.documents
        if documents is None:
            documents = self['documents']
        return {name: documents if name == 'documents' else Sized(self.counts['rows'][name])
                for name in self.names}


# Parquet and DuckDB: loaded from the written CSVs, with fixed column types

INT_COLUMNS = {'chars', 'tokens', 'sentences', 'mention_id', 'figure_id', 'part_of', 'with', 'start', 'stop',
               'mentions', 'documents'}
FLOAT_COLUMNS = {'value', 'value_max'}
BOOL_COLUMNS = {'corrected'}


def csv_header(path, excel=False):
    import csv
    with open(path, encoding='utf-8-sig', newline='') as file:
        return next(csv.reader(file), [])


def column_kind(column):
    if column in INT_COLUMNS:
        return 'int'
    if column in FLOAT_COLUMNS:
        return 'float'
    if column in BOOL_COLUMNS:
        return 'bool'
    return 'string'


def export_parquet(paths, output_dir, folder='parquet', rows_per_file=200_000):
    """A Parquet dataset beside the CSVs: `<output>/parquet/<table>/part-00000.parquet`, ...; returns the folders."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    types = {'int': pa.int64(), 'float': pa.float64(), 'bool': pa.bool_(), 'string': pa.string()}
    root = Path(output_dir) / folder
    staging = Path(tempfile.mkdtemp(prefix='.parquet-', dir=output_dir))
    written = {}
    try:
        for name, path in paths.items():
            header = csv_header(path)
            schema = pa.schema([(column, types[column_kind(column)]) for column in header])
            target = staging / name
            target.mkdir()
            convert = pacsv.ConvertOptions(column_types={field.name: field.type for field in schema},
                                           strings_can_be_null=True, quoted_strings_can_be_null=False,
                                           true_values=['True'], false_values=['False'])
            reader = pacsv.open_csv(path, convert_options=convert,
                                    read_options=pacsv.ReadOptions(block_size=8 << 20))
            part, writer, rows = 0, None, 0
            for batch in reader:
                if writer is None or rows >= rows_per_file:
                    if writer is not None:
                        writer.close()
                    writer = pq.ParquetWriter(target / f'part-{part:05d}.parquet', schema)
                    part, rows = part + 1, 0
                writer.write_batch(batch)
                rows += batch.num_rows
            if writer is None:
                pq.write_table(schema.empty_table(), target / 'part-00000.parquet')
            else:
                writer.close()
            written[name] = root / name
        root.mkdir(parents=True, exist_ok=True)
        for name in written:
            if (root / name).exists():
                shutil.rmtree(root / name)
            os.replace(staging / name, root / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def export_duckdb(paths, database):
    """Load the tables into a DuckDB database file (tables replaced); returns its path."""
    import duckdb

    types = {'int': 'BIGINT', 'float': 'DOUBLE', 'bool': 'BOOLEAN', 'string': 'VARCHAR'}
    database = Path(database)
    database.parent.mkdir(parents=True, exist_ok=True)
    connection = duckdb.connect(str(database))
    try:
        for name, path in paths.items():
            header = csv_header(path)
            columns = ', '.join(f"'{column}': '{types[column_kind(column)]}'" for column in header)
            connection.execute(
                f'CREATE OR REPLACE TABLE "{name}" AS SELECT * FROM read_csv(?, header = true, '
                f'columns = {{{columns}}}, quote = \'"\', escape = \'"\', nullstr = \'\')', [str(path)])
    finally:
        connection.close()
    return database
