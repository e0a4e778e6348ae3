"""A static HTML report of a run, for checking every row by eye.

    entity-pipeline report -o outputs/        # -> outputs/report/index.html

Reads the tables and run.json of an output folder and the source texts (read
again from the `source` paths of documents.csv; a file changed since the run is
shown without its text). Writes:

- `index.html`: run summary, per-type counts, documents, and the entity table
  (sortable by a click on a column, filterable by text and type; the filter is
  also read from the address: `index.html?q=Токаев&type=PER`, or `#q=...`);
- `docs/<doc>.html`: the text with every mention, figure and date highlighted
  by type; each highlight shows its normal form, entity and the stage or rule
  that produced it (tooltip, and a side panel on click); rows whose offsets do
  not match their text are flagged;
- `entities/<entity_id>.html`: every mention of an entity across documents,
  linked to its place in the text.

Everything is inline (no scripts, styles or fonts from elsewhere): the report
works offline and from a file:// address. All text is HTML-escaped.
"""

import hashlib
import html
import os
import re
import shutil
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from pipeline.running import manifest as manifests
from pipeline.running.files import remove_stale
from pipeline.schema import ENTITY_TYPES

MENTION_TYPES = ENTITY_TYPES
KNOWN_TABLES = ('documents', 'mentions', 'entities', 'figures', 'dates')
SAFE_RE = re.compile(r'[^A-Za-z0-9._-]+')
DEFUSED_RE = re.compile(r"^'(?=[=+\-@\t\r])")

STYLE = '''
:root { --ROLE: #7c3aed; --PER: #c9bdff; --ORG: #9eeeee; --LOC: #ffd28a; --FIG: #1f9d55; --DATE: #2b6cb0; --other: #e0e0e0; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0;
       color: #1a1a1a; background: #fafafa; }
header { background: #23324a; color: #fff; padding: 10px 24px; }
header a { color: #cfe0ff; }
main { padding: 16px 24px; max-width: 1400px; }
h1 { font-size: 20px; margin: 0; } h2 { font-size: 17px; margin: 24px 0 8px; }
table { border-collapse: collapse; background: #fff; font-size: 13px; width: 100%; }
code { white-space: nowrap; }
th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eef1f5; position: sticky; top: 0; }
table.sortable th { cursor: pointer; user-select: none; }
th.asc::after { content: " \\25B2"; } th.desc::after { content: " \\25BC"; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.error td { background: #fff0f0; } tr.corrected td { background: #fffbe6; } tr.bad td { background: #ffe0e0; }
.tag { display: inline-block; padding: 0 5px; border-radius: 3px; font-size: 12px; font-weight: 600; }
.tag.PER, mark.PER { background: var(--PER); } .tag.ORG, mark.ORG { background: var(--ORG); }
.tag.LOC, mark.LOC { background: var(--LOC); }
.tag.FIG { background: #d5f5e3; } .tag.DATE { background: #dbe8f8; } .tag.other, mark.other { background: var(--other); }
.filters { display: flex; gap: 8px; align-items: center; margin: 8px 0; flex-wrap: wrap; }
.filters input { font-size: 14px; padding: 4px 8px; width: 320px; }
.counts td { min-width: 80px; }
.layout { display: flex; gap: 20px; align-items: flex-start; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid #ddd; padding: 16px 20px;
        font-size: 16px; line-height: 1.9; flex: 1 1 auto; min-width: 0; margin: 0; font-family: inherit; }
mark { border-radius: 3px; padding: 1px 1px; color: inherit; cursor: pointer; }
mark.FIG { background: none; border-bottom: 3px solid var(--FIG); border-radius: 0; }
mark.DATE { background: none; border-bottom: 3px dotted var(--DATE); border-radius: 0; }
mark.ROLE { background: none; border-bottom: 3px double var(--ROLE); border-radius: 0; }
.tag.ROLE { background: #eadcff; }
mark.corrected { outline: 2px dashed #d97706; }
mark.dropped { background: none; text-decoration: line-through #c00 2px; }
mark.selected { box-shadow: 0 0 0 2px #111; }
mark:target { box-shadow: 0 0 0 3px #e11d48; }
aside { position: sticky; top: 10px; width: 340px; flex: 0 0 340px; background: #fff; border: 1px solid #ddd;
        padding: 12px; font-size: 13px; }
aside dl { margin: 0; } aside dt { font-weight: 600; color: #555; margin-top: 6px; } aside dd { margin: 0; }
.legend span { margin-right: 10px; }
.muted { color: #666; font-size: 13px; }
.warning { background: #fff4e5; border: 1px solid #f0b45b; padding: 8px 12px; margin: 8px 0; }
.context { color: #444; }
footer { color: #777; font-size: 12px; padding: 16px 24px; }
'''

