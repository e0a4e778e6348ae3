"""What the report's pages show, read from an output folder: the run's tables, run.json and
the source texts (read again from the `source` paths of documents.csv; a file changed since
the run is shown without its text), turned into plain values per page. No HTML here: the
templates mark the values up and escape them."""

import csv
import hashlib
import re
from collections import Counter, defaultdict
from pathlib import Path

from pipeline.errors import InputError
from pipeline.report.targets import TARGET_COLUMNS, figure_index, panel_lines, target_rows
from pipeline.running import manifest as manifests
from pipeline.running.inputs import reread
from pipeline.schema import ENTITY_TYPES

MENTION_TYPES = ENTITY_TYPES
TAG_KINDS = MENTION_TYPES + ('FIG', 'DATE', 'ROLE')  # the kinds with a colour of their own; others are grey
KNOWN_TABLES = ('documents', 'mentions', 'entities', 'figures', 'dates')
SAFE_RE = re.compile(r'[^A-Za-z0-9._-]+')
DEFUSED_RE = re.compile(r"^'(?=[=+\-@\t\r])")  # the quote --excel puts before a formula-like cell
CONTEXT = 80  # characters of text either side of a mention on an entity page


def safe_name(value):
    """A file name for a doc_id or entity id: readable where possible, unique always."""
    value = str(value)
    name = SAFE_RE.sub('_', value)[:80]
    if name != value or not name or name.startswith('.'):
        name = f'{name.strip(".") or "doc"}-{hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:10]}'
    return name


def doc_href(doc_id, root=''):
    """The address of a document's page, relative to the report folder (or to `root`)."""
    return f'{root}docs/{safe_name(doc_id)}.html'


def entity_href(entity_id, root=''):
    """The address of an entity's page, relative to the report folder (or to `root`)."""
    return f'{root}entities/{safe_name(entity_id)}.html'


def read_table(path, excel=False):
    """A table as a list of dicts of strings ('' for empty)."""
    with open(path, encoding='utf-8-sig', newline='') as file:
        rows = list(csv.DictReader(file))
    if excel:
        for row in rows:
            for key, value in row.items():
                if isinstance(value, str):
                    row[key] = DEFUSED_RE.sub('', value)
    return rows


def to_int(value):
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def is_true(value):
    return str(value).strip().lower() in ('true', '1', 'yes')


