"""The rows of the report's Targets table: each target figure with the total it is a part of and the
figures that describe it (coverage, measure, cost), and its sentence.

Made here rather than in the report's scripts for the sentence: the page's figures table leaves it out where the
text is in the report (the views cut contexts from the text), and the index loads no text; a row to
copy into a spreadsheet needs it. Works on figures.csv rows as read (every cell a string, empty when
missing); model.py writes the rows to data/targets.js.
"""

# the table's columns; report-index.js gives them their headings
TARGET_COLUMNS = ['doc_id', 'figure_id', 'text', 'value', 'what', 'part_of', 'described', 'sentence']


def key(row):
    """(doc_id, figure_id) of a figure row, the figure_id as written (`3`)."""
    return row.get('doc_id'), str(row.get('figure_id') or '')


def linked(row, column, by_key):
    """The row a figure's `part_of` / `with` names, or None."""
    target = str(row.get(column) or '')
    return by_key.get((row.get('doc_id'), target)) if target else None


def describers(figures):
    """{(doc_id, figure_id): [rows whose `with` is that figure]}."""
    found = {}
    for row in figures:
        if row.get('with'):
            found.setdefault((row.get('doc_id'), str(row['with'])), []).append(row)
    return found


def target_rows(figures):
    """The Targets table: one row per target figure that is not itself a description of another, in
    document order, with the total it is a part of and the figures that describe it, as plain text."""
    by_key, described = {key(row): row for row in figures}, describers(figures)
    rows = []
    for row in figures:
        if row.get('status') != 'target' or row.get('with'):
            continue
        total = linked(row, 'part_of', by_key)
        rows.append({
            'doc_id': row.get('doc_id'), 'figure_id': str(row.get('figure_id') or ''), 'text': row.get('text'),
            'value': row.get('value'), 'what': row.get('unit') or row.get('object') or '',
            'part_of': total.get('text') if total else '',
            'described': '; '.join(other.get('text') or '' for other in described.get(key(row), [])),
            'sentence': row.get('sentence') or '',
        })
    return rows
