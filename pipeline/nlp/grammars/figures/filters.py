"""What looks like a figure but is not: dates and years, times of day, phone
numbers, ordinals, article and point numbers, digits inside names, list markers,
short quoted titles and sports weight categories.  (Durations anchored in time
are in durations.py; number words alone that count a noun named nearby in alone.py.)"""

import re

from pipeline.nlp.grammars.figures.alone import counts_alone
from pipeline.nlp.grammars.figures.objects import noun_at, these_noun_at
from pipeline.nlp.grammars.figures.tokens import DASHES, SENTENCE_ENDS
from pipeline.nlp.grammars.figures.vocabulary import (
    ABBREVIATED_NOUNS, CAPITAL_UNITS, CLOSE_QUOTES, GRADE_NOUN, LAST_GRADE,
    ONE_NEGATORS, ONE_PLURAL_FORMS, ONE_UNCOUNTED_FORMS, OPEN_QUOTES,
    PER_ONE_VERBS, PER_UNIT_LOOKBACK, PER_UNIT_NOUNS, PER_UNIT_PREPOSITIONS, PER_UNIT_VERBS, PER_UNIT_WINDOW,
    SCALE_ABBREVIATIONS, TITLE_POS, TITLE_WORDS_BEFORE_FIGURE, UNIT_COMPLEMENTS, UNIT_LEMMAS,
    UNIT_WORDS, YEAR_RANGE)
from pipeline.nlp.grammars.figures.words import lemma_back, word_info

# статья 8, пункт 3, часть 2, дом 5 (lemmas of the word before the number)
REFERENCE_LEMMAS = frozenset(
    'статья пункт подпункт часть глава раздел параграф абзац номер том приложение дом квартира '
    'корпус кабинет маршрут протокол строка позиция приказ законопроект'.split())
# КоАП РФ 13.15, УК 159: an article of a code (the country after the code may be there)
LAW_CODES = frozenset('ук коап гк нк тк упк гпк апк бк жк зк'.split())
COUNTRY_ABBREVIATIONS = frozenset({'рф', 'рк'})
# п. 2, ст. 8, № 5 (the word before the number, maybe with its dot)
REFERENCE_ABBREVIATIONS = frozenset(
    'п пп подп ч ст гл разд абз прил стр рис табл ул д кв корп каб № n no'.split())
# a reference may list several numbers: статьи 8 и 9, пунктов 2, 3 и 5
REFERENCE_LINKS = frozenset({'и', ',', '-', '–', '—', 'или'})
# 2026 года, 2026 г. (but `2000 лет` is a duration)
YEAR_WORD_FORMS = frozenset('год года году годом годе годы годов годам годами годах г гг'.split())
DECADES = frozenset(range(10, 100, 10))
# a 4-digit number after these is a quantity: составило 1500, превысил 2000
QUANTITY_VERB_LEMMAS = frozenset(
    'составить составлять достигнуть достичь достигать превысить превышать насчитывать равняться'.split())
# ... and after any qualifier but these (до 2030, от 2019 are years)
YEAR_QUALIFIERS = frozenset({('до',), ('от',)})
# 10.00, 9:30 after в/с/до: a clock time
CLOCK_TIME = re.compile(r'(?:[01]?\d|2[0-3])[.:][0-5]\d')
CLOCK_CUES = frozenset({'в', 'во', 'с', 'со', 'до', 'к', 'ко'})
# в 5 классе, по 3 каналу: a number before a singular oblique noun is an ordinal
ORDINAL_CASES = frozenset({'datv', 'ablt', 'loct'})
# в 10 часов, к 9 ч.: a time of day
TIME_CUES = frozenset({'в', 'во', 'к', 'ко'})
# около 21.00 (with no unit or noun after it)
APPROXIMATE_CLOCK_CUES = frozenset({'около', 'примерно', 'приблизительно', 'после'})
# в 8 утра, около 7 вечера
DAYPARTS = frozenset({'утра', 'вечера'})
HOUR_LEMMAS = frozenset({'час'})
# в весовой категории до 63,5 кг, в весе свыше 92 кг, Бекмуратов (до 75 кг): a class, no weight
WEIGHT_CLASS_LEMMAS = frozenset({'категория', 'вес'})
WEIGHT_CLASS_QUALIFIERS = frozenset({('до',), ('свыше',), ('более',)})
# одни, одних, у одной, за одним: forms of один that count nothing
ONE_NOT_COUNTED = ONE_PLURAL_FORMS | ONE_UNCOUNTED_FORMS
GLUE_MARKS = frozenset('/\\#@')  # 24/7, #5, @10
LONG_DIGIT_STRING = 8  # 8+ digits without group separators: ids, accounts


