"""Numeric figures in Russian news text: `более 300 общественных организаций`.

A hand-written token scanner; pymorphy3 (through pipeline.nlp.morph, cached) is
asked only about the words right after a number.  The grammar, bottom-up:

    NUMBER     digits `700`, `1 000`, `1,5` | words `двадцать пять`, `трёхсот`,
               `полутора`, `двух с половиной` | a fraction word `треть`, `две трети`,
               `половина` (fraction.py: the share of one, kind `percent`)
    SCALE      `тысяч`, `миллиона`, `млрд`, `тыс.`
    AMOUNT     NUMBER [SCALE] {NUMBER SCALE}     `10 тысяч`, `2 млн 300 тыс.`
               | plural SCALE without a number  `миллионов` (= more than)
    RANGE      AMOUNT (– | до) AMOUNT            `15–20 тысяч`, `от 15 до 20 тысяч`
    UNIT       `%`, `процентов`, `тенге`, `₸`, `руб.`, `$`, `евро` ...
    COUNTED    ADJ* NOUN {и ADJ* NOUN}           `общественных организаций`
    FIGURE     [QUALIFIER] (RANGE | AMOUNT) [UNIT | COUNTED]
               `около 1000 мероприятий`, `более 20%`, `3 млрд тенге`
               | AMOUNT и (более | менее) COUNTED   `шестерых и более детей` (= more)

A figure reads the words before it: a verb of limit gives the qualifier when
no qualifier word does (`превысила 2 трлн тенге` = more, `не достигла 5%` =
less), a verb of change makes `до X` the new value (`снизилась до 7%`) and `на
X` the size of the change (kind `change`).  Both ends of `с X до Y` are exact, the
first taking the second's scale (`с 18 до 14 тысяч`).  A comparative before `на` / `в` is no qualifier
but the difference (`стало больше на 14%`: exactly 14%, a change; `больше чем на 14%` stays more).  A bare number before `из` and a
total counts the total's noun (`в 14 из 17 регионов`), and so does a bare smaller
number in a sentence opening with `Из N X` (`Из 13 боксеров, приехавших на турнир, девять ...`).

After a scale word the counted noun is a plural (`62 млн тонн`, `по 38 тыс. делам`); a singular
noun there opens the next clause (`еще 62 млн суд обязал взыскать`), and the number is bare.  So does a
noun in another case than a number word that is only oblique (`еще в пяти наполнение превышает 90%`: the
number is bare, `в пяти школах` counts).

The span of a figure covers the qualifier, the number and the counted noun
phrase with its coordinated nouns (`10 тысяч предложений и обращений`), or the
unit.  The counted phrase may be a plural adjective standing for a noun (`трёх
пострадавших`), and after a number word a capitalised or quoted one (`пять
«Оскаров»`).  A collective numeral counts alone (`ранены трое`), один only with a
noun (`погиб один человек`, not `ещё один`, `один из`).

Not figures: dates (pipeline.nlp.grammars.dates), years, times of day, phone
numbers, ordinals (`5-й`, `в 5 классе`, `8 класса`), school grades (`9–11 классов`, `из 9-х классов`),
`один` as the unit of a rate (`на одну женщину приходится`, `стоимость ремонта одного километра`) and the
round base of a rate (`На 1000 жителей приходится`, `84 случая на 10 тыс. жителей`), a manner
of speaking (`в десятки раз`), article/point/bill numbers,
digits inside names (`COVID-19`) and short quoted titles (`«Три сестры»`), URLs,
sports weight categories (`в весе до 57 кг`), ages (`в возрасте 25 лет`) and
durations anchored in time, which are dates or times (`три года назад`, `через
два дня`, any number of hours or minutes but the value of a measured time: `время в пути
сократится до 12 часов`, an average: `ждут в среднем 9 секунд`, or the time a job took: `потушили за 40 минут`), a span of time someone spent doing something (`проработала
почти восемь лет`; the length of an event, `этап длился три недели`, stays a figure), and prison
terms and terms of office (`к шести годам лишения свободы`, `избран на 5 лет`).
A multiple in one word is a figure of `раз` (`вдвое`, `почти втрое`: multiples.py).  A count in tens is
approximate (`полтора десятка предприятий`, `два десятка сел`); energy is counted in kilowatt-hours
(`90 кВт·ч`), power in kilowatts (`300 кВт`).  An adjective that leaves its noun out is not counted (`42 из 49
возможных`: the noun comes from the sentence, elided.py).
"""

