"""Tables: processed Docs -> rows -> pandas DataFrames -> CSV files.

Rows are plain dicts, so a worker process can send them back instead of Docs.
Run-level linking (entity ids) happens once all rows are in.
"""

import os
import shutil
from bisect import bisect_right
from operator import itemgetter
from pathlib import Path

from pipeline.nlp.doc import doc_text, sentence_bounds, sentence_starts, span_value, token_starts, token_texts
from pipeline.nlp.stages.assign_roles import resolve_role_ids, role_rows
from pipeline.running.linking import group_key, link_run
from pipeline.running.files import atomic_file, staging_folder
from pipeline.schema import COLUMNS, NULLABLE_INTS, ORDER, TABLES


def sentence_text(span, sentences):
    """The sentence of a span, stripped (spaCy's `span.sent`: the sentence of its first token), read off
    the Doc's one list of sentence starts. `sentences`: {sentence bounds: text} of the document's rows so
    far, so that its mentions and figures in one sentence share one string, which the cache stores once
    (marshal writes an object met before as a reference: NEREL train's rows 9.2 -> 6.2 MB)."""
    bounds = sentence_bounds(span)
    sentence = sentences.get(bounds)
    if sentence is None:
        doc = span.doc
        start, end = bounds
        starts = token_starts(doc)
        text = doc_text(doc)
        sentence = sentences[bounds] = text[starts[start]:starts[end] if end < len(doc) else len(text)].strip()
    return sentence


def document_row(source, doc=None, error=None):
    row = {
        'doc_id': source.doc_id, 'source': source.source, 'date': source.date,
        'date_source': 'input' if source.date else None,
        'status': 'error' if error else 'ok', 'error': error, 'encoding': source.encoding,
        'chars': len(source.text or ''), 'tokens': None, 'sentences': None, 'sha256': source.sha256,
    }
    if doc is not None:
        if not row['date'] and doc._.date:
            row['date'], row['date_source'] = doc._.date, doc._.date_source
        # from the token texts, not Token objects (one built per token and per sentence's
        # walk): `token.is_space` is `text.isspace()`, and a sentence's stripped text is
        # empty when every token of it strips to nothing
        texts = token_texts(doc)
        row['tokens'] = sum(1 for text in texts if not text.isspace())
        starts = sentence_starts(doc) + [len(doc)] if len(doc) else []
        row['sentences'] = sum(1 for start, end in zip(starts, starts[1:])
                               if any(text.strip() for text in texts[start:end]))
    return row


def mention_row(doc_id, number, span, inside, sentences):
    """The mentions-table row of a mention (entity_id not yet set); `inside`: the mention_id of
    the mention it lies in, None for a mention of doc.ents; `sentences`: as `sentence_text`'s."""
    normal = span_value(span, 'normal')
    # `span.text` off the Doc's text (spaCy joins a Token per word of the span, at each read)
    start, stop, label = span.start_char, span.end_char, span.label_
    text = doc_text(span.doc)[start:stop]
    entity = span_value(span, 'entity') or normal or text
    return {
        'doc_id': doc_id, 'mention_id': number, 'entity_id': None, 'type': label,
        'start': start, 'stop': stop, 'text': text,
        'normal': normal, 'sentence': sentence_text(span, sentences), 'source': span_value(span, 'rule'),
        'inside': inside,
        # for run-level linking; not written
        'entity': entity, 'group': group_key(label, entity),
        'first': span_value(span, 'first'), 'middle': span_value(span, 'middle'), 'last': span_value(span, 'last'),
    }


def doc_rows(doc, source):
    """All table rows of one processed document (entity ids not yet set)."""
    doc_id = source.doc_id
    text = doc_text(doc)
    rows = {'documents': [document_row(source, doc)], 'mentions': [], 'figures': [], 'dates': []}
    sentences = {}  # one string per sentence (`sentence_text`)
    ents = doc.ents
    for number, span in enumerate(ents, 1):
        rows['mentions'].append(mention_row(doc_id, number, span, None, sentences))
    # the mentions inside another (the places a road joins), numbered after the flat ones so that
    # the numbers roles and figures use stay; `inside`: the mention_id of the mention around it
    ends = [span.end_char for span in ents]
    for number, span in enumerate(doc.spans.get('inner', ()), len(ents) + 1):
        around = bisect_right(ends, span.start_char)
        rows['mentions'].append(mention_row(doc_id, number, span, around + 1 if around < len(ents) else None,
                                            sentences))
    for number, span in enumerate(doc.spans.get('figures', []), 1):
        figure = span_value(span, 'figure')
        start, stop = figure['start'], figure['stop']
        part_of, described = figure.get('part_of'), figure.get('with_')
        rows['figures'].append({
            'doc_id': doc_id, 'figure_id': number, 'start': start, 'stop': stop, 'text': text[start:stop],
            'value': figure['value'], 'value_max': figure.get('value_max'), 'qualifier': figure['qualifier'],
            'unit': figure.get('unit'), 'object': figure.get('object'), 'kind': figure.get('kind'),
            'subject': figure.get('subject'),
            'sentence': sentence_text(span, sentences), 'status': figure.get('status'),
            # figure_id is the figure's place in the list, counted from 1
            'part_of': None if part_of is None else part_of + 1, 'with': None if described is None else described + 1,
        })
    for span in doc.spans.get('dates', []):
        date = span_value(span, 'date')
        rows['dates'].append({
            'doc_id': doc_id, 'start': date['start'], 'stop': date['stop'],
            'text': text[date['start']:date['stop']], 'date': date['date'],
        })
    rows['roles'] = role_rows(doc, doc_id)
    return rows