def is_reference(tokens, index, references):
    """статья 8, п. 2, № 5 (and 9 in `статьи 8 и 9`)."""
    back = index - 1
    if back < 0:
        return False
    token = tokens[back]
    if token.norm in REFERENCE_LINKS and back - 1 in references:
        return True
    if token.text == '.' and back >= 1:
        return tokens[back - 1].norm in REFERENCE_ABBREVIATIONS
    if token.norm in REFERENCE_ABBREVIATIONS or token.norm in LAW_CODES:
        return True
    if token.norm in COUNTRY_ABBREVIATIONS and back >= 1 and tokens[back - 1].norm in LAW_CODES:
        return True
    if token.kind == 'word':
        return bool(word_info(token.norm).lemmas & REFERENCE_LEMMAS) and not _counted_before(tokens, back)
    return False


def _counted_before(tokens, at):
    """tokens[at] is a genitive plural after `Из этих` / `Из всех`: the things the number after it counts, no
    reference (`Из этих квартир 300 станут однокомнатными`; `квартира 300`, `жильцы квартир 12 и 14` refer):
    written_figures30 FIG .972 -> .981 with elided.py's `Из этих X`, no held-out set, kz-dev part or NEREL
    figures moved (its links P/R .682/.625 -> .652/.577: the part links of the two figures found go to the last
    figure of the sentence before, a measure, which the link grammars decide)."""
    noun = these_noun_at(tokens, at - 2) if at >= 2 else None
    return noun is not None and noun[2] == at + 1  # the noun is the word right before the number


def _is_glued_name(tokens, amount):
    """5G, 3D, 24/7, 3:1, Казахстан–2050: digits glued to letters, slashes, colons."""
    index = amount.first
    first = tokens[index]
    if first.kind != 'num':
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.glued:
        if after.text in GLUE_MARKS:
            return True
        if after.text == ':' and index + 2 < len(tokens) and tokens[index + 2].kind == 'num' \
                and tokens[index + 2].glued:
            return True
        if after.kind == 'word' and not (after.norm in SCALE_ABBREVIATIONS or after.norm in UNIT_WORDS
                                         or after.norm in ABBREVIATED_NOUNS):
            return True
    if index == 0 or not first.glued:
        return False
    before = tokens[index - 1]
    if before.text in GLUE_MARKS:
        return True
    two_before = tokens[index - 2] if index >= 2 and before.glued else None
    if two_before is not None and before.text == ':' and two_before.kind == 'num':
        return True
    # Казахстан–2050 written with a dash the word pattern does not join
    return two_before is not None and before.text in DASHES and two_before.kind == 'word'


def _is_list_marker(text, tokens, amount):
    """`1)` or `2.` opening a line: an enumeration, not a count."""
    first = amount.first
    after = tokens[first + 1] if first + 1 < len(tokens) else None
    if after is None or after.text not in ').' or not after.glued:
        return False
    if first == 0:
        return True
    before = tokens[first - 1]
    if before.text == '(':
        # `(1)` opening a line or sentence, not `в Москве (462)`
        return first == 1 or tokens[first - 2].text in SENTENCE_ENDS or tokens[first - 2].text == ':'
    return '\n' in text[before.stop:tokens[first].start]


def _is_latin_model(tokens, amount, has_tail):
    """iPhone 15, Windows 11: a number right after a Latin word."""
    if has_tail or amount.first == 0 or not amount.digits:
        return False
    before = tokens[amount.first - 1]
    return before.kind == 'word' and before.norm.isascii()


def _is_year(tokens, amount, end):
    """2026 года, 2026 г., 2025–2026 учебном году: a 4-digit number before a year word, maybe with an
    adjective between."""
    if not amount.year_like:
        return False
    if end + 1 < len(tokens) and tokens[end].kind == 'word' and word_info(tokens[end].norm).pos == 'ADJF':
        end += 1  # учебном, финансовом, отчетном
    return end < len(tokens) and tokens[end].norm in YEAR_WORD_FORMS


def _is_time(tokens, start_index, value, lemma, after, has_tail):
    """в 10 часов, к 9 ч., с 10.00, около 21.00, около 8 утра (`after`: the index after the number)"""
    if value <= 12 and after < len(tokens) and tokens[after].norm in DAYPARTS:
        return True  # 8 утра
    if start_index == 0:
        return False
    cue = tokens[start_index - 1].norm
    if lemma in HOUR_LEMMAS and value <= 24 and cue in TIME_CUES:
        return True
    if not has_tail and cue in APPROXIMATE_CLOCK_CUES:
        return CLOCK_TIME.fullmatch(tokens[start_index].text) is not None
    return cue in CLOCK_CUES and CLOCK_TIME.fullmatch(tokens[start_index].text) is not None