# sorting and filtering of tables; the filter state comes from ?q=&type=&sort=&desc= or the same after #
SCRIPT = r'''
(function () {
  function params() {
    var found = {};
    [location.search, location.hash].forEach(function (part) {
      part.replace(/^[?#]/, '').split('&').forEach(function (pair) {
        if (!pair) return;
        var bits = pair.split('=');
        try { found[decodeURIComponent(bits[0])] = decodeURIComponent((bits[1] || '').replace(/\+/g, ' ')); }
        catch (e) {}
      });
    });
    return found;
  }
  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return '';
    return cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
  }
  function sortTable(table, index, descending) {
    var body = table.tBodies[0];
    var numeric = table.tHead.rows[0].cells[index].classList.contains('num');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index), order;
      if (numeric) { order = (parseFloat(x) || 0) - (parseFloat(y) || 0); }
      else { order = x.localeCompare(y, 'ru'); }
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, i) {
      cell.classList.remove('asc', 'desc');
      if (i === index) cell.classList.add(descending ? 'desc' : 'asc');
    });
    table.setAttribute('data-sorted', table.tHead.rows[0].cells[index].getAttribute('data-key') +
                       (descending ? ':desc' : ':asc'));
  }
  function filterTable(table, query, type) {
    query = (query || '').toLowerCase().trim();
    var shown = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var text = (row.getAttribute('data-search') || row.textContent).toLowerCase();
      var ok = (!query || text.indexOf(query) >= 0) && (!type || row.getAttribute('data-type') === type);
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    table.setAttribute('data-shown', shown);
    var counter = document.getElementById(table.id + '-shown');
    if (counter) counter.textContent = shown;
  }
  function setup() {
    var state = params();
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, index) {
        cell.addEventListener('click', function () {
          sortTable(table, index, cell.classList.contains('asc'));
        });
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll('.filters'), function (box) {
      var table = document.getElementById(box.getAttribute('data-table'));
      var input = box.querySelector('input'), select = box.querySelector('select');
      function apply() { filterTable(table, input.value, select ? select.value : ''); }
      input.addEventListener('input', apply);
      if (select) select.addEventListener('change', apply);
      if (box.hasAttribute('data-main')) {
        if (state.q) input.value = state.q;
        if (select && state.type) select.value = state.type;
        if (state.sort) {
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, index) {
            if (cell.getAttribute('data-key') === state.sort) sortTable(table, index, state.desc === '1');
          });
        }
      }
      apply();
    });
    var panel = document.getElementById('panel');
    if (panel) {
      var selected = null;
      var show = function (mark) {
        if (selected) selected.classList.remove('selected');
        selected = mark; mark.classList.add('selected');
        var list = document.createElement('dl');
        (mark.getAttribute('data-info') || mark.title || '').split('\n').forEach(function (line) {
          var at = line.indexOf(': ');
          var dt = document.createElement('dt'), dd = document.createElement('dd');
          dt.textContent = at > 0 ? line.slice(0, at) : '';
          dd.textContent = at > 0 ? line.slice(at + 2) : line;
          list.appendChild(dt); list.appendChild(dd);
        });
        panel.textContent = '';
        panel.appendChild(list);
        var href = mark.getAttribute('data-href');
        if (href) {
          var link = document.createElement('a');
          link.href = href; link.textContent = 'every mention of this entity';
          panel.appendChild(link);
        }
      };
      document.addEventListener('click', function (event) {
        var mark = event.target.closest ? event.target.closest('mark') : null;
        if (!mark) return;
        show(mark);
        event.preventDefault();
      });
      // a link to a mention (doc.html#m-3) opens its details
      var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      if (state.select) target = document.getElementById(state.select);  // ?select=m-3: no scrolling
      if (target && target.tagName === 'MARK') show(target);
    }
    document.documentElement.setAttribute('data-ready', '1');
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup); else setup();
})();
'''


