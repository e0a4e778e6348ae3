"""The review page's edits as rows of `OUTPUT/corrections.csv`.

Each edit is one row in the file's own format (pipeline/running/corrections.py),
appended under the file's header so the file stays the one record of the
researcher's fixes, readable and editable by hand. A row is tried on the
tables first: one that would match nothing is refused with the reason and
never written.

    drop    doc_id,start,stop                 a wrong mention
    type    doc_id,start,stop,type            a mention's type
    type    doc_id,start,stop,type,entity_id  a mention moved into another entity
    type    entity_id,type                    an entity's type
    add     doc_id,start,stop,type[,name]     a mention the pipeline missed (selected text)
    merge   entity_id,into                    an entity moved into another
    rename  entity_id,name                    an entity's name
"""

import csv
import io

from pipeline.running import corrections as fixes

# the fields each action needs from the page, and those it may have
NEEDED = {
    'drop': ('doc_id', 'start', 'stop'),
    'type': ('type',),
    'add': ('doc_id', 'start', 'stop', 'type'),
    'merge': ('entity_id', 'into'),
    'rename': ('entity_id', 'name'),
}
MAX_FIELD = 2000  # characters: a name or a note, not a document


class Refused(ValueError):
    """An edit that cannot become a correction row; the message says why."""


def correction_row(request):
    """The corrections row (dict of COLUMNS) of an edit sent by the page; Refused if incomplete."""
    if not isinstance(request, dict):
        raise Refused('an edit is a JSON object')
    action = str(request.get('action') or '').strip().lower()
    if action not in NEEDED:
        raise Refused(f'unknown action {action!r}; use one of {", ".join(NEEDED)}')
    row = {column: '' for column in fixes.COLUMNS}
    row['action'] = action
    for column in fixes.COLUMNS[1:]:
        value = request.get(column)
        if value is None:
            continue
        value = ' '.join(str(value).split()) if column in ('name', 'note') else str(value).strip()
        if len(value) > MAX_FIELD:
            raise Refused(f'{column} is longer than {MAX_FIELD} characters')
        row[column] = value
    row['type'] = row['type'].upper()
    missing = [column for column in NEEDED[action] if not row[column]]
    if action == 'type' and not row['entity_id'] and not row['doc_id']:
        missing.append('doc_id or entity_id')
    if missing:
        raise Refused(f'{action} needs {", ".join(missing)}')
    for column in ('start', 'stop'):
        if row[column] and not row[column].isdigit():
            raise Refused(f'{column} must be a whole number, not {row[column]!r}')
    return row


def header_of(path):
    """The column names of an existing corrections file, or None if it has none yet."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    with open(path, encoding='utf-8-sig', newline='') as file:
        first = next(csv.reader(file), None)
    return [column.strip().lower() for column in first] if first else None


def append_row(path, row):
    """Append one row under the file's header (the full header for a new file)."""
    header = header_of(path)
    lines = io.StringIO()
    writer = csv.writer(lines, lineterminator='\n')
    if header is None:
        header = list(fixes.COLUMNS)
        writer.writerow(header)
    lost = [column for column in fixes.COLUMNS if row.get(column) and column not in header]
    if lost:
        raise Refused(f'{path.name} has no column {", ".join(lost)}; add it to its first line')
    writer.writerow([row.get(column, '') for column in header])
    text = lines.getvalue()
    # a file edited by hand may end without a line break: the row must start on a line of its own
    if path.is_file() and path.stat().st_size:
        with open(path, 'rb') as file:
            file.seek(-1, 2)
            if file.read(1) not in (b'\n', b'\r'):
                text = '\n' + text
    with open(path, 'a', encoding='utf-8', newline='') as file:
        file.write(text)


def apply_edit(tables, request):
    """Try an edit on the tables, append its row to corrections.csv and rebuild.

    Returns {'row', 'message', 'seconds'}; Refused (nothing written) when the
    row is incomplete or would match nothing in the tables.
    """
    row = correction_row(request)
    corrected, log, dropped = tables.corrected(extra=row)
    entry = log[-1]
    if entry['status'] != 'applied':
        raise Refused(entry['message'])
    append_row(tables.corrections_path, row)
    seconds = tables.rebuild(corrected, log, dropped)
    return {'row': {key: value for key, value in row.items() if value}, 'message': entry['message'],
            'seconds': round(seconds, 3)}
