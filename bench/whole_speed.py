"""Time the whole `run --no-report --workers 1` command over NEREL train, two source trees side by side.

    OPENBLAS_NUM_THREADS=1 python bench/whole_speed.py OLD_TREE NEW_TREE [--rounds 4]

Each round runs one fresh process per tree (`python -m pipeline run CORPUS -o FRESH --no-report
--workers 1`, each tree first on PYTHONPATH), alternating which tree goes first, and prints its wall
clock and CPU (user + system of the process). The machine is shared, so compare the trees within
a round (the ratio NEW/OLD of each round, and their median) rather than times from different moments.
`--stages` also prints each tree's stage times (run.json's `timings`).
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEREL_TRAIN = ROOT.parent / 'shared' / 'eval' / 'nerel' / 'train'


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_run(tree, folder):
    """(wall s, cpu s, run.json timings) of one fresh process of `tree`."""
    environment = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()), OPENBLAS_NUM_THREADS='1')
    with tempfile.TemporaryDirectory(prefix='whole-speed-') as scratch:
        output = Path(scratch) / 'out'
        command = [sys.executable, '-m', 'pipeline', 'run', folder, '-o', str(output), '--no-report',
                   '--workers', '1']
        cpu_before, began = children_cpu(), time.perf_counter()
        subprocess.run(command, env=environment, cwd=scratch, check=True, capture_output=True)
        wall, cpu = time.perf_counter() - began, children_cpu() - cpu_before
        timings = json.loads((output / 'run.json').read_text(encoding='utf-8')).get('timings', {})
    return wall, cpu, timings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('trees', nargs=2, help='OLD and NEW source trees (project folders)')
    parser.add_argument('--rounds', type=int, default=4)
    parser.add_argument('--folder', default=str(NEREL_TRAIN))
    parser.add_argument('--stages', action='store_true', help="print run.json's timings of each run")
    options = parser.parse_args()
    ratios, cpu_ratios = [], []
    for round_ in range(options.rounds):
        order = [0, 1] if round_ % 2 == 0 else [1, 0]
        results = {}
        for index in order:
            results[index] = one_run(options.trees[index], options.folder)
        (old_wall, old_cpu, old_times), (new_wall, new_cpu, new_times) = results[0], results[1]
        ratios.append(new_wall / old_wall)
        cpu_ratios.append(new_cpu / old_cpu)
        print(f'round {round_ + 1}: old {old_wall:.2f} s (cpu {old_cpu:.2f}), new {new_wall:.2f} s '
              f'(cpu {new_cpu:.2f}); new/old wall {ratios[-1]:.3f}, cpu {cpu_ratios[-1]:.3f}', flush=True)
        if options.stages:
            print(f'    old {old_times}\n    new {new_times}', flush=True)
    print(f'median new/old over {options.rounds} rounds: wall {statistics.median(ratios):.3f}, '
          f'cpu {statistics.median(cpu_ratios):.3f}')


if __name__ == '__main__':
    main()