def escape(value):
    """HTML-escaped text of a cell value ('' for missing)."""
    if value is None:
        return ''
    return html.escape(str(value), quote=True)


def safe_name(value):
    """A file name for a doc_id or entity id: readable where possible, unique always."""
    value = str(value)
    name = SAFE_RE.sub('_', value)[:80]
    if name != value or not name or name.startswith('.'):
        name = f'{name.strip(".") or "doc"}-{hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:10]}'
    return name


def page(title, body, root='', script=True):
    head_script = f'<script>{SCRIPT}</script>' if script else ''
    return (
        '<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{escape(title)}</title>\n<style>{STYLE}</style>\n{head_script}\n</head>\n<body>\n'
        f'<header><h1>{escape(title)}</h1><a href="{root}index.html">index</a></header>\n'
        f'<main>\n{body}\n</main>\n'
        '<footer>entity-pipeline report: static, offline; offsets are Python string offsets into the '
        'decoded source text.</footer>\n</body>\n</html>\n'
    )


# reading the run -------------------------------------------------------------------------------------------------

def read_table(path, excel=False):
    """A table as a list of dicts of strings ('' for empty); numbers parsed where needed."""
    import csv
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
    """The tables, manifest and texts of an output folder."""

    def __init__(self, output_dir, texts=None):
        self.output_dir = Path(output_dir)
        if not (self.output_dir / 'documents.csv').is_file():
            from pipeline.errors import InputError
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
        if texts is None:
            from pipeline.running.inputs import reread
            texts = reread(self.tables['documents'])
        self.texts = texts
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
        for row in self.tables['figures']:
            info = [f'figure: {row.get("text")}', f'value: {row.get("value")}']
            for key in ('value_max', 'qualifier', 'unit', 'object', 'subject'):
                if row.get(key):
                    info.append(f'{key}: {row[key]}')
            info.append(f'offsets: {row.get("start")}-{row.get("stop")}')
            self.add_span(row, 'FIG', f'f-{row.get("figure_id")}', info)
        for number, row in enumerate(self.tables['dates'], 1):
            info = [f'date: {row.get("date")}', f'text: {row.get("text")}',
                    f'offsets: {row.get("start")}-{row.get("stop")}']
            self.add_span(row, 'DATE', None, info)
        role_numbers = Counter()
        for row in self.tables.get('roles', []):
            role_numbers[row.get('doc_id')] += 1
            number = role_numbers[row.get('doc_id')]
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
        self.spans[doc_id].append({
            'start': start, 'stop': stop, 'kind': kind, 'anchor': anchor, 'info': info, 'entity_id': entity_id,
            'corrected': corrected, 'status': status, 'label': label or kind, 'row': row,
        })


# rendering --------------------------------------------------------------------------------------------------------

def doc_href(doc_id, root=''):
    return f'{root}docs/{safe_name(doc_id)}.html'


def entity_href(entity_id, root=''):
    return f'{root}entities/{safe_name(entity_id)}.html'


def open_tag(span, root, first=True):
    classes = [span['kind']]
    if span['corrected']:
        classes.append('corrected')
    if span['status'] != 'ok':
        classes.append('bad')
    info = '\n'.join(span['info'])
    attributes = [f'class="{" ".join(classes)}"', f'title="{escape(info)}"', f'data-info="{escape(info)}"',
                  f'data-label="{escape(span["label"])}"']
    if first and span['anchor']:
        attributes.insert(0, f'id="{escape(span["anchor"])}"')
    if span['entity_id']:
        attributes.append(f'data-href="{escape(entity_href(span["entity_id"], root))}"')
    return f'<mark {" ".join(attributes)}>'


def highlight(text, spans, root='../'):
    """The text as HTML with every span a <mark>; overlapping spans nest (a crossing one is split)."""
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
        out.append(escape(text[position:point]))
        position = point
        if any(span['stop'] == point for span in stack):
            reopen = []
            while any(span['stop'] == point for span in stack):
                span = stack.pop()
                out.append('</mark>')
                if span['stop'] != point:
                    reopen.append(span)
            for span in reversed(reopen):
                out.append(open_tag(span, root, first=False))
                stack.append(span)
        for span in opening.get(point, []):
            out.append(open_tag(span, root))
            stack.append(span)
    out.append(escape(text[position:]))
    out.extend('</mark>' for _ in stack)
    return ''.join(out)


