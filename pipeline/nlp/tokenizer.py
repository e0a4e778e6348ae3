"""Tokens from razdel, in a spaCy Doc that keeps the text exactly.

razdel is what natasha's models were trained on, so token boundaries agree with
slovnet. Whitespace other than one plain space between two tokens becomes a
whitespace token of its own.
"""

import re

from razdel import tokenize
from razdel.segmenters.tokenize import ATOM, DASHES, PUNCTS
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LOWER, NORM
from spacy.tokens import Doc
from spacy.util import registry

from pipeline.errors import ConfigError
from pipeline.nlp.doc import TEXT_KEY, TOKEN_TEXTS_KEY

# the lexical attributes a new vocabulary word gets: those the stages read
# (is_alpha, is_punct, is_space) and lower_/norm_. spaCy's Russian defaults
# compute 23, among them shape, like_url, like_num and is_stop, for every new
# word of every worker: some 0.6 s of the NEREL train texts' 37 K word types
# for attributes nothing here reads.
LEXEME_ATTRS = (IS_ALPHA, IS_PUNCT, IS_SPACE, LOWER, NORM)


def lean_lexemes(vocab):
    """Compute only `LEXEME_ATTRS` for the new words of `vocab` (the others stay unset: False, empty)."""
    getters = vocab.lex_attr_getters or {}
    missing = [attr for attr in LEXEME_ATTRS if attr not in getters]
    if missing:
        raise ConfigError(f'this spaCy version has no getter for lexical attributes {missing}: '
                          f'install the spaCy version pyproject.toml names')
    vocab.lex_attr_getters = {attr: getters[attr] for attr in LEXEME_ATTRS}


def adapt_razdel(substrings):
    """razdel Substrings -> (start, stop, text) triples."""
    return [(item.start, item.stop, item.text) for item in substrings]


# razdel never joins atoms across whitespace, so a run of non-space characters
# is cut the same wherever it stands, and news repeats its words: the cuts of a
# run are cached (razdel's Python rules were most of the tokenising time).
# Four of its rules look one atom past the run's first or last atom, across the
# space: dash and underscore (`а -б` joins `-б`, `-б` alone does not) and float
# and fraction (`5 .5` joins `.5`); such a run is cut with its neighbours.
RUN = re.compile(r'\S+')
JOIN_MARKS = DASHES + '_'   # a word on either side joins
NUMBER_MARKS = '.,/\\'    # a number on either side joins
RUN_CACHE_SIZE = 200_000
_run_cuts = {}


def needs_neighbours(run):
    """razdel may cut `run` differently after or before another run (`-б`, `.5`, `5.`, `а-`)."""
    if len(run) < 2:
        return False
    first, last = run[0], run[-1]
    return (first in JOIN_MARKS or last in JOIN_MARKS or (first in NUMBER_MARKS and run[1].isdigit())
            or (last in NUMBER_MARKS and run[-2].isdigit()))


def run_cuts(run):
    """(start, stop) of razdel's tokens of a run that needs no neighbours, cached."""
    cuts = _run_cuts.get(run)
    if cuts is not None:
        return cuts
    if len(_run_cuts) >= RUN_CACHE_SIZE:
        _run_cuts.clear()
    size = len(run)
    if ATOM.fullmatch(run):  # one atom (`слово`, `2024`, `«`): one token
        cuts = ((0, size),)
    # a mark between a letter or digit and the run's end is a token of its own
    # (`слово,` `(Daniel`): no rule joins a mark to a word (`yahoo!` does)
    elif run[-1] in PUNCTS and run[-1] != '!' and run[-2].isalnum():
        cuts = run_cuts(run[:-1]) + ((size - 1, size),)
    elif run[0] in PUNCTS and run[1].isalnum():
        cuts = ((0, 1),) + tuple((first + 1, last + 1) for first, last in run_cuts(run[1:]))
    else:
        cuts = tuple((item.start, item.stop) for item in tokenize(run))
    _run_cuts[run] = cuts
    return cuts


# a run's tokens as (start, stop, text) inside it, or False for a run that needs its neighbours:
# one look-up per run where the check, the cuts and the token texts cost three steps (most runs
# recur: a word, a word and its comma)
_run_tokens = {}


def run_tokens(run):
    """(start, stop, text) of razdel's tokens of `run`, cached; False where razdel may cut it
    differently beside other runs (`needs_neighbours`)."""
    found = _run_tokens.get(run)
    if found is None:
        if len(_run_tokens) >= RUN_CACHE_SIZE:
            _run_tokens.clear()
        found = _run_tokens[run] = False if needs_neighbours(run) else \
            tuple((first, last, run[first:last]) for first, last in run_cuts(run))
    return found


def razdel_tokens(text):
    """`adapt_razdel(tokenize(text))`, run by run of non-space characters."""
    tokens = []
    runs = [(match.start(), match.end()) for match in RUN.finditer(text)]
    for index, (start, stop) in enumerate(runs):
        pieces = run_tokens(text[start:stop])
        if pieces is not False:
            tokens.extend([(start + first, start + last, piece) for first, last, piece in pieces])
            continue
        # the run with the runs around it; only its own tokens are kept
        begin = runs[index - 1][0] if index else start
        end = runs[index + 1][1] if index + 1 < len(runs) else stop
        tokens.extend((begin + item.start, begin + item.stop, item.text) for item in tokenize(text[begin:end])
                      if start <= begin + item.start < stop)
    return tokens


