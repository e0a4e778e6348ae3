"""Time the `quantify` stage (figures, their links and statuses) over NEREL train, two versions side by side.

    OPENBLAS_NUM_THREADS=1 python bench/quantify_speed.py OLD_TREE NEW_TREE [--rounds 3] [--passes 3]

Alternates fresh processes of the two source trees (each put first on PYTHONPATH), `--rounds` times.
Each process segments the texts (not timed: quantify needs tokens and sentences only), then runs the
stage `--passes` times over fresh copies of the segmented Docs (a Doc is quantified once in a run, so
nothing a pass leaves on a Doc helps the next) and prints the best pass, wall clock and CPU.
`--one` runs one such process on the tree it is imported from.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEREL_TRAIN = ROOT.parent / 'shared' / 'eval' / 'nerel' / 'train'


def one(folder, passes):
    """Time the stage in this process; prints the tree, the figures found and the best pass."""
    import pipeline
    from pipeline.nlp.language import load
    from pipeline.nlp.morph import get_analyzer, parse
    get_analyzer()
    parse('тысяча')
    nlp = load(disable=[name for name in ('recognize', 'lookup', 'repair', 'normalize', 'link', 'assign_roles',
                                          'quantify', 'date')])
    quantify = load(disable=['date']).get_pipe('quantify')
    texts = [path.read_text(encoding='utf-8') for path in sorted(Path(folder).glob('*.txt'))]
    docs = list(nlp.pipe(texts))
    timings, found = [], 0
    for _ in range(passes):
        copies = [doc.copy() for doc in docs]
        began, began_cpu = time.perf_counter(), time.process_time()
        found = sum(len(quantify(doc).spans['figures']) for doc in copies)
        timings.append((time.perf_counter() - began, time.process_time() - began_cpu))
    print(f'{Path(pipeline.__file__).parent.parent}: {len(texts)} texts, {found} figures, best of {passes} '
          f'{min(wall for wall, _ in timings):.3f} s (cpu {min(cpu for _, cpu in timings):.3f})', flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('trees', nargs='*', help='source trees to compare (project folders)')
    parser.add_argument('--rounds', type=int, default=3)
    parser.add_argument('--passes', type=int, default=3)
    parser.add_argument('--folder', default=str(NEREL_TRAIN))
    parser.add_argument('--one', action='store_true', help='time the tree this script imports from')
    options = parser.parse_args()
    if options.one:
        return one(options.folder, options.passes)
    for _ in range(options.rounds):
        for tree in options.trees:
            environment = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()), OPENBLAS_NUM_THREADS='1')
            subprocess.run([sys.executable, __file__, '--one', '--passes', str(options.passes),
                            '--folder', options.folder], env=environment, check=True)


if __name__ == '__main__':
    main()
