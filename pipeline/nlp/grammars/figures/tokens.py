"""The token scanner of the figures grammar: sentences and paragraphs with a
number in them, cut into numbers, words and punctuation (urls, phones, clock
times and section codes kept whole, so no number is read inside them)."""

import re

from pipeline.nlp.grammars.figures.vocabulary import CAPITAL_UNITS, NUMBER_STARTS, SCALE_ABBREVIATIONS

# Only sentences with a digit, a currency sign or a number word are tokenised.
# A break: a newline, or whitespace after . ! ? … before a capital or a quote
# (not before a digit: `п. 2` must stay together).
PIECE_BREAK = re.compile(r'[\r\n]+|(?<=[.!?…])\s+(?=[«"„(]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])')
ANCHOR_RE = re.compile(r'[\d$€₸₽£]')
WORD_RE = re.compile(r'[^\W\d_]+')
SCALE_DOT = re.compile(r'(?<![^\W\d_])(?:' + '|'.join(SCALE_ABBREVIATIONS) + r')\.\Z')

DASHES = frozenset('-‐‑‒–—―−')
# the dash that stands for the repeated verb in a list: на дороги – 118 млрд тенге
LIST_DASHES = frozenset({'–', '—', '-'})
SENTENCE_ENDS = frozenset('.!?…;')
# a dot after these is no sentence end: г. Астана, тыс. тенге
ABBREVIATIONS = frozenset(
    'г гг тыс млн млрд трлн руб долл п пп ст ч им т д ул кв см др пр тг обл р-н корп'.split())

GROUP_SPACE = '[\u0020\u00a0\u202f\u2009\u2007]'
# 1.000.000: thousands grouped with dots (two groups at least; one is a decimal: 1.5)
DOTTED_THOUSANDS = r'\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)'
TOKEN_RE = re.compile(
    r'(?P<url>(?:https?://|www\.)[^\s«»"<>]+)'
    # +7 (701) 123-45-67, 8 (7172) 74-11-11, 8-800-080-7777, 74-11-11
    r'|(?P<phone>(?:\+\d{1,3}|(?<![\w.,])8)[\s\u00a0-]*\(?\d{3,5}\)?'
    r'[\s\u00a0-]*\d{1,3}[\s\u00a0-]*\d{2}[\s\u00a0-]*\d{2}(?!\d)'
    r'|(?<![\d\w-])\d{2,3}-\d{2}-\d{2}(?![\d-]))'
    # 10:30
    r'|(?P<time>(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))'
    # 2.3.1 (section numbers, versions), but not 1.000.000
    rf'|(?P<code>(?!{DOTTED_THOUSANDS})\d+(?:\.\d+){{2,}})'
    # 700, 1 000, 1.000.000, 1,5, 2.3, 5-й, 2-х
    rf'|(?P<num>(?:\d{{1,3}}(?:{GROUP_SPACE}\d{{3}})+(?!\d)|{DOTTED_THOUSANDS}|\d+)(?:[.,]\d+)?)'
    r'(?:[-‐‑](?P<suffix>[^\W\d_]+))?'
    # words, with inner hyphens, digits and soft hyphens: COVID-19, Су-27, e-Otinish
    r'|(?P<word>[^\W\d_][\w\u00ad]*(?:[-‐‑][\w\u00ad]+)*)'
    r'|(?P<punct>[^\s\u200b\u200c\u200d\u2060\ufeff])'
)


class Token:
    """A number, word, punctuation mark, url, phone, clock time or section code."""

    __slots__ = ('kind', 'text', 'start', 'stop', 'norm', 'digits', 'suffix', 'glued', 'sentence', 'skip')

    def __init__(self, kind, text, start, stop, digits, suffix, glued):
        self.kind = kind
        self.text = text
        self.digits = digits    # the number of a num token without its suffix: 2 of 2-х
        self.start = start
        self.stop = stop
        self.norm = text.replace('\u00ad', '').lower().replace('ё', 'е')
        self.suffix = suffix.lower() if suffix else None
        self.glued = glued      # no space between this token and the previous one
        self.sentence = 0
        self.skip = False       # inside a date (or otherwise not to be read)


def _mark_sentences(text, tokens):
    """Number sentences/clauses: a break after . ! ? … ; before a capital, or at a newline."""
    sentence = 0
    for index, token in enumerate(tokens):
        if index:
            previous = tokens[index - 1]
            if '\n' in text[previous.stop:token.start] or '\r' in text[previous.stop:token.start]:
                sentence += 1
            elif previous.text == ';':
                sentence += 1
            elif previous.text in SENTENCE_ENDS and not token.text[:1].islower():
                before = tokens[index - 2].norm if index >= 2 else ''
                if not (previous.text == '.' and before in ABBREVIATIONS):
                    sentence += 1
        token.sentence = sentence


def tokenize(text, start, stop):
    """Tokens of text[start:stop], numbered by sentence."""
    tokens = []
    previous_stop = None
    for match in TOKEN_RE.finditer(text, start, stop):
        kind = match.lastgroup if match.lastgroup != 'suffix' else 'num'
        tokens.append(Token(kind, match.group(), match.start(), match.end(), match.group('num'),
                            match.group('suffix'), match.start() == previous_stop))
        previous_stop = match.end()
    _mark_sentences(text, tokens)
    return tokens


def mark_dates(tokens, spans):
    """Flag tokens that overlap a date span."""
    position = 0
    for token in tokens:
        while position < len(spans) and spans[position][1] <= token.start:
            position += 1
        if position < len(spans) and spans[position][0] < token.stop:
            token.skip = True


def _scale_before_unit(text, match):
    """`5 тыс. МРП`: the dot of a scale abbreviation before a capitalised unit ends no sentence."""
    before = SCALE_DOT.search(text, max(0, match.start() - 6), match.start())
    after = WORD_RE.match(text, match.end())
    return before is not None and after is not None and after.group() in CAPITAL_UNITS


def pieces(text, start, stop):
    """(start, stop) of the paragraphs/sentences of text[start:stop]."""
    position = start
    for match in PIECE_BREAK.finditer(text, start, stop):
        if match.group()[:1] not in '\r\n' and _scale_before_unit(text, match):
            continue
        if match.start() > position:
            yield position, match.start()
        position = match.end()
    if stop > position:
        yield position, stop


def has_anchor(text, start, stop):
    """Cheap test: a digit, a currency sign or a number word in text[start:stop]."""
    if ANCHOR_RE.search(text, start, stop):
        return True
    return not NUMBER_STARTS.isdisjoint(WORD_RE.findall(text[start:stop].lower().replace('ё', 'е')))