def add_gap(words, spaces, gap):
    """A whitespace gap before a token: one plain space after a token is its trailing space,
    anything else a whitespace token of its own."""
    if gap == ' ' and words and not spaces[-1]:
        spaces[-1] = True
    else:
        words.append(gap)
        spaces.append(False)


def razdel_tokens_slow(text):
    """`split_tokens` through `razdel_tokens`: the tokens and then their gaps (tests compare)."""
    words, spaces = [], []
    position = 0
    for start, stop, word in razdel_tokens(text):
        if start > position:
            add_gap(words, spaces, text[position:start])
        words.append(word)
        spaces.append(False)
        position = stop
    if position < len(text):
        add_gap(words, spaces, text[position:])
    return words, spaces


# `split_tokens` walks the text's gaps and runs once (re.split, in C) and takes a run's token texts
# from one cached tuple when they cover the run end to end (nearly every run: `слово`, `слово,`):
# no (start, stop, text) triple per token and no second pass for the gaps. Over NEREL train's
# texts (each process's first pass, its caches cold) this took the split from 0.52 to 0.40 s of CPU.
RUN_SPLIT = re.compile(r'(\S+)')
_run_words = {}
NO_SPACES = [(False,) * count for count in range(256)]


def run_words(run):
    """The token texts of `run` when razdel's tokens of it cover it end to end, else False (a run that
    needs its neighbours, `needs_neighbours`, or whose tokens leave a character out); cached."""
    found = _run_words.get(run)
    if found is None:
        if len(_run_words) >= RUN_CACHE_SIZE:
            _run_words.clear()
        if needs_neighbours(run):
            found = False
        elif ATOM.fullmatch(run):  # one atom, one token (`run_cuts`' first case, without its cache)
            found = (run,)
        else:
            cuts = run_cuts(run)
            position = 0
            for first, last in cuts:
                if first != position:
                    break
                position = last
            covered = position == len(run) and len(cuts) < len(NO_SPACES)
            found = tuple(run[first:last] for first, last in cuts) if covered else False
        _run_words[run] = found
    return found


def split_tokens(text):
    """Tokens covering the whole text: razdel's, plus whitespace runs (`razdel_tokens_slow`, faster)."""
    words, spaces = [], []
    parts = RUN_SPLIT.split(text)  # gap, run, gap, run, ..., gap (gaps may be empty)
    count = len(parts)
    position = 0  # the end of the last token
    offset = 0  # the start of parts[index - 1], the gap before the run
    previous = 0  # the start of the run before
    for index in range(1, count, 2):
        gap, run = parts[index - 1], parts[index]
        start = offset + len(gap)
        stop = start + len(run)
        pieces = run_words(run)
        if pieces is not False:
            if start > position:
                add_gap(words, spaces, gap if position == offset else text[position:start])
            words.extend(pieces)
            spaces.extend(NO_SPACES[len(pieces)])
            position = stop
        else:
            # the run with the runs around it (as `razdel_tokens`); only its own tokens are kept
            begin = previous if index > 1 else start
            end = stop + len(parts[index + 1]) + len(parts[index + 2]) if index + 2 < count else stop
            for item in tokenize(text[begin:end]):
                first = begin + item.start
                if start <= first < stop:
                    if first > position:
                        add_gap(words, spaces, text[position:first])
                    words.append(item.text)
                    spaces.append(False)
                    position = begin + item.stop
        previous = start
        offset = stop
    if position < len(text):
        add_gap(words, spaces, text[position:])
    return words, spaces


class RazdelTokenizer:
    """spaCy tokenizer: text -> Doc with razdel tokens, text kept exactly."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text):
        words, spaces = split_tokens(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[TOKEN_TEXTS_KEY] = words  # what `doc.token_texts` would list again
        # the tokens and their spaces cover the text exactly, so it is `doc.text`, which spaCy joins
        # from a Token per token (`segment` read it first: a tenth of a second on NEREL train)
        doc.user_data[TEXT_KEY] = text
        return doc

    def pipe(self, texts, batch_size=64):
        for text in texts:
            yield self(text)

    # spaCy serialises tokenizers; ours has no state
    def to_bytes(self, **kwargs):
        return b''

    def from_bytes(self, data, **kwargs):
        return self

    def to_disk(self, path, **kwargs):
        pass

    def from_disk(self, path, **kwargs):
        return self


@registry.tokenizers('pipeline.razdel')
def razdel_tokenizer():
    """The Language's tokenizer by name (`spacy.blank(..., config=TOKENIZER_CONFIG)`): building
    spaCy's default Russian tokenizer only to replace it compiled its prefix and suffix
    expressions, a fifth of a second of every process that loads the pipeline."""
    return lambda nlp: RazdelTokenizer(nlp.vocab)


TOKENIZER_CONFIG = {'nlp': {'tokenizer': {'@tokenizers': 'pipeline.razdel'}}}

