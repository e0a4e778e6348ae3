"""The tagger on the check part of the public gold: today's pipeline, plain natasha and the
pipeline with the `tag` stage, and which repair rules still help after it.

    python bench/tagger_check.py                              # models/tagger.crfsuite
    python bench/tagger_check.py --model /tmp/tagger.crfsuite --ablate
    python bench/tagger_check.py --part tune                  # the part trained on, to see over-fitting
    python bench/tagger_check.py --weights models/slovnet_tuned.npz   # slovnet fine-tuned, too

Scores, per type, on the documents whose `split.part` is the one asked
(`pipeline/training/gold.py` names corpora and doc ids):

- NEREL train+dev: exact spans against the outermost gold (`scoring.score_nerel`, NEREL's own
  conventions, as `entity-pipeline evaluate` counts them);
- factRuEval devset: token level (`scoring.score_factru`, naeval's counting);
- BSNLP: document level, the set of (surface, type) found against the gold's (lower case for ec
  and trump, whose annotations are in lower case).

Spans are all that is scored and no stage after `repair` changes them, so the documents go
through `segment`, `recognize` and `lookup` once and each variant starts from there. natasha's
spans are kept in --cache (it takes minutes).
"""

import argparse
import os
import pickle
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

os.environ.setdefault('OPENBLAS_NUM_THREADS', '1')
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pipeline.evaluation.corpora import read_factru, read_nerel  # noqa: E402
from pipeline.evaluation.scoring import score_factru, score_nerel  # noqa: E402
from pipeline.evaluation.split import part  # noqa: E402
from pipeline.evaluation.systems import PredMention, Prediction  # noqa: E402
from pipeline.training.gold import bsnlp_documents  # noqa: E402

TYPES = ('PER', 'ORG', 'LOC')
EVAL = ROOT.parent / 'shared' / 'eval'


def corpora(eval_dir, name):
    """corpus -> documents of the part `name`: NEREL (train and dev pooled), factRu, BSNLP."""
    nerel = [doc for doc in read_nerel(eval_dir / 'nerel', ('train', 'dev'))
             if part('nerel-' + doc.id.split('/')[0], doc.id.split('/')[1]) == name]
    factru = [doc for doc in read_factru(eval_dir / 'factru' / 'devset') if part('factru', doc.id) == name]
    bsnlp = [doc for doc in bsnlp_documents(eval_dir) if part(doc.corpus, doc.doc_id) == name]
    return {'nerel': nerel, 'factru': factru, 'bsnlp': bsnlp}


def score_bsnlp(docs, preds):
    """Document-level P/R/F1 per type over the (surface, type) sets."""
    counts = defaultdict(Counter)
    for doc, pred in zip(docs, preds):
        lower = doc.corpus in ('bsnlp-ec', 'bsnlp-trump')
        gold = {(doc.text[a:b].lower() if lower else doc.text[a:b], t) for a, b, t in doc.spans}
        found = {(doc.text[m.start:m.stop].lower() if lower else doc.text[m.start:m.stop], m.type)
                 for m in pred.mentions if m.type in TYPES}
        for type in TYPES:
            g = {s for s in gold if s[1] == type}
            f = {s for s in found if s[1] == type}
            counts[type].update(tp=len(g & f), fp=len(f - g), fn=len(g - f))
    return {type: f1(counts[type]) for type in TYPES}


def f1(count):
    p = count['tp'] / (count['tp'] + count['fp']) if count['tp'] + count['fp'] else 0.0
    r = count['tp'] / (count['tp'] + count['fn']) if count['tp'] + count['fn'] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def scores(docs, preds):
    """corpus -> type -> F1."""
    result = {}
    for corpus, scorer in (('nerel', score_nerel), ('factru', score_factru)):
        table, _ = scorer(docs[corpus], preds[corpus])
        result[corpus] = {type: table.rows[type]['F1'] for type in TYPES + ('all',)}
    result['bsnlp'] = score_bsnlp(docs['bsnlp'], preds['bsnlp'])
    return result


def prediction(doc):
    return Prediction([PredMention(span.start_char, span.end_char, span.label_) for span in doc.ents])


def natasha(docs, cache):
    if cache and Path(cache).exists():
        return pickle.loads(Path(cache).read_bytes())
    from pipeline.evaluation.systems import natasha_system
    predict = natasha_system()
    preds = {corpus: predict([doc.text for doc in group]) for corpus, group in docs.items()}
    if cache:
        Path(cache).write_bytes(pickle.dumps(preds))
    return preds


