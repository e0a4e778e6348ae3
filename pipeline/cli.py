"""Command line: a thin layer over the library.

    entity-pipeline run corpus/ -o outputs/
    entity-pipeline report -o outputs/
    entity-pipeline evaluate --baseline natasha
    entity-pipeline review outputs/
"""

import argparse
import atexit
import gc
import os
import sys
import threading
import time

from pipeline.errors import ConfigError, InputError
from pipeline.running.inputs import DEFAULT_MAX_BYTES

RUN_EXAMPLE = '''example:
  entity-pipeline run corpus/ -o outputs/
  entity-pipeline run news/2026-02/*.txt feed.jsonl -o tables/ --excel
  entity-pipeline run corpus/ -o outputs/ --corrections my_fixes.csv

Writes the tables, outputs/run.json (versions, hashes, counts, timings, errors)
and the HTML report outputs/report/index.html (skip it with --no-report).
Exit status: 0 when some documents were processed, 1 when none could be,
2 for a bad path, config or corrections file.
'''
REPORT_EXAMPLE = '''example:
  entity-pipeline report -o outputs/          # -> outputs/report/index.html
  entity-pipeline report -o tables/ --report-dir /tmp/report
'''
REVIEW_EXAMPLE = '''example:
  entity-pipeline review outputs/                   # opens the browser at the printed address
  entity-pipeline review outputs/ --no-browser --port 8765 --reviewer anna

Each edit appends a row to OUTPUT/corrections.csv and rebuilds the tables from
the rows cache (no document is processed again); audit verdicts go to
OUTPUT/audit.csv, precision with 95% Wilson intervals to OUTPUT/audit.json.
'''
EVALUATE_EXAMPLE = '''example:
  entity-pipeline evaluate --baseline natasha --json scores.json
  entity-pipeline evaluate --corpus kz-dev --corpus bsnlp --part check --errors errors.csv
  entity-pipeline evaluate --hold-out nerel-dev --baseline natasha

Every corpus is split by document into a tune part (rules are made on it) and a check part
(scores are reported on it); the two are printed side by side with the drop between them.
'''


class Progress:
    """Documents done, errors among them and the rate, on one line of a terminal (tqdm); silent otherwise."""

    def __init__(self, stream=None):
        from tqdm import tqdm  # 80 ms to import: only for `run`
        stream = stream or sys.stderr
        self.errors = 0
        self.bar = tqdm(unit=' documents', file=stream, disable=not stream.isatty(), postfix='0 errors')

    def __call__(self, document):
        if document['status'] == 'error':
            self.errors += 1
            self.bar.set_postfix_str(f'{self.errors} errors', refresh=False)
        self.bar.update()

    def close(self):
        self.bar.close()


def command_run(args):
    from pipeline.running.cluster import sparse_thresholds
    with sparse_thresholds():
        return run_command(args)


def run_command(args):
    """`entity-pipeline run`: the tables, the report and the exit status."""
    if args.workers > 1 and not args.scheduler:
        # the local cluster's forkserver loads the pipeline while this process loads its modules
        from pipeline.running.cluster import start_forkserver
        start_forkserver(args.config)
    from pipeline.api import run
    if os.path.exists(args.output) and not os.path.isdir(args.output):
        raise InputError(f'-o {args.output}: not a folder; give a folder for the tables')
    progress = Progress()
    try:
        result = run(args.inputs, output_dir=args.output, config=args.config, max_bytes=args.max_bytes,
                     excel=args.excel, progress=progress, corrections=args.corrections,
                     workers=args.workers, scheduler=args.scheduler, full=args.full, stream=True,
                     parquet='parquet' in args.format, duckdb=args.duckdb)
    finally:
        progress.close()
    try:
        return report_run(args, result)
    finally:
        result.close()  # the rows cache: no -wal/-shm is left beside it, even when quick_exit ends the process


def report_run(args, result):
    """The summary, the error rows, the report and the exit status of a finished run."""
    print(result.summary())
    print(f'tables: {args.output}/')
    status, errors = result.document_status()
    for error in errors:
        print(f'error: {error}', file=sys.stderr)
    for row in result.corrections.get('rows', []):
        if row['status'] != 'applied':
            print(f'warning: {result.corrections["file"]}, line {row["line"]}: {row["message"]}', file=sys.stderr)
    if not args.no_report and sum(status.values()):
        from pipeline.report import write_report
        from pipeline.running.manifest import add_timing
        try:
            clock = time.perf_counter()
            index = write_report(args.output)
            add_timing(args.output, 'report', time.perf_counter() - clock)
            print(f'report: {index}')
        except Exception as error:  # the tables are written; a report failure must not hide them
            print(f'warning: report not written: {type(error).__name__}: {error}', file=sys.stderr)
    if not sum(status.values()):
        print('error: no articles found in the inputs', file=sys.stderr)
        return 1
    return 0 if status['ok'] else 1


def command_report(args):
    from pipeline.report import write_report
    print(f'report: {write_report(args.output, args.report_dir)}')
    return 0


