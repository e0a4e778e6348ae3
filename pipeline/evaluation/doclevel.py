"""Document-level scoring against the hand-made gold (``seeds.json``,
``kz-dev.json``), as the shared scorer ``../shared/gold/score_gold.py``
counts it, so that its figures and `entity-pipeline evaluate`'s agree.

The gold documents have no offsets: per document, entities (type, canonical
``name``, ``aliases``, ``optional``). A system's answer for a document is the
set of distinct (type, name) it found there: for a run, the entities.csv
name of each entity its mentions link to. A predicted (type, name) matches
the gold entities of its type whose name or an alias is equal after
:func:`fold_name`; a match with only optional gold entities is neither
rewarded nor punished; an unmatched prediction is a false positive; an
unmatched non-optional gold entity is a false negative. Two predictions
matching the same gold entity are both true positives (as in score_gold.py).
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline.evaluation.scoring import PRF, Error, Table
from pipeline.evaluation.systems import TYPES

# the same patterns as score_gold.py: a change there must show here
LEGAL = re.compile(r'^(?:(?:ТОО|АО|ОАО|ЗАО|ПАО|ООО|НАО|КГУ|КГП|ГКП|РГП|РГУ|ГУ|ОЮЛ|ОФ|ОО|МИО|на|ПХВ)\s+)+')
COUNTRY_TAIL = re.compile(r'\s+(?:РК|Республики Казахстан|Казахстана)$')
GEO_HEAD = re.compile(r'^(?:река|озеро|село|поселок|аул|город|г\.)\s+', re.I)


def fold_name(name):
    """An entity name as the document-level scorer compares it: ё as е, no
    quotes, spaces collapsed, without a legal-form prefix (ТОО, АО, КГП на
    ПХВ, ...), a trailing РК / Республики Казахстан, or a leading река /
    озеро / село / поселок / аул / город; lower case."""
    name = re.sub(r'[«»"“”„\'’]', '', name.replace('ё', 'е').replace('Ё', 'Е'))
    name = re.sub(r'\s+', ' ', name).strip()
    name = LEGAL.sub('', name)
    name = COUNTRY_TAIL.sub('', name) or name
    name = GEO_HEAD.sub('', name) or name
    return name.lower()


def run_entities(mentions, entities):
    """{doc_id: {(type, name)}} of a run's tables given as rows (dicts, e.g.
    csv.DictReader or DataFrame records): the entities.csv (type, name) of
    every entity a document's mentions link to."""
    names = {row['entity_id']: (row['type'], row['name']) for row in entities}
    found = defaultdict(set)
    for row in mentions:
        if row['entity_id'] in names:
            found[row['doc_id']].add(names[row['entity_id']])
    return found


def score_gold_docs(docs, preds, system='', corpus='kz-dev'):
    """Document-level P/R/F1 per type of ``preds`` (per document a set of
    (type, name)) against gold documents (``.id``, ``.entities``). Errors:
    ``fp`` for an unmatched prediction, ``fn`` for a missed gold entity."""
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    support = defaultdict(int)
    errors = []
    for doc, predicted in zip(docs, preds):
        gold = doc.entities
        keys = [{fold_name(g['name']), *map(fold_name, g.get('aliases', []))} for g in gold]
        matched = set()
        for type, name in sorted(predicted):
            hits = [i for i, g in enumerate(gold) if g['type'] == type and fold_name(name) in keys[i]]
            if not hits:
                fp[type] += 1
                errors.append(Error(doc.id, system, corpus, type, 'fp', None, None, name))
                continue
            if all(gold[i].get('optional') for i in hits):
                continue
            # two predictions of one gold entity are two true positives, as score_gold.py counts
            tp[type] += 1
            matched.update(hits)
        for i, entity in enumerate(gold):
            if entity.get('optional'):
                continue
            support[entity['type']] += 1
            if i not in matched:
                fn[entity['type']] += 1
                errors.append(Error(doc.id, system, corpus, entity['type'], 'fn', None, None,
                                    entity['name']))
    return gold_table(tp, fp, fn, support), errors


def gold_table(tp, fp, fn, support):
    """The per-type table (P = tp/(tp+fp), R = tp/(tp+fn), as score_gold.py);
    ``all`` pools the three types' counts."""
    table = Table('gold', 'hand-made gold, document-level entities', ('P', 'R', 'F1'))
    overall = PRF()
    for type in TYPES:
        score = PRF()
        score.prec.add(tp[type], tp[type] + fp[type])
        score.recall.add(tp[type], tp[type] + fn[type])
        overall.merge(score)
        table.rows[type] = score.values()
        table.support[type] = support[type]
    table.rows['all'] = overall.values()
    table.support['all'] = sum(support[type] for type in TYPES)
    return table
