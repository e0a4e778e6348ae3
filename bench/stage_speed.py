"""Time one stage of the pipeline over NEREL train, two source trees side by side.

    OPENBLAS_NUM_THREADS=1 python bench/stage_speed.py OLD_TREE NEW_TREE --stage link [--rounds 3] [--passes 3]

Alternates fresh processes of the two source trees (each put first on PYTHONPATH, the order swapped
every round), `--rounds` times. Each process runs the stages before `--stage` over the texts (not
timed), then runs the stage `--passes` times over fresh copies of those Docs and prints the CPU of the
first pass (the caches of words and phrases as cold as in a run) and of the best pass. Compare the
trees within a round: the machine is shared. `--one` runs one such process on the tree it is imported from.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEREL_TRAIN = ROOT.parent / 'shared' / 'eval' / 'nerel' / 'train'


def one(folder, stage, passes):
    """Time the stage in this process; prints the first and the best pass, CPU seconds."""
    from pipeline.nlp.language import load
    nlp = load()
    names = nlp.pipe_names
    before = names[:names.index(stage)]
    texts = [path.read_text(encoding='utf-8') for path in sorted(Path(folder).glob('*.txt'))]
    with nlp.select_pipes(enable=before):
        docs = list(nlp.pipe(texts))
    component = nlp.get_pipe(stage)
    timings = []
    for _ in range(passes):
        copies = [doc.copy() for doc in docs]
        began = time.process_time()
        for doc in copies:
            component(doc)
        timings.append(time.process_time() - began)
    print(f'first {timings[0]:.3f} best {min(timings):.3f}', flush=True)


def run_tree(tree, options):
    environment = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()), OPENBLAS_NUM_THREADS='1')
    output = subprocess.run([sys.executable, __file__, '--one', '--stage', options.stage, '--passes',
                             str(options.passes), '--folder', options.folder],
                            env=environment, check=True, capture_output=True, text=True).stdout
    first, best = re.search(r'first ([\d.]+) best ([\d.]+)', output).groups()
    return float(first), float(best)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('trees', nargs='*', help='OLD and NEW source trees (project folders)')
    parser.add_argument('--stage', required=True, help='a stage of models/pipeline.cfg')
    parser.add_argument('--rounds', type=int, default=3)
    parser.add_argument('--passes', type=int, default=3)
    parser.add_argument('--folder', default=str(NEREL_TRAIN))
    parser.add_argument('--one', action='store_true', help='time the tree this script imports from')
    options = parser.parse_args()
    if options.one:
        return one(options.folder, options.stage, options.passes)
    firsts, bests = [], []
    for round_ in range(options.rounds):
        order = [0, 1] if round_ % 2 == 0 else [1, 0]
        results = {index: run_tree(options.trees[index], options) for index in order}
        (old_first, old_best), (new_first, new_best) = results[0], results[1]
        firsts.append(new_first / old_first)
        bests.append(new_best / old_best)
        print(f'round {round_ + 1}: {options.stage} old first {old_first:.3f} best {old_best:.3f}, new first '
              f'{new_first:.3f} best {new_best:.3f}; new/old first {firsts[-1]:.3f}, best {bests[-1]:.3f}',
              flush=True)
    print(f'median new/old over {options.rounds} rounds: first pass {statistics.median(firsts):.3f}, '
          f'best pass {statistics.median(bests):.3f}')


if __name__ == '__main__':
    main()
