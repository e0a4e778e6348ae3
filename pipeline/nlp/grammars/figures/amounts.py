"""AMOUNT and RANGE: numbers in digits or words, with scales, to values.

The rules NUMBER, SCALE, AMOUNT and RANGE of the grammar that grammar.py's
docstring draws bottom-up, each with the inputs it targets.
"""

import re
from decimal import Decimal, InvalidOperation

from pipeline.nlp.grammars.figures.tokens import DASHES, GROUP_SPACE
from pipeline.nlp.grammars.figures.vocabulary import (
    AMBIGUOUS_NUMBER_WORDS, APPROXIMATE_PLURALS, CARDINAL_MI_LAST_DIGITS, CARDINAL_MI_SUFFIX, CARDINAL_SUFFIXES,
    HALF, HALF_SCALES, NUMBER_WORDS, ONE_FORMS, SCALE_ABBREVIATIONS, SCALE_WORDS, SEVERAL,
    SINGULAR_ONLY_SCALE_FORMS, YEAR_RANGE)


HUNDRED, THOUSAND = 100, 1000
# на 10 тысяч населения, на 100 тысяч 250 случаев: the base of a rate, a round power of ten
RATE_BASES = frozenset({10**4, 10**5, 10**6})


def _is_rate_base(tokens, index, total):
    """`на 100 тысяч` at tokens[index]: the base of a rate (`на 100 тысяч 250 случаев`)."""
    return index > 0 and tokens[index - 1].norm == 'на' and total in RATE_BASES


