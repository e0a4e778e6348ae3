"""What the link rules (grammars/links.py, grammars/described.py) ask of a figure span: its facts
(value, unit, counted noun), whether it counts people, is a share, leaves its noun out, and where it stands."""

from functools import lru_cache

from spacy.tokens import Span

from pipeline.nlp.morph import parse
from pipeline.nlp.doc import sent_end, sent_start, sentence_bounds, span_value, token_lowers
from pipeline.nlp.grammars.figures.tokens import LIST_DASHES

QUOTES = frozenset({'«', '"', '“', '„'})
# `еще N`: one more of a kind told before (ledes.far_part, more.more_parts)
ALSO = frozenset({'еще', 'ещё'})
BOUNDARIES = frozenset({',', ';', ':', '(', ')', '–', '—', '-', '.', '!', '?'})
# a dash inside a clause stands for its verb and ends nothing: `на здравоохранение – 41 млрд`
CLAUSE_BOUNDARIES = BOUNDARIES - LIST_DASHES


def facts(span):
    return span_value(span, 'figure') or {}


def is_percent(span):
    return facts(span).get('unit') == '%'


def is_adjective(word):
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS in ('ADJF', 'PRTF')


def is_elliptic(span):
    """`4 золотые`, `4 анимационных`: the counted noun left out, only its adjective (or nothing) said;
    the grammar may name the noun (`4 золотые` counts medals), the text does not."""
    figure = facts(span)
    if figure.get('unit'):
        return False
    noun = figure.get('object')
    if not noun:
        return True
    last = span[-1].text.lower() if len(span) else ''
    return is_adjective(noun.split()[-1]) or (last.isalpha() and is_adjective(last))


def counts_people(span):
    """`6 тысяч участников`, `700 тысяч человек`: the coverage or the participants of something counted."""
    noun = facts(span).get('object')
    if not noun or facts(span).get('unit'):
        return False
    parses = parse(noun.split()[-1])
    return bool(parses) and 'anim' in parses[0].tag


# `17,2 млн квадратных метров жилья. ... В Алматы построено 2,6 млн кв. м`: a measure written in full may come with
# its bare noun (`метр`) while its abbreviation reads `квадратный метр`; the adjective in the span names the unit
MEASURE_ADJECTIVES = {'квадратн': 'квадратный', 'кубическ': 'кубический'}
MEASURE_NOUNS = frozenset({'метр', 'километр'})


def counted_noun(span):
    """The figure's counted noun, a square or cubic measure named in full when its words say so."""
    noun = facts(span).get('object')
    if noun in MEASURE_NOUNS:
        for token in span:
            for stem, adjective in MEASURE_ADJECTIVES.items():
                if token.lower_.startswith(stem):
                    return f'{adjective} {noun}'
    return noun


def same_kind(part, total):
    """Both money or both percentages in the same unit, or both counting the same noun."""
    a, b = facts(part), facts(total)
    if a.get('unit') or b.get('unit'):
        return a.get('unit') == b.get('unit')
    return a.get('object') is not None and counted_noun(part) == counted_noun(total)


def words(tokens):
    """The lower-case words of a Span (a slice of the Doc's `token_lowers`, not a Token per word: this
    runs some twenty thousand times over NEREL train) or of other tokens."""
    if isinstance(tokens, Span):
        return token_lowers(tokens.doc)[tokens.start:tokens.end]
    return [token.text.lower() for token in tokens]


def clause_before(span, limit=None):
    """The lower-case words of the span's clause before it, from the last boundary but a dash in its sentence
    (`, самая высокая из них –`, `на здравоохранение –`), at most `limit` of them when a limit is given."""
    doc, start = span.doc, sent_start(span)
    at = span.start
    while at > start and doc[at - 1].text not in CLAUSE_BOUNDARIES and (limit is None or span.start - at < limit):
        at -= 1
    return words(doc[at:span.start])


def cue_starts(tokens, cues):
    """The positions in `tokens` (lower-case words) where one of `cues` (tuples of words) opens, in order.
    Only a word a cue opens with is tried: a slice of the rest at every word was quadratic in a long sentence."""
    firsts = cue_firsts(cues)
    for at, token in enumerate(tokens):
        if token in firsts and any(tuple(tokens[at:at + len(cue)]) == cue for cue in cues):
            yield at


