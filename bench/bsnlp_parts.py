"""Normal-form accuracy on BSNLP (ryanair, ec, trump), per topic, per type and per part of the
tune/check split (pipeline/evaluation/split.py, corpus `bsnlp-<topic>`, doc id the file name).

    python bench/bsnlp_parts.py                    # table
    python bench/bsnlp_parts.py --errors tune      # the tune part's wrong normal forms too
    python bench/bsnlp_parts.py --misses --part tune   # the same, as bench/gold_parts.py spells it
    python bench/bsnlp_parts.py --system natasha   # natasha's normal forms, for comparison

The measure is `entity-pipeline evaluate --corpus bsnlp`'s: of the gold mentions whose surface
the pipeline found in the document, the share whose normal form equals the gold base form. The
ec and trump annotations are named `233.txt` for `file_233_ru.txt` and written in lower case
(`мишель обамой` -> `мишель обама`): there surfaces and base forms are compared in lower case.
"""

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pipeline.evaluation.corpora import BsnlpDoc, read_bsnlp_out, read_bsnlp_raw  # noqa: E402
from pipeline.evaluation.scoring import score_bsnlp_norm  # noqa: E402
from pipeline.evaluation.systems import SYSTEMS, predictions  # noqa: E402
from pipeline.evaluation.split import PARTS, part  # noqa: E402

TYPES = ('PER', 'ORG', 'LOC')


def doc_part(doc_id):
    topic, name = doc_id.split('/', 1)
    return topic, part(f'bsnlp-{topic}', name)


def annotation(topic, raw):
    """The annotation file of a raw file: `ryan-ru_file_1.out`, or `233.txt` for `file_233_ru.txt`."""
    folder = topic / 'annotated' / 'ru'
    number = re.search(r'(\d+)', raw.stem)
    for path in (folder / f'{raw.stem}.out', folder / f'{number.group(1)}.txt' if number else None):
        if path is not None and path.exists():
            return path
    return None


def load(eval_dir):
    """BsnlpDoc per annotated raw text of every topic; lower-case annotations lower-cased throughout."""
    docs = []
    for topic in sorted((eval_dir / 'bsnlp-dev').iterdir()):
        for raw in sorted((topic / 'raw' / 'ru').glob('*.txt')):
            out = annotation(topic, raw)
            if out is None:
                continue
            mentions = read_bsnlp_out(out)
            lower = all(m.surface == m.surface.lower() for m in mentions)
            docs.append((BsnlpDoc(f'{topic.name}/{raw.stem}', read_bsnlp_raw(raw), mentions), lower))
    return docs


def lowered(doc, pred):
    """The document and prediction in lower case (surfaces and normal forms)."""
    for mention in pred.mentions:
        if mention.normal:
            mention.normal = mention.normal.lower()
    return BsnlpDoc(doc.id, doc.text.lower(), doc.mentions), pred


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--eval-dir', type=Path, default=ROOT.parent / 'shared' / 'eval')
    parser.add_argument('--errors', choices=PARTS, help='print the wrong normal forms of this part')
    parser.add_argument('--misses', action='store_true', help='print the wrong normal forms of --part')
    parser.add_argument('--part', choices=PARTS, default='tune', help='the part --misses prints (default: tune)')
    parser.add_argument('--system', choices=sorted(SYSTEMS), default='pipeline')
    args = parser.parse_args()
    if args.misses:
        args.errors = args.part
    loaded = load(args.eval_dir)
    system = SYSTEMS[args.system]()
    preds = predictions(system, [doc.text for doc, _ in loaded])
    groups = {}
    for (doc, lower), pred in zip(loaded, preds):
        if lower:
            doc, pred = lowered(doc, pred)
        topic, name = doc_part(doc.id)
        for key in ((topic, name), ('all', name)):
            groups.setdefault(key, ([], []))
            groups[key][0].append(doc)
            groups[key][1].append(pred)
    print(f'{"topic":8} {"part":5} ' + ' '.join(f'{t:>11}' for t in TYPES))
    for (topic, name), (part_docs, part_preds) in sorted(groups.items()):
        table, errors = score_bsnlp_norm(part_docs, part_preds)
        cells = []
        for type in TYPES:
            value = table.rows[type]['acc']
            total = round(table.rows[type]['found'] * table.support[type]) if table.support[type] else 0
            cells.append(f'{value:.3f} ({total:3})' if value == value else '    -      ')
        print(f'{topic:8} {name:5} ' + ' '.join(cells))
        if args.errors == name and topic != 'all':
            for error in errors:
                if error.kind == 'normal':
                    print('   ', error.doc, error.type, error.text, '|', error.detail)


if __name__ == '__main__':
    main()