from bisect import bisect_left
from dataclasses import dataclass

from pipeline.nlp.grammars.dates import date_spans
from pipeline.nlp.grammars.figures.amounts import amount_at, hyphen_range_at, plain, range_tail_at
from pipeline.nlp.grammars.figures.durations import (
    CLOCK_DURATION_LEMMAS, DURATION_LEMMAS, is_age, is_averaged, is_finished_in, is_split_second, is_taken_time,
    is_term, is_time_expression, is_time_spent, is_travel_time, measures_time)
from pipeline.nlp.grammars.figures.elided import fill_elided, named, times_parallel
from pipeline.nlp.grammars.figures.fraction import fraction_at, fraction_whole
from pipeline.nlp.grammars.figures.filters import (
    HOUR_LEMMAS, acceptable, in_title, is_noun_first, is_ordinal_use, is_rate_base, is_reference, is_weight_class)
from pipeline.nlp.grammars.figures.kinds import figure_kind
from pipeline.nlp.grammars.figures.multiples import MULTIPLE_OBJECT, multiple_at
from pipeline.nlp.grammars.figures.parenthesised import name_parenthesised
from pipeline.nlp.grammars.figures.objects import (
    counted_at, restatement_end, takes_genitive_plural, total_counted_at, unit_at)
from pipeline.nlp.grammars.figures.subject import find_subjects, subject_text
from pipeline.nlp.grammars.figures.tokens import has_anchor, mark_dates, pieces, tokenize
from pipeline.nlp.grammars.figures.verbs import (
    after_change_verb, is_change_size, is_difference, limit_qualifier, negated_bound)
from pipeline.nlp.grammars.figures.vocabulary import (
    CONNECTIVES, MEASURE_NOUNS, NUMBER_STARTS, NUMBER_WORDS, OF_TOTAL, OPEN_QUOTES, OR_MORE,
    PREPOSITIONS_AFTER_QUALIFIER, QUALIFIER_FIRST_WORDS, QUALIFIER_MAX_WORDS, QUALIFIER_WORDS, TENS, UNIT_PREFIXES)
from pipeline.nlp.morph import parse


# `с X до Y тысяч`: X takes Y's scale while under this many times Y's number
FROM_TO_SCALE_SPAN = 10
# в трех школах, на двух участках, о пяти случаях: a number after these is in the locative, not the accusative
PLACE_PREPOSITIONS = frozenset({'в', 'во', 'на', 'о', 'об', 'при'})


@dataclass(frozen=True)
class Figure:
    """One figure: its span in the text, value (and upper bound), qualifier, unit or counted object, subject,
    and kind (count, money, percent, measure, change, range)."""

    start: int
    stop: int
    value: float | int
    value_max: float | int | None
    qualifier: str
    unit: str | None
    object: str | None
    subject: str | None
    kind: str = 'count'
    elided: tuple | None = None  # (unit, noun) of a bare number, left out after the noun was named


class _Reading:
    """A figure read from tokens[first:end]; becomes a Figure once accepted."""
    __slots__ = ('first', 'end', 'value', 'value_max', 'qualifier', 'unit', 'object', 'number_first',
                 'temporal', 'skip', 'change', 'scale', 'raw', 'elided', 'share')

    def __init__(self, first, end, value, value_max, qualifier, unit, lemma, number_first, temporal=False,
                 skip=False, change=False):
        self.first = first
        self.end = end
        self.value = value
        self.value_max = value_max
        self.qualifier = qualifier
        self.unit = unit
        self.object = lemma
        self.number_first = number_first
        self.temporal = temporal    # a time expression, read only to be skipped whole
        self.skip = skip or temporal  # no figure: skipped whole (a time expression, a title)
        self.change = change        # the size of a change (подорожали на 11%)
        self.scale = None           # the scale word of the number (тысяч: 1000) and the number before it
        self.raw = None
        self.elided = None          # (unit, noun) a bare number's sentence gave before it (elided.py)
        self.share = False          # a fraction word: треть, две трети, половина (fraction.py)


