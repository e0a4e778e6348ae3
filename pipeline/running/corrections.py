"""Corrections: a researcher's fixes to the tables, applied on every run.

A `corrections.csv` (in the output folder, or given with `--corrections`)
lists wrong or missing rows, one action a row, applied in file order after
run-level linking and before the tables are written:

    action,doc_id,start,stop,type,entity_id,name,into,note
    drop,001_d955e6dc879a892f,120,134,,,,,not a person
    type,001_d955e6dc879a892f,200,210,ORG,,,,
    add,001_d955e6dc879a892f,300,315,PER,,Маулен Ашимбаев,,missed
    type,,,,LOC,ORG-0123456789,,,
    merge,,,,,PER-0123456789,,PER-abcdef0123,same person
    rename,,,,,PER-abcdef0123,Маулен Ашимбаев,,

- `drop` doc_id,start,stop: remove that mention.
- `type` doc_id,start,stop,type: change a mention's type (it joins the entity of
  its name with the new type; or the one given in `entity_id`). Without
  doc_id/start/stop but with `entity_id`: change the type of the whole entity.
- `add` doc_id,start,stop,type[,name][,entity_id]: a mention the pipeline missed;
  its text is the document's text at start:stop, its normal form `name`
  (default: the text); it joins `entity_id` or the entity of that name.
- `merge` entity_id,into: every mention of `entity_id` goes to `into`.
- `rename` entity_id,name: the entity's canonical name (its id stays).

Only `action` is a required column; `note` is free text. Lines whose action
starts with `#` are comments. Rows and entities a correction touched get
`corrected` = True. A row that matches nothing is reported (stderr, run.json,
report) and skipped; it never stops a run. Entity ids are stable across runs
(a hash of type and name), so the file stays valid when the corpus grows.
"""

import csv
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.schema import ENTITY_TYPES

ACTIONS = ('drop', 'type', 'add', 'merge', 'rename')
COLUMNS = ('action', 'doc_id', 'start', 'stop', 'type', 'entity_id', 'name', 'into', 'note')
FILENAME = 'corrections.csv'


def find(path=None, output_dir=None):
    """The corrections file to use: `path` (must exist), else `output_dir/corrections.csv` if present."""
    if path:
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f'corrections file not found: {path}')
        return path
    if output_dir is not None:
        path = Path(output_dir) / FILENAME
        if path.is_file():
            return path
    return None


def read(path):
    """Correction rows (dicts with `line`) of a corrections CSV; ConfigError if unusable."""
    if path is None:
        return []
    path = Path(path)
    try:
        text = path.read_bytes().decode('utf-8-sig')
    except (OSError, UnicodeError) as error:
        raise ConfigError(f'cannot read corrections {path}: {error}; save it as UTF-8 CSV') from error
    reader = csv.reader(text.splitlines())
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        return []
    except csv.Error as error:
        raise ConfigError(f'{path}: broken CSV header ({error})') from error
    if 'action' not in header:
        raise ConfigError(f'{path}: no "action" column; the header is {",".join(COLUMNS)}')
    unknown = [column for column in header if column and column not in COLUMNS]
    if unknown:
        raise ConfigError(f'{path}: unknown column(s) {", ".join(unknown)}; the columns are {",".join(COLUMNS)}')
    rows = []
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            rows.append({'line': reader.line_num, 'action': '', 'problem': f'broken CSV ({error})'})
            continue
        if not any(field.strip() for field in record) or record[0].strip().startswith('#'):
            continue
        row = {column: '' for column in COLUMNS}
        row.update({column: value.strip() for column, value in zip(header, record) if column})
        row['line'] = reader.line_num
        row['action'] = row['action'].lower()
        row['type'] = row['type'].upper()
        rows.append(row)
    return rows


def entity_rows(mentions, entity, split_name):
    """The entity row recomputed from its mentions (counts, aliases)."""
    members = [mention for mention in mentions if mention['entity_id'] == entity['entity_id']]
    normals = []
    for member in members:
        normal = member.get('normal')
        if isinstance(normal, str) and normal and normal != entity['name'] and normal not in normals:
            normals.append(normal)
    entity['aliases'] = '|'.join(sorted(normals))
    entity['mentions'] = len(members)
    entity['documents'] = len({member['doc_id'] for member in members})
    return entity


