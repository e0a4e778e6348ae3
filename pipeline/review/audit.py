"""Audit: a seeded, stratified sample of the tables' rows judged right / wrong / unsure.

The population is every mention (stratum: its type and the rule or stage that
made it, the `source` column) and every figure (stratum: FIG, `figures`).
A sample of `size` rows takes the strata in turn, one row from each while it
has rows left, each stratum's rows in an order drawn from `random.Random(seed)`,
so small rules are judged too and the same seed and tables give the same rows.

Verdicts go to `OUTPUT/audit.csv` (key, type, rule, verdict, note, time,
reviewer), one row per judgement, the last of a reviewer's for a row counting.
The summary gives precision, right / (right + wrong) with unsure left out, per
type and per rule with 95% Wilson score intervals, and Cohen's kappa between
every two reviewers on the rows both judged; it is written to `OUTPUT/audit.json`.
Precision per type pools its rules' sampled rows (each rule weighs as much as
it was sampled, not as many rows as it has); `strata` in audit.json gives each
stratum's population and judged rows for a reweighted figure.
"""

import csv
import json
import math
import random
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

from pipeline.running.files import atomic_file

FILENAME = 'audit.csv'
SUMMARY = 'audit.json'
COLUMNS = ('key', 'type', 'rule', 'verdict', 'note', 'time', 'reviewer')
VERDICTS = ('right', 'wrong', 'unsure')
Z95 = 1.959963984540054  # the normal quantile of 0.975
CONTEXT = 120  # characters either side of a sampled row


def wilson(successes, trials, z=Z95):
    """The Wilson score interval (low, high) of a proportion; (0, 1) with no trials."""
    if trials == 0:
        return 0.0, 1.0
    share = successes / trials
    square = z * z / trials
    centre = (share + square / 2) / (1 + square)
    half = z / (1 + square) * math.sqrt(share * (1 - share) / trials + square / (4 * trials))
    return max(0.0, centre - half), min(1.0, centre + half)


def cohen_kappa(pairs):
    """Cohen's kappa of [(verdict of one, verdict of the other)]; None without pairs or
    when chance agreement is total (both gave one same verdict throughout)."""
    if not pairs:
        return None
    count = len(pairs)
    observed = sum(first == second for first, second in pairs) / count
    firsts, seconds = Counter(first for first, _ in pairs), Counter(second for _, second in pairs)
    chance = sum(firsts[label] * seconds[label] for label in firsts) / (count * count)
    if chance == 1:
        return None
    return (observed - chance) / (1 - chance)


def row_key(kind, row):
    """A row's key, stable while the row is in the tables: kind, document and offsets."""
    return f'{kind}:{row["doc_id"]}:{int(row["start"])}:{int(row["stop"])}'


def population(tables):
    """{(type, rule): [row dicts with key, type, rule]} of the mentions and figures, keys sorted."""
    strata = defaultdict(list)
    for row in tables['mentions'].to_dict('records'):
        rule = row.get('source') if isinstance(row.get('source'), str) else 'unknown'
        strata[(row['type'], rule)].append({**row, 'key': row_key('M', row), 'rule': rule, 'kind': 'mention'})
    for row in tables['figures'].to_dict('records'):
        strata[('FIG', 'figures')].append({**row, 'key': row_key('F', row), 'type': 'FIG', 'rule': 'figures',
                                           'kind': 'figure'})
    for rows in strata.values():
        rows.sort(key=lambda row: row['key'])
    return dict(sorted(strata.items()))


def sample(tables, size, seed=1):
    """`size` rows, stratified: each stratum in turn gives its next row (seeded order) until enough."""
    strata = population(tables)
    generator = random.Random(seed)
    queues = {}
    for stratum, rows in strata.items():
        order = list(rows)
        generator.shuffle(order)
        queues[stratum] = order
    chosen = []
    while len(chosen) < size and any(queues.values()):
        for stratum in strata:
            if queues[stratum] and len(chosen) < size:
                chosen.append(queues[stratum].pop())
    return chosen


def in_context(row, texts):
    """What the page shows of a sampled row: the text before, the row's text, the text after."""
    text = texts.get(row['doc_id'])
    start, stop = int(row['start']), int(row['stop'])
    if text is None:  # the source file moved or changed: the sentence the tables kept
        sentence = row.get('sentence') if isinstance(row.get('sentence'), str) else ''
        at = sentence.find(row['text']) if row['text'] else -1
        if at < 0:
            return {'before': sentence + ' ', 'text': row['text'], 'after': ''}
        return {'before': sentence[:at], 'text': row['text'], 'after': sentence[at + len(row['text']):]}
    return {'before': text[max(0, start - CONTEXT):start], 'text': text[start:stop],
            'after': text[stop:stop + CONTEXT]}