def _in_connective(tokens, index):
    """tokens[index] inside a connective that holds qualifier words: `тем не менее`, `тем более`."""
    for words in CONNECTIVES:
        for offset in range(1, len(words)):
            start = index - offset
            if start >= 0 and tuple(token.norm for token in tokens[start:start + len(words)]) == words:
                return True
    return False


def _qualifier_at(tokens, index):
    """QUALIFIER at tokens[index]: (kind, next index, words) or None; longest phrase wins."""
    if tokens[index].norm not in QUALIFIER_FIRST_WORDS:
        return None
    if _in_connective(tokens, index):
        return None  # Тем не менее в три смены ..., тем более 20 школ: a connective, no bound
    for length in range(QUALIFIER_MAX_WORDS, 0, -1):
        words = tuple(t.norm for t in tokens[index:index + length])
        if len(words) == length and words in QUALIFIER_WORDS:
            return QUALIFIER_WORDS[words], index + length, words
    return None


def _may_open_amount(token):
    """Cheap test before the grammar runs: digits, a number word, двух-трех, $."""
    if token.kind == 'num' or token.norm in NUMBER_STARTS:
        return True
    return '-' in token.norm and token.norm.split('-', 1)[0] in NUMBER_WORDS


def _read_figure(text, tokens, index, references, whole=None):
    """FIGURE at tokens[index]: [QUALIFIER] (RANGE | AMOUNT) [UNIT | COUNTED] -> _Reading or None;
    `whole`: the reading of `Из N X` opening the sentence, whose X a bare smaller number counts."""
    n = len(tokens)
    qualifier = words = None
    at = first = index
    found = _qualifier_at(tokens, at)
    if found is not None:
        qualifier, at, words = found
        qualifier = negated_bound(tokens, index, words) or qualifier  # не может быть ниже 95 тыс.
        if at < n and is_difference(words, tokens[at].norm):
            qualifier = words = None  # стало больше на 14%: the difference itself, from `на`
            first = at
            at += 1
        # более чем на 20%, почти в два раза
        elif at < n and tokens[at].norm in PREPOSITIONS_AFTER_QUALIFIER:
            at += 1
        # сократится примерно до 520 тыс., поднимется почти до нуля: an approximate new value
        elif qualifier == 'approx' and at < n and tokens[at].norm == 'до' and after_change_verb(tokens, index):
            at += 1
    elif not _may_open_amount(tokens[index]):
        return None
    # $100, €5 млн
    unit = None
    if at + 1 < n and tokens[at].text in UNIT_PREFIXES and tokens[at + 1].kind == 'num' and tokens[at + 1].glued:
        unit = UNIT_PREFIXES[tokens[at].text]
        at += 1
    if at >= n:
        return None
    fraction = fraction_at(tokens, at)
    if fraction is not None:
        return _share_reading(tokens, first, at, fraction, qualifier)
    multiple = multiple_at(tokens, at)
    if multiple is not None:  # вдвое больше, почти втрое: a ratio
        return _Reading(first, at + 1, multiple, None, qualifier or 'exact', None, MULTIPLE_OBJECT, at,
                        change=True)

    # AMOUNT or RANGE
    pair = hyphen_range_at(tokens, at)
    if pair is not None:
        amount, high = pair
    else:
        amount = amount_at(tokens, at)
        if amount is None:
            return None
        high = range_tail_at(tokens, amount, words)
    if amount.bare and qualifier is None and tokens[amount.first].norm in TENS:
        return None  # вошел в десятку лучших (but более десятка участков)
    if is_reference(tokens, amount.first, references):
        references.add(amount.first)
        return None
    end = (high or amount).end
    # 120 (сто двадцать) человек: the number restated in words
    end = restatement_end(tokens, end, amount.value)
    # шестерых и более детей, 5 и менее процентов: a bound of the count after it (not `и более 10 ...`)
    bound = None
    if high is None and end + 2 < n and tokens[end].norm == 'и' and tokens[end + 1].norm in OR_MORE \
            and tokens[end + 2].kind == 'word' and not _may_open_amount(tokens[end + 2]):
        bound = OR_MORE[tokens[end + 1].norm]
        end += 2

    # UNIT | COUNTED
    lemma = None
    forms = frozenset()
    if unit is None:
        found_unit = unit_at(tokens, end)
        if found_unit is not None:
            unit, end = found_unit
    if unit is None:
        counted = counted_at(tokens, end, capitals=amount.words and not amount.digits, single=amount.one_only,
                             genitive_plural=takes_genitive_plural(amount), possessive=amount.scale is None)
        if counted is not None and amount.scale is not None and not _agrees_with_scale(counted[1]):
            counted = None  # еще 62 млн суд обязал взыскать: the noun after a scale word is a genitive plural
        if counted is not None and not _agrees_with_number_word(tokens, amount, counted[1]):
            counted = None  # еще в пяти наполнение превышает 90%: the noun opens the next clause
        if counted is not None:
            lemma, forms, end = counted
        elif not amount.one_only:
            total = total_counted_at(tokens, end)
            if total is not None:
                unit, lemma = total  # в 14 из 17 регионов, два из 11 корпусов
            elif whole is not None and high is None and tokens[amount.first].sentence == tokens[whole.first].sentence \
                    and amount.value < whole.value:
                unit, lemma = whole.unit, whole.object  # Из 13 боксеров, приехавших на турнир, девять ...

    if not acceptable(text, tokens, amount, high, unit, lemma, qualifier, forms, words):
        return None
    if amount.bare_plural and high is None and lemma == MULTIPLE_OBJECT:
        return None  # занижена в десятки раз, в сотни раз дороже: a manner of speaking, no multiple
    if high is None and qualifier is None and unit is None and is_rate_base(tokens, amount, end, lemma):
        return _Reading(first, end, None, None, None, None, lemma, amount.first, skip=True)  # на 1000 жителей
    if is_weight_class(tokens, first, end, lemma, words):
        return _Reading(first, end, None, None, None, None, lemma, amount.first, skip=True)  # до 63,5 кг
    if high is None and is_ordinal_use(amount, forms, is_noun_first(tokens, (high or amount).end, lemma)):
        return None
    averaged = (lemma in CLOCK_DURATION_LEMMAS and is_averaged(tokens, amount.first)  # в среднем 9 секунд
                or is_finished_in(tokens, amount.first, lemma)  # расчистили за шесть часов
                or (lemma in CLOCK_DURATION_LEMMAS and is_travel_time(tokens, amount.first))  # идет около 5 часов
                or is_split_second(amount, lemma))  # показал время 6,61 секунды
    if lemma in DURATION_LEMMAS and unit is None and not averaged and (
            (lemma in CLOCK_DURATION_LEMMAS and not measures_time(tokens, amount.first)
             and not is_taken_time(tokens, amount.first)) or is_age(tokens, first, end)
            or is_term(tokens, amount.first, end) or is_time_expression(tokens, amount.first, end)
            or is_time_spent(tokens, first, end)):
        return _Reading(first, end, None, None, None, None, lemma, amount.first, temporal=True)
    # `от` and `до` are often plain prepositions
    if in_title(tokens, first, end):
        return _Reading(first, end, None, None, None, None, lemma, amount.first, skip=True)  # «Три сестры»
    if words == ('от',) and high is None and unit is None and lemma is not None and lemma not in MEASURE_NOUNS:
        qualifier, first = None, at  # представители от пяти партий: "from"
    elif words == ('до',) and high is None and after_change_verb(tokens, index):
        qualifier, first = None, at  # вырос до 5%: the new value
    elif high is not None and words in (('от',), ('до',)):
        qualifier = None  # от 15 до 20 тысяч: the range says it all
    if qualifier is None and high is None:
        qualifier = bound or limit_qualifier(tokens, first)  # превысила 2 трлн тенге
    if qualifier is None and high is None and any(token.norm in TENS for token in tokens[amount.first:amount.end]):
        qualifier = 'approx'  # полтора десятка предприятий, два десятка сел: a count in tens is a rough one
    if qualifier is None:
        qualifier = 'more' if amount.bare_plural and high is None else 'exact'
    reading = _Reading(first, end, amount.value, high.value if high is not None else None,
                       qualifier, unit, lemma if unit is None else None, amount.first,
                       change=is_change_size(tokens, amount.first, end))
    reading.scale, reading.raw = amount.scale, amount.raw
    return reading