def _is_quantity_context(tokens, amount, qualifier_words):
    """более 1500, составило 2000: a 4-digit number that is a quantity, not a year."""
    if qualifier_words is not None:
        return qualifier_words not in YEAR_QUALIFIERS
    if amount.first == 0:
        return False
    before = tokens[amount.first - 1]
    return before.kind == 'word' and bool(word_info(before.norm).lemmas & QUANTITY_VERB_LEMMAS)


def _is_ordinal_range(tokens, amount):
    """с 2 по 10 класс, с 5 по 7 этаж: both numbers are ordinals."""
    index = amount.first
    if index >= 1 and index + 2 < len(tokens) and tokens[index - 1].norm in ('с', 'со') \
            and tokens[amount.end].norm == 'по' and tokens[amount.end + 1].kind == 'num':
        return True
    return index >= 3 and tokens[index - 1].norm == 'по' and tokens[index - 2].kind == 'num' \
        and tokens[index - 3].norm in ('с', 'со')


def in_title(tokens, first, end):
    """A short quoted title with the figure at one end: «Три сестры», «Россия 1»,
    «Утомлённые солнцем 2», «Один день Ивана Денисовича» (not a quoted sentence)."""
    if first > 0 and tokens[first - 1].text in OPEN_QUOTES and tokens[first].glued \
            and tokens[first].text[:1].isupper():
        after = end
        while after < len(tokens) and after - end <= TITLE_WORDS_BEFORE_FIGURE:
            token = tokens[after]
            if token.text in CLOSE_QUOTES:
                return True
            if token.kind != 'word' or word_info(token.norm).pos not in TITLE_POS:
                break
            after += 1
    if end >= len(tokens) or tokens[end].text not in CLOSE_QUOTES or not tokens[end].glued:
        return False
    back = first - 1
    while back >= 0 and first - back <= TITLE_WORDS_BEFORE_FIGURE + 1:
        token = tokens[back]
        if token.text in OPEN_QUOTES:
            return back + 1 < len(tokens) and tokens[back + 1].glued and tokens[back + 1].text[:1].isupper()
        if token.text in CLOSE_QUOTES:
            return False
        if token.kind == 'word' and word_info(token.norm).pos not in TITLE_POS:
            return False  # «Мы помогли 200 семьям»: a quoted sentence
        back -= 1
    return False


def is_weight_class(tokens, first, end, lemma, words):
    """A sports weight category: `до 63,5 кг` after `весовой категории` or `в весе`, or
    alone in parentheses after a name (`Бекмуратов (до 75 кг)`)."""
    if lemma != 'килограмм' or words not in WEIGHT_CLASS_QUALIFIERS or first == 0:
        return False
    before = tokens[first - 1]
    if before.text == '(':
        return end < len(tokens) and tokens[end].text == ')'
    return before.kind == 'word' and bool(word_info(before.norm).lemmas & WEIGHT_CLASS_LEMMAS) \
        and not before.norm.endswith('ом')  # весом до 5 кг: the weight of a thing


def is_noun_first(tokens, index, lemma):
    """The counted phrase at tokens[index] opens with its noun (8 класса, not 8 новых классов)."""
    return lemma is not None and index < len(tokens) and tokens[index].kind == 'word' \
        and word_info(tokens[index].norm).noun_lemma == lemma


def is_ordinal_use(amount, forms, direct=True):
    """в 5 классе, учеников 8 класса, на 26 место: a singular noun that a cardinal would
    not take (after 5..20 the noun is plural; after 2..4 a singular one is genitive).
    Only the oblique cases count when an adjective comes first (`direct` False):
    `33-х летняя писательница` is an age."""
    if not forms or amount.value != amount.value.to_integral_value() or amount.scale is not None:
        return False  # (after a scale word the noun is the scale's: 30 млн дня)
    value = int(amount.value)
    if value % 10 == 1 and value % 100 != 11:
        return False  # 21 человеку, 1 место
    if any(number != 'sing' for _, number in forms):
        return False
    if all(case in ORDINAL_CASES for case, _ in forms):
        return True  # в 5 классе
    if not direct:
        return False
    if 2 <= value % 10 <= 4 and not 12 <= value % 100 <= 14:
        return not any(case == 'gent' for case, _ in forms)  # 22 место (but 2 акима)
    return True  # 8 класса


