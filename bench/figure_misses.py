"""The figure status and link errors of the pipeline on the TUNE part of the Kazakhstan gold, per document:
the figures whose `status` is wrong (sentence, gold, ours), the gold links (`part_of`, `with`) we miss and
the links we make that gold does not have (both figures' text and sentence).

    python bench/figure_misses.py                  # kz-dev and seeds, tune part
    python bench/figure_misses.py --corpus kz-dev
    python bench/figure_misses.py --gold tests/data/written_figures   # a folder of texts and its gold.json

Only the tune part: rules are written from these; the check part is scored (bench/gold_parts.py), never read.
Gold figures are matched to figures.csv rows as ../shared/gold/score_gold.py matches them.
"""

import argparse
import csv
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_parts import GOLD, SCORER, score_folder, score_part  # noqa: E402

_spec = importlib.util.spec_from_file_location('score_gold', SCORER)
score_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_gold)


def row_keys(row):
    """The (value, qualifier, object) keys a figures.csv row matches, as score_gold makes them."""
    try:
        value = float(row['value'])
    except ValueError:
        return set()
    noun = score_gold.fold(row['object'] or score_gold.UNIT_OBJECT.get(row.get('unit', ''), ''))
    if row.get('value_max'):
        return {(value, 'more', noun), (float(row['value_max']), 'less', noun)}
    return {(value, row['qualifier'], noun)}


def matches(figures, rows):
    """{gold index: [rows that found it]}, the first free gold figure of a key taking it (score_gold's order)."""
    keys = {}
    for index, figure in enumerate(figures):
        key = (float(figure['value']), figure['qualifier'], score_gold.fold(figure['object']))
        keys.setdefault(key, []).append(index)
        if ' ' in key[2]:
            keys.setdefault((key[0], key[1], key[2].split()[-1]), []).append(index)
    found = {}
    for key in sorted(set().union(*(row_keys(row) for row in rows)) if rows else ()):
        free = [index for index in keys.get(key, []) if index not in found]
        if free:
            found[free[0]] = [row for row in rows if key in row_keys(row)]
    return found


def shown(row):
    return f'{row["figure_id"]}:{row["text"]!r}'


def document_misses(figures, rows):
    """Lines for one document: wrong statuses, missed gold links, links gold does not have."""
    lines = []
    found = matches(figures, rows)
    by_id = {row['figure_id']: row for row in rows}
    for index, candidates in sorted(found.items()):
        gold = figures[index].get('status')
        if gold and not any(row['status'] == gold for row in candidates):
            row = candidates[0]
            lines.append(f'  STATUS {shown(row)} gold {gold} ours {row["status"]}\n      | {row["sentence"]}')
    right = set()  # (figure_id, column) of links gold has
    for index, figure in enumerate(figures):
        for column in ('part_of', 'with'):
            if column not in figure:
                continue
            mine, theirs = found.get(index), found.get(figure[column])
            target = figures[figure[column]]['text']
            if not mine:
                lines.append(f'  MISS-FIG {column} {figure["text"]!r} -> {target!r} (figure not found)')
                continue
            ids = {row['figure_id'] for row in theirs or []}
            hits = [row for row in mine if row[column] and row[column] in ids]
            if hits:
                right.add((hits[0]['figure_id'], column))
                continue
            row = mine[0]
            ours = by_id.get(row[column])
            lines.append(f'  MISS {column} {shown(row)} -> gold {target!r}'
                         f'{"" if theirs else " (not found)"}; ours {shown(ours) if ours else "-"}'
                         f'\n      | {row["sentence"]}'
                         + (f'\n      | {theirs[0]["sentence"]}' if theirs and theirs[0]['sentence'] != row['sentence']
                            else ''))
    for row in rows:
        for column in ('part_of', 'with'):
            if row[column] and (row['figure_id'], column) not in right:
                other = by_id[row[column]]
                lines.append(f'  WRONG {column} {shown(row)} -> {shown(other)}\n      | {row["sentence"]}'
                             + (f'\n      | {other["sentence"]}' if other['sentence'] != row['sentence'] else ''))
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--corpus', choices=sorted(GOLD), action='append')
    parser.add_argument('--gold', type=Path, action='append',
                        help='a folder of texts (DOC_ID.txt) and its gold.json, read whole instead of the gold sets')
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        runs = [(folder.name, folder.resolve()) for folder in args.gold or ()]
        if not args.gold or args.corpus:
            runs += [(f'{corpus}-tune', corpus) for corpus in args.corpus or sorted(GOLD)]
        for name, source in runs:
            if isinstance(source, Path):
                count, scores = score_folder(source, Path(scratch))
            else:
                count, scores = score_part(source, 'tune', Path(scratch))
            links = scores['FIG_links']
            print(f'{name} {count} docs: status {scores["FIG_status"]["accuracy"]:.3f} '
                  f'(n {scores["FIG_status"]["n"]}); links gold {links["gold"]} predicted {links["predicted"]} '
                  f'right {links["right"]}')
            folder = Path(scratch) / name
            gold = json.loads((folder / 'gold.json').read_text(encoding='utf-8'))['documents']
            rows = defaultdict(list)
            with open(folder / 'out' / 'figures.csv', encoding='utf-8') as handle:
                for row in csv.DictReader(handle):
                    rows[row['doc_id']].append(row)
            for document in gold:
                lines = document_misses(document['figures'], rows[document['doc_id']])
                if lines:
                    print(f'{document["doc_id"]}')
                    print('\n'.join(lines))


if __name__ == '__main__':
    main()