def _agrees_with_scale(forms):
    """A noun after тыс. / млн / миллиардов is counted only in a plural (`62 млн тонн`, `по 38 тыс. делам`,
    `назначены 712 тыс. гражданам`), or it is an abbreviation or a word whose form is not known; a
    singular noun (`еще 62 млн суд обязал взыскать`) opens the next clause."""
    return not forms or any(number in ('plur', None) for _, number in forms)


def _agrees_with_number_word(tokens, amount, forms):
    """After a number word in an oblique case only (пяти, семи, двадцати трех) the counted noun is a plural
    in one of its cases (`в пяти районах`, `семи сел`); a noun in another case (`в пяти наполнение
    превышает`, `в пяти работы продолжаются`) is not counted by it.  Digits and other forms say nothing.
    The words of a compound share their case (`в двадцати трех`: not the accusative трех alone has), and
    after a preposition of place a number is no accusative (`еще в трех ограничения сняты`)."""
    if amount.digits or not amount.words or amount.scale is not None or not forms:
        return True
    cases = None
    for token in tokens[amount.first:amount.end]:
        found = {p.tag.case for p in parse(token.norm) if p.tag.POS == 'NUMR'}
        if found:
            cases = found if cases is None else cases & found
    if amount.first > 0 and tokens[amount.first - 1].norm in PLACE_PREPOSITIONS and cases:
        cases = cases - {'accs'}
    if not cases or cases & {'nomn', 'accs'}:
        return True
    return any(case in cases | {None} and number == 'plur' for case, number in forms)  # о трёх пострадавших


