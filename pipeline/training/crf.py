"""Training the tagger: a CRF (python-crfsuite) over the tune part of the pooled gold.

    python -m pipeline.training.crf --seed 13          # models/tagger.crfsuite
    python -m pipeline.training.crf --eval-dir tests/data/tagger --part any -o /tmp/tagger.crfsuite

The documents (`pipeline/training/gold.py`: NEREL train and dev, factRuEval
devset, BSNLP, each mapped to the project's guideline) go through the
pipeline's `segment`, `recognize` and `lookup` stages, so that the features
(`pipeline/nlp/features.py`) hold slovnet's and the gazetteer's spans exactly
as the `tag` stage will see them; the labels are the gold spans as BIO tags.
L-BFGS is deterministic: the seed fixes the order the documents are given in,
so one seed gives the same weights on every run.
"""

import argparse
import os

os.environ.setdefault('OPENBLAS_NUM_THREADS', '1')  # before numpy loads: the machine is shared
import random
import time
from pathlib import Path

from pipeline.training.gold import add_gold_arguments, token_labels, training_documents

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent.parent / 'models' / 'tagger.crfsuite'
# L1 keeps the model small (most of the millions of candidate features get weight 0), L2 smooths
PARAMS = {'c1': 0.05, 'c2': 0.02, 'max_iterations': 150, 'feature.possible_transitions': True}
# the stages whose output the features read
BEFORE = ('segment', 'recognize', 'lookup')


def feature_pipeline():
    """The pipeline up to `lookup`: what the `tag` stage follows."""
    from pipeline.nlp.language import load, read_config

    names = read_config()['nlp']['pipeline']
    return load(disable=[name for name in names if name not in BEFORE])


def examples(nlp, docs):
    """(features, labels) of each sentence of each gold document."""
    from pipeline.nlp.features import doc_features

    for gold, doc in zip(docs, nlp.pipe(gold.text for gold in docs)):
        for indices, features in doc_features(doc):
            yield features, token_labels(doc, indices, gold.spans)


def train(docs, output, seed=13, params=None, log=print):
    """Train on the gold documents and write the weights to `output`; returns the sentence count."""
    import pycrfsuite

    docs = list(docs)
    random.Random(seed).shuffle(docs)
    nlp = feature_pipeline()
    trainer = pycrfsuite.Trainer(algorithm='lbfgs', verbose=False)
    trainer.set_params({**PARAMS, **(params or {})})
    started = time.perf_counter()
    count = 0
    for features, labels in examples(nlp, docs):
        trainer.append(features, labels)
        count += 1
    log(f'{len(docs)} documents, {count} sentences, features in {time.perf_counter() - started:.0f}s')
    started = time.perf_counter()
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    log(f'trained in {time.perf_counter() - started:.0f}s: {output} ({output.stat().st_size / 1e6:.1f} MB)')
    return count


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_gold_arguments(parser)
    parser.add_argument('--iterations', type=int, default=PARAMS['max_iterations'])
    parser.add_argument('-o', '--output', type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    docs = training_documents(args)
    train(docs, args.output, args.seed, {'max_iterations': args.iterations})


if __name__ == '__main__':
    main()