def tag(kind):
    return f'<span class="tag {escape(kind if kind in MENTION_TYPES + ("FIG", "DATE", "ROLE") else "other")}">' \
           f'{escape(kind)}</span>'


def table_html(table_id, columns, rows, sortable=True, numeric=()):
    """A table; rows are (cells, attributes) with cells already HTML."""
    head = ''.join(f'<th data-key="{escape(key)}"{" class=num" if key in numeric else ""}>{escape(label)}</th>'
                   for key, label in columns)
    body = []
    for cells, attributes in rows:
        extra = ''.join(f' {name}="{escape(value)}"' for name, value in attributes.items() if value is not None)
        tds = ''.join(
            f'<td{" class=num" if key in numeric else ""}>{cell}</td>' for (key, _), cell in zip(columns, cells))
        body.append(f'<tr{extra}>{tds}</tr>')
    classes = 'sortable' if sortable else ''
    return (f'<table id="{escape(table_id)}" class="{classes}"><thead><tr>{head}</tr></thead>'
            f'<tbody>\n' + '\n'.join(body) + '\n</tbody></table>')


def filters(table_id, types=None, main=False, placeholder='filter: any text'):
    select = ''
    if types:
        options = ''.join(f'<option value="{escape(value)}">{escape(value)}</option>' for value in types)
        select = f'<select aria-label="type"><option value="">all types</option>{options}</select>'
    return (f'<div class="filters" data-table="{escape(table_id)}"{" data-main" if main else ""}>'
            f'<input type="search" placeholder="{escape(placeholder)}" aria-label="filter">{select}'
            f'<span class="muted"><span id="{escape(table_id)}-shown"></span> shown</span></div>')


def legend():
    return ('<p class="legend muted">' + ''.join(
        f'<span><mark class="{kind}">{label}</mark></span>' for kind, label in (
            ('PER', 'person'), ('ORG', 'organisation'), ('LOC', 'place'), ('FIG', 'figure'), ('DATE', 'date'),
            ('ROLE', 'role'),
            ('PER corrected', 'corrected'), ('dropped', 'dropped by a correction'))) +
        ' &middot; click a highlight for its details</p>')