class Run:
    """The tables, manifest and texts of an output folder, and the spans of each document."""

    def __init__(self, output_dir, texts=None):
        self.output_dir = Path(output_dir)
        if not (self.output_dir / 'documents.csv').is_file():
            raise InputError(f'no documents.csv in {self.output_dir}; run `entity-pipeline run -o '
                             f'{self.output_dir}` first')
        self.manifest = manifests.read(self.output_dir) or {}
        excel = bool(self.manifest.get('options', {}).get('excel'))
        # the tables this run wrote (a `roles` table too, once there is one); not other CSVs of the folder
        names = [name for name in self.manifest.get('tables', {}) if name != 'manifest'] or list(KNOWN_TABLES)
        self.tables = {}
        for name in names:
            path = self.output_dir / f'{name}.csv'
            try:
                self.tables[name] = read_table(path, excel)
            except (OSError, UnicodeError, ValueError):
                self.tables[name] = []
        for name in KNOWN_TABLES:
            self.tables.setdefault(name, [])
        self.problems = manifests.verify(self.output_dir) if self.manifest else [
            'no run.json: versions and input hashes of this run are unknown']
        self.texts = reread(self.tables['documents']) if texts is None else texts
        self.entities = {row['entity_id']: row for row in self.tables['entities']}
        self.spans = defaultdict(list)  # doc_id -> spans
        self.collect_spans()

    def span_tables(self):
        """Tables other than the known ones whose rows have doc_id, start and stop (e.g. roles)."""
        for name, rows in self.tables.items():
            if name in KNOWN_TABLES or not rows:
                continue
            if {'doc_id', 'start', 'stop'} <= set(rows[0]):
                yield name, rows

    def collect_spans(self):
        for row in self.tables['mentions']:
            entity = self.entities.get(row.get('entity_id'), {})
            info = [
                f'type: {row.get("type")}', f'text: {row.get("text")}', f'normal form: {row.get("normal")}',
                f'entity: {entity.get("name", "?")}', f'entity id: {row.get("entity_id")}',
                f'stage/rule: {row.get("source")}', f'offsets: {row.get("start")}-{row.get("stop")}',
            ]
            if is_true(row.get('corrected')):
                info.append('corrected: by corrections.csv')
            kind = row.get('type') if row.get('type') in MENTION_TYPES else 'other'
            self.add_span(row, kind, f'm-{row.get("mention_id")}', info, row.get('entity_id'),
                          corrected=is_true(row.get('corrected')))
        figures = figure_index(self.tables['figures'])
        for row in self.tables['figures']:
            info = [f'figure: {row.get("text")}', f'value: {row.get("value")}']
            for key in ('value_max', 'qualifier', 'unit', 'object', 'subject'):
                if row.get(key):
                    info.append(f'{key}: {row[key]}')
            info.extend(panel_lines(row, figures))
            info.append(f'offsets: {row.get("start")}-{row.get("stop")}')
            self.add_span(row, 'FIG', f'f-{row.get("figure_id")}', info)
        for row in self.tables['dates']:
            info = [f'date: {row.get("date")}', f'text: {row.get("text")}',
                    f'offsets: {row.get("start")}-{row.get("stop")}']
            self.add_span(row, 'DATE', None, info)
        for number, row in numbered_roles(self.tables.get('roles', [])):
            person = self.entities.get(row.get('entity_id'), {})
            info = [f'role: {row.get("role")}', f'person: {person.get("name", "?")}',
                    f'entity id: {row.get("entity_id")}']
            if row.get('org_entity_id'):
                organisation = self.entities.get(row['org_entity_id'], {})
                info.append(f'organisation: {organisation.get("name", "?")} ({row["org_entity_id"]})')
            info.append(f'offsets: {row.get("start")}-{row.get("stop")}')
            self.add_span(row, 'ROLE', f'r-{number}', info, row.get('entity_id') or None)
        for name, rows in self.span_tables():
            if name == 'roles':
                continue
            for row in rows:
                info = [f'{key}: {value}' for key, value in row.items() if value and key not in ('doc_id',)]
                self.add_span(row, 'other', None, [f'table: {name}'] + info, label=name)
        for row in (self.manifest.get('corrections') or {}).get('dropped', []) or []:
            info = [f'dropped: {row.get("type")} {row.get("text")}', 'by: corrections.csv',
                    f'entity id: {row.get("entity_id")}']
            self.add_span({**row, 'start': str(row.get('start')), 'stop': str(row.get('stop'))},
                          'dropped', None, info)
        for spans in self.spans.values():
            counters = Counter()
            for span in spans:
                if span['anchor'] is None:
                    counters[span['kind']] += 1
                    span['anchor'] = f'{span["kind"].lower()}-{counters[span["kind"]]}'

    def add_span(self, row, kind, anchor, info, entity_id=None, corrected=False, label=None):
        start, stop = to_int(row.get('start')), to_int(row.get('stop'))
        doc_id = row.get('doc_id')
        text = self.texts.get(doc_id)
        status = 'ok'
        if start is None or stop is None or start < 0 or stop < start:
            status = 'bad offsets'
        elif text is not None and (stop > len(text) or text[start:stop] != row.get('text', text[start:stop])):
            status = 'offsets do not match the text'
        if status != 'ok':
            info = info + [f'problem: {status}']
        classes = [kind] + (['corrected'] if corrected else []) + (['bad'] if status != 'ok' else [])
        self.spans[doc_id].append({
            'start': start, 'stop': stop, 'kind': kind, 'anchor': anchor, 'info': info, 'entity_id': entity_id,
            'corrected': corrected, 'status': status, 'label': label or kind, 'row': row,
            # what its highlight shows: the details as tooltip and side panel, a link to the entity's page
            'classes': ' '.join(classes), 'details': '\n'.join(info),
            'href': entity_href(entity_id, '../') if entity_id else None,
            'note': status if status != 'ok' else '',
        })


def numbered_roles(roles):
    """(n, role) with n counting the roles of each document from 1: the `r-n` anchor of its highlight."""
    numbers = Counter()
    for role in roles:
        numbers[role.get('doc_id')] += 1
        yield numbers[role.get('doc_id')], role


