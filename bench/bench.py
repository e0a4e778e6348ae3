"""Speed and memory: plain natasha's standard pipeline against this pipeline, in one run.

    .venv/bin/python bench/bench.py                         # NEREL train texts, 20,000-doc memory check
    .venv/bin/python bench/bench.py ../shared/eval/nerel/train --quick
    .venv/bin/python bench/bench.py --repeat 2 --json bench.json
    .venv/bin/python bench/bench.py --whole --repeat 3        # whole processes, the report included

Each measurement runs in a fresh process of its own, so load times and peak
RSS are those of that system alone:

- natasha: Segmenter, NewsEmbedding, NewsMorphTagger, NewsSyntaxParser,
  NewsNERTagger, MorphVocab; per text segment, tag_morph, parse_syntax,
  tag_ner and span.normalize: natasha's README pipeline, every stage on.
- pipeline --workers 1: `run()` in this process, every stage of
  models/pipeline.cfg, tables written (CSV, streamed) to a temporary folder.
- pipeline --workers 2: the same on a local Dask cluster of 2 processes,
  forked from a forkserver that has loaded the pipeline (its peak RSS is
  reported too; the pages it holds are shared with the workers, whose RSS
  counts them as well).

Speed is measured after the models are loaded (load time is reported apart);
with --repeat N the best of N fresh processes counts, the repeats interleaved
(every system once, then every system again). tokens/s uses one token
count for all (razdel tokens of the corpus, what both tokenise with). `CPU s`
is the CPU time of all the run's processes (driver and workers): less moved
than wall time by whatever else runs on the machine, it shows whether a
worse wall time came from the work or from waiting for a core.

Two cores with nothing shared: the per-document work (processing, and packing
for the store as a worker does) over two halves of the texts (balanced by
characters) in two forked processes at once, against one process doing all
of it, with no Dask, linking or writing: how much of two cores this machine
gives at that moment, the ceiling for `--workers 2`. And
a pure-Python loop once in each of two processes against twice in one: on a
virtual machine whose cores slow down when both are busy (or are shared with
other guests) this is below 2x for work that shares nothing at all.

Whole processes (--whole): the wall time of each system as a process of its own,
from start to exit, imports and model loading included, alternated round by
round: natasha's chain above over every text, against `python -m pipeline run
CORPUS -o FRESH --workers 1`, the command as a user types it, tables, run.json
and the HTML report written into a fresh folder. Also the report's share of it
(`report` of run.json's timings) and its size against the tables plus the texts.

Memory growth: a synthetic corpus (the texts repeated with new ids, one JSONL
file) run through the pipeline at 2,000 and at 20,000 documents, peak RSS of
the driver and of each worker. Its docs/s are no speed figure: repeated texts
hit every cache of a process, more so in one process than in two. BLAS runs one thread everywhere (set before
numpy loads), as the pipeline's workers do.
"""

import argparse
import compileall
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

for _name in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ[_name] = '1'

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / 'shared' / 'eval' / 'nerel' / 'train'
SPIN_ROUNDS = 30_000_000  # some 2 s of a pure-Python loop


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_peak_rss_mb(pid):
    """Peak RSS of another process (Linux; NaN elsewhere)."""
    try:
        for line in Path(f'/proc/{pid}/status').read_text().splitlines():
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float('nan')


def read_texts(folder):
    paths = sorted(Path(folder).glob('*.txt'))
    if not paths:
        raise SystemExit(f'no .txt files in {folder}: give the NEREL train folder (../shared/eval/nerel/train)')
    return [path.read_text(encoding='utf-8') for path in paths]


# children: one measurement each, a JSON line on stdout