def variants(docs, model, ablate, weights=None, modes=()):
    """name -> corpus -> predictions: today's pipeline, the tagger with all repair rules, without
    repair, and (--ablate) without each rule in turn; with `weights`, today's pipeline with
    slovnet's fine-tuned arrays (`recognize` stage's `weights`), with and without repair."""
    from pipeline.nlp.language import load
    from pipeline.nlp.stages import repair
    from pipeline.nlp.stages.tag import Tagger

    nlp = load(disable=['repair', 'normalize', 'link', 'assign_roles', 'quantify', 'date'])
    tagger = Tagger(nlp, 'tag', model)
    from pipeline.nlp.stages.repair.spans import make_span
    from pipeline.nlp.stages.tag import combine
    repairer = repair.Repairer(nlp, 'repair', 'positions.txt')
    rules = list(repairer.rules)
    looked, tagged = {}, {}
    started = time.perf_counter()
    for corpus, group in docs.items():
        looked[corpus] = list(nlp.pipe(doc.text for doc in group))
        tagged[corpus] = [list(doc.ents) for doc in looked[corpus]]
    print(f'segment+recognize+lookup: {time.perf_counter() - started:.1f}s', file=sys.stderr)
    before = {corpus: [list(doc.ents) for doc in group] for corpus, group in looked.items()}
    scored = {corpus: [tagger.scored_spans(doc) for doc in group] for corpus, group in looked.items()}
    started, count = time.perf_counter(), 0
    for corpus, group in looked.items():
        for index, doc in enumerate(group):
            tagged[corpus][index] = list(tagger(doc).ents)
            count += 1
    print(f'tag: {time.perf_counter() - started:.1f}s for {count} documents', file=sys.stderr)

    def run(start, skip=()):
        repairer.rules = [rule for rule in rules if rule[0] not in skip]
        out = {}
        for corpus, group in looked.items():
            out[corpus] = []
            for doc, ents in zip(group, start[corpus]):
                doc.ents = ents
                out[corpus].append(prediction(doc if skip == 'all' else repairer(doc)))
        repairer.rules = rules
        return out

    yield 'today', run(before)
    if weights:
        tuned_nlp = load(disable=['repair', 'normalize', 'link', 'assign_roles', 'quantify', 'date'])
        tuned_nlp.replace_pipe('recognize', 'recognize', config={'weights': str(Path(weights).resolve())})
        looked_stock = dict(looked)
        for corpus, group in docs.items():
            looked[corpus] = list(tuned_nlp.pipe(doc.text for doc in group))
        tuned = {corpus: [list(doc.ents) for doc in group] for corpus, group in looked.items()}
        yield 'slovnet tuned', run(tuned)
        yield 'slovnet tuned, no repair', run(tuned, 'all')
        looked.update(looked_stock)
    yield 'tagger', run(tagged)
    yield 'tagger, no repair', run(tagged, 'all')
    for mode, threshold in modes:
        mixed = {}
        for corpus, group in looked.items():
            mixed[corpus] = []
            for doc, today, found in zip(group, before[corpus], scored[corpus]):
                kept = {(span.start, span.end, span.label_): span for span in today}
                chosen = combine(list(kept), found, mode, threshold)
                mixed[corpus].append([kept.get(span) or make_span(doc, *span, 'tagger') for span in sorted(chosen)])
        yield f'{mode} >= {threshold}', run(mixed)
    if ablate:
        for name, _ in rules:
            yield f'tagger - {name}', run(tagged, (name,))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--eval-dir', type=Path, default=EVAL)
    parser.add_argument('--model', type=Path, default=ROOT / 'models' / 'tagger.crfsuite')
    parser.add_argument('--part', choices=('tune', 'check'), default='check')
    parser.add_argument('--ablate', action='store_true', help='also the tagger without each repair rule in turn')
    parser.add_argument('--cache', default='/tmp/tagger_check_natasha_{part}.pkl', help='natasha spans cache')
    parser.add_argument('--no-natasha', action='store_true')
    parser.add_argument('--modes', nargs='*', default=[], metavar='MODE:THRESHOLD',
                        help='also the tag stage in these modes, e.g. extend:0.9 orgs:0')
    parser.add_argument('--weights', type=Path, help="slovnet's fine-tuned arrays (.npz) to score as well")
    args = parser.parse_args()
    docs = corpora(args.eval_dir, args.part)
    print(f'{args.part} part: ' + ', '.join(f'{corpus} {len(group)} docs' for corpus, group in docs.items()))
    columns = [(corpus, type) for corpus in docs for type in TYPES + (('all',) if corpus != 'bsnlp' else ())]
    print(f'{"system":28}' + ''.join(f'{corpus[:6] + " " + type:>11}' for corpus, type in columns))

    def show(name, preds):
        table = scores(docs, preds)
        print(f'{name:28}' + ''.join(f'{table[corpus][type]:11.3f}' for corpus, type in columns), flush=True)

    if not args.no_natasha:
        show('natasha', natasha(docs, args.cache.format(part=args.part)))
    modes = [(mode, float(threshold)) for mode, threshold in (item.split(':') for item in args.modes)]
    for name, preds in variants(docs, args.model, args.ablate, args.weights, modes):
        show(name, preds)


if __name__ == '__main__':
    main()