def highlight(text, spans):
    """The text cut at every span edge, as ('text', str, None), ('open', span, first) and ('close', None,
    None) in order; overlapping spans nest (a crossing one is closed and opened again, `first` False)."""
    spans = [span for span in spans if span['status'] == 'ok' and span['stop'] > span['start']]
    spans.sort(key=lambda span: (span['start'], -span['stop'], span['kind']))
    opening = defaultdict(list)
    points = {0, len(text)}
    for span in spans:
        opening[span['start']].append(span)
        points.update((span['start'], span['stop']))
    out = []
    stack = []
    position = 0
    for point in sorted(points):
        out.append(('text', text[position:point], None))
        position = point
        if any(span['stop'] == point for span in stack):
            reopen = []
            while any(span['stop'] == point for span in stack):
                span = stack.pop()
                out.append(('close', None, None))
                if span['stop'] != point:
                    reopen.append(span)
            for span in reversed(reopen):
                out.append(('open', span, False))
                stack.append(span)
        for span in opening.get(point, []):
            out.append(('open', span, True))
            stack.append(span)
    out.append(('text', text[position:], None))
    out.extend(('close', None, None) for _ in stack)
    return out


# the pages -----------------------------------------------------------------------------------------------------------

def index_page(run):
    """The values of index.html: run summary, counts, corrections, entities, documents, figures and targets."""
    documents, mentions, entities = run.tables['documents'], run.tables['mentions'], run.tables['entities']
    manifest = run.manifest
    versions = manifest.get('versions', {})
    ok = sum(row.get('status') == 'ok' for row in documents)
    by_type = Counter(row.get('type') for row in mentions)
    entities_by_type = Counter(row.get('type') for row in entities)
    counts = [(kind, by_type.get(kind, 0), entities_by_type.get(kind, 0)) for kind in MENTION_TYPES]
    counts += [('FIG', len(run.tables['figures']), ''), ('DATE', len(run.tables['dates']), '')]
    counts += [('ROLE' if name == 'roles' else name, len(rows), '') for name, rows in run.span_tables()]
    rules = Counter((row.get('type'), row.get('source')) for row in mentions)
    per_doc = defaultdict(Counter)
    for name in ('mentions', 'figures', 'dates'):
        for row in run.tables[name]:
            per_doc[row.get('doc_id')][name] += 1
    corrections = manifest.get('corrections') or {}
    return {
        'title': 'Entity extraction report',
        'versions': ', '.join(f'{name} {version}' for name, version in versions.items() if version),
        'command': manifest.get('command'),
        'time': manifest.get('timings', {}).get('total'),
        'problems': run.problems,
        'missing': [row['doc_id'] for row in documents
                    if row.get('status') == 'ok' and row['doc_id'] not in run.texts],
        'documents_count': len(documents), 'ok': ok, 'errors': len(documents) - ok,
        'counts': counts,
        'rules': [(kind, rule, number) for (kind, rule), number in
                  sorted(rules.items(), key=lambda item: (item[0][0] or '', -item[1], item[0][1] or ''))],
        'corrections': corrections if corrections.get('rows') else None,
        'entities': [{
            **row, 'href': entity_href(row['entity_id']), 'corrected': is_true(row.get('corrected')),
            'aliases': (row.get('aliases') or '').replace('|', ' | '),
            'search': ' '.join(str(row.get(key) or '') for key in ('name', 'aliases', 'entity_id', 'type')),
        } for row in entities],
        'documents': [{
            **row, 'href': doc_href(row['doc_id']) if row.get('status') == 'ok' else None,
            'mentions': per_doc[row['doc_id']]['mentions'], 'figures': per_doc[row['doc_id']]['figures'],
            'dates': per_doc[row['doc_id']]['dates'],
        } for row in documents],
        'figures': [{**row, 'href': f'{doc_href(row["doc_id"])}#f-{row.get("figure_id")}'}
                    for row in run.tables['figures']],
        'targets': [{**row, 'href': f'{doc_href(row["doc_id"])}#f-{row["figure_id"]}'}
                    for row in target_rows(run.tables['figures'])],
        'target_columns': TARGET_COLUMNS,
    }