@lru_cache(maxsize=None)
def cue_firsts(cues):
    """The words the cues open with."""
    return frozenset(cue[0] for cue in cues)


def between(spans, first, second):
    """The tokens between two figure spans (empty when they touch)."""
    return spans[0].doc[spans[first].end:spans[second].start]


def same_sentence(spans, first, second):
    return sent_start(spans[first]) == sent_start(spans[second])


def value(span):
    return facts(span).get('value') or 0


def part_like(part, total):
    """A figure that may be a part of `total` in a breakdown: the same kind, or its noun left out
    (`4 золотые` of `11 медалей`, a bare `400`), or people of people (`1 300 женщин` of `2 400 безработных`)."""
    if same_kind(part, total):
        return True
    if facts(part).get('unit') or facts(total).get('unit'):
        return False
    return is_elliptic(part) or (counts_people(part) and counts_people(total))


def is_times(span):
    """`семь раз`: how often, not a count of things that could be parts or be paid for."""
    return facts(span).get('object') == 'раз'


MONEY = frozenset({'KZT', 'USD', 'EUR', 'RUB', 'CNY'})


def is_money(span):
    return facts(span).get('unit') in MONEY


PERIODS = frozenset({'год', 'месяц', 'неделя', 'день', 'сутки', 'час', 'минута'})


def is_period(span):
    """`до 29 лет`, `3 месяца`: an age or a term, no part of a count of things or people."""
    return facts(span).get('object') in PERIODS and not facts(span).get('unit')


def sentence_firsts(spans):
    """For each figure, the index of the first figure of its sentence (figures are in doc order)."""
    starts = [sent_start(span) for span in spans]
    firsts = []
    for index, start in enumerate(starts):
        firsts.append(firsts[-1] if index and starts[index - 1] == start else index)
    return firsts


def is_change(span):
    """`увеличившись на 172 тыс. человек`, `что на 8% больше`: the size of a change (the grammar's kind),
    no part of a total nor a total of parts."""
    return facts(span).get('kind') == 'change'


# `засеяно 4,1 млн гектаров при плане 4,2 млн гектаров`, `18 млн тонн против 16 млн тонн годом ранее`
COMPARED = (('при', 'плане'), ('при', 'прогнозе'), ('при', 'норме'), ('при', 'нормативе'), ('против',))


def is_compared(span):
    """A figure given to compare the one before it with (a plan, a forecast, last year's): no total of the
    parts after it."""
    before = words(span.doc[max(sent_start(span), span.start - 2):span.start])
    return any(tuple(before[-len(cue):]) == cue for cue in COMPARED)


def in_from_to(span):
    """`снизили потери с 14% до 11%`: one end of a change from one level to another, no part of a count."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > sent_start(span) else ''
    after = doc[span.end].lower_ if span.end < sent_end(span) else ''
    if before in ('с', 'со') and after == 'до':
        return True
    at = span.start if span[0].lower_ == 'до' else span.start - 1 if before == 'до' else None
    if at is None:
        return False
    back = words(doc[max(sent_start(span), at - 6):at])
    return any(word in ('с', 'со') and any(char.isdigit() for char in following)
               for word, following in zip(back, back[1:]))


# `Экономия составила 1,6 млрд тенге, или 13,6%` after a planned and a contracted sum: what one figure lacks
# of another, no share of either
DIFFERENCES = ('экономи', 'разниц', 'дефицит', 'профицит', 'превышени', 'отставани')


def in_difference(span):
    """The figure stands in a sentence opening with a noun of a difference (`Экономия составила ...`)."""
    start, end = sentence_bounds(span)
    first = span.doc[start].lower_ if end > start else ''
    return first.startswith(DIFFERENCES)


# `Импорт достиг 39,1 млрд долларов. Положительное сальдо составило 19,3 млрд` after export of 58,4 млрд: what one
# figure leaves of another, no part of a breakdown even when the two add up
BALANCES = DIFFERENCES + ('сальдо', 'остаток', 'остатк')


def names_difference(span):
    """A noun of a difference or a balance stands before the figure in its sentence."""
    return any(word.startswith(BALANCES) for word in words(span.doc[sent_start(span):span.start]))
