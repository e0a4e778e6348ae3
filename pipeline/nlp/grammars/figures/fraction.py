"""Fraction words: a share of a whole written as a word.  The value is the fraction of one,
the counted object the noun of the whole (in the genitive after the word, or the noun of the
figure before it when the whole is left out):

    почти половина респондентов назвала ...      -> 0.5 approx, респондент
    еще четверть опрошенных затруднилась ...     -> 0.25, опрошенный
    две трети голосов                            -> 0.666..., голос
    148 участков, треть из них находится ...     -> 0.333..., участок (taken from the figure before)
    подорожали почти на треть                    -> 0.333... approx, the size of a change

A fraction may be written with an ordinal: a numerator from two to nine and the ordinal's genitive plural
(`семь десятых` 0.7, `три пятых выпускников`), or one part (`десятую часть бюджета`, `одна пятая`); not the
ordinal of a grade or a decade (`в пяти десятых классах`), nor `третья часть` / `четвертая часть` without a
qualifier or `на` (a sequel as often as a share).  A share of `этой суммы` / `этих средств` has no whole of its
own: the demonstrative points back, and the share takes the unit of the figure before (elided.py).
written_figures30 (development) FIG .924 -> .944 with the ordinals and figures/parenthesised.py together, .944 ->
.950 with the demonstrative; no held-out set, kz-dev check or NEREL check moved.

Not a share: a half of a span of time (`во второй половине дня`, `в первой половине 2025 года`: an
ordinal before it, or a time noun or no noun after it), an even split (`половина на половину`),
`с половиной` after a number (`два с половиной часа`, read by amounts.py), the ordinal `третью`
(`третью партию`), and a bare word with nothing that makes it a quantity (no qualifier, numerator,
`на` or `из` with it).
"""

from decimal import Decimal

from pipeline.nlp.grammars.figures.durations import DURATION_LEMMAS
from pipeline.nlp.grammars.figures.objects import noun_at
from pipeline.nlp.grammars.figures.tokens import LIST_DASHES
from pipeline.nlp.grammars.figures.vocabulary import (
    ADJECTIVE_POS, FRACTION_DENOMINATORS, FRACTION_NUMERATORS, NUMBER_WORDS, OF_TOTAL, ORDINAL_NOUNS,
    ORDINAL_NUMERATORS, ORDINAL_PLURAL_DENOMINATORS, ORDINAL_SINGULAR_DENOMINATORS, PART_OF_THEM, PART_WORDS,
    QUALIFIER_TOKENS)
from pipeline.nlp.grammars.figures.words import word_info

# подорожали на треть: the size of a change
CHANGE_PREPOSITION = 'на'
# два с половиной: a number's half, not a share
WITH_HALF = 'с'
# the words of time a half of which is a span of time, not a share (половина срока stays a share)
TIME_LEMMAS = DURATION_LEMMAS | frozenset(
    {'сезон', 'квартал', 'полугодие', 'матч', 'тайм', 'сутки', 'утро', 'вечер', 'ночь'})
PUNCTUATION_AFTER = frozenset(',.;:–—-)')
# треть этой суммы, половину этих средств: a demonstrative before a word for an amount points back to a figure
# before, whose unit or noun is the whole (not `треть этих школ`: schools are the whole); `деньга` is pymorphy3's
# lemma of денег and деньги (`треть этих денег`)
AMOUNT_NOUNS = frozenset({'сумма', 'средство', 'деньга', 'объем', 'объём'})
DEMONSTRATIVES = frozenset('этой этого этих этому этим данной данного данных указанной указанного указанных'.split())
# третья часть, четвертая часть name a sequel as often as a share: a share only after a qualifier or `на`
SEQUEL_PARTS = 5


def _half_and_half(tokens, at):
    """`разделились половина на половину` around tokens[at]: an even split, no quantity."""
    words = [token.norm for token in tokens[max(0, at - 2):at + 3]]
    return any(words[i:i + 3] == ['половина', 'на', 'половину'] for i in range(len(words) - 2))


def _ordinal_fraction_at(tokens, index):
    """A fraction written with an ordinal at tokens[index]: (value as Decimal, next index) or None.

    семь десятых -> 7/10 | десятую часть -> 1/10 | одна пятая -> 1/5 | not пять десятых классов
    """
    norm = tokens[index].norm
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ''
    low, high = ORDINAL_NUMERATORS
    if following in ORDINAL_PLURAL_DENOMINATORS and low <= NUMBER_WORDS.get(norm, 0) <= high:
        if _ordinal_of_noun(tokens, index + 2):
            return None  # в пяти десятых классах: the grade, no fraction
        return Decimal(NUMBER_WORDS[norm]) / ORDINAL_PLURAL_DENOMINATORS[following], index + 2
    if FRACTION_NUMERATORS.get(norm) == 1 and following in ORDINAL_SINGULAR_DENOMINATORS:
        end = index + 2
        if end < len(tokens) and tokens[end].norm in PART_WORDS:
            end += 1  # одну пятую часть
        return Decimal(1) / ORDINAL_SINGULAR_DENOMINATORS[following], end
    if norm in ORDINAL_SINGULAR_DENOMINATORS and following in PART_WORDS:
        denominator = ORDINAL_SINGULAR_DENOMINATORS[norm]
        if denominator < SEQUEL_PARTS and not (index > 0 and tokens[index - 1].norm in QUALIFIER_TOKENS | {
                CHANGE_PREPOSITION}):
            return None  # Третья часть трилогии выйдет ...: a sequel (but почти на третью часть)
        return Decimal(1) / denominator, index + 2  # десятую часть
    return None


