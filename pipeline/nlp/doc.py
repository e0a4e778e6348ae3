"""The document model: what each stage leaves on a spaCy Doc.

A Doc's text is the decoded file text exactly as read (the `date` header
included), so every token, sentence, mention, figure and date keeps offsets
into the source: `doc.text[span.start_char:span.end_char]` is its surface.

- `doc.ents`: mentions, label PER/ORG/LOC, with `span._.normal`, `span._.rule`
  (the stage or rule that produced it), `span._.canonical` (a gazetteer name),
  `span._.entity` (a document-level key set by `link`), `span._.first/middle/last` for persons.
- `doc.spans['inner']`: mentions inside a mention of doc.ents (the places a road joins,
  `трасса Астана – Щучинск`; the region an organisation's name ends in, `Управление образования
  Туркестанской области`), with the same attributes; doc.ents stay flat.
- `doc.spans['figures']`: figures with `span._.figure` (value, qualifier, ...).
- `doc.spans['dates']`: dates with `span._.date` (ISO).
- `doc.spans['roles']`: the position a text gives a person, with `span._.role`.
- `doc._.date` and `doc._.date_source`: the document's date and where it came
  from (`input`: the JSONL/CSV row, `header`: a `date` line, `text`: the first
  full date near the top of the article).
- `doc._.doc_id`, `doc._.source`, `doc._.body_start` (offset of
  the text after the date header), `doc._.paragraphs` (start, stop) pairs.

A stage failure is no attribute: the run turns it into the document's error
row (running/engine.py).
"""

from bisect import bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

DOC_ATTRIBUTES = {
    'doc_id': None,
    'source': None,
    'date': None,
    'date_source': None,
    'body_start': 0,
    'paragraphs': None,
}

SPAN_ATTRIBUTES = {
    'normal': None,
    'rule': None,
    'entity': None,
    'canonical': None,
    'first': None,
    'middle': None,
    'last': None,
    'figure': None,
    'date': None,
    'role': None,
}


def register_extensions():
    """Declare the `._` attributes once per process (idempotent)."""
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_ATTRIBUTES.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()


# Where spaCy keeps a Span's `._` value: `doc.user_data[('._.', name, start_char, end_char)]`
# (spacy/tokens/underscore.py, `Underscore._get_key`). `span._.name` builds an Underscore object
# and looks its extension up at every access, some ten times the dictionary read; the rows of a
# document and the figure link rules read a span's value hundreds of thousands of times on NEREL
# train. tests/test_fast_paths.py holds the key to spaCy's.
SPAN_VALUE_MARK = '._.'


def span_value(span, name):
    """`span._.name` for an attribute of SPAN_ATTRIBUTES (all plain values with a default, no
    getters), read straight off the Doc's user_data."""
    return span.doc.user_data.get((SPAN_VALUE_MARK, name, span.start_char, span.end_char),
                                  SPAN_ATTRIBUTES[name])


def set_span_value(span, name, value):
    """`span._.name = value` for an attribute of SPAN_ATTRIBUTES (no setters), written straight
    into the Doc's user_data where `span._` writes it (the writes of `link` and `normalize`)."""
    span.doc.user_data[(SPAN_VALUE_MARK, name, span.start_char, span.end_char)] = value


def doc_value(doc, name):
    """`doc._.name` for an attribute of DOC_ATTRIBUTES (plain values with a default), read straight off
    the Doc's user_data, where `doc._` keeps it under the key of a span with no start and no end."""
    return doc.user_data.get((SPAN_VALUE_MARK, name, None, None), DOC_ATTRIBUTES[name])


class Stage:
    """Base of the stages that work one document at a time: a callable
    Doc -> Doc whose `pipe()` runs it over a batch."""

    def __init__(self, nlp, name):
        self.name = name

    def pipe(self, docs, batch_size=64):
        for doc in docs:
            yield self(doc)


TEXT_KEY = ('pipeline', 'text')


def doc_text(doc):
    """`doc.text`, joined once per Doc: spaCy joins the tokens on every access,
    and a Doc's text never changes (merging tokens keeps it)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


TOKEN_TEXTS_KEY = ('pipeline', 'token_texts')


def token_texts(doc):
    """The text of every token, listed once per Doc: each `doc[i]` or `for token in doc`
    builds a new Token object, which was most of the time of the rules that walk every
    token to find the few they act on (tokens are never merged after tokenising)."""
    texts = doc.user_data.get(TOKEN_TEXTS_KEY)
    if texts is None:
        texts = doc.user_data[TOKEN_TEXTS_KEY] = [token.text for token in doc]
    return texts


TOKEN_STARTS_KEY = ('pipeline', 'token_starts')


def token_starts(doc):
    """`token.idx` of every token, listed once per Doc (as `token_texts`, without a Token each)."""
    starts = doc.user_data.get(TOKEN_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[TOKEN_STARTS_KEY] = doc.to_array(IDX).tolist()
    return starts


TOKEN_LOWERS_KEY = ('pipeline', 'token_lowers')


def token_lowers(doc):
    """The lower-case text of every token (`token.text.lower()`), listed once per Doc (as `token_texts`):
    the figure grammars read the lower-case words around each figure again and again."""
    lowers = doc.user_data.get(TOKEN_LOWERS_KEY)
    if lowers is None:
        lowers = doc.user_data[TOKEN_LOWERS_KEY] = [text.lower() for text in token_texts(doc)]
    return lowers


# The sentence a token, a mention or a figure stands in. spaCy's `span.sent` / `token.sent` walk the
# tokens back to the sentence start and on to its end at every call, and the figure grammars ask for
# the sentences of the same figures again and again: the sentence starts are listed once per Doc, in
# one pass over `doc.sents`, and a token's sentence is found by bisection. The list is read again
# when the Doc's length changed (tokens merged after it was made); `segment` sets the sentences once.
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
