"""`entity-pipeline evaluate` (and ``python -m pipeline.evaluation``): its
arguments, and the scores printed as side-by-side plain-text tables."""

from __future__ import annotations

from pathlib import Path

from pipeline.evaluation.corpora import CORPORA, DEFAULT_EVAL_DIR
from pipeline.evaluation.runner import evaluate
from pipeline.evaluation.systems import SYSTEMS


def format_table(results, digits=3):
    """Side-by-side plain-text tables: one block per scored table, rows per
    type, a column group (P R F1, or cov/acc, found/acc) per system; ``n`` is
    the gold count of the row."""
    scores = results['scores']
    systems = results['systems']
    width = digits + 4
    blocks = []
    for key, title, metrics, rows in results['tables']:
        part = scores[scores['table'] == key]
        values = {(r.row, r.system, r.metric): r.value
                  for r in part.itertuples()}
        support = {}
        for r in part.itertuples():
            support.setdefault(r.row, r.support)
        label_width = max([len('type')] + [len(str(r)) for r in rows]) + 2
        group = width * len(metrics)
        n_width = max([len('n')] + [len(str(support.get(r, '')))
                                   for r in rows]) + 2
        lines = [title]
        head = ' ' * (label_width + n_width)
        head += ''.join(f' {name[:group - 1]:>{group - 1}}'
                        for name in systems)
        lines.append(head.rstrip())
        sub = f'{"type":<{label_width}}{"n":>{n_width}}'
        sub += ''.join(f'{m:>{width}}' for _ in systems for m in metrics)
        lines.append(sub)
        for row in rows:
            n = support.get(row)
            n = '' if n is None or n != n else int(n)
            line = f'{row:<{label_width}}{n!s:>{n_width}}'
            for name in systems:
                for metric in metrics:
                    value = values.get((row, name, metric))
                    cell = '-' if value is None else f'{value:.{digits}f}'
                    line += f'{cell:>{width}}'
            lines.append(line)
        blocks.append('\n'.join(lines))
    timing = results.get('timing') or {}
    if timing:
        spent = ', '.join(f'{system} on {corpus} {seconds:.1f}s'
                          for (corpus, system), seconds in timing.items())
        blocks.append(f'prediction time: {spent}')
    return '\n\n'.join(blocks)


def add_arguments(parser):
    """The options of `entity-pipeline evaluate`, added to ``parser``."""
    parser.add_argument('--corpus', action='append', choices=CORPORA,
                        help='corpus to score (repeatable; default: all)')
    parser.add_argument('--baseline', action='append',
                        choices=[s for s in SYSTEMS if s != 'pipeline'],
                        help='also run this baseline (repeatable)')
    parser.add_argument('--no-pipeline', action='store_true',
                        help='score only the baselines')
    parser.add_argument('--eval-dir', type=Path, default=DEFAULT_EVAL_DIR,
                        help='evaluation data directory (default: %(default)s)')
    parser.add_argument('--errors', type=Path, default=None, metavar='FILE',
                        help='write the error list (CSV) here')
    parser.add_argument('--limit', type=int, default=None,
                        help='only the first N documents of each corpus')
    parser.add_argument('--nerel-split', action='append',
                        choices=('dev', 'train'),
                        help='NEREL split(s) to score (default: dev)')
    return parser


def main(args):
    """Evaluate as the parsed ``args`` ask and print the tables."""
    systems = [] if args.no_pipeline else ['pipeline']
    for name in args.baseline or []:
        if name not in systems:
            systems.append(name)
    if not systems:
        raise SystemExit('nothing to evaluate: --no-pipeline without '
                         '--baseline')
    try:
        results = evaluate(corpora=tuple(args.corpus or CORPORA),
                           systems=tuple(systems), eval_dir=args.eval_dir,
                           errors_csv=args.errors, limit=args.limit,
                           nerel_splits=tuple(args.nerel_split or ('dev',)))
    except FileNotFoundError as error:
        raise SystemExit(str(error))
    print(format_table(results))
    return results
