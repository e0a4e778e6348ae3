"""Named-entity recognition with slovnet's news NER model.

The model sees our own razdel tokens, one paragraph at a time, so a span can
never run across a line break (`Али Галым` followed by a blank line and the
next paragraph's first word). Kazakh letters are folded to Russian look-alikes
for the model only, and so is a quote typed as two apostrophes (`''Edmonton Oilers''`, as
wiki-made and keyboard-typed texts write `"`), which the model reads as no quote and misses the
name inside; spans keep the original text.
"""

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

from pipeline.nlp.doc import doc_text, doc_value, set_span_value, token_starts, token_texts
from pipeline.nlp.kazakh import fold
from pipeline.nlp.stages.repair.spans import APOSTROPHE, is_typed_quote


def load_navec(path):
    """A navec embedding as slovnet's NER takes it: its id and product-quantised arrays. Not read:
    navec's vocabulary (NER encodes words with its own) and the norms and centroid products
    `PQ.precompute` builds for similarity queries, which were 0.5 s of the process's loading."""
    from navec.meta import Meta
    from navec.navec import META, PQ_, Navec
    from navec.pq import PQ
    from navec.tar import Tar

    class BarePQ(PQ):
        def precompute(self):
            pass

    with Tar(path) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        return Navec(meta, None, BarePQ.from_file(tar.load(PQ_)))


def load_slovnet_ner():
    """slovnet's NER with navec embeddings, both from natasha's wheel."""
    from natasha.data import NEWS_EMBEDDING, NEWS_NER
    from slovnet import NER

    ner = NER.load(NEWS_NER)
    ner.navec(load_navec(NEWS_EMBEDDING))
    return ner


def paragraph_tokens(doc):
    """Non-space token indices of each paragraph of the document body."""
    groups = []
    body_start = doc_value(doc, 'body_start')  # read once: each `doc._` access costs
    paragraphs = doc_value(doc, 'paragraphs') or [(body_start, len(doc_text(doc)))]
    # the paragraphs (in order, apart) as ranges of the sorted token starts: a bisection each, where a
    # walk over every token's (offset, index) pair took twice as long (`token.is_space` is `text.isspace()`)
    starts, texts = token_starts(doc), token_texts(doc)
    for start, stop in paragraphs:
        first, last = bisect_left(starts, max(start, body_start)), bisect_left(starts, stop)
        group = [index for index in range(first, last) if not texts[index].isspace()]
        if group:
            groups.append(group)
    return groups


def bio_to_spans(indices, tags):
    """(first, last+1, type) token ranges from BIO tags over token indices."""
    spans = []
    current = None
    for index, tag in zip(indices, tags):
        if tag.startswith('B-') or (tag.startswith('I-') and (current is None or current[2] != tag[2:])):
            if current:
                spans.append(current)
            current = [index, index + 1, tag[2:]]
        elif tag.startswith('I-'):
            current[1] = index + 1
        else:
            if current:
                spans.append(current)
            current = None
    if current:
        spans.append(current)
    return [tuple(span) for span in spans]


def model_word(words, index):
    """The word the model sees for token `index`: Kazakh letters folded; an apostrophe with another
    right beside it (`''Newsday''`) is half of a typed double quote, `"`."""
    word = words[index]
    if word == APOSTROPHE and (is_typed_quote(words, index) or is_typed_quote(words, index - 1)):
        return '"'
    return fold(word)


class Recognizer:
    """slovnet NER over paragraphs; sets doc.ents with `_.rule = 'slovnet'`."""

    def __init__(self, nlp, name, fast=True, weights=''):
        self.name = name
        self.ner = load_slovnet_ner()
        # fine-tuned arrays over the stock ones (models/SLOVNET_TUNED.md); '' keeps the stock model
        if weights:
            from pipeline.nlp.fastnet import apply_weights
            from pipeline.resources import resolve_model_path
            apply_weights(self.ner, resolve_model_path(weights))
        # the same model and tags, faster (pipeline/fastnet.py); fast = false: slovnet's own runtime
        self.fast = None
        if fast:
            from pipeline.nlp.fastnet import FastNER
            self.fast = FastNER(self.ner)

    def tag(self, sequences):
        if self.fast is not None:
            return self.fast.tag(sequences)
        infer = self.ner.infer
        inputs = infer.encoder(sequences)
        return list(infer.decoder(infer.process(inputs)))

    def apply(self, doc, groups, tags):
        spans = []
        for group, group_tags in zip(groups, tags):
            for first, stop, label in bio_to_spans(group, group_tags):
                span = Span(doc, first, stop, label=label)
                set_span_value(span, 'rule', 'slovnet')
                spans.append(span)
        doc.ents = filter_spans(spans)
        return doc

    def __call__(self, doc):
        return next(self.pipe([doc]))

    def pipe(self, docs, batch_size=32):
        batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self.process(batch)
                batch = []
        if batch:
            yield from self.process(batch)

    def process(self, docs):
        plan, sequences = [], []
        for doc in docs:
            groups = paragraph_tokens(doc)
            plan.append((doc, groups, len(sequences)))
            words = token_texts(doc)
            sequences.extend([model_word(words, i) for i in group] for group in groups)
        tags = self.tag(sequences) if sequences else []
        for doc, groups, offset in plan:
            yield self.apply(doc, groups, tags[offset:offset + len(groups)])


@Language.factory(
    'recognize',
    default_config={'fast': True, 'weights': ''},
    assigns=['doc.ents', 'span._.rule'],
    requires=['token.is_sent_start'],
)
def make_recognizer(nlp, name, fast, weights):
    """`fast = false`: slovnet's own runtime, in slovnet's batches of 8 paragraphs;
    `weights`: an .npz of fine-tuned arrays (relative to models/), '' for the stock model."""
    return Recognizer(nlp, name, fast, weights)