def _digits_value(text):
    """'1 000' -> 1000, '1,5' -> 1.5 (as Decimal)."""
    cleaned = re.sub(GROUP_SPACE, '', text)
    if cleaned.count('.') > 1:
        cleaned = cleaned.replace('.', '')  # 1.000.000
    cleaned = cleaned.replace(',', '.')
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def plain(value):
    """Decimal -> int when whole, else float."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _digit_count(value):
    return len(str(int(value)))


def _can_follow(previous, value):
    """Word numbers compose from larger to smaller places: сто двадцать пять, not пять шесть."""
    if previous != previous.to_integral_value() or value != value.to_integral_value():
        return False  # полтора
    places = _digit_count(previous) - 1
    return places > 0 and previous % (10 ** places) == 0 and value < 10 ** places


class Amount:
    """A number read from tokens[first:end]."""
    __slots__ = ('value', 'end', 'first', 'digits', 'words', 'scale', 'bare', 'bare_plural',
                 'one_only', 'year_like', 'ambiguous', 'raw')

    def __init__(self, first):
        self.first = first
        self.value = Decimal(0)
        self.end = first
        self.digits = False       # written in digits
        self.words = False        # written in words
        self.scale = None         # the last scale applied (1000, 10**6 ...)
        self.bare = False         # a scale without a number: тысячи, миллионов
        self.bare_plural = False  # ... in a plural form: reads as "more than"
        self.one_only = False     # only the word один/одна
        self.year_like = False    # 4 digits 1000..2199 without scale
        self.ambiguous = None     # required case of the counted noun (семью)
        self.raw = None           # value before the first scale (15 of 15–20 тысяч)


def _scale_at(tokens, index):
    """SCALE at tokens[index]: (value, next index, singular-only form) or None."""
    if index >= len(tokens):
        return None
    token = tokens[index]
    if token.kind != 'word' or token.skip:
        return None
    if token.norm in SCALE_WORDS:
        return SCALE_WORDS[token.norm], index + 1, token.norm in SINGULAR_ONLY_SCALE_FORMS
    if token.norm in APPROXIMATE_PLURALS and index > 0 and tokens[index - 1].kind in ('num', 'word') \
            and tokens[index - 1].norm not in APPROXIMATE_PLURALS:
        return APPROXIMATE_PLURALS[token.norm], index + 1, False  # двух десятков, пять сотен
    if token.norm in SCALE_ABBREVIATIONS:
        end = index + 1
        if end < len(tokens) and tokens[end].text == '.' and tokens[end].glued:
            end += 1
        return SCALE_ABBREVIATIONS[token.norm], end, False
    return None


def _is_cardinal_mi(value):
    """8-ми, 27-ми: a number whose genitive ends in -ми (семи, восьми), not 17-ми, 6-ми."""
    whole = int(value) if value == value.to_integral_value() else None
    return whole is not None and whole % 10 in CARDINAL_MI_LAST_DIGITS and whole % 100 not in (17, 18)


def _number_at(tokens, index):
    """NUMBER at tokens[index] (digits or words): (value, next index, kind) or None."""
    token = tokens[index]
    if token.skip:
        return None
    if token.kind == 'num':
        if token.suffix and token.suffix not in CARDINAL_SUFFIXES:
            return None
        value = _digits_value(token.digits)
        if value is not None and token.suffix == CARDINAL_MI_SUFFIX and not _is_cardinal_mi(value):
            return None  # станут 6-ми выборами: an ordinal
        return (value, index + 1, 'digits') if value is not None else None
    if token.kind != 'word' or token.norm not in NUMBER_WORDS:
        return None
    # двадцать пять, сто двадцать пять
    value = last = Decimal(NUMBER_WORDS[token.norm])
    end = index + 1
    while end < len(tokens) and tokens[end].kind == 'word' and tokens[end].norm in NUMBER_WORDS:
        following = Decimal(NUMBER_WORDS[tokens[end].norm])
        if not _can_follow(last, following):
            break
        value += following
        last = following
        end += 1
    return value, end, 'words'


def _bare_amount_at(tokens, index):
    """тысячи, миллионов, десятки тысяч, несколько сотен: a scale with no number."""
    token = tokens[index]
    if token.skip or token.kind != 'word':
        return None
    amount = Amount(index)
    amount.words = True
    amount.bare = True
    end = index
    if token.norm in SEVERAL:
        end += 1
        amount.bare_plural = True
        if end >= len(tokens):
            return None
        token = tokens[end]
        if token.norm not in APPROXIMATE_PLURALS and token.norm not in SCALE_WORDS:
            return None
    if token.norm in APPROXIMATE_PLURALS:
        value = Decimal(APPROXIMATE_PLURALS[token.norm])
        amount.bare_plural = True
        end += 1
        scale = _scale_at(tokens, end)
        if scale is not None and scale[1] == end + 1:
            value *= scale[0]
            amount.scale = scale[0]
            end = scale[1]
    elif token.norm in SCALE_WORDS:
        value = Decimal(SCALE_WORDS[token.norm])
        amount.scale = int(value)
        amount.bare_plural = amount.bare_plural or token.norm not in SINGULAR_ONLY_SCALE_FORMS
        end += 1
    else:
        return None
    amount.value = value
    amount.raw = value
    amount.end = end
    return amount


def amount_at(tokens, index):
    """AMOUNT at tokens[index]: NUMBER [с половиной] [SCALE] {NUMBER SCALE}, or a bare plural SCALE."""
    if index >= len(tokens):
        return None
    amount = Amount(index)
    token = tokens[index]
    if token.kind == 'word' and not token.skip and token.norm in HALF_SCALES:
        # полмиллиона тенге, около полумиллиона детей
        value, amount.scale = HALF_SCALES[token.norm]
        amount.value = amount.raw = Decimal(value)
        amount.words = True
        amount.end = index + 1
        return amount
    end = index
    total = Decimal(0)
    last_scale = None
    while end < len(tokens):
        number = _number_at(tokens, end)
        if number is None:
            if end == index:
                return _bare_amount_at(tokens, index)
            break
        value, next_end, kind = number
        if last_scale is not None and value >= last_scale:
            break
        if kind == 'digits':
            amount.digits = True
        else:
            amount.words = True
        # двух с половиной тысяч
        if tuple(t.norm for t in tokens[next_end:next_end + 2]) == HALF:
            value += Decimal('0.5')
            next_end += 2
        scale = _scale_at(tokens, next_end)
        if end == index:
            amount.raw = value
            amount.one_only = tokens[end].norm in ONE_FORMS and next_end == end + 1
            amount.ambiguous = AMBIGUOUS_NUMBER_WORDS.get(tokens[end].norm) if kind == 'words' else None
        elif scale is None and last_scale == THOUSAND and HUNDRED <= value < THOUSAND \
                and not _is_rate_base(tokens, index, total):
            total += value  # 12 тысяч 500 человек, двенадцать тысяч пятьсот: the hundreds after the thousands
            end = next_end
            break
        elif scale is None or scale[0] >= last_scale:
            break  # 2 млн 5 человек: a second group needs its own, smaller scale
        if scale is None:
            total += value
            end = next_end
            break
        total += value * scale[0]
        last_scale = scale[0]
        amount.scale = scale[0]
        end = scale[1]
        amount.one_only = False
        # 2 млн 300 тыс.: go on only with another number written the same way
        if end >= len(tokens) or tokens[end].kind != ('num' if kind == 'digits' else 'word'):
            break
    amount.value = total
    amount.end = end
    first = tokens[index]
    if (amount.digits and amount.scale is None and first.kind == 'num' and not first.suffix
            and re.fullmatch(r'\d{4}', first.text) and YEAR_RANGE[0] <= total <= YEAR_RANGE[1]):
        amount.year_like = True
    return amount


def hyphen_range_at(tokens, index):
    """двух-трех тысяч: a hyphenated pair of number words -> (low, high Amounts)."""
    token = tokens[index]
    if token.kind != 'word' or '-' not in token.norm:
        return None
    parts = token.norm.split('-')
    if len(parts) != 2 or not all(part in NUMBER_WORDS for part in parts):
        return None
    low, high = Amount(index), Amount(index)
    for amount, part in ((low, parts[0]), (high, parts[1])):
        amount.value = amount.raw = Decimal(NUMBER_WORDS[part])
        amount.words = True
    end = index + 1
    scale = _scale_at(tokens, end)
    if scale is not None:
        low.value *= scale[0]
        high.value *= scale[0]
        low.scale = high.scale = scale[0]
        end = scale[1]
    low.end = high.end = end
    return low, high


def range_tail_at(tokens, amount, qualifier_words):
    """RANGE tail after an amount: `– 20 тысяч`, or `до 20 тысяч` after `от`; the upper
    bound, or None.  The upper bound's scale applies to the lower one (15–20 тысяч)."""
    at = amount.end
    if at + 1 >= len(tokens):
        return None
    link = tokens[at]
    if not (link.text in DASHES or (link.norm == 'до' and qualifier_words == ('от',))):
        return None
    high = amount_at(tokens, at + 1)
    if high is None or high.bare or high.digits != amount.digits:
        return None
    if amount.year_like and high.year_like:
        return high  # 2025–2026: years, rejected with the pair
    if amount.scale is None and high.scale is not None and amount.value < high.raw:
        amount.value *= high.scale
        amount.scale = high.scale
    if high.value <= amount.value:
        return None
    amount.year_like = False
    return high
