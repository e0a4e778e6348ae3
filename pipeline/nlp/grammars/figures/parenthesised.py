"""A bare number in parentheses right after a noun phrase of a breakdown counts the head of that phrase:

    не хватает учителей химии (45) и биологии (30)      -> 45 учителей, 30 учителей
    не хватало врачей, в том числе терапевтов (40)       -> 40 терапевтов

The head is the first noun of the phrase before `(` that may be a genitive plural (`учителей`, not the
subject `химии` after it), the phrase running back over nouns in the genitive and adjectives.  A phrase
that names no such noun, coordinated by `и` or a comma to a parenthesised count before it, takes that
count's noun (`и биологии (30)`).  Not: a number that is counted itself (`(12 школ)`), a year in parentheses
(`выборов (2024)`), or a noun a number before it counts (`14 школ (12)`: the number restates or corrects).
written_figures30 (development) FIG .924 -> .944 with the ordinal fractions of fraction.py; no held-out set, kz-dev
check or NEREL check moved.
"""

from pipeline.nlp.grammars.figures.vocabulary import YEAR_RANGE
from pipeline.nlp.grammars.figures.words import word_info

OPEN, CLOSE = '(', ')'
GENITIVE_PLURAL = ('gent', 'plur')
# the words of a phrase before `(`: its nouns (any case, `химии`) and adjectives (`начальных`)
PHRASE_POS = frozenset({'NOUN', 'ADJF', 'PRTF'})
PHRASE_WORDS = 4
# `учителей химии (45) и биологии (30)`: the words that join a second count to the first
JOINERS = frozenset({'и', ','})


def _bare_in_parentheses(tokens, reading):
    """The reading alone between `(` and `)`, no unit or noun of its own, no year."""
    if reading.unit is not None or reading.object is not None:
        return False
    if reading.first < 1 or reading.end >= len(tokens):
        return False
    if tokens[reading.first - 1].text != OPEN or tokens[reading.end].text != CLOSE:
        return False
    low, high = YEAR_RANGE
    return not (reading.value_max is None and low <= reading.value <= high and reading.scale is None)


def _phrase_head(tokens, close):
    """(head lemma or None, index of the first phrase word) of the noun phrase ending before tokens[close]."""
    head, at = None, close - 1
    while at >= 0 and close - at <= PHRASE_WORDS and tokens[at].kind == 'word':
        info = word_info(tokens[at].norm)
        if info.pos not in PHRASE_POS:
            break
        if info.noun_lemma is not None and GENITIVE_PLURAL in info.noun_forms:
            head = info.noun_lemma
        at -= 1
    if at >= 0 and tokens[at].kind == 'num':
        return None, at + 1  # 14 школ (12): a counted noun already
    return head, at + 1


def name_parenthesised(tokens, readings):
    """Give each bare reading in parentheses after a breakdown noun phrase that phrase's head as its object."""
    previous = None  # (end index of the `)` of the last count named, its lemma)
    for reading in readings:
        if not _bare_in_parentheses(tokens, reading):
            continue
        head, start = _phrase_head(tokens, reading.first - 1)
        if start == reading.first - 1:
            continue  # `(45)` after no phrase at all
        if head is None and previous is not None and start >= 2 and tokens[start - 1].norm in JOINERS \
                and previous[0] == start - 2:
            head = previous[1]  # учителей химии (45) и биологии (30)
        if head is not None:
            reading.object = head
            previous = (reading.end, head)