def sample_view(tables, size, seed, texts, verdicts=None, reviewer=None):
    """The sampled rows as the audit page lists them, each with the reviewer's verdict so far."""
    mine = {key: entry for (key, who), entry in (verdicts or {}).items() if who == reviewer}
    shown = []
    for row in sample(tables, size, seed):
        details = {name: clean(row.get(name)) for name in ('entity_id', 'normal', 'value', 'unit', 'object')
                   if clean(row.get(name)) not in (None, '')}
        entry = mine.get(row['key'], {})
        shown.append({'key': row['key'], 'kind': row['kind'], 'type': row['type'], 'rule': row['rule'],
                      'doc_id': row['doc_id'], 'start': int(row['start']), 'stop': int(row['stop']),
                      'context': in_context(row, texts), 'details': details,
                      'verdict': entry.get('verdict', ''), 'note': entry.get('note', '')})
    return shown


def clean(value):
    """A cell as JSON can carry it: None for a missing value, numbers as numbers."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, 'item'):  # numpy scalars
        return value.item()
    try:
        import pandas as pd
        if value is pd.NA:
            return None
    except ImportError:
        pass
    return value


def record(output_dir, key, type, rule, verdict, note, reviewer, now=None):
    """Append a verdict to OUTPUT/audit.csv; returns the row written."""
    if verdict not in VERDICTS:
        raise ValueError(f'verdict must be one of {", ".join(VERDICTS)}, not {verdict!r}')
    path = Path(output_dir) / FILENAME
    row = {'key': key, 'type': type, 'rule': rule, 'verdict': verdict, 'note': ' '.join(str(note or '').split()),
           'time': (now or datetime.now(timezone.utc)).isoformat(timespec='seconds'), 'reviewer': reviewer}
    new = not path.is_file() or path.stat().st_size == 0
    with open(path, 'a', encoding='utf-8', newline='') as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS, lineterminator='\n')
        if new:
            writer.writeheader()
        writer.writerow(row)
    return row


def verdicts(output_dir):
    """{(key, reviewer): row} of audit.csv, the last row of each reviewer for a key counting."""
    path = Path(output_dir) / FILENAME
    if not path.is_file():
        return {}
    found = {}
    with open(path, encoding='utf-8-sig', newline='') as file:
        for row in csv.DictReader(file):
            if row.get('key') and row.get('verdict') in VERDICTS:
                found[(row['key'], row.get('reviewer') or '')] = row
    return found


def precision(rows):
    """{'right', 'wrong', 'unsure', 'judged', 'precision', 'low', 'high'} of verdict rows."""
    counts = Counter(row['verdict'] for row in rows)
    judged = counts['right'] + counts['wrong']
    low, high = wilson(counts['right'], judged)
    return {'right': counts['right'], 'wrong': counts['wrong'], 'unsure': counts['unsure'], 'judged': judged,
            'precision': round(counts['right'] / judged, 4) if judged else None,
            'low': round(low, 4) if judged else None, 'high': round(high, 4) if judged else None}


def summary(output_dir, tables=None, reviewer=None):
    """Precision per type and per rule (one reviewer's verdicts: `reviewer`, else the first
    in audit.csv) and kappa for each two reviewers; written to OUTPUT/audit.json."""
    found = verdicts(output_dir)
    reviewers = sorted({who for _, who in found}, key=lambda who: (who != reviewer, who))
    chosen = reviewers[0] if reviewers else reviewer
    rows = [row for (_, who), row in found.items() if who == chosen]
    by_type, by_rule = defaultdict(list), defaultdict(list)
    for row in rows:
        by_type[row['type']].append(row)
        by_rule[f'{row["type"]} {row["rule"]}'].append(row)
    result = {
        'reviewer': chosen, 'reviewers': reviewers, 'rows': len(rows),
        'overall': precision(rows),
        'types': {name: precision(items) for name, items in sorted(by_type.items())},
        'rules': {name: precision(items) for name, items in sorted(by_rule.items())},
        'agreement': agreement(found, reviewers),
        'interval': 'Wilson score, 95%', 'precision': 'right / (right + wrong); unsure rows left out',
    }
    if tables is not None:
        result['strata'] = {f'{type} {rule}': {'population': len(items),
                                               'judged': len(by_rule.get(f'{type} {rule}', ()))}
                            for (type, rule), items in population(tables).items()}
    with atomic_file(Path(output_dir) / SUMMARY) as file:
        json.dump(result, file, ensure_ascii=False, indent=1)
        file.write('\n')
    return result


def agreement(found, reviewers):
    """[{'reviewers', 'rows', 'agreed', 'kappa'}] for each two reviewers with rows in common."""
    by_reviewer = defaultdict(dict)
    for (key, who), row in found.items():
        by_reviewer[who][key] = row['verdict']
    pairs = []
    for index, first in enumerate(reviewers):
        for second in reviewers[index + 1:]:
            common = sorted(set(by_reviewer[first]) & set(by_reviewer[second]))
            if not common:
                continue
            judged = [(by_reviewer[first][key], by_reviewer[second][key]) for key in common]
            kappa = cohen_kappa(judged)
            pairs.append({'reviewers': [first, second], 'rows': len(common),
                          'agreed': sum(a == b for a, b in judged),
                          'kappa': round(kappa, 4) if kappa is not None else None})
    return pairs