def _ordinal_of_noun(tokens, at):
    """The word at tokens[at] a noun the ordinal before it agrees with: a plural not in the genitive
    (`десятых классах`) or a noun counted by ordinals (`десятых классов`, `десятых годов`)."""
    if at >= len(tokens) or tokens[at].kind != 'word':
        return False
    info = word_info(tokens[at].norm)
    if info.noun_lemma is None:
        return False
    if info.noun_lemma in ORDINAL_NOUNS:
        return True
    return bool(info.noun_forms) and all(number == 'plur' and case != 'gent' for case, number in info.noun_forms)


def fraction_at(tokens, index):
    """A fraction word (with its numerator) at tokens[index]: (value as Decimal, next index) or None.

    треть -> 1/3 | две трети -> 2/3 | три четверти -> 3/4 | половину -> 1/2
    """
    if index >= len(tokens) or tokens[index].kind != 'word' or tokens[index].skip:
        return None
    ordinal = _ordinal_fraction_at(tokens, index)
    if ordinal is not None:
        return ordinal
    numerator = 1
    at = index
    norm = tokens[index].norm
    if norm in FRACTION_NUMERATORS and index + 1 < len(tokens) and tokens[index + 1].norm in FRACTION_DENOMINATORS:
        numerator = FRACTION_NUMERATORS[norm]
        at = index + 1
    elif norm not in FRACTION_DENOMINATORS:
        return None
    denominator = FRACTION_DENOMINATORS[tokens[at].norm]
    if _half_and_half(tokens, at):
        return None  # мнения разделились половина на половину: evenly, no quantity
    if numerator >= denominator:
        return None
    if at == index and index > 0:
        before = tokens[index - 1]
        if before.norm == WITH_HALF:
            return None  # два с половиной часа
        if before.kind == 'word' and before.norm not in QUALIFIER_TOKENS \
                and word_info(before.norm).pos in ADJECTIVE_POS:
            return None  # во второй половине дня, большую половину
    return Decimal(numerator) / Decimal(denominator), at + 1


def _listed_after_dash(tokens, start, end):
    """A fraction word at tokens[start:end] ending its clause right after a list dash (and a preposition), a
    share or a number before it in its sentence: `для четверти фильмов, а к 2028 году – для половины`,
    `подали 400 заявок, одобрено – две трети`: the whole was said before."""
    sentence = tokens[start].sentence
    if end < len(tokens) and tokens[end].text not in PUNCTUATION_AFTER and tokens[end].sentence == sentence:
        return False
    at = start - 1
    if at >= 1 and tokens[at].kind == 'word' and word_info(tokens[at].norm).pos == 'PREP':
        at -= 1
    if at < 1 or tokens[at].text not in LIST_DASHES:
        return False
    return any(token.sentence == sentence and (token.kind == 'num' or token.norm in FRACTION_DENOMINATORS)
               for token in tokens[:at])


def _numbered(tokens, end):
    """A fraction written with an ordinal ends at tokens[end]: a number by its words alone."""
    last = tokens[end - 1].norm if end >= 1 else ''
    return last in ORDINAL_PLURAL_DENOMINATORS or last in PART_WORDS or (
        last in ORDINAL_SINGULAR_DENOMINATORS and end >= 2 and tokens[end - 2].norm in FRACTION_NUMERATORS)


def fraction_whole(tokens, end, qualified):
    """What a fraction word ending at tokens[end] is a share of: (lemma or None, next index), or None
    when it is no share (a half of a span of time, a bare word with no sign of a quantity).

    четверть опрошенных -> ('опрошенный', ...) | треть из них, из них треть -> (None, ...): the noun is left out
    """
    noun = noun_at(tokens, end, genitive_plural=True)
    if noun is not None and noun[0] in AMOUNT_NOUNS and end < len(tokens) and tokens[end].norm in DEMONSTRATIVES:
        return None, noun[2]  # треть этой суммы, половину этих средств: the whole the sentence before named
    if noun is not None:
        lemma, forms, after = noun
        if lemma in TIME_LEMMAS:
            return None  # в первой половине года
        if any(case in ('gent', None) for case, _ in forms) or not forms:
            return lemma, after
    if _numbered(tokens, end):
        return None, end  # (семь десятых), выросло на десятую часть: the words make it a number
    before = tokens[end - 2].norm if end >= 2 else ''
    if end < len(tokens) and tokens[end].norm == OF_TOTAL:
        return None, end  # треть из них, двух третей из 100 членов
    start = end - 2 if before in FRACTION_NUMERATORS else end - 1
    if start >= 2 and (tokens[start - 2].norm, tokens[start - 1].norm) in PART_OF_THEM:
        return None, end  # 3 млн кв. м жилья, из них четверть придется на аренду: the whole named before
    if before in FRACTION_NUMERATORS:
        return None, end  # получат по одной четверти: a numerator makes it a number
    if _listed_after_dash(tokens, start, end):
        return None, end  # для четверти фильмов, а к 2028 году – для половины: the share of a list
    if qualified or before == CHANGE_PREPOSITION:
        if end >= len(tokens) or tokens[end].text in PUNCTUATION_AFTER or tokens[end].kind == 'word':
            return None, end  # почти половину, на треть больше
    return None