def render_index(run):
    documents = run.tables['documents']
    mentions = run.tables['mentions']
    entities = run.tables['entities']
    manifest = run.manifest
    parts = []
    parts.append('<p class="muted">')
    versions = manifest.get('versions', {})
    if versions:
        parts.append(escape(', '.join(f'{name} {version}' for name, version in versions.items() if version)))
    if manifest.get('command'):
        parts.append(f'<br>command: <code>{escape(manifest["command"])}</code>')
    timings = manifest.get('timings', {})
    if timings.get('total') is not None:
        parts.append(f'<br>time: {escape(timings["total"])} s')
    parts.append('</p>')
    for problem in run.problems:
        parts.append(f'<p class="warning">{escape(problem)}</p>')
    missing = [row['doc_id'] for row in documents if row.get('status') == 'ok' and row['doc_id'] not in run.texts]
    if missing:
        parts.append(f'<p class="warning">{len(missing)} document text(s) could not be read again (moved or changed '
                     f'since the run): {escape(", ".join(missing[:10]))}{" ..." if len(missing) > 10 else ""}</p>')

    # counts
    ok = sum(row.get('status') == 'ok' for row in documents)
    errors = len(documents) - ok
    by_type = Counter(row.get('type') for row in mentions)
    entities_by_type = Counter(row.get('type') for row in entities)
    count_rows = [([tag(kind), str(by_type.get(kind, 0)), str(entities_by_type.get(kind, 0))], {})
                  for kind in MENTION_TYPES]
    count_rows.append(([tag('FIG'), str(len(run.tables['figures'])), ''], {}))
    count_rows.append(([tag('DATE'), str(len(run.tables['dates'])), ''], {}))
    for name, rows in run.span_tables():
        count_rows.append(([tag('ROLE' if name == 'roles' else name), str(len(rows)), ''], {}))
    parts.append('<h2>Counts</h2>')
    parts.append(f'<p>{len(documents)} documents: {ok} ok, {errors} with errors'
                 f'{" (listed below)" if errors else ""}.</p>')
    parts.append('<div class="layout"><div style="flex:1">')
    parts.append(table_html('counts', [('type', 'type'), ('rows', 'mentions / rows'), ('entities', 'entities')],
                            count_rows, sortable=False, numeric=('rows', 'entities')))
    parts.append('</div><div style="flex:1">')
    rules = Counter((row.get('type'), row.get('source')) for row in mentions)
    parts.append(table_html('rules', [('type', 'type'), ('source', 'stage/rule'), ('mentions', 'mentions')],
                            [([tag(kind), escape(rule), str(number)], {}) for (kind, rule), number in
                             sorted(rules.items(), key=lambda item: (item[0][0] or '', -item[1], item[0][1] or ''))],
                            numeric=('mentions',)))
    parts.append('</div></div>')

    # corrections
    corrections = manifest.get('corrections') or {}
    if corrections.get('rows'):
        parts.append(f'<h2>Corrections</h2><p class="muted">from {escape(corrections.get("file"))}</p>')
        parts.append(table_html('corrections', [('line', 'line'), ('action', 'action'), ('status', 'status'),
                                                ('message', 'what happened'), ('note', 'note')],
                                [([escape(row.get('line')), escape(row.get('action')), escape(row.get('status')),
                                   escape(row.get('message')), escape(row.get('note'))],
                                  {'class': 'error' if row.get('status') != 'applied' else 'corrected'})
                                 for row in corrections['rows']], numeric=('line',)))

    # entities
    mention_docs = defaultdict(set)
    for row in mentions:
        mention_docs[row.get('entity_id')].add(row.get('doc_id'))
    parts.append('<h2 id="section-entities">Entities</h2>')
    parts.append(filters('entities', MENTION_TYPES, main=True, placeholder='filter entities: name, alias, id'))
    entity_rows = []
    for row in entities:
        corrected = is_true(row.get('corrected'))
        name = f'<a href="{escape(entity_href(row["entity_id"]))}">{escape(row.get("name"))}</a>'
        entity_rows.append(([
            tag(row.get('type')), name, escape(row.get('aliases', '').replace('|', ' | ')),
            escape(row.get('first')), escape(row.get('middle')), escape(row.get('last')),
            f'<a href="{escape(entity_href(row["entity_id"]))}">{escape(row.get("mentions"))}</a>',
            escape(row.get('documents')), f'<code>{escape(row["entity_id"])}</code>',
            '&#9998;' if corrected else '',
        ], {'data-type': row.get('type'), 'class': 'corrected' if corrected else None,
            'data-id': row['entity_id'],
            'data-search': ' '.join(str(row.get(key) or '') for key in ('name', 'aliases', 'entity_id', 'type'))}))
    parts.append(table_html('entities', [
        ('type', 'type'), ('name', 'name'), ('aliases', 'aliases'), ('first', 'first'), ('middle', 'middle'),
        ('last', 'last'), ('mentions', 'mentions'), ('documents', 'documents'), ('entity_id', 'entity id'),
        ('corrected', 'corrected')], entity_rows, numeric=('mentions', 'documents')))

    # documents
    per_doc = defaultdict(Counter)
    for name in ('mentions', 'figures', 'dates'):
        for row in run.tables[name]:
            per_doc[row.get('doc_id')][name] += 1
    parts.append('<h2 id="section-documents">Documents</h2>')
    parts.append(filters('documents', ('ok', 'error'), placeholder='filter documents'))
    document_rows = []
    for row in documents:
        doc_id = row['doc_id']
        link = f'<a href="{escape(doc_href(doc_id))}">{escape(doc_id)}</a>' if row.get('status') == 'ok' \
            else escape(doc_id)
        document_rows.append(([
            link, escape(row.get('date')), escape(row.get('status')), escape(row.get('error')),
            escape(row.get('encoding')), escape(row.get('chars')), str(per_doc[doc_id]['mentions']),
            str(per_doc[doc_id]['figures']), str(per_doc[doc_id]['dates']), escape(row.get('source')),
        ], {'data-type': row.get('status'), 'class': 'error' if row.get('status') == 'error' else None}))
    parts.append(table_html('documents', [
        ('doc_id', 'document'), ('date', 'date'), ('status', 'status'), ('error', 'error'),
        ('encoding', 'encoding'), ('chars', 'chars'), ('mentions', 'mentions'), ('figures', 'figures'),
        ('dates', 'dates'), ('source', 'source')], document_rows,
        numeric=('chars', 'mentions', 'figures', 'dates')))

    # figures
    if run.tables['figures']:
        parts.append('<h2 id="section-figures">Figures</h2>')
        parts.append(filters('figures', placeholder='filter figures'))
        figure_rows = []
        for row in run.tables['figures']:
            href = f'{doc_href(row["doc_id"])}#f-{row.get("figure_id")}'
            figure_rows.append(([
                f'<a href="{escape(href)}">{escape(row.get("text"))}</a>', escape(row.get('value')),
                escape(row.get('value_max')), escape(row.get('qualifier')), escape(row.get('unit')),
                escape(row.get('object')), escape(row.get('subject')), escape(row.get('doc_id')),
            ], {}))
        parts.append(table_html('figures', [
            ('text', 'figure'), ('value', 'value'), ('value_max', 'max'), ('qualifier', 'qualifier'),
            ('unit', 'unit'), ('object', 'object'), ('subject', 'subject'), ('doc_id', 'document')], figure_rows,
            numeric=('value', 'value_max')))
    return page('Entity extraction report', '\n'.join(parts))


