"""Command line: a thin layer over the library.

    entity-pipeline run corpus/ -o outputs/
    entity-pipeline evaluate --baseline natasha
"""

import argparse
import sys
import time

from .config import ConfigError
from .io import DEFAULT_MAX_BYTES, InputError

RUN_EXAMPLE = '''example:
  entity-pipeline run corpus/ -o outputs/
  entity-pipeline run news/2026-02/*.txt feed.jsonl -o tables/ --excel
'''
EVALUATE_EXAMPLE = '''example:
  entity-pipeline evaluate --baseline natasha
  entity-pipeline evaluate --corpus nerel --eval-dir ../shared/eval --errors errors.csv
'''


class Progress:
    """A one-line progress counter on a terminal; silent otherwise."""

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.enabled = stream.isatty()
        self.count = 0
        self.errors = 0
        self.started = time.perf_counter()

    def __call__(self, rows):
        self.count += 1
        self.errors += rows['documents'][0]['status'] == 'error'
        if self.enabled:
            rate = self.count / max(1e-9, time.perf_counter() - self.started)
            self.stream.write(f'\r{self.count} documents, {self.errors} errors, {rate:.1f} docs/s')
            self.stream.flush()

    def close(self):
        if self.enabled and self.count:
            self.stream.write('\n')


def command_run(args):
    from .api import run
    progress = Progress()
    try:
        result = run(args.inputs, output_dir=args.output, config=args.config, max_bytes=args.max_bytes,
                     excel=args.excel, progress=progress)
    finally:
        progress.close()
    print(result.summary())
    print(f'tables: {args.output}/')
    documents = result['documents']
    for error in documents.loc[documents.status == 'error', 'error']:
        print(f'error: {error}', file=sys.stderr)
    if len(documents) == 0:
        print('error: no articles found in the inputs', file=sys.stderr)
        return 1
    return 0 if (documents.status == 'ok').any() else 1


def command_evaluate(args):
    from . import evaluate
    return evaluate.main(args)


def build_parser():
    parser = argparse.ArgumentParser(
        prog='entity-pipeline',
        description='People, organisations, places, figures and dates from Russian news, as tables.',
        epilog='example:\n  entity-pipeline run corpus/ -o outputs/',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest='command', metavar='COMMAND')
    commands.required = True

    run = commands.add_parser(
        'run', help='extract tables from articles', epilog=RUN_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description='Read articles (folders, .txt, .jsonl or .csv files, globs) and write '
                    'documents, mentions, entities, figures and dates as CSV.')
    run.add_argument('inputs', nargs='*', default=['corpus'], help='articles to read (default: corpus/)')
    run.add_argument('-o', '--output', default='outputs', help='folder for the tables (default: outputs/)')
    run.add_argument('--config', help='pipeline config (default: models/pipeline.cfg)')
    run.add_argument('--max-bytes', type=int, default=DEFAULT_MAX_BYTES,
                     help=f'skip larger files with an error row (default: {DEFAULT_MAX_BYTES})')
    run.add_argument('--excel', action='store_true',
                     help='write CSV for spreadsheets: BOM, formula-like cells quoted')
    run.set_defaults(handler=command_run)

    evaluate = commands.add_parser(
        'evaluate', help='score the pipeline (and plain natasha) on annotated corpora', epilog=EVALUATE_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description='Score recognition, normal forms and figures on factRuEval-2016, NEREL and BSNLP.')
    try:
        from .evaluate import add_arguments
        add_arguments(evaluate)
    except ImportError:
        pass
    evaluate.set_defaults(handler=command_evaluate)
    return parser


def main(argv=None):
    """Entry point of `entity-pipeline` and `python -m pipeline`."""
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (ConfigError, InputError) as error:
        print(f'error: {error}', file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print('interrupted: tables already written are intact; run again to finish', file=sys.stderr)
        return 130


if __name__ == '__main__':
    sys.exit(main())