def child_natasha(corpus):
    texts = read_texts(corpus)
    started = time.perf_counter()
    from natasha import (
        Doc,
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )
    segmenter, embedding = Segmenter(), NewsEmbedding()
    morph_tagger, syntax_parser = NewsMorphTagger(embedding), NewsSyntaxParser(embedding)
    ner_tagger, morph_vocab = NewsNERTagger(embedding), MorphVocab()
    load = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    spans = 0
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph_tagger)
        doc.parse_syntax(syntax_parser)
        doc.tag_ner(ner_tagger)
        for span in doc.spans:
            span.normalize(morph_vocab)
        spans += len(doc.spans)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {'load': load, 'seconds': seconds, 'cpu': cpu, 'docs': len(texts), 'mentions': spans,
            'rss': {'process': peak_rss_mb()}}


def run_pipeline(inputs, workers, output):
    sys.path.insert(0, str(ROOT))
    from pipeline import load, run
    from pipeline.running.cluster import Cluster
    started = time.perf_counter()
    if workers <= 1:
        nlp = load()
        load_seconds = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        result = run(inputs, output_dir=output, nlp=nlp, stream=True, corrections=False)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        rss = {'process': peak_rss_mb()}
    else:
        with Cluster(workers) as cluster:
            load_seconds = time.perf_counter() - started
            before = cluster.stats()
            started, cpu = time.perf_counter(), time.process_time()
            result = run(inputs, output_dir=output, scheduler=cluster.client.scheduler.address, stream=True,
                         corrections=False)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            stats = cluster.stats()
            cpu += sum(stats[worker]['cpu_seconds'] - before[worker]['cpu_seconds'] for worker in stats)
        rss = {'driver': peak_rss_mb()}
        for number, (_, worker) in enumerate(sorted(stats.items()), 1):
            rss[f'worker {number}'] = worker['peak_rss_mb']
        # the process the workers were forked from, the pipeline loaded: its pages are shared with theirs
        forkservers = {pid for worker in stats.values() for pid in worker.get('loaded_in', ())} - {
            worker['pid'] for worker in stats.values()}
        for pid in forkservers:
            rss['forkserver'] = process_peak_rss_mb(pid)
    counts = result.tables.counts
    return {'load': load_seconds, 'seconds': seconds, 'cpu': cpu, 'docs': int(sum(counts['status'].values())),
            'mentions': int(counts['rows']['mentions']), 'rss': rss, 'tables': table_digest(output)}


def table_digest(output):
    import hashlib
    digest = hashlib.sha256()
    for name in sorted(Path(output).glob('*.csv')):
        digest.update(name.name.encode() + name.read_bytes())
    return digest.hexdigest()[:16]


def child_pipeline(corpus, workers):
    with tempfile.TemporaryDirectory(prefix='bench-') as output:
        return run_pipeline([corpus], workers, output)


def child_synthetic(jsonl, workers):
    with tempfile.TemporaryDirectory(prefix='bench-') as output:
        return run_pipeline([jsonl], workers, output)


def timed(work):
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def side_by_side(first, second):
    """Seconds of two callables run at once in two forked processes."""
    readers, children = [], []
    for work in (first, second):
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # a child: its work, then its seconds down the pipe
            os.close(reader)
            os.write(writer, f'{timed(work)}'.encode())
            os._exit(0)
        os.close(writer)
        readers.append(reader)
        children.append(pid)
    seconds = []
    for reader, pid in zip(readers, children):
        seconds.append(float(os.read(reader, 64).decode()))
        os.waitpid(pid, 0)
    return seconds


def spin(rounds=SPIN_ROUNDS):
    total = 0
    for number in range(rounds):
        total += number * number
    return total


def child_halves(corpus):
    """What two cores give: the per-document work (each document processed and
    packed for the store, as a worker does; no Dask, no linking, no writing)
    over each half of the texts in two forked processes at once,
    against one process doing all of it; and the same for a pure-Python loop
    that touches no memory (twice the loop in one process, once in each of two)."""
    sys.path.insert(0, str(ROOT))
    from pipeline import load
    from pipeline.running.cluster import sparse_gc
    from pipeline.running.engine import process
    from pipeline.running.inputs import read_inputs
    from pipeline.running.cache.codec import pack
    sources = list(read_inputs([corpus]))
    halves = ([], [])  # balanced by characters, as a cluster's dynamic scheduling balances
    for source in sources:
        min(halves, key=lambda half: sum(len(item.text) for item in half)).append(source)
    nlp = load()

    def documents(part):
        with sparse_gc():
            for rows in process(nlp, part):
                pack(rows)

    seconds = side_by_side(lambda: documents(halves[0]), lambda: documents(halves[1]))
    whole = timed(lambda: documents(sources))
    loops = side_by_side(spin, spin)
    loop = timed(lambda: (spin(), spin()))
    return {'halves': seconds, 'whole': whole, 'loops': loops, 'loop': loop}


