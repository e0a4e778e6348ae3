"""Running systems over corpora: :func:`evaluate` returns a long-form score
table plus an error list (``pipeline.evaluation.cli`` prints them side by
side)."""

from __future__ import annotations

import csv
import logging
import time
from pathlib import Path

from pipeline.evaluation.corpora import CORPORA, DEFAULT_EVAL_DIR, check_dir, load_corpus
from pipeline.evaluation.scoring import ERROR_FIELDS, SCORERS
from pipeline.evaluation.systems import SYSTEM_NAMES, predictions, resolve_systems

log = logging.getLogger(__name__)


def evaluate(corpora=CORPORA, systems=SYSTEM_NAMES, eval_dir=DEFAULT_EVAL_DIR,
             errors_csv=None, limit=None, nerel_splits=('dev',)):
    """Run ``systems`` over ``corpora`` and score them.

    Returns a dict: ``scores`` (pandas DataFrame, one row per corpus x table x
    row x system x metric, with ``support`` the gold count of the row),
    ``errors`` (DataFrame of doc, system, corpus, type, kind, start, stop,
    text, detail), ``timing`` ({(corpus, system): seconds}), ``systems`` and
    ``tables`` (ordered (key, title, metrics, rows)). ``limit`` keeps the
    first N documents of each corpus (quick runs)."""
    import pandas as pd

    if isinstance(corpora, str):
        corpora = (corpora,)
    eval_dir = check_dir(eval_dir, 'evaluation directory')
    factories = resolve_systems(systems)
    loaded = {}
    records, errors, timing, tables = [], [], {}, {}
    for corpus in corpora:
        docs = load_corpus(corpus, eval_dir, nerel_splits)
        if limit:
            docs = docs[:limit]
        texts = [doc.text for doc in docs]
        for name, factory in factories.items():
            if name not in loaded:
                started = time.perf_counter()
                loaded[name] = factory()
                log.info('loaded %s in %.1fs', name,
                         time.perf_counter() - started)
            started = time.perf_counter()
            preds = predictions(loaded[name], texts)
            timing[corpus, name] = time.perf_counter() - started
            log.info('%s on %s: %d docs in %.1fs', name, corpus, len(docs),
                     timing[corpus, name])
            for scorer in SCORERS[corpus]:
                table, errs = scorer(docs, preds, system=name, corpus=corpus)
                errors.extend(errs)
                if corpus == 'nerel':
                    table.title = table.title.replace(
                        'NEREL v1.1', 'NEREL v1.1 ' + '+'.join(nerel_splits))
                if limit:
                    table.title += f' [first {len(docs)} documents]'
                tables.setdefault(table.key, (table.key, table.title,
                                              table.metrics,
                                              tuple(table.rows)))
                for row, values in table.rows.items():
                    for metric, value in values.items():
                        records.append({
                            'corpus': corpus, 'table': table.key,
                            'title': table.title, 'row': row,
                            'system': name, 'metric': metric, 'value': value,
                            'support': table.support.get(row)})
    scores = pd.DataFrame(records, columns=[
        'corpus', 'table', 'title', 'row', 'system', 'metric', 'value',
        'support'])
    errors_df = pd.DataFrame([[getattr(e, f) for f in ERROR_FIELDS]
                              for e in errors], columns=list(ERROR_FIELDS))
    if errors_csv:
        write_errors(errors, errors_csv)
    return {'scores': scores, 'errors': errors_df, 'timing': timing,
            'systems': list(factories), 'tables': list(tables.values())}


def write_errors(errors, path):
    """The error list as CSV (:data:`ERROR_FIELDS`; None as empty)."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True)
    with open(path, 'w', encoding='utf-8', newline='') as file:
        writer = csv.writer(file)
        writer.writerow(ERROR_FIELDS)
        for error in errors:
            writer.writerow(['' if getattr(error, f) is None
                             else getattr(error, f) for f in ERROR_FIELDS])