def render_document(run, row):
    doc_id = row['doc_id']
    text = run.texts.get(doc_id)
    spans = run.spans.get(doc_id, [])
    parts = [f'<p class="muted">source: {escape(row.get("source"))} &middot; date: {escape(row.get("date"))} '
             f'&middot; encoding: {escape(row.get("encoding"))} &middot; {escape(row.get("chars"))} characters '
             f'&middot; sha256 {escape(row.get("sha256"))}</p>', legend()]
    bad = [span for span in spans if span['status'] != 'ok']
    if bad:
        parts.append(f'<p class="warning">{len(bad)} row(s) whose offsets do not match the text (marked in the '
                     f'tables below).</p>')
    parts.append('<div class="layout">')
    if text is None:
        parts.append('<div class="text warning">The text cannot be shown: the source file is missing or changed '
                     'since the run (its sha256 differs). The rows are listed below.</div>')
    else:
        parts.append(f'<pre class="text" id="text">{highlight(text, spans)}</pre>')
    parts.append('<aside id="panel"><p class="muted">Click a highlight to see its normal form, entity and the '
                 'stage or rule that produced it.</p></aside></div>')

    mentions = [span for span in spans if span['kind'] in MENTION_TYPES or
                (span['kind'] == 'other' and span['label'] == 'other')]
    parts.append('<h2>Mentions</h2>')
    parts.append(filters('mentions', MENTION_TYPES, placeholder='filter mentions'))
    rows = []
    for span in mentions:
        mention = span['row']
        entity = run.entities.get(mention.get('entity_id'), {})
        classes = 'bad' if span['status'] != 'ok' else ('corrected' if span['corrected'] else None)
        rows.append(([
            f'<a href="#{escape(span["anchor"])}">{escape(mention.get("start"))}</a>', escape(mention.get('stop')),
            tag(mention.get('type')), escape(mention.get('text')), escape(mention.get('normal')),
            f'<a href="{escape(entity_href(mention.get("entity_id"), "../"))}">{escape(entity.get("name", "?"))}</a>',
            f'<code>{escape(mention.get("entity_id"))}</code>', escape(mention.get('source')),
            ('&#9998; ' if span['corrected'] else '') + escape(span['status'] if span['status'] != 'ok' else ''),
        ], {'data-type': mention.get('type'), 'class': classes}))
    parts.append(table_html('mentions', [
        ('start', 'start'), ('stop', 'stop'), ('type', 'type'), ('text', 'text'), ('normal', 'normal form'),
        ('entity', 'entity'), ('entity_id', 'entity id'), ('source', 'stage/rule'), ('note', 'note')], rows,
        numeric=('start', 'stop')))

    figures = [span for span in spans if span['kind'] == 'FIG']
    if figures:
        parts.append('<h2>Figures</h2>')
        rows = []
        for span in figures:
            figure = span['row']
            rows.append(([
                f'<a href="#{escape(span["anchor"])}">{escape(figure.get("start"))}</a>', escape(figure.get('stop')),
                escape(figure.get('text')), escape(figure.get('value')), escape(figure.get('value_max')),
                escape(figure.get('qualifier')), escape(figure.get('unit')), escape(figure.get('object')),
                escape(figure.get('subject')), escape(span['status'] if span['status'] != 'ok' else ''),
            ], {'class': 'bad' if span['status'] != 'ok' else None}))
        parts.append(table_html('figures', [
            ('start', 'start'), ('stop', 'stop'), ('text', 'text'), ('value', 'value'), ('value_max', 'max'),
            ('qualifier', 'qualifier'), ('unit', 'unit'), ('object', 'object'), ('subject', 'subject'),
            ('note', 'note')], rows, numeric=('start', 'stop', 'value', 'value_max')))

    dates = [span for span in spans if span['kind'] == 'DATE']
    if dates:
        parts.append('<h2>Dates</h2>')
        rows = [([f'<a href="#{escape(span["anchor"])}">{escape(span["row"].get("start"))}</a>',
                  escape(span['row'].get('stop')), escape(span['row'].get('text')), escape(span['row'].get('date')),
                  escape(span['status'] if span['status'] != 'ok' else '')],
                 {'class': 'bad' if span['status'] != 'ok' else None}) for span in dates]
        parts.append(table_html('dates', [('start', 'start'), ('stop', 'stop'), ('text', 'text'), ('date', 'date'),
                                          ('note', 'note')], rows, numeric=('start', 'stop')))

    roles = [span for span in spans if span['kind'] == 'ROLE']
    if roles:
        parts.append('<h2>Roles</h2>')
        rows = []
        for span in roles:
            role = span['row']
            person = run.entities.get(role.get('entity_id'), {})
            organisation = run.entities.get(role.get('org_entity_id'), {}) if role.get('org_entity_id') else {}
            rows.append(([
                f'<a href="#{escape(span["anchor"])}">{escape(role.get("start"))}</a>', escape(role.get('stop')),
                escape(role.get('role')),
                f'<a href="{escape(entity_href(role.get("entity_id"), "../"))}">{escape(person.get("name", "?"))}</a>'
                if role.get('entity_id') else '',
                f'<a href="{escape(entity_href(role["org_entity_id"], "../"))}">{escape(organisation.get("name", "?"))}'
                f'</a>' if role.get('org_entity_id') else '',
                escape(span['status'] if span['status'] != 'ok' else ''),
            ], {'class': 'bad' if span['status'] != 'ok' else None}))
        parts.append(table_html('roles', [('start', 'start'), ('stop', 'stop'), ('role', 'role'),
                                          ('person', 'person'), ('organisation', 'organisation'), ('note', 'note')],
                                rows, numeric=('start', 'stop')))

    others = [span for span in spans if span['kind'] in ('other', 'dropped') and span['label'] != 'other']
    if others:
        parts.append('<h2>Other rows</h2><ul>' + ''.join(
            f'<li><a href="#{escape(span["anchor"])}">{escape(span["label"])}</a>: '
            f'{escape("; ".join(span["info"]))}</li>' for span in others) + '</ul>')
    return page(f'{doc_id}', '\n'.join(parts), root='../')


