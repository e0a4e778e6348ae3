"""How each stage's time grows with a document's length: the seeds' words without punctuation
(one sentence until the segment stage splits it), at a small and a ten times larger size.

    OPENBLAS_NUM_THREADS=1 python bench/linear_time.py [--sizes 500000 5000000]

Prints every stage's CPU seconds at each size and their ratio. A stage whose cost is linear takes
about ten times as long (a little more: the large Doc falls out of the caches); a rule that walks
every mention for each one it finds takes a hundred. The small size runs twice and the second,
warm run counts. This is a measurement, not a test: times on a shared machine vary.
"""

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the text the segment tests measure table sizes on, so this times the same input
sys.path.insert(0, str(ROOT / 'tests'))
from test_segment import words_without_punctuation  # noqa: E402


def stage_seconds(nlp, text):
    """CPU seconds of the tokenizer and of every stage on one Doc of `text`."""
    began = time.process_time()
    doc = nlp.make_doc(text)
    seconds = {'tokenizer': time.process_time() - began}
    for name, stage in nlp.pipeline:
        began = time.process_time()
        doc = stage(doc)
        seconds[name] = time.process_time() - began
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--sizes', type=int, nargs=2, default=[500_000, 5_000_000], metavar=('SMALL', 'LARGE'))
    args = parser.parse_args()
    from pipeline import load
    nlp = load()
    small, large = args.sizes
    stage_seconds(nlp, words_without_punctuation(small))   # warms the caches and the analyzer
    times = {size: stage_seconds(nlp, words_without_punctuation(size)) for size in (small, large)}
    print(f'{"stage":14} {small:>12,} {large:>12,}  ratio')
    for name in times[small]:
        ratio = times[large][name] / max(times[small][name], 1e-3)
        print(f'{name:14} {times[small][name]:11.2f}s {times[large][name]:11.2f}s  {ratio:5.1f}')
    total = {size: sum(times[size].values()) for size in times}
    print(f'{"all":14} {total[small]:11.2f}s {total[large]:11.2f}s  {total[large] / total[small]:5.1f}')


if __name__ == '__main__':
    main()
