"""The tune/check split of the development data: fixed, written down, by document.

Rules, gazetteer entries and trained weights are made on the tune part; scores are
reported on the check part. A document's part is a seeded hash of its corpus and
doc id, so it never moves when documents are added or the code changes:

    part('kz-dev', '203_7c669087') -> 'tune' or 'check', the same on every machine

Besides the halves, one whole corpus is held out in turn (`held_out`): what is
tuned on the others is checked on all of it.
"""

import hashlib

SEED = 'entity-pipeline-split-1'
CHECK_SHARE = 0.5  # half of each corpus is checked; the other half is tuned on
PARTS = ('tune', 'check')
# the development corpora the split covers (names as `entity-pipeline evaluate --corpus` takes them)
CORPORA = ('seeds', 'kz-dev', 'factru', 'nerel-train', 'nerel-dev', 'bsnlp-ryanair', 'bsnlp-ec', 'bsnlp-trump')


def share(corpus, doc_id, seed=SEED):
    """A number in [0, 1) fixed by the seed, the corpus and the doc id."""
    digest = hashlib.sha256(f'{seed}\t{corpus}\t{doc_id}'.encode('utf-8')).digest()
    return int.from_bytes(digest[:8], 'big') / 2 ** 64


def part(corpus, doc_id, seed=SEED):
    """'tune' or 'check': the part of the development data a document belongs to."""
    return 'check' if share(corpus, doc_id, seed) < CHECK_SHARE else 'tune'


def split(corpus, doc_ids, seed=SEED):
    """{'tune': [...], 'check': [...]} of doc ids, each in its given order."""
    parts = {name: [] for name in PARTS}
    for doc_id in doc_ids:
        parts[part(corpus, doc_id, seed)].append(doc_id)
    return parts


def held_out(corpus, doc_id, held, seed=SEED):
    """The part of a document when the corpus `held` is held out whole: all of it is checked,
    nothing of it tuned on; the other corpora keep their halves."""
    return 'check' if corpus == held else part(corpus, doc_id, seed)