def _is_one_counted(tokens, amount, lemma, forms):
    """один человек, одну шайбу: один with a singular noun, not `ещё один`, `ни одного`."""
    if lemma is None or tokens[amount.first].norm in ONE_NOT_COUNTED:
        return False  # по одним данным, у одной женщины, за одним столом
    if forms and not any(number == 'sing' for _, number in forms):
        return False  # по одним данным
    if amount.first == 0:
        return True
    before = tokens[amount.first - 1].norm
    if _is_per_unit(tokens, amount.first):
        return False  # стоимость одного гранта, 38 тенге на одну акцию
    return before not in ONE_NEGATORS


def _is_unit_word(token):
    """A unit of money or measure as written after a sum: тенге, долларов США, МРП, %."""
    return (token.norm in UNIT_WORDS or token.norm in UNIT_COMPLEMENTS or token.text in CAPITAL_UNITS
            or bool(word_info(token.norm).lemmas & UNIT_LEMMAS.keys()))


def _is_per_unit(tokens, first):
    """один at tokens[first] is the unit a price or a rate is given for, not a count: after a noun of
    price (`стоимость одной станции`), after на / за following a sum (`38 тенге на одну простую акцию`,
    `по 10 долларов за одну карточку`) or a noun (`нагрузка на одного врача`, `надой на одну корову`),
    or before a verb of cost (`обучение одного студента обходится в 1,2 млн тенге`)."""
    before = tokens[first - 1]
    for back in tokens[max(0, first - PER_UNIT_LOOKBACK):first][::-1]:
        if back.kind != 'word' or back.sentence != tokens[first].sentence:
            break
        if word_info(back.norm).lemmas & PER_UNIT_NOUNS:
            return True  # стоимость ремонта одного километра, в расчете на одного жителя
    if before.norm in PER_UNIT_PREPOSITIONS and first >= 2 and (
            tokens[first - 2].kind == 'num' or _is_unit_word(tokens[first - 2])):
        return True
    if before.norm in PER_UNIT_PREPOSITIONS and first >= 2 and tokens[first - 2].kind == 'word' \
            and word_info(tokens[first - 2].norm).pos == 'NOUN':
        return True  # нагрузка на одного диспетчера, надой на одну корову: the noun of a rate per one
    for token in tokens[first + 1:first + 1 + PER_UNIT_WINDOW]:
        if token.kind != 'word' or token.sentence != tokens[first].sentence:
            break
        lemmas = word_info(token.norm).lemmas
        if lemmas & PER_UNIT_VERBS or (before.norm == 'на' and lemmas & PER_ONE_VERBS):
            return True  # на одну женщину приходится 3,1 ребенка
    return False


# на 1000 жителей, на 10 тыс. человек, на 100 тыс. населения: a round number of people a rate is given per
RATE_BASE_NOUNS = frozenset('житель человек население гражданин'.split())
# 84 случая на 10 тыс. жителей: the rate's own number stands a few tokens before `на`
RATE_BASE_LOOKBACK = 3


def is_power_of_ten(value):
    """10, 100, 1000, 10 000 ... (1 is the rate per one: _is_per_unit)."""
    return value >= 10 and value == int(value) and str(int(value)).rstrip('0') == '1'


def is_rate_base(tokens, amount, end, lemma):
    """The base a rate is given per, not a count: a round number after на, before a form of приходиться
    (`На 1000 жителей приходится 16,2 рождения`) or counting people right after a number (`84 случая на 10
    тыс. жителей`, `3,1 врача на 10 тыс. населения`); `2 школы на 1000 мест` is a capacity and stays.  `каждый`
    may stand after на (`На каждую тысячу жителей`), and the verb be in the past (`пришлось 22,7 рождения`)."""
    at = amount.first
    if not _after_per(tokens, at) or not is_power_of_ten(amount.value):
        return False
    sentence = tokens[at].sentence
    for at_verb in range(end, min(len(tokens), end + PER_UNIT_WINDOW)):
        token = tokens[at_verb]
        if token.kind != 'word' or token.sentence != sentence:
            break
        if word_info(token.norm).lemmas & PER_ONE_VERBS or _fell_per(tokens, at_verb):
            return True  # на 1000 жителей приходится
    if lemma not in RATE_BASE_NOUNS:
        return False
    if any(token.kind == 'num' and token.sentence == sentence
           for token in tokens[max(0, at - 1 - RATE_BASE_LOOKBACK):at - 1]):
        return True
    return _after_rate_noun(tokens, at - 1)


# На каждую тысячу жителей приходится: `каждый` between `на` and the base
EACH_FORMS = frozenset('каждую каждый каждые каждых каждого каждое'.split())


