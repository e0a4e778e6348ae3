"""Running systems over corpora, part by part of the tune/check split:
:func:`evaluate` returns a long-form score table plus an error list
(``pipeline.evaluation.cli`` prints them side by side)."""

from __future__ import annotations

import csv
import json
import logging
import time
from pathlib import Path

from pipeline.evaluation.corpora import (
    DEFAULT_EVAL_DIR,
    DEFAULT_GOLD_DIR,
    GOLD_CORPORA,
    expand_corpora,
    load_corpus,
    split_id,
)
from pipeline.evaluation.doclevel import run_entities, score_gold_docs
from pipeline.evaluation.scoring import (
    ERROR_FIELDS,
    score_bsnlp_grouping,
    score_bsnlp_norm,
    score_factru,
    score_factru_names,
    score_figures,
    score_nerel,
)
from pipeline.evaluation.split import CHECK_SHARE, CORPORA, PARTS, SEED, held_out, part
from pipeline.evaluation.systems import SYSTEM_NAMES, TYPES, label_type, predictions, resolve_systems

log = logging.getLogger(__name__)

SCORE_COLUMNS = ['corpus', 'table', 'title', 'row', 'system', 'part', 'metric', 'value', 'support']


def scorers(corpus):
    """The scorers of a corpus (a name of ``pipeline.evaluation.split``)."""
    if corpus.startswith('nerel-'):
        return (score_nerel, score_figures)
    if corpus.startswith('bsnlp-'):
        return (score_bsnlp_norm, score_bsnlp_grouping)
    if corpus == 'factru':
        return (score_factru, score_factru_names)
    return (score_gold_docs,)


def parts_of(corpus, docs, hold_out=None):
    """The part ('tune' or 'check') of each document; all 'check' for the
    corpus ``hold_out``."""
    if hold_out:
        return [held_out(corpus, split_id(doc), hold_out) for doc in docs]
    return [part(corpus, split_id(doc)) for doc in docs]


def document_entities(system, docs):
    """Per document, the distinct (type, name) a system found: for a system
    with ``tables`` (the pipeline) the entities.csv names its run links the
    mentions to, as ``score_gold.py`` reads them; else (plain natasha) its
    mentions' normal forms (the surface where it has none)."""
    if not docs:
        return []
    if getattr(system, 'tables', None) is not None:
        tables = system.tables(docs)
        found = run_entities(tables['mentions'].to_dict('records'), tables['entities'].to_dict('records'))
        return [found.get(doc.id, set()) for doc in docs]
    answers = []
    for doc, pred in zip(docs, predictions(system, [doc.text for doc in docs])):
        answers.append({(label_type(m.type), ' '.join((m.normal or doc.text[m.start:m.stop]).split()))
                        for m in pred.mentions if label_type(m.type) in TYPES})
    return answers