def render_entity(run, entity, mentions, roles=()):
    parts = [f'<p>{tag(entity.get("type"))} <strong>{escape(entity.get("name"))}</strong> '
             f'<code>{escape(entity["entity_id"])}</code>'
             f'{" &#9998; corrected" if is_true(entity.get("corrected")) else ""}</p>']
    details = [(key, entity.get(key)) for key in ('first', 'middle', 'last', 'aliases', 'mentions', 'documents')
               if entity.get(key)]
    if details:
        parts.append('<p class="muted">' + ' &middot; '.join(f'{escape(key)}: {escape(value)}'
                                                             for key, value in details) + '</p>')
    if roles:
        parts.append('<h2>Roles</h2><ul>' + ''.join(
            f'<li>{escape(role.get("role"))}'
            f'{" (" + escape(run.entities.get(role["org_entity_id"], {}).get("name", "?")) + ")" if role.get("org_entity_id") and role.get("entity_id") == entity["entity_id"] else ""}'
            f'{" &middot; " + escape(run.entities.get(role.get("entity_id"), {}).get("name", "?")) if role.get("entity_id") != entity["entity_id"] else ""}'
            f' &middot; <a href="../{escape(doc_href(role.get("doc_id")))}?select=r-{escape(role.get("number"))}">'
            f'{escape(role.get("doc_id"))}</a></li>' for role in roles) + '</ul>')
    rows = []
    for mention in mentions:
        doc_id = mention.get('doc_id')
        text = run.texts.get(doc_id)
        start, stop = to_int(mention.get('start')), to_int(mention.get('stop'))
        if text is not None and start is not None and stop is not None and 0 <= start <= stop <= len(text):
            left = text[max(0, start - 80):start]
            right = text[stop:stop + 80]
            context = (f'<span class="context">{escape(left)}<mark class="{escape(mention.get("type"))}">'
                       f'{escape(text[start:stop])}</mark>{escape(right)}</span>')
        else:
            context = escape(mention.get('sentence'))
        href = f'../{doc_href(doc_id)}#m-{mention.get("mention_id")}'
        rows.append(([
            f'<a href="{escape(href)}">{escape(doc_id)}</a>', escape(mention.get('start')), escape(mention.get('text')),
            escape(mention.get('normal')), escape(mention.get('source')), context,
        ], {'class': 'corrected' if is_true(mention.get('corrected')) else None}))
    parts.append(f'<h2>{len(mentions)} mention(s)</h2>')
    parts.append(filters('mentions', placeholder='filter mentions'))
    parts.append(table_html('mentions', [('doc_id', 'document'), ('start', 'start'), ('text', 'text'),
                                         ('normal', 'normal form'), ('source', 'stage/rule'), ('context', 'context')],
                            rows, numeric=('start',)))
    return page(f'{entity.get("name")} ({entity["entity_id"]})', '\n'.join(parts), root='../')


