"""The sentence a figure or a token stands in, for the figure grammars (links, statuses, breakdowns, ...).

spaCy's `span.sent` / `token.sent` walk the tokens back to the sentence start and on to its end at every
call, and the grammars ask for the sentence of the same figures again and again (each rule, each pair of
figures): a document of many figures read its long sentences over and over. Here the sentence starts are
listed once per Doc, in one pass over `doc.sents`, and a token's sentence is found by bisection.

The list lives in `doc.user_data` (as `doc.token_texts`), so it dies with the Doc: no process-wide table
keyed by documents, nothing shared between the Docs of a batch or of a Dask worker. It is read again when
the Doc's length changed (tokens merged after it was made); sentence ends are never moved after `segment`.
"""

from bisect import bisect_right

from spacy.tokens import Span

SENTENCE_STARTS_KEY = ('pipeline', 'sentence_starts')


def sentence_starts(doc):
    """The first token index of every sentence of `doc`, in order (the same sentences as `doc.sents`)."""
    cached = doc.user_data.get(SENTENCE_STARTS_KEY)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[SENTENCE_STARTS_KEY] = (len(doc), [sentence.start for sentence in doc.sents])
    return cached[1]


def sentence_bounds(item):
    """(start, end) token indexes of the sentence of a Span (the sentence of its first token, as spaCy's
    `span.sent`) or of a Token."""
    doc = item.doc
    at = item.start if isinstance(item, Span) else item.i
    cached = doc.user_data.get(SENTENCE_STARTS_KEY)  # `sentence_starts` inline: this runs for every figure
    starts = cached[1] if cached is not None and cached[0] == len(doc) else sentence_starts(doc)
    number = bisect_right(starts, at) - 1
    return starts[number], starts[number + 1] if number + 1 < len(starts) else len(doc)


def sent_start(item):
    """`item.sent.start`, without walking the sentence."""
    return sentence_bounds(item)[0]


def sent_end(item):
    """`item.sent.end`, without walking the sentence."""
    return sentence_bounds(item)[1]


def sentence_of(item):
    """`item.sent`: the sentence of a Span or a Token, as a Span."""
    start, end = sentence_bounds(item)
    return item.doc[start:end]
