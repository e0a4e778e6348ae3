"""What the report shows of figures' status and links: lines for a figure's panel, and the rows of
the index's Targets table (each target with its parts and what describes it: coverage, measure, cost).

Works on figures.csv rows as the report reads them (every cell a string, empty when missing);
the HTML is left to render.py.
"""

TARGET_COLUMNS = [('doc_id', 'document'), ('figure_id', 'figure'), ('text', 'target'), ('value', 'value'),
                  ('what', 'unit / object'), ('part_of', 'part of'), ('described', 'coverage / measure'),
                  ('sentence', 'sentence')]


def key(row):
    """(doc_id, figure_id) of a figure row, the figure_id as written (`3`)."""
    return row.get('doc_id'), str(row.get('figure_id') or '')


def figure_index(figures):
    """{(doc_id, figure_id): row} of figures.csv rows."""
    return {key(row): row for row in figures}


def linked(row, column, by_key):
    """The row a figure's `part_of` / `with` names, or None."""
    target = str(row.get(column) or '')
    return by_key.get((row.get('doc_id'), target)) if target else None


def panel_lines(row, by_key):
    """`status: target`, `part of: 1000 мероприятий (figure 2)`, `describes: ...` for a figure's panel."""
    lines = [f'status: {row["status"]}'] if row.get('status') else []
    for column, label in (('part_of', 'part of'), ('with', 'describes')):
        other = linked(row, column, by_key)
        if other is not None:
            lines.append(f'{label}: {other.get("text")} (figure {other.get("figure_id")})')
    return lines


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
    by_key, described = figure_index(figures), describers(figures)
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
            'sentence': row.get('sentence'),
        })
    return rows