def write_file(path, text):
    with open(path, 'w', encoding='utf-8', newline='\n') as file:
        file.write(text)


def write_report(output_dir, report_dir=None, texts=None):
    """Write the HTML report of the run in output_dir; returns the path of index.html.

    The report is built in a temporary folder and swapped into place, so a
    half-written report never replaces a complete one.
    """
    output_dir = Path(output_dir)
    report_dir = Path(report_dir) if report_dir else output_dir / 'report'
    run = Run(output_dir, texts=texts)
    report_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(report_dir.parent, '.report-')
    staging = Path(tempfile.mkdtemp(prefix=f'.report-{os.getpid()}-', dir=report_dir.parent))
    try:
        (staging / 'docs').mkdir()
        (staging / 'entities').mkdir()
        write_file(staging / 'index.html', render_index(run))
        for row in run.tables['documents']:
            if row.get('status') == 'ok':
                write_file(staging / doc_href(row['doc_id']), render_document(run, row))
        by_entity = defaultdict(list)
        for mention in run.tables['mentions']:
            by_entity[mention.get('entity_id')].append(mention)
        roles_of = defaultdict(list)
        numbers = Counter()
        for role in run.tables.get('roles', []):
            numbers[role.get('doc_id')] += 1
            role = {**role, 'number': numbers[role.get('doc_id')]}
            for key in ('entity_id', 'org_entity_id'):
                if role.get(key):
                    roles_of[role[key]].append(role)
        for entity in run.tables['entities']:
            write_file(staging / entity_href(entity['entity_id']),
                       render_entity(run, entity, by_entity.get(entity['entity_id'], []),
                                     roles_of.get(entity['entity_id'], [])))
        for folder in (staging, staging / 'docs', staging / 'entities'):
            os.chmod(folder, 0o755)
        old = None
        if report_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f'.report-{os.getpid()}-old-', dir=report_dir.parent))
            os.replace(report_dir, old / 'report')
        os.replace(staging, report_dir)
        if old:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return report_dir / 'index.html'