def error_rows(source, error):
    return {'documents': [document_row(source, error=error)], 'mentions': [], 'figures': [], 'dates': [], 'roles': []}


def build_tables(row_batches, entities=None):
    """DataFrames of every table from per-document row dicts; links the run.

    `entities`: entity rows of a run linked elsewhere (pipeline/running/cache/store.py), the
    mention rows then carry their entity_id already.
    """
    import pandas as pd  # here, not at the top: a streamed run writes its CSV without it (writing.py)
    collected = {name: [] for name in TABLES}
    for rows in row_batches:
        for name, items in rows.items():
            collected[name].extend(items)
    collected['entities'] = link_run(collected['mentions']) if entities is None else entities
    resolve_role_ids(collected['roles'], collected['mentions'])
    frames = {}
    for name in TABLES:
        frame = pd.DataFrame(collected[name], columns=COLUMNS[name])
        frame = frame.sort_values(ORDER[name], kind='stable').reset_index(drop=True)
        for column in NULLABLE_INTS:
            if column in frame:
                frame[column] = frame[column].astype('Int64')
        frames[name] = frame
    return frames


def missing_last(value):
    return (1, 0) if value is None or value != value else (0, value)


def ordered(name, rows):
    """Rows of a table in the order `build_tables` gives its DataFrame."""
    columns = ORDER[name]
    try:
        return sorted(rows, key=itemgetter(*columns))
    except TypeError:  # a missing value beside others: pandas puts it last
        return sorted(rows, key=lambda row: tuple(missing_last(row.get(column)) for column in columns))


def csv_cells(rows, columns, floats=(), excel=False):
    """Row dicts as rows of CSV cells, as pandas' `to_csv` writes the DataFrame of them.

    `floats`: the columns the DataFrame holds as float64 (`1` is written
    `1.0`); missing values (None, NaN) are empty, other values as the csv
    module writes them; `excel`: text cells defused (`defuse_formula`).
    A streamed run writes its tables with this, chunk by chunk, without
    building DataFrames (tests check the files are the same bytes).
    """
    if not rows:
        return []
    try:
        values = list(map(itemgetter(*columns), rows))
    except KeyError:
        values = [tuple(row.get(column) for column in columns) for row in rows]
    if len(columns) == 1:
        values = [(value,) for value in values]
    cells = list(zip(*values))
    for index, column in enumerate(columns):
        kinds = set(map(type, cells[index]))
        if excel and str in kinds:
            cells[index] = list(map(defuse_formula, cells[index]))
        if column in floats:
            cells[index] = ['' if value is None or value != value else repr(float(value)) for value in cells[index]]
        elif float in kinds:
            convert = int if column in NULLABLE_INTS else None  # pandas' Int64: 4.0 is 4
            cells[index] = ['' if value != value else convert(value) if convert and type(value) is float else value
                            for value in cells[index]]
    return zip(*cells)


def write_csv(frame, path, excel=False):
    """Write a table to a temporary file and rename it into place."""
    if excel:
        frame = frame.map(defuse_formula)
    with atomic_file(path, encoding='utf-8-sig' if excel else 'utf-8', newline='') as file:
        frame.to_csv(file, index=False, lineterminator='\n')


def defuse_formula(value):
    """`=SUM(...)` typed into an article must not run in a spreadsheet."""
    if isinstance(value, str) and value[:1] in ('=', '+', '-', '@', '\t', '\r'):
        return "'" + value
    return value


def write_tables(frames, output_dir, excel=False):
    """Write every table as CSV into output_dir; returns the paths.

    All tables are written into a temporary folder first and renamed into
    place only once every one is complete, so a run killed while writing
    leaves the previous set as it was.
    """
    output_dir = Path(output_dir)
    staging = staging_folder(output_dir, '.tables-')
    try:
        for name, frame in frames.items():
            write_csv(frame, staging / f'{name}.csv', excel=excel)
        paths = {}
        for name in frames:
            paths[name] = output_dir / f'{name}.csv'
            os.replace(staging / f'{name}.csv', paths[name])
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return paths