def _share_reading(tokens, first, at, fraction, qualifier):
    """A fraction word read as a figure (`почти половина респондентов`, `треть из них`), or None."""
    value, end = fraction
    whole = fraction_whole(tokens, end, qualifier is not None)
    if whole is None:
        return None
    lemma, end = whole
    if qualifier is None:
        qualifier = limit_qualifier(tokens, first) or 'exact'  # превысила половину
    reading = _Reading(first, end, value, None, qualifier, None, lemma, at,
                       change=is_change_size(tokens, at, end))
    reading.share = True
    return reading


def _from_to(tokens, readings):
    """`с 15 до 20%`, `с 15,1% до 13,4%`: two values, both exact; the first takes the unit/object
    and the scale of the second when it has none (`с 10 до 15 млрд тенге`); `с 9 до 18 часов` is a
    time span and goes, as do time expressions (`temporal`)."""
    kept = []
    for reading in readings:
        previous = kept[-1] if kept else None
        if (previous is not None and previous.end == reading.first and tokens[reading.first].norm == 'до'
                and previous.first > 0 and tokens[previous.first - 1].norm in ('с', 'со')):
            if previous.unit is None and previous.object is None:
                if reading.temporal or (reading.object in HOUR_LEMMAS and reading.value <= 24):
                    kept.pop()
                    continue
                previous.unit, previous.object = reading.unit, reading.object
                # с 10 до 15 млрд, с 18 до 14 тысяч (a fall); not с 500 до 2 тысяч
                if previous.scale is None and reading.scale is not None \
                        and previous.value < FROM_TO_SCALE_SPAN * reading.raw:
                    previous.value *= reading.scale
            if not reading.skip:
                reading.qualifier = 'exact'
                reading.first = reading.number_first
        if not reading.skip:
            kept.append(reading)
    return kept


