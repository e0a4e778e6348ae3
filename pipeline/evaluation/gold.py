"""Scoring a run against hand-made gold in the seeds' JSON format.

Gold (`tests/gold_seeds.json`): per document, entities (type, canonical name,
aliases, role, optional) and figures (value, qualifier, object, optional). A
predicted entity matches a gold one of its type when its canonical name,
case-, quote- and ё-insensitively, is the gold name or an alias. Optional gold
entities neither reward nor punish; a second predicted entity for a gold
entity already matched counts as a false positive (one entity per thing).
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.nlp.stages.link import name_key
from pipeline.schema import ENTITY_TYPES


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list = field(default_factory=list)

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path):
    """Gold documents by doc_id."""
    data = json.loads(Path(path).read_text(encoding='utf-8'))
    return {document['doc_id']: document for document in data['documents']}


def gold_keys(entity):
    return {name_key(entity['name'])} | {name_key(alias) for alias in entity.get('aliases', [])}


def match_entities(predicted, gold, score, doc_id, type):
    """predicted: canonical names; gold: gold entity dicts of one type."""
    matched = set()
    for name in sorted(predicted):
        key = name_key(name)
        hits = [index for index, entity in enumerate(gold) if key in gold_keys(entity)]
        if not hits:
            score.fp += 1
            score.errors.append((doc_id, type, 'fp', name))
            continue
        index = hits[0]
        if gold[index].get('optional'):
            continue
        if index in matched:
            score.fp += 1
            score.errors.append((doc_id, type, 'duplicate', name))
            continue
        matched.add(index)
        score.tp += 1
    for index, entity in enumerate(gold):
        if not entity.get('optional') and index not in matched:
            score.fn += 1
            score.errors.append((doc_id, type, 'fn', entity['name']))


def figure_key(value, qualifier, object):
    return float(value), qualifier, (object or '').replace('ё', 'е')


def match_figures(predicted, gold, score, doc_id):
    remaining = [figure_key(f['value'], f['qualifier'], f.get('object')) for f in gold if not f.get('optional')]
    # the same figure repeated in the text is not an error
    accepted = {figure_key(f['value'], f['qualifier'], f.get('object')) for f in gold}
    for figure in predicted:
        key = figure_key(figure['value'], figure['qualifier'], figure['object'])
        if key in remaining:
            remaining.remove(key)
            score.tp += 1
        elif key not in accepted:
            score.fp += 1
            score.errors.append((doc_id, 'FIG', 'fp', f'{figure["text"]} -> {key}'))
    for key in remaining:
        score.fn += 1
        score.errors.append((doc_id, 'FIG', 'fn', str(key)))


def score_run(tables, gold):
    """Document-level scores per type (PER, ORG, LOC) and for figures."""
    scores = {type: Score() for type in (*ENTITY_TYPES, 'FIG')}
    mentions, entities, figures = tables['mentions'], tables['entities'], tables['figures']
    names = dict(zip(entities.entity_id, entities.name))
    for doc_id, document in sorted(gold.items()):
        doc_mentions = mentions[mentions.doc_id == doc_id]
        for type in ENTITY_TYPES:
            predicted = {names[entity_id] for entity_id in doc_mentions[doc_mentions.type == type].entity_id}
            expected = [entity for entity in document['entities'] if entity['type'] == type]
            match_entities(predicted, expected, scores[type], doc_id, type)
        doc_figures = figures[figures.doc_id == doc_id].to_dict('records')
        match_figures(doc_figures, document.get('figures', []), scores['FIG'], doc_id)
    return scores


def format_scores(scores):
    lines = ['type    P      R      F1     tp  fp  fn']
    for type, score in scores.items():
        lines.append(f'{type:<6}{score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} '
                     f'{score.tp:4d}{score.fp:4d}{score.fn:4d}')
    return '\n'.join(lines)


def role_key(role):
    """Case-, quote- and ё-insensitive key of a role (`Председатель партии «Ауыл»`)."""
    return name_key(role)


def score_roles(tables, gold):
    """Recall of gold persons' roles: a gold person's `role` is found when a
    roles-table row of that person's entity in that document has the same
    role (case-insensitive, ё=е, quotes ignored). Misses go to `errors` as
    (doc_id, person, gold role, predicted roles)."""
    score = Score()
    mentions, entities, roles = tables['mentions'], tables['entities'], tables['roles']
    names = dict(zip(entities.entity_id, entities.name))
    for doc_id, document in sorted(gold.items()):
        doc_mentions = mentions[(mentions.doc_id == doc_id) & (mentions.type == 'PER')]
        doc_roles = roles[roles.doc_id == doc_id]
        for entity in document['entities']:
            if entity['type'] != 'PER' or not entity.get('role') or entity.get('optional'):
                continue
            keys = gold_keys(entity)
            ids = {entity_id for entity_id in doc_mentions.entity_id if name_key(names.get(entity_id)) in keys}
            found = [role for entity_id, role in zip(doc_roles.entity_id, doc_roles.role) if entity_id in ids]
            if role_key(entity['role']) in {role_key(role) for role in found}:
                score.tp += 1
            else:
                score.fn += 1
                score.errors.append((doc_id, entity['name'], entity['role'], ' | '.join(found) or '-'))
    return score