class Corrector:
    """Applies correction rows to mention and entity rows (lists of dicts)."""

    def __init__(self, mentions, entities, documents, texts=None):
        from pipeline.nlp.name_parts import split_name
        from pipeline.running.linking import entity_id
        self.entity_id = entity_id
        self.split_name = split_name
        self.mentions = mentions
        self.entities = {entity['entity_id']: entity for entity in entities}
        self.documents = documents
        self.texts = texts
        self.renamed = {}
        self.touched = set()
        self.dropped = []

    # lookups
    def resolve(self, identifier):
        seen = set()
        while identifier in self.renamed and identifier not in seen:
            seen.add(identifier)
            identifier = self.renamed[identifier]
        return identifier

    def find_mention(self, row):
        try:
            start, stop = int(row['start']), int(row['stop'])
        except ValueError:
            raise LookupError('start and stop must be whole numbers') from None
        for mention in self.mentions:
            if mention['doc_id'] == row['doc_id'] and mention['start'] == start and mention['stop'] == stop:
                return mention
        raise LookupError(f'no mention at {row["doc_id"]}:{start}-{stop}')

    def find_entity(self, identifier, column='entity_id'):
        if not identifier:
            raise LookupError(f'{column} is empty')
        entity = self.entities.get(self.resolve(identifier))
        if entity is None:
            raise LookupError(f'no entity {identifier}')
        return entity

    def new_entity(self, type, name):
        """The entity of (type, name): an existing one or a new row."""
        identifier = self.entity_id(type, name)
        if identifier not in self.entities:
            first = middle = last = None
            if type == 'PER':
                first, middle, last = self.split_name(name.split())
            self.entities[identifier] = {
                'entity_id': identifier, 'type': type, 'name': name, 'first': first, 'middle': middle,
                'last': last, 'aliases': '', 'mentions': 0, 'documents': 0,
            }
        return self.entities[identifier]

    def text_of(self, doc_id):
        if self.texts is None:
            from pipeline.running.inputs import reread
            wanted = [row for row in self.documents if row['doc_id'] == doc_id]
            return reread(wanted).get(doc_id)
        return self.texts.get(doc_id)

    def touch(self, *entities):
        for entity in entities:
            self.touched.add(entity['entity_id'])

    # actions
    def drop(self, row):
        mention = self.find_mention(row)
        self.mentions.remove(mention)
        self.dropped.append({key: mention[key] for key in ('doc_id', 'start', 'stop', 'type', 'text', 'entity_id')})
        self.touched.add(mention['entity_id'])
        return f'dropped {mention["type"]} {mention["text"]!r}'

    def check_type(self, row):
        if row['type'] not in ENTITY_TYPES:
            raise LookupError(f'type must be one of {", ".join(ENTITY_TYPES)}, not {row["type"]!r}')

    def type(self, row):
        self.check_type(row)
        if not (row['doc_id'] or row['start'] or row['stop']):
            return self.type_entity(row)
        mention = self.find_mention(row)
        old = self.entities.get(mention['entity_id'])
        if row['entity_id']:
            target = self.find_entity(row['entity_id'])
            if target['type'] != row['type']:
                raise LookupError(f'entity {target["entity_id"]} is {target["type"]}, not {row["type"]}')
        else:
            target = self.new_entity(row['type'], old['name'] if old else mention['normal'] or mention['text'])
        before = mention['type']
        mention['type'] = row['type']
        mention['entity_id'] = target['entity_id']
        mention['corrected'] = True
        self.touched.add(target['entity_id'])
        if old:
            self.touch(old)
        return f'{mention["text"]!r}: {before} -> {row["type"]} ({target["entity_id"]})'

    def type_entity(self, row):
        entity = self.find_entity(row['entity_id'])
        if entity['type'] == row['type']:
            return f'{entity["entity_id"]} is already {row["type"]}'
        target = self.new_entity(row['type'], entity['name'])
        self.move(entity, target)
        return f'{entity["entity_id"]} -> {target["entity_id"]} ({row["type"]})'

    def move(self, entity, target):
        for mention in self.mentions:
            if mention['entity_id'] == entity['entity_id']:
                mention['entity_id'] = target['entity_id']
                mention['type'] = target['type']
                mention['corrected'] = True
        del self.entities[entity['entity_id']]
        self.renamed[entity['entity_id']] = target['entity_id']
        self.touch(target)

    def add(self, row):
        self.check_type(row)
        try:
            start, stop = int(row['start']), int(row['stop'])
        except ValueError:
            raise LookupError('start and stop must be whole numbers') from None
        if not any(document['doc_id'] == row['doc_id'] and document['status'] == 'ok'
                   for document in self.documents):
            raise LookupError(f'no processed document {row["doc_id"]!r}')
        if any(mention['doc_id'] == row['doc_id'] and mention['start'] == start and mention['stop'] == stop
               for mention in self.mentions):
            raise LookupError(f'already a mention at {row["doc_id"]}:{start}-{stop}; use "type" to change it')
        text = self.text_of(row['doc_id'])
        if text is None:
            raise LookupError(f'the text of {row["doc_id"]!r} cannot be read again (file moved or changed)')
        if not 0 <= start < stop <= len(text):
            raise LookupError(f'{start}-{stop} is outside the text ({len(text)} characters)')
        surface = text[start:stop]
        name = row['name'] or ' '.join(surface.split())
        if row['entity_id']:
            target = self.find_entity(row['entity_id'])
        else:
            target = self.new_entity(row['type'], name)
        numbers = [mention['mention_id'] for mention in self.mentions
                   if mention['doc_id'] == row['doc_id'] and mention['mention_id'] is not None]
        self.mentions.append({
            'doc_id': row['doc_id'], 'mention_id': int(max(numbers, default=0)) + 1,
            'entity_id': target['entity_id'], 'type': row['type'], 'start': start, 'stop': stop,
            'text': surface, 'normal': name, 'sentence': sentence_at(text, start, stop),
            'source': 'correction', 'corrected': True,
        })
        self.touch(target)
        return f'added {row["type"]} {surface!r} ({target["entity_id"]})'

    def merge(self, row):
        entity = self.find_entity(row['entity_id'])
        target = self.find_entity(row['into'], 'into')
        if entity is target:
            return f'{entity["entity_id"]} is already {target["entity_id"]}'
        self.move(entity, target)
        return f'{row["entity_id"]} merged into {target["entity_id"]} ({target["name"]})'

    def rename(self, row):
        entity = self.find_entity(row['entity_id'])
        name = ' '.join(row['name'].split())
        if not name:
            raise LookupError('name is empty')
        before = entity['name']
        entity['name'] = name
        if entity['type'] == 'PER':
            entity['first'], entity['middle'], entity['last'] = self.split_name(name.split())
        self.touch(entity)
        return f'{entity["entity_id"]}: {before!r} -> {name!r}'

    def apply(self, rows):
        log = []
        for row in rows:
            entry = {'line': row['line'], 'action': row['action'],
                     **{key: row.get(key, '') for key in COLUMNS if key not in ('action',) and row.get(key)}}
            if row.get('problem'):
                entry.update(status='skipped', message=row['problem'])
            elif row['action'] not in ACTIONS:
                entry.update(status='skipped',
                             message=f'unknown action {row["action"]!r}; use one of {", ".join(ACTIONS)}')
            else:
                try:
                    message = getattr(self, row['action'])(row)
                    entry.update(status='applied', message=message)
                except LookupError as error:
                    entry.update(status='skipped', message=str(error).strip("'\""))
            log.append(entry)
        for identifier in sorted(self.touched):
            entity = self.entities.get(self.resolve(identifier))
            if entity is None:
                continue
            entity_rows(self.mentions, entity, self.split_name)
            entity['corrected'] = True
            if entity['mentions'] == 0:
                del self.entities[entity['entity_id']]
        return log