def _figure(text, tokens, reading, subjects):
    """The Figure of an accepted reading, with the last subject before it in its sentence."""
    first = tokens[reading.first]
    subject = None
    # the last subject ending before the figure in its sentence, sought backwards
    # from the figure: a walk from the first subject was quadratic in a text
    # without sentence ends (17 s for the figures of 5 MB, against 1 s at 500 KB)
    for index in range(bisect_left(subjects, (reading.first,)) - 1, -1, -1):
        span = subjects[index]
        if tokens[span[0]].sentence != first.sentence:
            break
        if span[1] < reading.first:
            subject = subject_text(text, tokens, span)
            break
    return Figure(
        start=first.start,
        stop=tokens[reading.end - 1].stop,
        value=plain(reading.value),
        value_max=plain(reading.value_max),
        qualifier=reading.qualifier,
        unit=reading.unit,
        object=reading.object,
        subject=subject,
        kind=figure_kind(reading.value_max, reading.unit, reading.object, reading.change, reading.share),
        elided=reading.elided,
    )


def _opens_with_whole(tokens, reading):
    """`Из 13 боксеров ...`, `«Из 7 тыс. школ ...`: a sentence opening with the whole its parts come from."""
    at = reading.first - 1
    if at < 0 or tokens[at].norm != OF_TOTAL or reading.skip or (reading.unit is None and reading.object is None):
        return False
    while at > 0 and tokens[at - 1].text in OPEN_QUOTES:
        at -= 1
    return at == 0 or tokens[at - 1].sentence != tokens[at].sentence


def _piece_figures(text, start, stop, before_sentence=None):
    """Figures of one sentence or paragraph; `before_sentence`: the (unit, noun) the sentence before named last."""
    tokens = tokenize(text, start, stop)
    mark_dates(tokens, date_spans(text, start, stop))
    readings = []
    references = set()
    whole = None
    index = 0
    while index < len(tokens):
        reading = _read_figure(text, tokens, index, references, whole)
        if reading is None:
            index += 1
            continue
        readings.append(reading)
        if _opens_with_whole(tokens, reading):
            whole = reading
        index = reading.end
    temporal = [reading for reading in readings if reading.temporal]
    readings = _from_to(tokens, readings)
    name_parenthesised(tokens, readings)
    fill_elided(tokens, readings, before_sentence)
    if temporal:
        readings = [reading for reading in readings if not times_parallel(tokens, reading, temporal)]
    subjects = find_subjects(tokens) if readings else []
    return [_figure(text, tokens, reading, subjects) for reading in readings]


def extract_figures(text, start=0, stop=None):
    """Figures found in text[start:stop]; offsets are into the whole text."""
    if not text:
        return []
    stop = len(text) if stop is None else min(stop, len(text))
    figures = []
    before_sentence = None  # (unit, noun) the last figure of the sentence before named
    for piece_start, piece_stop in pieces(text, start, stop):
        found = []
        if has_anchor(text, piece_start, piece_stop):
            found = [figure for figure in _piece_figures(text, piece_start, piece_stop, before_sentence)
                     if not splits_word(text, figure.start, figure.stop)]
            figures.extend(found)
        before_sentence = next((n for n in map(named, reversed(found)) if n is not None), None)
    return figures


def splits_word(text, start, stop):
    """A figure that begins or ends inside a run of letters and digits is a piece of something else:
    `02-12` of `2026-02-12Маулен` (a date glued to the next word)."""
    return (start > 0 and text[start - 1].isalnum() and text[start].isalnum()) or \
        (stop < len(text) and text[stop - 1].isalnum() and text[stop].isalnum())
