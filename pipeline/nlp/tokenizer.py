"""Tokens from razdel, in a spaCy Doc that keeps the text exactly.

razdel is what natasha's models were trained on, so token boundaries agree with
slovnet. Whitespace other than one plain space between two tokens becomes a
whitespace token of its own.
"""

from razdel import tokenize
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LOWER, NORM
from spacy.tokens import Doc

from pipeline.errors import ConfigError
from pipeline.nlp.doc import TOKEN_TEXTS_KEY

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


def split_tokens(text):
    """Tokens covering the whole text: razdel's, plus whitespace runs."""
    words, spaces = [], []
    position = 0
    for start, stop, word in adapt_razdel(tokenize(text)):
        if start > position:
            gap = text[position:start]
            if gap == ' ' and words and not spaces[-1]:
                spaces[-1] = True
            else:
                words.append(gap)
                spaces.append(False)
        words.append(word)
        spaces.append(False)
        position = stop
    if position < len(text):
        gap = text[position:]
        if gap == ' ' and words and not spaces[-1]:
            spaces[-1] = True
        else:
            words.append(gap)
            spaces.append(False)
    return words, spaces


class RazdelTokenizer:
    """spaCy tokenizer: text -> Doc with razdel tokens, text kept exactly."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text):
        words, spaces = split_tokens(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[TOKEN_TEXTS_KEY] = words  # what `doc.token_texts` would list again
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