def sentence_at(text, start, stop):
    from razdel import sentenize
    for sentence in sentenize(text):
        if sentence.start <= start < sentence.stop:
            return sentence.text.strip()
    return text[start:stop]


def apply(tables, rows, texts=None):
    """Tables with the corrections applied and a `corrected` column; returns (tables, log, dropped).

    `rows` are from `read()`; `texts` ({doc_id: text}) is optional, documents
    are read again for `add` otherwise.
    """
    import pandas as pd

    tables = dict(tables)
    mentions, entities = tables['mentions'], tables['entities']
    if not rows:
        for name in ('mentions', 'entities'):
            frame = tables[name].copy()
            frame['corrected'] = False
            tables[name] = frame
        return tables, [], []
    mention_columns = [column for column in mentions.columns if column != 'corrected'] + ['corrected']
    entity_columns = [column for column in entities.columns if column != 'corrected'] + ['corrected']
    mention_rows = [{**row, 'corrected': False} for row in to_records(mentions)]
    entity_list = [{**row, 'corrected': False} for row in to_records(entities)]
    documents = to_records(tables['documents'])
    corrector = Corrector(mention_rows, entity_list, documents, texts)
    log = corrector.apply(rows)
    mentions = pd.DataFrame(corrector.mentions, columns=mention_columns)
    mentions = mentions.sort_values(['doc_id', 'start', 'stop'], kind='stable').reset_index(drop=True)
    entities = pd.DataFrame(list(corrector.entities.values()), columns=entity_columns)
    entities = entities.sort_values(['type', 'name', 'entity_id'], kind='stable').reset_index(drop=True)
    for frame, columns in ((mentions, ('mention_id',)), (entities, ('mentions', 'documents'))):
        for column in columns:
            frame[column] = frame[column].astype('Int64')
    for frame in (mentions, entities):
        frame['corrected'] = frame['corrected'].fillna(False).astype(bool)
    tables['mentions'], tables['entities'] = mentions, entities
    if 'roles' in tables:
        tables['roles'] = corrected_roles(tables['roles'], corrector)
    return tables, log, corrector.dropped


def corrected_roles(roles, corrector):
    """Roles under the entity ids the corrections left: merged and retyped
    entities followed to their new id, the role of a person no longer in the
    tables dropped, an organisation no longer there left empty."""
    import pandas as pd

    rows = []
    for row in to_records(roles):
        if row.get('entity_id'):
            row['entity_id'] = corrector.resolve(row['entity_id'])
            if row['entity_id'] not in corrector.entities:
                continue
        if row.get('org_entity_id'):
            organisation = corrector.resolve(row['org_entity_id'])
            row['org_entity_id'] = organisation if organisation in corrector.entities else None
        rows.append(row)
    return pd.DataFrame(rows, columns=roles.columns).astype(roles.dtypes.to_dict())


def to_records(frame):
    """Rows of a DataFrame as dicts with None for missing values."""
    return [{key: (None if not isinstance(value, (list, dict)) and pd_isna(value) else value)
             for key, value in row.items()} for row in frame.to_dict('records')]


def pd_isna(value):
    import pandas as pd
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
