"""`entity-pipeline evaluate` (and ``python -m pipeline.evaluation``): its
arguments, and the scores printed as plain-text tables, the tune and the
check part of every corpus side by side."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from pipeline.evaluation.corpora import DEFAULT_EVAL_DIR, DEFAULT_GOLD_DIR, GROUPS
from pipeline.evaluation.runner import evaluate, side_by_side, write_json
from pipeline.evaluation.split import CHECK_SHARE, CORPORA, PARTS, SEED
from pipeline.evaluation.systems import SYSTEMS

# the one number a block prints per row and system (all are in --json)
HEADLINE = ('F1', 'acc')


def headline(metrics):
    """The metric a table is printed by: F1, else accuracy."""
    return next((m for m in HEADLINE if m in metrics), metrics[-1])


def _cell(value, digits, signed=False):
    if value is None or value != value:
        return '-'
    value = round(value, digits) + 0.0   # a drop of -0.00004 prints as +0.000, not -0.000
    return f'{value:+.{digits}f}' if signed else f'{value:.{digits}f}'


def format_protocol(results):
    """The split the figures are on: seed, share checked, held-out corpus,
    documents per part."""
    hold_out = results.get('hold_out')
    lines = [f'split: seeded hash of corpus and doc id ({SEED}), {CHECK_SHARE:.0%} of each corpus checked'
             + (f'; held out (all check): {hold_out}' if hold_out else '')]
    parts = results['parts']
    for corpus, counts in results['documents'].items():
        lines.append(f'  {corpus:<14}' + '  '.join(f'{name} {counts[name]:>4}' for name in parts) + ' documents')
    return '\n'.join(lines)


def format_table(results, digits=3):
    """Plain-text tables: one block per corpus and scored table, rows per
    type, for each system the headline metric on the tune part, on the check
    part and the drop from one to the other (tune minus check); ``n`` is the
    gold count of the row (tune/check)."""
    parts = tuple(results['parts'])
    both = set(PARTS) <= set(parts)
    columns = list(parts) + (['drop'] if both else [])
    width = digits + 5
    systems = results['systems']
    by_key = {}
    for row in side_by_side(results):
        by_key[row['corpus'], row['table'], row['row'], row['system'], row['metric']] = row
    blocks = [format_protocol(results)]
    for corpus, key, title, metrics, rows in results['tables']:
        metric = headline(metrics)
        counts = {}
        for row in rows:
            for system in systems:
                found = by_key.get((corpus, key, row, system, metric))
                if found and row not in counts:
                    sizes = [found[f'n_{name}'] for name in parts]
                    # no gold count (pairwise grouping): blank; a part not scored: -
                    counts[row] = '' if all(size is None for size in sizes) else '/'.join(
                        '-' if size is None else str(size) for size in sizes)
        label_width = max([len('type')] + [len(str(r)) for r in rows]) + 2
        n_head = 'n ' + '/'.join(parts)
        n_width = max([len(n_head)] + [len(counts.get(r, '')) for r in rows]) + 2
        group = width * len(columns)
        lines = [f'{title}, {metric}',
                 (' ' * (label_width + n_width) + ''.join(f' {s[:group - 1]:>{group - 1}}' for s in systems)).rstrip(),
                 f'{"type":<{label_width}}{n_head:>{n_width}}' + ''.join(f'{c:>{width}}' for _ in systems
                                                                         for c in columns)]
        for row in rows:
            line = f'{row:<{label_width}}{counts.get(row, ""):>{n_width}}'
            for system in systems:
                found = by_key.get((corpus, key, row, system, metric)) or {}
                for column in columns:
                    line += f'{_cell(found.get(column), digits, signed=column == "drop"):>{width}}'
            lines.append(line)
        blocks.append('\n'.join(lines))
    timing = results.get('timing') or {}
    if timing:
        spent = ', '.join(f'{system} on {corpus} {seconds:.1f}s' for (corpus, system), seconds in timing.items())
        blocks.append(f'prediction time: {spent}')
    return '\n\n'.join(blocks)


def add_arguments(parser):
    """The options of `entity-pipeline evaluate`, added to ``parser``."""
    parser.add_argument('--corpus', action='append', choices=CORPORA + tuple(GROUPS), metavar='CORPUS',
                        help=f'corpus to score (repeatable; default: all): {", ".join(CORPORA)}, '
                             f'or a group: {", ".join(GROUPS)}')
    parser.add_argument('--part', choices=PARTS + ('both',), default='both',
                        help='part of the tune/check split to score (default: %(default)s, side by side)')
    parser.add_argument('--hold-out', choices=CORPORA, metavar='CORPUS',
                        help='check this corpus whole (nothing of it is tuned on)')
    parser.add_argument('--baseline', action='append', choices=[s for s in SYSTEMS if s != 'pipeline'],
                        help='also run this baseline (repeatable)')
    parser.add_argument('--no-pipeline', action='store_true', help='score only the baselines')
    parser.add_argument('--eval-dir', type=Path, default=DEFAULT_EVAL_DIR,
                        help='public corpora directory (factru/, nerel/, bsnlp-dev/; default: %(default)s)')
    parser.add_argument('--gold-dir', type=Path, default=DEFAULT_GOLD_DIR,
                        help='hand-made gold directory (seeds.json, kz-dev.json, kz-dev/; the seeds\' texts in '
                             '../seeds beside it; default: %(default)s)')
    parser.add_argument('--errors', type=Path, default=None, metavar='FILE',
                        help='write the error list (CSV, with the part of each row) here')
    parser.add_argument('--json', type=Path, default=None, metavar='FILE', help='write all numbers (JSON) here')
    parser.add_argument('--limit', type=int, default=None, help='only the first N documents of each corpus')
    return parser


def main(args):
    """Evaluate as the parsed ``args`` ask and print the tables."""
    systems = [] if args.no_pipeline else ['pipeline']
    for name in args.baseline or []:
        if name not in systems:
            systems.append(name)
    if not systems:
        raise SystemExit('nothing to evaluate: --no-pipeline without --baseline')
    parts = PARTS if args.part == 'both' else (args.part,)
    try:
        results = evaluate(corpora=tuple(args.corpus or CORPORA), systems=tuple(systems), eval_dir=args.eval_dir,
                           gold_dir=args.gold_dir, errors_csv=args.errors, limit=args.limit, parts=parts,
                           hold_out=args.hold_out)
    except FileNotFoundError as error:
        raise SystemExit(str(error))
    print(format_table(results))
    if args.json:
        write_json(results, args.json, command=' '.join([Path(sys.argv[0]).name] + sys.argv[1:]),
                   date=datetime.date.today().isoformat())
    return results