def spawn(*arguments):
    command = [sys.executable, str(Path(__file__).resolve()), '--child', *map(str, arguments)]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr[-5000:])
        raise SystemExit(f'benchmark step failed: {" ".join(command)}')
    return json.loads(completed.stdout.strip().splitlines()[-1])


def best(results):
    result = min(results, key=lambda item: item['seconds'])
    result['load'] = min(item['load'] for item in results)
    result['all_seconds'] = [round(item['seconds'], 2) for item in results]
    return result


def write_synthetic(texts, count, path):
    with open(path, 'w', encoding='utf-8') as file:
        for number in range(count):
            file.write(json.dumps({'id': f'syn{number:06d}', 'text': texts[number % len(texts)]},
                                  ensure_ascii=False) + '\n')
    return path


def folder_bytes(folder, pattern='*'):
    return sum(path.stat().st_size for path in Path(folder).rglob(pattern) if path.is_file())


def whole_processes(corpus, repeat):
    """Wall seconds of whole processes, alternated: natasha's chain, then `run` with its report, per round."""
    rounds = []
    # natasha runs from the bytecode pip compiled at install; the tree's modules get the same (an editable
    # install under PYTHONDONTWRITEBYTECODE would otherwise compile every module in every round)
    compileall.compile_dir(str(ROOT / 'pipeline'), quiet=1)
    for _ in range(repeat):
        started = time.perf_counter()
        spawn('natasha', corpus)
        natasha = time.perf_counter() - started
        with tempfile.TemporaryDirectory(prefix='bench-whole-') as output:
            command = [sys.executable, '-m', 'pipeline', 'run', str(corpus), '-o', output, '--workers', '1']
            started = time.perf_counter()
            completed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
            pipeline = time.perf_counter() - started
            if completed.returncode != 0:
                sys.stderr.write(completed.stderr[-5000:])
                raise SystemExit(f'benchmark step failed: {" ".join(command)}')
            timings = json.loads((Path(output) / 'run.json').read_text(encoding='utf-8'))['timings']
            rounds.append({'natasha': natasha, 'pipeline': pipeline, 'timings': timings,
                           'report_bytes': folder_bytes(Path(output) / 'report'),
                           'report_files': sum(1 for path in (Path(output) / 'report').rglob('*') if path.is_file()),
                           'tables_bytes': folder_bytes(output, '*.csv'),
                           'texts_bytes': folder_bytes(corpus, '*.txt')})
        print(f'  natasha {natasha:6.1f} s, pipeline with its report {pipeline:6.1f} s '
              f'({natasha / pipeline:.2f}x), report {timings.get("report", float("nan")):.2f} s', flush=True)
    return rounds


def print_whole(rounds):
    natasha = min(item['natasha'] for item in rounds)
    pipeline = min(item['pipeline'] for item in rounds)
    last = rounds[-1]
    report = [item['timings']['report'] for item in rounds]
    print(f'whole processes, best of {len(rounds)}: natasha {natasha:.1f} s, pipeline run with its report '
          f'{pipeline:.1f} s: {natasha / pipeline:.2f}x (each round: '
          f'{", ".join(format(item["natasha"] / item["pipeline"], ".2f") + "x" for item in rounds)})')
    print(f'report: {", ".join(format(value, ".2f") for value in report)} s, '
          f'{max(value / item["pipeline"] for value, item in zip(report, rounds)) * 100:.1f}% of the whole '
          f'process at most; {last["report_files"]} files, {last["report_bytes"] / 1e6:.1f} MB against tables '
          f'{last["tables_bytes"] / 1e6:.1f} MB + texts {last["texts_bytes"] / 1e6:.1f} MB '
          f'({last["report_bytes"] / (last["tables_bytes"] + last["texts_bytes"]):.2f}x)')


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path('/proc/cpuinfo').read_text().splitlines():
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2 ** 30
    import numpy
    blas = ''
    try:
        from threadpoolctl import threadpool_info
        pools = [f"{pool['internal_api']} {pool['version']} ({pool.get('architecture')}), {pool['num_threads']} thread"
                 for pool in threadpool_info()]
        blas = '; '.join(pools)
    except ImportError:
        pass
    return (f'{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB; Linux {platform.release()}; '
            f'Python {platform.python_version()}; numpy {numpy.__version__} {blas}; '
            f'load average {os.getloadavg()[0]:.2f} at start')