def evaluate(corpora=CORPORA, systems=SYSTEM_NAMES, eval_dir=DEFAULT_EVAL_DIR, gold_dir=DEFAULT_GOLD_DIR,
             errors_csv=None, limit=None, parts=PARTS, hold_out=None):
    """Run ``systems`` over ``corpora`` and score each part of the split.

    Returns a dict: ``scores`` (pandas DataFrame, one row per corpus x table x
    row x system x part x metric, with ``support`` the gold count of the
    row), ``errors`` (DataFrame of :data:`ERROR_FIELDS`), ``documents``
    ({corpus: {part: count}}), ``timing`` ({(corpus, system): seconds}),
    ``systems``, ``parts``, ``hold_out`` and ``tables`` (ordered (corpus,
    key, title, metrics, rows)). ``parts``: the parts scored; ``hold_out``: a
    corpus checked whole; ``limit`` keeps the first N documents of each
    corpus (quick runs)."""
    import pandas as pd

    corpora = expand_corpora((corpora,) if isinstance(corpora, str) else corpora)
    if hold_out is not None and hold_out not in CORPORA:
        raise ValueError(f'unknown corpus to hold out {hold_out!r}; known: {", ".join(CORPORA)}')
    factories = resolve_systems(systems)
    loaded = {}
    records, errors, timing, tables, documents = [], [], {}, {}, {}
    for corpus in corpora:
        docs = load_corpus(corpus, eval_dir, gold_dir)
        if limit:
            docs = docs[:limit]
        assigned = parts_of(corpus, docs, hold_out)
        chosen = {name: [doc for doc, got in zip(docs, assigned) if got == name] for name in parts}
        documents[corpus] = {name: len(chosen[name]) for name in parts}
        for name, factory in factories.items():
            if name not in loaded:
                started = time.perf_counter()
                loaded[name] = factory()
                log.info('loaded %s in %.1fs', name, time.perf_counter() - started)
            started = time.perf_counter()
            if corpus in GOLD_CORPORA:  # each part a run of its own, as a run of it would be scored
                answers = {key: document_entities(loaded[name], chosen[key]) for key in parts}
            else:
                wanted = [doc for key in parts for doc in chosen[key]]
                preds = dict(zip(map(id, wanted), predictions(loaded[name], [doc.text for doc in wanted])))
                answers = {key: [preds[id(doc)] for doc in chosen[key]] for key in parts}
            timing[corpus, name] = time.perf_counter() - started
            log.info('%s on %s: %d docs in %.1fs', name, corpus, sum(map(len, chosen.values())),
                     timing[corpus, name])
            for key in parts:
                if not chosen[key]:  # the tune part of a held-out corpus
                    continue
                for scorer in scorers(corpus):
                    table, found = scorer(chosen[key], answers[key], system=name, corpus=corpus)
                    for error in found:
                        error.part = key
                    errors.extend(found)
                    title = f'{corpus}: {table.title}'
                    if limit:
                        title += f' [first {len(docs)} documents]'
                    tables.setdefault((corpus, table.key), (corpus, table.key, title, table.metrics,
                                                            tuple(table.rows)))
                    for row, values in table.rows.items():
                        for metric, value in values.items():
                            records.append({'corpus': corpus, 'table': table.key, 'title': title, 'row': row,
                                            'system': name, 'part': key, 'metric': metric, 'value': value,
                                            'support': table.support.get(row)})
    scores = pd.DataFrame(records, columns=SCORE_COLUMNS)
    errors_df = pd.DataFrame([[getattr(e, f) for f in ERROR_FIELDS] for e in errors], columns=list(ERROR_FIELDS))
    if errors_csv:
        write_errors(errors, errors_csv)
    return {'scores': scores, 'errors': errors_df, 'timing': timing, 'documents': documents,
            'systems': list(factories), 'parts': tuple(parts), 'hold_out': hold_out,
            'tables': list(tables.values())}


def write_errors(errors, path):
    """The error list as CSV (:data:`ERROR_FIELDS`; None as empty)."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True)
    with open(path, 'w', encoding='utf-8', newline='') as file:
        writer = csv.writer(file)
        writer.writerow(ERROR_FIELDS)
        for error in errors:
            writer.writerow(['' if getattr(error, f) is None else getattr(error, f) for f in ERROR_FIELDS])


def side_by_side(results):
    """One row per corpus x table x row x system x metric with the tune and
    check values, their gold counts and the drop (tune minus check; None
    where a part is not scored)."""
    rows = {}
    for r in results['scores'].itertuples():
        key = (r.corpus, r.table, r.row, r.system, r.metric)
        row = rows.setdefault(key, {'corpus': r.corpus, 'table': r.table, 'title': r.title, 'row': r.row,
                                    'system': r.system, 'metric': r.metric, 'tune': None, 'check': None,
                                    'n_tune': None, 'n_check': None, 'drop': None})
        row[r.part] = r.value
        support = r.support
        row[f'n_{r.part}'] = None if support is None or support != support else int(support)
    for row in rows.values():
        if row['tune'] is not None and row['check'] is not None:
            row['drop'] = row['tune'] - row['check']
    return list(rows.values())


def write_json(results, path, command=None, date=None):
    """All numbers of an evaluation as JSON: the split, the documents per
    part, every score side by side (tune, check, drop) and the timings."""
    data = {
        'date': date, 'command': command,
        'split': {'seed': SEED, 'check_share': CHECK_SHARE, 'hold_out': results['hold_out'],
                  'parts': list(results['parts'])},
        'systems': results['systems'], 'documents': results['documents'],
        'scores': side_by_side(results),
        'seconds': [{'corpus': corpus, 'system': system, 'seconds': round(seconds, 2)}
                    for (corpus, system), seconds in results['timing'].items()],
    }
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding='utf-8')
    return path
