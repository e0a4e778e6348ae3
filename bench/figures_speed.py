"""Time `extract_figures` over NEREL train, to compare two versions of the figures grammar.

    python bench/figures_speed.py [--passes 5]

One process: the morphology analyser is loaded first (not timed), then a cold pass
over all texts (caches empty, as in a fresh worker) and warm passes; prints the cold
time and the best warm one, wall clock and CPU (steadier on a busy machine).  Compare versions by alternating fresh processes, e.g.
    for i in 1 2 3; do PYTHONPATH=../old python bench/figures_speed.py; python bench/figures_speed.py; done
"""

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEREL_TRAIN = ROOT.parent / 'shared' / 'eval' / 'nerel' / 'train'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--passes', type=int, default=5, help='warm passes (best one printed)')
    parser.add_argument('folder', nargs='?', default=str(NEREL_TRAIN))
    options = parser.parse_args()
    import pipeline
    from pipeline.nlp.grammars.figures import extract_figures
    from pipeline.nlp.morph import get_analyzer, parse
    get_analyzer()
    parse('тысяча')
    texts = [path.read_text(encoding='utf-8') for path in sorted(Path(options.folder).glob('*.txt'))]

    def one_pass():
        began, began_cpu = time.perf_counter(), time.process_time()
        found = sum(len(extract_figures(text)) for text in texts)
        return (time.perf_counter() - began, time.process_time() - began_cpu), found

    cold, found = one_pass()
    warm = [one_pass()[0] for _ in range(options.passes)]
    print(f'{Path(pipeline.__file__).parent.parent}: {len(texts)} texts, {found} figures, '
          f'cold {cold[0]:.3f} s (cpu {cold[1]:.3f}), warm best of {options.passes} '
          f'{min(wall for wall, _ in warm):.3f} s (cpu {min(cpu for _, cpu in warm):.3f})')


if __name__ == '__main__':
    main()