def rss_text(rss):
    return ', '.join(f'{name} {value:.0f}' for name, value in rss.items())


def print_speed(rows, tokens, repeat):
    natasha, one, two = rows
    header = f'{"system":52} {"load s":>7} {"docs/s":>8} {"tokens/s":>9} {"CPU s":>7}  peak RSS MB per process'
    print(header)
    print('-' * len(header))
    for row in rows:
        rate = row['docs'] / row['seconds']
        print(f'{row["label"]:52} {row["load"]:7.1f} {rate:8.1f} {tokens / row["seconds"]:9.0f} {row["cpu"]:7.1f}'
              f'  {rss_text(row["rss"])}')
    print()
    print(f'pipeline --workers 1 / natasha:          {natasha["seconds"] / one["seconds"]:.2f}x '
          f'(CPU seconds: {natasha["cpu"] / one["cpu"]:.2f}x)')
    print(f'pipeline --workers 2 / --workers 1:      {one["seconds"] / two["seconds"]:.2f}x '
          f'(CPU seconds, all processes: {two["cpu"] / one["cpu"]:.2f} times --workers 1)')
    print(f'tables of --workers 1 and 2 identical:   {"yes" if one["tables"] == two["tables"] else "NO"}')
    if repeat > 1:
        print('seconds of each repeat: ' + '; '.join(f'{row["label"].split(" (")[0]}: {row["all_seconds"]}'
                                                     for row in rows))
        # the two runs of one round are minutes apart at most: the host's mood is more alike than across rounds
        rounds = [first / second for first, second in zip(one['all_seconds'], two['all_seconds'])]
        print(f'--workers 2 / --workers 1 in each round: {", ".join(f"{ratio:.2f}x" for ratio in rounds)}')


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('corpus', nargs='?', default=str(DEFAULT_CORPUS), help='folder of .txt texts (NEREL train)')
    parser.add_argument('--quick', action='store_true', help='memory check at 200 and 2,000 documents, no repeats')
    parser.add_argument('--repeat', type=int, default=1, help='fresh processes per speed measurement; best counts')
    parser.add_argument('--small', type=int, default=2000, help='documents of the smaller synthetic corpus')
    parser.add_argument('--large', type=int, default=20000, help='documents of the larger synthetic corpus')
    parser.add_argument('--growth-workers', type=lambda text: [int(item) for item in text.split(',')], default=[1, 2],
                        help='--workers of the memory check, comma-separated (default: 1,2)')
    parser.add_argument('--no-growth', action='store_true', help='skip the memory check')
    parser.add_argument('--no-speed', action='store_true', help='only the memory check')
    parser.add_argument('--whole', action='store_true',
                        help='only whole processes: natasha against `run` with its report, --repeat rounds')
    parser.add_argument('--json', help='also write the results here')
    parser.add_argument('--child', nargs='+', help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        kind, *rest = args.child
        if kind == 'natasha':
            result = child_natasha(rest[0])
        elif kind == 'pipeline':
            result = child_pipeline(rest[0], int(rest[1]))
        elif kind == 'halves':
            result = child_halves(rest[0])
        else:
            result = child_synthetic(rest[0], int(rest[1]))
        print(json.dumps(result))
        return 0

    if args.quick:
        args.small, args.large = min(args.small, 200), min(args.large, 2000)
    texts = read_texts(args.corpus)
    from razdel import tokenize
    tokens = sum(1 for text in texts for _ in tokenize(text))
    chars = sum(map(len, texts))
    print(f'machine: {machine()}')
    print(f'corpus: {args.corpus}: {len(texts)} documents, {chars / len(texts) / 1000:.1f}K chars each, '
          f'{tokens} razdel tokens')
    print(f'command: {" ".join([Path(sys.executable).name, "bench/bench.py", *(argv or sys.argv[1:])])}')
    print()
    if args.whole:
        rounds = whole_processes(Path(args.corpus), args.repeat)
        print_whole(rounds)
        if args.json:
            Path(args.json).write_text(json.dumps({'whole': rounds}, indent=1))
        return 0
    rows = []
    systems = (('natasha (segment, morph, syntax, NER, normalize)', ('natasha', args.corpus)),
               ('pipeline --workers 1 (every stage)', ('pipeline', args.corpus, 1)),
               ('pipeline --workers 2 (every stage)', ('pipeline', args.corpus, 2)),
               ('two cores with nothing shared', ('halves', args.corpus)))
    # repeats interleaved (each system once, then again): a host that slows down
    # for a while slows every system alike instead of the one measured then
    results = {label: [] for label, _ in systems}
    for _ in range(0 if args.no_speed else args.repeat):
        for label, arguments in systems:
            results[label].append(spawn(*arguments))
    if not args.no_speed:
        for label, _ in systems[:3]:
            rows.append({**best(results[label]), 'label': label})
        print_speed(rows, tokens, args.repeat)
        ceilings = results[systems[3][0]]
        ratios = [ceiling['whole'] / max(ceiling['halves']) for ceiling in ceilings]
        loops = [ceiling['loop'] / max(ceiling['loops']) for ceiling in ceilings]
        print(f'two cores with nothing shared:           {max(ratios):.2f}x one process (two forked processes on '
              f'half the texts each against one on all, documents processed and packed: no Dask, linking or '
              f'writing; each repeat: {", ".join(f"{ratio:.2f}x" for ratio in ratios)})')
        print(f'two cores, a pure-Python loop:           {max(loops):.2f}x one process (the loop once in each of two '
              f'processes against twice in one: what this machine gives for work that shares nothing, not even '
              f'memory; each repeat: {", ".join(f"{ratio:.2f}x" for ratio in loops)})')

    growth = []
    if not args.no_growth:
        with tempfile.TemporaryDirectory(prefix='bench-synthetic-') as folder:
            print()
            print('memory growth, synthetic corpus (the texts repeated with new ids; docs/s there flatter the '
                  'caches, not a speed figure):')
            by = {}
            for workers in args.growth_workers:
                for count in (args.small, args.large):
                    path = Path(folder) / f'synthetic-{count}.jsonl'
                    if not path.exists():
                        write_synthetic(texts, count, path)
                    result = spawn('synthetic', path, workers)
                    result.update(count=count, workers=workers)
                    growth.append(result)
                    by[workers, count] = result
                    print(f'  --workers {workers}, {count:6d} docs: {result["docs"] / result["seconds"]:6.1f} docs/s, '
                          f'CPU s {result["cpu"]:7.1f}, peak RSS MB {rss_text(result["rss"])}', flush=True)
            for workers in args.growth_workers:
                small, large = by[workers, args.small], by[workers, args.large]
                for name in large['rss']:
                    change = (large['rss'][name] / small['rss'][name] - 1) * 100
                    print(f'  --workers {workers} {name}: {change:+.1f}% peak RSS from {args.small} to {args.large} '
                          f'documents')
    if args.json:
        two_cores = [] if args.no_speed else results[systems[3][0]]
        Path(args.json).write_text(json.dumps({'speed': rows, 'two_cores': two_cores, 'growth': growth,
                                               'tokens': tokens}, indent=1))
    return 0


if __name__ == '__main__':
    sys.exit(main())