def command_review(args):
    import getpass

    from pipeline.review.server import serve
    if not os.path.isdir(args.output):
        raise InputError(f'{args.output}: not a folder; give the output folder of a run')
    try:
        serve(args.output, host=args.host, port=args.port, reviewer=args.reviewer or getpass.getuser(),
              browser=not args.no_browser)
    except KeyboardInterrupt:
        pass
    return 0


def positive_count(value):
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f'must be a positive number, not {value}')
    return number


def positive_int(value):
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f'must be a positive number of bytes, not {value}')
    return number


def command_evaluate(args):
    from pipeline.evaluation import cli as evaluation_cli
    evaluation_cli.main(args)
    return 0


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
    run.add_argument('--max-bytes', type=positive_int, default=DEFAULT_MAX_BYTES,
                     help=f'skip larger files with an error row (default: {DEFAULT_MAX_BYTES})')
    run.add_argument('--excel', action='store_true',
                     help='write CSV for spreadsheets: BOM, formula-like cells quoted')
    run.add_argument('--corrections', metavar='FILE',
                     help='corrections CSV to apply (default: corrections.csv in the output folder, if any)')
    run.add_argument('--no-report', action='store_true', help='do not write the HTML report')
    run.add_argument('--workers', type=positive_count, default=1, metavar='N',
                     help='run on a local Dask cluster of N processes (default: 1, in this process)')
    run.add_argument('--scheduler', metavar='ADDRESS',
                     help='run on an existing Dask cluster (e.g. tcp://10.0.0.5:8786); its workers need this package')
    run.add_argument('--full', action='store_true',
                     help='process every document again (default: only new or changed ones; entity ids stay)')
    run.add_argument('--format', action='append', choices=['csv', 'parquet'], default=['csv'],
                     help='also write the tables as a Parquet dataset in OUTPUT/parquet/ (CSV is always written)')
    run.add_argument('--duckdb', metavar='FILE', help='load the tables into this DuckDB database file')
    run.set_defaults(handler=command_run)

    report = commands.add_parser(
        'report', help='write the HTML report of a run', epilog=REPORT_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description='A static HTML report of the tables in an output folder: each document with every mention, '
                    'figure and date highlighted, and the entity table, sortable and filterable. Works offline.')
    report.add_argument('-o', '--output', default='outputs', help='folder with the tables (default: outputs/)')
    report.add_argument('--report-dir', help='where to write the report (default: OUTPUT/report/)')
    report.set_defaults(handler=command_report)

    review = commands.add_parser(
        'review', help='correct and audit a run in the browser', epilog=REVIEW_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description='A local web app over an output folder: the report with controls to drop, retype, add, '
                    'move, merge and rename, and an audit of a random sample with precision per type and rule.')
    review.add_argument('output', help='the output folder of a run')
    review.add_argument('--host', default='127.0.0.1',
                        help='address to listen on (default: 127.0.0.1, this machine only)')
    review.add_argument('--port', type=int, default=0, help='port (default: a free one)')
    review.add_argument('--no-browser', action='store_true', help='print the address, do not open a browser')
    review.add_argument('--reviewer', metavar='NAME', help='name recorded with audit verdicts (default: the login)')
    review.set_defaults(handler=command_review)

    evaluate = commands.add_parser(
        'evaluate', help='score the pipeline (and plain natasha) on annotated corpora', epilog=EVALUATE_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description='Score recognition, normal forms and figures on the hand-made gold (seeds, kz-dev), '
                    'factRuEval-2016, NEREL and BSNLP, on the tune and the check part of each.')
    from pipeline.evaluation.cli import add_arguments
    add_arguments(evaluate)
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
    except OSError as error:  # an output folder that is a file, a full disk, ...
        print(f'error: {error}', file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print('interrupted: tables already written are intact; run again to finish', file=sys.stderr)
        return 130


def entry():
    """The console script: `main()`, then an exit that skips the interpreter's
    last garbage collection, a walk over every loaded model (~0.5 s), and its
    teardown (`quick_exit`)."""
    code = main()
    gc.freeze()
    quick_exit(code)
    return code


def quick_exit(code):
    """End the process now with `code`, without the interpreter's teardown, which frees the
    objects of every module one by one: the models, dictionaries and caches of a run (after `main`
    returned from a run over NEREL train, 0.11 s of CPU, some 0.6% of the whole process; 0.02 s
    when skipped).

    Nothing the interpreter's exit does is lost: the exit handlers run first (`atexit`: logging's
    flush, multiprocessing's and tempfile's finalizers, ...), then the standard streams are
    flushed; the tables, run.json and the report are written and closed, and the rows cache's
    connection closed (`Result.close`, which merges its write-ahead log), before `main` returns.
    Other open files and connections are not: a command that leaves one open must close it first.
    While another non-daemon thread runs (the interpreter would wait for it), or for a code that
    is no number (`sys.exit` prints it), this returns and the caller exits as usual."""
    main_thread = threading.main_thread()
    if not isinstance(code, int) or any(thread is not main_thread and not thread.daemon and thread.is_alive()
                                        for thread in threading.enumerate()):
        return
    atexit._run_exitfuncs()  # each handler once: this empties the list the interpreter's exit would run
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except Exception:
        return  # a full disk, a reader gone: the interpreter's exit tries again and reports it (status 120)
    os._exit(code)


if __name__ == '__main__':
    sys.exit(entry())