def document_page(run, row):
    """The values of a document's page: its text cut for highlighting (None when it cannot be read
    again) and its mentions, figures, dates, roles and other rows."""
    doc_id = row['doc_id']
    text = run.texts.get(doc_id)
    spans = run.spans.get(doc_id, [])
    mentions = []
    for span in spans:
        if span['kind'] in MENTION_TYPES or (span['kind'] == 'other' and span['label'] == 'other'):
            entity = run.entities.get(span['row'].get('entity_id'), {})
            mentions.append({**span, 'entity_name': entity.get('name', '?'),
                             'entity_href': entity_href(span['row'].get('entity_id'), '../')})
    roles = []
    for span in spans:
        if span['kind'] == 'ROLE':
            role = span['row']
            organisation = role.get('org_entity_id')
            roles.append({
                **span,
                'person': run.entities.get(role.get('entity_id'), {}).get('name', '?') if role.get('entity_id')
                else None,
                'person_href': entity_href(role.get('entity_id'), '../'),
                'organisation': run.entities.get(organisation, {}).get('name', '?') if organisation else None,
                'organisation_href': entity_href(organisation, '../') if organisation else None,
            })
    return {
        'title': f'{doc_id}',
        'document': row,
        'bad': sum(span['status'] != 'ok' for span in spans),
        'pieces': None if text is None else highlight(text, spans),
        'mentions': mentions,
        'figures': [span for span in spans if span['kind'] == 'FIG'],
        'dates': [span for span in spans if span['kind'] == 'DATE'],
        'roles': roles,
        'others': [span for span in spans if span['kind'] in ('other', 'dropped') and span['label'] != 'other'],
    }


def entity_pages(run):
    """(entity row, values of its page) for every entity of the run."""
    by_entity = defaultdict(list)
    for mention in run.tables['mentions']:
        by_entity[mention.get('entity_id')].append(mention)
    roles_of = defaultdict(list)
    for number, role in numbered_roles(run.tables.get('roles', [])):
        role = {**role, 'number': number}
        for key in ('entity_id', 'org_entity_id'):
            if role.get(key):
                roles_of[role[key]].append(role)
    for entity in run.tables['entities']:
        entity_id = entity['entity_id']
        yield entity, entity_page(run, entity, by_entity.get(entity_id, []), roles_of.get(entity_id, []))


def entity_page(run, entity, mentions, roles=()):
    """The values of an entity's page: its details, roles, and every mention with its context."""
    entity_id = entity['entity_id']
    name_of = {key: run.entities.get(key, {}).get('name', '?') for role in roles
               for key in (role.get('entity_id'), role.get('org_entity_id'))}
    return {
        'title': f'{entity.get("name")} ({entity_id})',
        'entity': entity,
        'corrected': is_true(entity.get('corrected')),
        'details': [(key, entity.get(key)) for key in ('first', 'middle', 'last', 'aliases', 'mentions', 'documents')
                    if entity.get(key)],
        'roles': [{
            'role': role.get('role'),
            # on the person's page the organisation is named, on the organisation's page the person
            'organisation': name_of[role['org_entity_id']]
            if role.get('org_entity_id') and role.get('entity_id') == entity_id else None,
            'person': name_of[role.get('entity_id')] if role.get('entity_id') != entity_id else None,
            'href': f'../{doc_href(role.get("doc_id"))}?select=r-{role.get("number")}',
            'doc_id': role.get('doc_id'),
        } for role in roles],
        'mentions': [{
            **mention, 'href': f'../{doc_href(mention.get("doc_id"))}#m-{mention.get("mention_id")}',
            'context': context(run.texts.get(mention.get('doc_id')), mention),
            'corrected': is_true(mention.get('corrected')),
        } for mention in mentions],
    }


def context(text, mention):
    """(before, mention, after) from the text, or None when the text or the offsets do not allow it."""
    start, stop = to_int(mention.get('start')), to_int(mention.get('stop'))
    if text is None or start is None or stop is None or not 0 <= start <= stop <= len(text):
        return None
    return text[max(0, start - CONTEXT):start], text[start:stop], text[stop:stop + CONTEXT]