def _after_per(tokens, at):
    """`на` stands right before tokens[at] or before a form of `каждый` right before it (`на каждую тысячу`)."""
    if at >= 2 and tokens[at - 1].norm in EACH_FORMS:
        return tokens[at - 2].norm == 'на'
    return at >= 1 and tokens[at - 1].norm == 'на'


# На 1000 жителей пришлось 22,7 рождения: the past of the verb of a rate (not `придется потратить`: a modal)
PER_PAST_VERB = 'прийтись'


def _fell_per(tokens, at):
    """`пришлось` at tokens[at] tells a rate when no infinitive follows it (`пришлось 22,7 рождения`)."""
    if PER_PAST_VERB not in word_info(tokens[at].norm).lemmas:
        return False
    return at + 1 >= len(tokens) or word_info(tokens[at + 1].norm).pos != 'INFN'


# Смертность на 100 тыс. населения снизилась: a noun that is itself a rate names it before its base
RATE_NOUN_LEMMAS = frozenset(
    'смертность заболеваемость рождаемость преступность обеспеченность травматизм показатель коэффициент'.split())
RATE_NOUN_WINDOW = 6


def _after_rate_noun(tokens, before):
    """A rate noun a few words before `на` at tokens[before], in its sentence (`Смертность на 100 тыс.
    населения`, `заболеваемость гриппом на 10 тыс. жителей`)."""
    return lemma_back(tokens, before, RATE_NOUN_LEMMAS, RATE_NOUN_WINDOW) is not None


def _is_grade(tokens, amount, high, lemma):
    """учеников 9–11 классов, призеры из 9-х классов: school grades, not a count of classes (`закрыты 26
    классов` stays one): a range within the eleven grades, or a grade number with an ordinal ending."""
    if lemma != GRADE_NOUN or amount.scale is not None or amount.value > LAST_GRADE:
        return False
    if high is not None:
        return high.value <= LAST_GRADE
    at = amount.first
    if at >= 2 and tokens[at - 1].text in DASHES and tokens[at - 2].kind == 'num' \
            and tokens[at - 2].text.isdigit() and int(tokens[at - 2].text) <= LAST_GRADE:
        return True  # the upper end of `5–7 классов`, read alone
    return tokens[at].suffix is not None


def acceptable(text, tokens, amount, high, unit, lemma, qualifier, forms=frozenset(), words=None):
    """Drop what merely looks like a figure: years, times, names, list markers ..."""
    first = tokens[amount.first]
    has_tail = unit is not None or lemma is not None
    if amount.year_like and (_is_year(tokens, amount, (high or amount).end)
                             or not (has_tail or _is_quantity_context(tokens, amount, words))):
        return False  # 2026 года, до 2030, 2025–2026 годы (but более 1500, составило 1500)
    if first.suffix == 'х' and amount.scale is None and YEAR_RANGE[0] <= amount.value <= YEAR_RANGE[1]:
        return False  # 1990-х
    if first.suffix == 'х' and (high or amount).end < len(tokens) \
            and tokens[(high or amount).end].norm in YEAR_WORD_FORMS:
        return False  # 90-х годов (but 2-х лет is a count)
    if first.suffix == 'х' and not has_tail and amount.scale is None and amount.value in DECADES:
        return False  # в начале 90-х: a decade
    if _is_time(tokens, amount.first, amount.value, lemma, (high or amount).end, has_tail):
        return False  # в 10 часов
    if _is_glued_name(tokens, amount) or _is_list_marker(text, tokens, amount):
        return False  # 5G, 24/7, `1)`
    if _is_ordinal_range(tokens, amount) or _is_grade(tokens, amount, high, lemma):
        return False  # с 2 по 10 класс, 9–11 классов
    if _is_latin_model(tokens, amount, has_tail):
        return False  # iPhone 15
    if (first.kind == 'num' and amount.scale is None and unit is None and first.text.isdigit()
            and len(first.text) >= LONG_DIGIT_STRING):
        return False  # 123456789012: an id
    if amount.words and not amount.digits and not has_tail and not counts_alone(tokens, amount, qualifier, high):
        return False  # пять лет: word numbers need a counted noun or a unit (but трое из них,
        # около ста миллионов, на трех из них, на восемь больше, еще восемь)
    if amount.one_only and high is None and qualifier is None and not _is_one_counted(tokens, amount, lemma, forms):
        return False  # одна из партий, ещё один, по одним данным (but погиб один человек)
    if amount.ambiguous is not None:
        noun = noun_at(tokens, amount.end)
        if noun is None or not any(case == amount.ambiguous for case, _ in noun[1]):
            return False  # свою семью
    return True
