"""Document-level scores of the pipeline on the tune and the check part of the Kazakhstan gold
(../shared/gold/seeds.json and kz-dev.json), side by side, as ../shared/gold/score_gold.py gives them.

    python bench/gold_parts.py                 # both gold sets, tune and check
    python bench/gold_parts.py --part check --misses
    python bench/gold_parts.py --config /tmp/with-tagger.cfg   # another pipeline config
    python bench/gold_parts.py --gold tests/data/written_figures   # a folder of texts and its gold.json, whole

Each part's documents are copied into a scratch folder, run through `entity-pipeline run`, and scored
against the gold JSON cut down to them. Tune on the tune part; report the check part.
The figures' status and link errors of the tune part, figure by figure: bench/figure_misses.py.
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pipeline.evaluation.split import PARTS, part  # noqa: E402

SHARED = ROOT.parent / 'shared'
GOLD = {'seeds': (SHARED / 'seeds', SHARED / 'gold' / 'seeds.json'),
        'kz-dev': (SHARED / 'gold' / 'kz-dev', SHARED / 'gold' / 'kz-dev.json')}
SCORER = SHARED / 'gold' / 'score_gold.py'
KEYS = ('PER', 'ORG', 'LOC', 'FIG')


def score_part(corpus, name, scratch, config=None):
    """score_gold's JSON for one part of one gold corpus."""
    texts, gold_path = GOLD[corpus]
    gold = json.loads(gold_path.read_text(encoding='utf-8'))
    documents = [doc for doc in gold['documents'] if part(corpus, doc['doc_id']) == name]
    return score_documents(texts, gold, documents, scratch / f'{corpus}-{name}', config)


def score_folder(folder, scratch, config=None):
    """score_gold's JSON for all the texts of a folder against the gold.json beside them."""
    gold = json.loads((folder / 'gold.json').read_text(encoding='utf-8'))
    return score_documents(folder, gold, gold['documents'], scratch / folder.name, config)


def score_documents(texts, gold, documents, folder, config=None):
    """Run `documents` (their texts in the folder `texts`) into `folder` and score them against `gold`."""
    (folder / 'in').mkdir(parents=True)
    for doc in documents:
        shutil.copy(texts / f'{doc["doc_id"]}.txt', folder / 'in')
    (folder / 'gold.json').write_text(json.dumps({**gold, 'documents': documents}, ensure_ascii=False),
                                      encoding='utf-8')
    subprocess.run([sys.executable, '-m', 'pipeline', 'run', str(folder / 'in'), '-o', str(folder / 'out'),
                    '--no-report'] + (['--config', str(config)] if config else []), cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    output = subprocess.run([sys.executable, str(SCORER), str(folder / 'out'), str(folder / 'gold.json')],
                            check=True, capture_output=True, text=True).stdout
    return len(documents), json.loads(output)


def summary(scores):
    cells = [f'{key} {scores[key]["f1"]:.3f}' for key in KEYS if key in scores]
    if 'FIG_status' in scores:
        cells.append(f'status {scores["FIG_status"]["accuracy"]:.3f}')
    if 'FIG_links' in scores:
        links = scores['FIG_links']
        cells.append(f'links P {links["precision"]:.3f} R {links["recall"]:.3f}')
    return '  '.join(cells)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--corpus', choices=sorted(GOLD), action='append')
    parser.add_argument('--part', choices=PARTS, action='append')
    parser.add_argument('--misses', action='store_true', help="print score_gold's misses too")
    parser.add_argument('--json', help='write all scores to this file')
    parser.add_argument('--config', type=Path, help='pipeline config to run (default: models/pipeline.cfg)')
    parser.add_argument('--gold', type=Path, action='append',
                        help='a folder of texts (DOC_ID.txt) and its gold.json, scored whole instead of the gold sets')
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        for folder in args.gold or ():
            count, scores = score_folder(folder.resolve(), Path(scratch), args.config and args.config.resolve())
            results[folder.name] = scores
            print(f'{folder.name:13} {count:2} docs  {summary(scores)}')
            if args.misses:
                for miss in scores.get('misses', []):
                    print('   ', miss)
        if args.gold:
            args.corpus = args.corpus or []
        for corpus in sorted(GOLD) if args.corpus is None else args.corpus:
            for name in args.part or PARTS:
                count, scores = score_part(corpus, name, Path(scratch), args.config and args.config.resolve())
                results[f'{corpus}/{name}'] = scores
                print(f'{corpus:7} {name:5} {count:2} docs  {summary(scores)}')
                if args.misses:
                    for miss in scores.get('misses', []):
                        print('   ', miss)
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding='utf-8')


if __name__ == '__main__':
    main()
