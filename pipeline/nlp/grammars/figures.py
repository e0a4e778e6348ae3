"""Numeric figures in Russian news text: `более 300 общественных организаций`.

A hand-written token scanner; pymorphy3 (through pipeline.morph, cached) is
asked only about the words right after a number.  The grammar, bottom-up:

    NUMBER     digits `700`, `1 000`, `1,5` | words `двадцать пять`, `трёхсот`,
               `полутора`, `двух с половиной`
    SCALE      `тысяч`, `миллиона`, `млрд`, `тыс.`
    AMOUNT     NUMBER [SCALE] {NUMBER SCALE}     `10 тысяч`, `2 млн 300 тыс.`
               | plural SCALE without a number  `миллионов` (= more than)
    RANGE      AMOUNT (– | до) AMOUNT            `15–20 тысяч`, `от 15 до 20 тысяч`
    UNIT       `%`, `процентов`, `тенге`, `₸`, `руб.`, `$`, `евро` ...
    COUNTED    ADJ* NOUN {и ADJ* NOUN}           `общественных организаций`
    FIGURE     [QUALIFIER] (RANGE | AMOUNT) [UNIT | COUNTED]
               `около 1000 мероприятий`, `более 20%`, `3 млрд тенге`

The span of a figure covers the qualifier, the number and the counted noun
phrase with its coordinated nouns (`10 тысяч предложений и обращений`), or the
unit.  The counted phrase may be a plural adjective standing for a noun (`трёх
пострадавших`), and after a number word a capitalised or quoted one (`пять
«Оскаров»`).  A collective numeral counts alone (`ранены трое`), один only with a
noun (`погиб один человек`, not `ещё один`, `один из`).

Not figures: dates (pipeline.grammars.dates), years, times of day, phone
numbers, ordinals (`5-й`, `в 5 классе`, `8 класса`), article/point/bill numbers,
digits inside names (`COVID-19`) and short quoted titles (`«Три сестры»`), URLs,
and durations anchored in time, which are dates or times (`три года назад`,
`через два дня`, `к 24 годам тюрьмы`, any number of hours or minutes).
"""

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from pipeline.nlp.grammars.dates import date_spans
from pipeline.nlp.morph import parse


@dataclass(frozen=True)
class Figure:
    start: int
    stop: int
    value: float | int
    value_max: float | int | None
    qualifier: str
    unit: str | None
    object: str | None
    subject: str | None


# --- number vocabulary ------------------------------------------------------
# Forms are written with е for ё; tokens are normalised the same way.

def _soft(stem):
    """пят -> 'пять пяти пятью'."""
    return f'{stem}ь {stem}и {stem}ью'


UNITS = {
    1: 'один одна одно одни одного одной одному одним одном одну одною одних одними',
    2: 'два две двух двум двумя',
    3: 'три трех трем тремя',
    4: 'четыре четырех четырем четырьмя',
    5: _soft('пят'), 6: _soft('шест'), 7: 'семь семи семью', 8: 'восемь восьми восемью восьмью',
    9: _soft('девят'),
}
TEENS = {
    10: _soft('десят'), 11: _soft('одиннадцат'), 12: _soft('двенадцат'), 13: _soft('тринадцат'),
    14: _soft('четырнадцат'), 15: _soft('пятнадцат'), 16: _soft('шестнадцат'),
    17: _soft('семнадцат'), 18: _soft('восемнадцат'), 19: _soft('девятнадцат'),
}
TENS = {
    20: _soft('двадцат'), 30: _soft('тридцат'), 40: 'сорок сорока',
    50: 'пятьдесят пятидесяти пятьюдесятью', 60: 'шестьдесят шестидесяти шестьюдесятью',
    70: 'семьдесят семидесяти семьюдесятью',
    80: 'восемьдесят восьмидесяти восемьюдесятью восьмьюдесятью', 90: 'девяносто девяноста',
}
HUNDREDS = {
    100: 'сто ста',
    200: 'двести двухсот двумстам двумястами двухстах',
    300: 'триста трехсот тремстам тремястами трехстах',
    400: 'четыреста четырехсот четыремстам четырьмястами четырехстах',
    500: 'пятьсот пятисот пятистам пятьюстами пятистах',
    600: 'шестьсот шестисот шестистам шестьюстами шестистах',
    700: 'семьсот семисот семистам семьюстами семистах',
    800: 'восемьсот восьмисот восьмистам восемьюстами восьмьюстами восьмистах',
    900: 'девятьсот девятисот девятистам девятьюстами девятистах',
}
# двое детей, пятеро участников
COLLECTIVES = {
    value: f'{stem} {oblique}х {oblique}м {oblique}ми'
    for value, stem, oblique in ((2, 'двое', 'двои'), (3, 'трое', 'трои'), (4, 'четверо', 'четверы'),
                                 (5, 'пятеро', 'пятеры'), (6, 'шестеро', 'шестеры'),
                                 (7, 'семеро', 'семеры'), (8, 'восьмеро', 'восьмеры'),
                                 (9, 'девятеро', 'девятеры'), (10, 'десятеро', 'десятеры'))
}
# полтора миллиона, полутора тысяч
ONE_AND_HALF = 'полтора полторы полутора'


def _forms(table):
    """{value: 'form form ...'} -> {form: value}."""
    return {form: value for value, forms in table.items() for form in forms.split()}


NUMBER_WORDS = {
    **_forms(UNITS), **_forms(TEENS), **_forms(TENS), **_forms(HUNDREDS), **_forms(COLLECTIVES),
    **{form: Decimal('1.5') for form in ONE_AND_HALF.split()},
}
ONE_FORMS = frozenset(UNITS[1].split())
# одни, одних: "some", not "one"
ONE_PLURAL_FORMS = frozenset('одни одних одними'.split())
# ещё один "another", ни одного "not a single": no count
ONE_NEGATORS = frozenset({'ещё', 'еще', 'ни'})
# за одним столом, в одной плоскости: "the same", not a count
ONE_OBLIQUE_FORMS = frozenset('одном одной одним одною'.split())
OBLIQUE_PREPOSITIONS = frozenset('в во на при о об за под над перед между с со'.split())
# двое, троих: a count of people even without a noun (двое из них, ранены трое)
COLLECTIVE_FORMS = frozenset(_forms(COLLECTIVES))
# forms that are also ordinary words: семью (семья) counts only before an instrumental noun
AMBIGUOUS_NUMBER_WORDS = {'семью': 'ablt'}

SCALES = {
    # мың: Kazakh "thousand" (12 мың адам, 5 мың теңге)
    1000: 'тысяча тысячи тысяч тысяче тысячу тысячей тысячею тысячам тысячами тысячах мың',
    10**6: 'миллион миллиона миллиону миллионом миллионе миллионы миллионов миллионам миллионами миллионах',
    10**9: 'миллиард миллиарда миллиарду миллиардом миллиарде миллиарды миллиардов миллиардам миллиардами миллиардах',
    10**12: 'триллион триллиона триллиону триллионом триллионе триллионы триллионов триллионам триллионами триллионах',
}
SCALE_WORDS = _forms(SCALES)
# 2 тыс., 1,5 млн, 3 млрд (never without a number)
SCALE_ABBREVIATIONS = {'тыс': 1000, 'млн': 10**6, 'млрд': 10**9, 'трлн': 10**12}
# the forms a bare scale word reads as "more than": тысячи, миллионов (not тысяча, тысячу)
SINGULAR_ONLY_SCALE_FORMS = frozenset(
    'тысяча тысяче тысячу тысячей тысячею мың миллион миллиона миллиону миллионом миллионе '
    'миллиард миллиарда миллиарду миллиардом миллиарде триллион триллиона триллиону триллионом триллионе'.split())
# десятки тысяч, сотни участников: a plural "tens"/"hundreds" = more than 10/100
APPROXIMATE_PLURALS = _forms({10: 'десятки десятков десяткам десятками десятках',
                              100: 'сотни сотен сотням сотнями сотнях'})
# несколько тысяч: more than one thousand
SEVERAL = frozenset('несколько нескольких нескольким несколькими'.split())
HALF = ('с', 'половиной')

# --- qualifiers -------------------------------------------------------------

QUALIFIERS = {
    'approx': ['около', 'порядка', 'примерно', 'почти', 'приблизительно', 'ориентировочно',
               'где-то', 'в среднем', 'чуть ли не', 'практически'],
    'more': ['более', 'более чем', 'свыше', 'больше', 'больше чем', 'не менее', 'не менее чем',
             'не меньше', 'не меньше чем', 'как минимум', 'минимум', 'от', 'чуть более', 'чуть больше'],
    'less': ['менее', 'менее чем', 'меньше', 'меньше чем', 'до', 'не более', 'не более чем',
             'не больше', 'не свыше', 'максимум', 'как максимум', 'чуть менее', 'чуть меньше'],
}
QUALIFIER_WORDS = {tuple(phrase.split()): kind for kind, phrases in QUALIFIERS.items() for phrase in phrases}
QUALIFIER_MAX_WORDS = max(len(words) for words in QUALIFIER_WORDS)
QUALIFIER_FIRST_WORDS = frozenset(words[0] for words in QUALIFIER_WORDS)
# более чем на 20%, почти в два раза: a preposition may sit between qualifier and number
PREPOSITIONS_AFTER_QUALIFIER = frozenset({'на', 'в', 'во'})
# `от` is "at least" only before a measure (от 18 лет, от 100 тысяч тенге); else it is
# the preposition "from" (представители от пяти партий)
MEASURE_NOUNS = frozenset(
    'год месяц неделя день сутки час минута секунда километр метр сантиметр миллиметр тонна '
    'килограмм грамм гектар литр градус балл процент раз квадратный метр штука единица'.split())

# --- units ------------------------------------------------------------------

# word or symbol (lower case) -> currency code; a following `.` is taken along
UNIT_WORDS = {
    '%': '%', 'пайыз': '%', 'тенге': 'KZT', 'теңге': 'KZT', 'тг': 'KZT', '₸': 'KZT', 'kzt': 'KZT',
    'руб': 'RUB', '₽': 'RUB', 'rub': 'RUB',
    'долл': 'USD', '$': 'USD', 'usd': 'USD',
    'евро': 'EUR', '€': 'EUR', 'eur': 'EUR',
    '£': 'GBP', 'gbp': 'GBP',
}
UNIT_LEMMAS = {'процент': '%', 'рубль': 'RUB', 'доллар': 'USD'}
# $100, €5 млн, ₸1000
UNIT_PREFIXES = {'$': 'USD', '€': 'EUR', '₸': 'KZT', '₽': 'RUB', '£': 'GBP'}
# руб., долл., тг.: the dot belongs to the unit
UNIT_ABBREVIATIONS = frozenset({'руб', 'долл', 'тг'})
# долларов США
UNIT_COMPLEMENTS = frozenset({'сша'})

# --- counted nouns ----------------------------------------------------------

ADJECTIVE_POS = frozenset({'ADJF', 'PRTF'})
# a capitalised word with these is a name, not a counted noun: 2019 Путин
PROPER_GRAMMEMES = frozenset({'Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad'})
# два «Оскара»: a quoted counted phrase takes its closing quote along
OPEN_QUOTES = frozenset('«„“"')
CLOSE_QUOTES = frozenset('»“”"')
# «Утомлённые солнцем 2», «Один день Ивана Денисовича»: a short quoted title with the
# figure at one end (at most this many title words besides it, nouns and adjectives only)
TITLE_WORDS_BEFORE_FIGURE = 3
TITLE_POS = frozenset({'NOUN', 'ADJF', 'PRTF', None})
MAX_ADJECTIVES = 4
COORDINATORS = frozenset({'и', 'или'})
# pymorphy3 readings that never are the counted noun in news: 95 статей is not стать
NOUN_LEMMA_FIXES = {'стать': 'статья'}
# 5 км, 10 га: abbreviated nouns pymorphy3 does not expand
ABBREVIATED_NOUNS = {
    'км': 'километр', 'кг': 'килограмм', 'га': 'гектар', 'м': 'метр', 'см': 'сантиметр',
    'мм': 'миллиметр', 'л': 'литр', 'т': 'тонна', 'ч': 'час', 'мин': 'минута', 'сек': 'секунда',
    'чел': 'человек', 'шт': 'штука', 'ед': 'единица', 'квт': 'киловатт', 'мвт': 'мегаватт',
    'гвт': 'гигаватт', 'кв': 'квадратный метр',
}
# 0,5 п.п.; 2 процентных пункта
PERCENT_POINTS = 'процентный пункт'
PERCENT_POINT_ABBREVIATION = ('п', '.', 'п', '.')

# --- contexts that make a number not a figure --------------------------------

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
YEAR_RANGE = (1000, 2199)
DECADES = frozenset(range(10, 100, 10))
# a 4-digit number after these is a quantity: составило 1500, превысил 2000
QUANTITY_VERB_LEMMAS = frozenset(
    'составить составлять достигнуть достичь достигать превысить превышать насчитывать равняться'.split())
# ... and after any qualifier but these (до 2030, от 2019 are years)
YEAR_QUALIFIERS = frozenset({('до',), ('от',)})
# вырос до 5%, снизилась до 3 тысяч: `до` gives the new value, not an upper bound
CHANGE_VERB_LEMMAS = frozenset(
    'вырасти расти возрасти увеличиться увеличить увеличиваться сократиться сократить сокращаться '
    'снизиться снизить снижаться понизиться понизить уменьшиться уменьшить повыситься повысить '
    'подняться поднять упасть опуститься замедлиться ускориться довести доводить'.split())
CHANGE_NOUN_LEMMAS = frozenset(
    'рост снижение увеличение сокращение повышение понижение уменьшение падение замедление '
    'ускорение подорожание удешевление'.split())
CHANGE_LOOKBACK = 4
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
# 5-й, 10-го, 19-летний are ordinals or adjectives; 2-х, 5-ти are cardinals
CARDINAL_SUFFIXES = frozenset({'х', 'ти', 'ми', 'и', 'ух', 'ех', 'ем', 'ум', 'мя', 'ью', 'ста', 'сот'})
GLUE_MARKS = frozenset('/\\#@')  # 24/7, #5, @10
LONG_DIGIT_STRING = 8  # 8+ digits without group separators: ids, accounts
DASHES = frozenset('-‐‑‒–—―−')
SENTENCE_ENDS = frozenset('.!?…;')
# a dot after these is no sentence end: г. Астана, тыс. тенге
ABBREVIATIONS = frozenset(
    'г гг тыс млн млрд трлн руб долл п пп ст ч им т д ул кв см др пр тг обл р-н корп'.split())

# --- durations ----------------------------------------------------------------
# A span of time anchored in time is a temporal expression (a date or time), not a
# figure: `три года назад`, `через два дня`, `за последние 200 лет`, `ещё два года`,
# a prison term `к 24 годам`, `17 лет тюрьмы`, `1 год 6 месяцев`.  A duration without
# such a frame stays a figure: `действующих более пяти лет`, `в течение двух лет`.
DURATION_LEMMAS = frozenset(
    'год месяц неделя день сутки час минута секунда десятилетие век столетие тысячелетие'.split())
# the word before the number (qualifiers skipped): через два дня, на пять лет, к 20 годам
DURATION_FRAMES_BEFORE = frozenset(
    'через спустя за на к ко после ещё еще уже каждые каждых последние последних ближайшие ближайших '
    'следующие следующих прошедшие прошедших прошлые предыдущие предшествовавшие минувшие минувших '
    'первые первых эти этих сроком срок протяжении свободы'.split())
# the word after it: три года назад, пять лет спустя, 17 лет тюрьмы
DURATION_FRAMES_AFTER = frozenset(
    'назад спустя тому ранее раньше позже позднее подряд тюрьмы колонии заключения лишения ареста '
    'режима условно'.split())
# приговорил к ..., грозит до 30 лет, отсидел три года
PENALTY_VERB_LEMMAS = frozenset('приговорить осудить грозить отсидеть'.split())
DURATION_LOOKBACK = 4
# hours, minutes and seconds are clock time (NEREL's TIME) in any frame: за 12 часов, 20 минут
CLOCK_DURATION_LEMMAS = frozenset({'час', 'минута', 'секунда'})

# --- subject ----------------------------------------------------------------
# на городском уровне, в рамках деятельности филиала, в Карагандинской области

SUBJECT_LEVEL = 'уровне'
SUBJECT_FRAME = ('в', 'рамках')
SUBJECT_PLACE_PREPOSITIONS = frozenset({'в', 'во'})
SUBJECT_PLACE_LEMMAS = frozenset(
    'область район город регион столица округ село посёлок поселок аул страна республика '
    'мегаполис микрорайон'.split())
# в городе Астане: a name may follow these
SUBJECT_NAMED_PLACES = frozenset({'город', 'село', 'посёлок', 'поселок', 'аул', 'район'})
SUBJECT_MAX_WORDS = 4


# every word of a qualifier phrase: skipped when looking for a duration's frame
# (not `в`: в 13 лет is an age)
QUALIFIER_TOKENS = frozenset(word for words in QUALIFIER_WORDS for word in words) - {'в'}

# words that may open an amount (digits always may)
NUMBER_STARTS = frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS) | frozenset(APPROXIMATE_PLURALS) \
    | SEVERAL | frozenset(UNIT_PREFIXES)

# Only sentences with a digit, a currency sign or a number word are tokenised.
# A break: a newline, or whitespace after . ! ? … before a capital or a quote
# (not before a digit: `п. 2` must stay together).
PIECE_BREAK = re.compile(r'[\r\n]+|(?<=[.!?…])\s+(?=[«"„(]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])')
ANCHOR_RE = re.compile(r'[\d$€₸₽£]')
WORD_RE = re.compile(r'[^\W\d_]+')

# --- tokens -------------------------------------------------------------------

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


def _tokenize(text, start, stop):
    tokens = []
    previous_stop = None
    for match in TOKEN_RE.finditer(text, start, stop):
        kind = match.lastgroup if match.lastgroup != 'suffix' else 'num'
        tokens.append(Token(kind, match.group(), match.start(), match.end(), match.group('num'),
                            match.group('suffix'), match.start() == previous_stop))
        previous_stop = match.end()
    _mark_sentences(text, tokens)
    return tokens


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


def _mark_dates(tokens, spans):
    """Flag tokens that overlap a date span."""
    position = 0
    for token in tokens:
        while position < len(spans) and spans[position][1] <= token.start:
            position += 1
        if position < len(spans) and spans[position][0] < token.stop:
            token.skip = True


# --- morphology (cached) ------------------------------------------------------

class WordInfo:
    __slots__ = ('pos', 'noun_lemma', 'noun_forms', 'lemmas', 'proper', 'adjective', 'plural')

    def __init__(self, pos, noun_lemma, noun_forms, lemmas, proper=False, adjective=None, plural=False):
        self.pos = pos                  # POS of the most probable parse
        self.noun_lemma = noun_lemma    # normal form of the best noun parse, or None
        self.noun_forms = noun_forms    # {(case, number)} of the noun parses
        self.lemmas = lemmas            # normal forms of all parses
        self.proper = proper            # the best parse is a name, surname or place
        self.adjective = adjective      # погибших -> погибший: an ADJF/PRTF as a noun would be
        self.plural = plural            # ... in a plural form


def _noun_lemma(noun_parses):
    """Normal form of the noun reading (pymorphy3's, ё kept); a genitive one first,
    as after most numbers (2 маслихата -> маслихат, not маслихата)."""
    genitive = [p for p in noun_parses if p.tag.case == 'gent']
    lemma = (genitive or noun_parses)[0].normal_form
    return NOUN_LEMMA_FIXES.get(lemma, lemma)


@lru_cache(maxsize=100_000)
def _word_info(norm):
    parses = parse(norm)
    if not parses:
        return WordInfo(None, None, frozenset(), frozenset())
    best = parses[0]
    noun_parses = [p for p in parses if p.tag.POS == 'NOUN']
    noun_lemma = _noun_lemma(noun_parses) if noun_parses else None
    if noun_parses and best.tag.POS not in (None, 'NOUN') and best.score > 2 * noun_parses[0].score:
        noun_lemma = None  # a rare noun reading of an adjective/verb
    return WordInfo(
        best.tag.POS,
        noun_lemma,
        frozenset((p.tag.case, p.tag.number) for p in noun_parses),
        frozenset(p.normal_form.replace('ё', 'е') for p in parses),
        not PROPER_GRAMMEMES.isdisjoint(best.tag.grammemes),
        _adjective_lemma(best),
        best.tag.number == 'plur',
    )


def _adjective_lemma(parsed):
    """погибших -> погибший, неизвестных -> неизвестный: the masculine nominative of an
    adjective or participle (pymorphy3's normal form of a participle is its verb)."""
    if parsed.tag.POS not in ADJECTIVE_POS or 'Supr' in parsed.tag:
        return None  # (pymorphy3 makes лучших наихороший)
    try:
        form = parsed.inflect({'masc', 'sing', 'nomn'})  # лучших -> лучший, not хороший
    except (ValueError, KeyError):
        form = None
    if form is not None:
        return form.word
    return parsed.normal_form if parsed.tag.POS == 'ADJF' else None


# --- value conversion ---------------------------------------------------------

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


def _plain(value):
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


# --- grammar pieces -------------------------------------------------------------

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
    if token.norm in SCALE_ABBREVIATIONS:
        end = index + 1
        if end < len(tokens) and tokens[end].text == '.' and tokens[end].glued:
            end += 1
        return SCALE_ABBREVIATIONS[token.norm], end, False
    return None


def _number_at(tokens, index):
    """NUMBER at tokens[index] (digits or words): (value, next index, kind) or None."""
    token = tokens[index]
    if token.skip:
        return None
    if token.kind == 'num':
        if token.suffix and token.suffix not in CARDINAL_SUFFIXES:
            return None
        value = _digits_value(token.digits)
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


def _amount_at(tokens, index):
    """AMOUNT at tokens[index]: NUMBER [с половиной] [SCALE] {NUMBER SCALE}, or a bare plural SCALE."""
    if index >= len(tokens):
        return None
    amount = Amount(index)
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
        elif scale is None or scale[0] >= last_scale:
            break  # 10 тысяч 5 человек: a second group needs its own, smaller scale
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


def _hyphen_range_at(tokens, index):
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


def _qualifier_at(tokens, index):
    """QUALIFIER at tokens[index]: (kind, next index, words) or None; longest phrase wins."""
    if tokens[index].norm not in QUALIFIER_FIRST_WORDS:
        return None
    for length in range(QUALIFIER_MAX_WORDS, 0, -1):
        words = tuple(t.norm for t in tokens[index:index + length])
        if len(words) == length and words in QUALIFIER_WORDS:
            return QUALIFIER_WORDS[words], index + length, words
    return None


def _unit_at(tokens, index):
    """UNIT at tokens[index]: (code, next index) or None."""
    if index >= len(tokens):
        return None
    token = tokens[index]
    code = UNIT_WORDS.get(token.norm)
    if code is None and token.kind == 'word':
        info = _word_info(token.norm)
        code = next((UNIT_LEMMAS[lemma] for lemma in info.lemmas if lemma in UNIT_LEMMAS), None)
        if code is not None and info.pos not in ('NOUN', None):
            code = None
    if code is None:
        return None
    end = index + 1
    if end < len(tokens) and tokens[end].text == '.' and tokens[end].glued and token.norm in UNIT_ABBREVIATIONS:
        end += 1
    if end < len(tokens) and tokens[end].norm in UNIT_COMPLEMENTS:
        end += 1
    return code, end


def _is_lower_word(token):
    return token.kind == 'word' and not token.skip and token.text[:1].islower()


def _may_be_counted(token, capitals):
    """A word of a counted phrase: lower case, or any case where capitals are allowed
    (but not an all-caps abbreviation: 2 МВД)."""
    if token.kind != 'word' or token.skip:
        return False
    return token.text[:1].islower() or (capitals and not (len(token.text) > 1 and token.text.isupper()))


def _noun_at(tokens, index, capitals=False, single=False):
    """ADJ* NOUN at tokens[index]: (lemma, {(case, number)}, next index) or None.

    With `capitals`: a capitalised phrase (пять Золотых мячей, but not a name) or a
    quoted one (два «Оскара»), the closing quote taken along.  Adjectives with no
    noun after them stand for one when plural (трёх пострадавших, двое неизвестных),
    or after один (`single`: одного задержанного).
    """
    n = len(tokens)
    end = index
    adjectives = []
    if tuple(t.norm for t in tokens[index:index + 4]) == PERCENT_POINT_ABBREVIATION:
        return PERCENT_POINTS, frozenset(), index + 4
    quoted = capitals and index + 1 < n and tokens[index].text in OPEN_QUOTES and tokens[index + 1].glued
    if quoted:
        end += 1
    while end < n and _may_be_counted(tokens[end], capitals):
        token = tokens[end]
        if token.norm in ABBREVIATED_NOUNS and token.text[:1].islower():
            stop = end + 1
            if stop < n and tokens[stop].text == '.' and tokens[stop].glued:
                stop += 1
            if token.norm == 'кв' and stop < n and tokens[stop].norm == 'м':
                stop += 1
            return ABBREVIATED_NOUNS[token.norm], frozenset(), stop
        if len(token.norm) == 1:
            break  # п, с: an abbreviation we do not know, or и, в after an adjective
        info = _word_info(token.norm)
        if not quoted and not token.text[:1].islower() and info.proper:
            break  # 2019 Путин
        if info.pos in ADJECTIVE_POS and len(adjectives) < MAX_ADJECTIVES:
            adjectives.append(info)
            end += 1
            continue
        if info.noun_lemma:
            if info.noun_lemma == 'пункт' and adjectives and 'процентный' in adjectives[-1].lemmas:
                return PERCENT_POINTS, info.noun_forms, end + 1
            return info.noun_lemma, info.noun_forms, _close_quote(tokens, end + 1, quoted)
        break
    if adjectives and adjectives[-1].adjective and (adjectives[-1].plural or single):
        # трёх пострадавших: the last adjective is the counted word
        number = 'plur' if adjectives[-1].plural else 'sing'
        return adjectives[-1].adjective, frozenset({(None, number)}), _close_quote(tokens, end, quoted)
    return None


def _close_quote(tokens, end, quoted):
    """Take a closing quote along after a quoted counted phrase."""
    if quoted and end < len(tokens) and tokens[end].text in CLOSE_QUOTES and tokens[end].glued:
        return end + 1
    return end


def _counted_at(tokens, index, capitals=False, single=False):
    """COUNTED at tokens[index]: (lemma, {(case, number)}, next index) or None;
    takes coordinated nouns along."""
    noun = _noun_at(tokens, index, capitals, single)
    if noun is None:
        return None
    lemma, forms, end = noun
    # предложений и обращений: the same case and number after и/или
    while end + 1 < len(tokens) and tokens[end].norm in COORDINATORS:
        other = _noun_at(tokens, end + 1)
        if other is None or not (forms & other[1]):
            break
        end = other[2]
    return lemma, forms, end


# --- exclusions ---------------------------------------------------------------

def _is_reference(tokens, index, references):
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
        return bool(_word_info(token.norm).lemmas & REFERENCE_LEMMAS)
    return False


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
    """2026 года, 2026 г.: a 4-digit number before a year word."""
    if not amount.year_like:
        return False
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
    return before.kind == 'word' and bool(_word_info(before.norm).lemmas & QUANTITY_VERB_LEMMAS)


def _is_ordinal_range(tokens, amount):
    """с 2 по 10 класс, с 5 по 7 этаж: both numbers are ordinals."""
    index = amount.first
    if index >= 1 and index + 2 < len(tokens) and tokens[index - 1].norm in ('с', 'со') \
            and tokens[amount.end].norm == 'по' and tokens[amount.end + 1].kind == 'num':
        return True
    return index >= 3 and tokens[index - 1].norm == 'по' and tokens[index - 2].kind == 'num' \
        and tokens[index - 3].norm in ('с', 'со')


def _in_title(tokens, first, end):
    """A short quoted title with the figure at one end: «Три сестры», «Россия 1»,
    «Утомлённые солнцем 2», «Один день Ивана Денисовича» (not a quoted sentence)."""
    if first > 0 and tokens[first - 1].text in OPEN_QUOTES and tokens[first].glued \
            and tokens[first].text[:1].isupper():
        after = end
        while after < len(tokens) and after - end <= TITLE_WORDS_BEFORE_FIGURE:
            token = tokens[after]
            if token.text in CLOSE_QUOTES:
                return True
            if token.kind != 'word' or _word_info(token.norm).pos not in TITLE_POS:
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
        if token.kind == 'word' and _word_info(token.norm).pos not in TITLE_POS:
            return False  # «Мы помогли 200 семьям»: a quoted sentence
        back -= 1
    return False


def _is_noun_first(tokens, index, lemma):
    """The counted phrase at tokens[index] opens with its noun (8 класса, not 8 новых классов)."""
    return lemma is not None and index < len(tokens) and tokens[index].kind == 'word' \
        and _word_info(tokens[index].norm).noun_lemma == lemma


def _is_duration_noun(token):
    return token.kind == 'word' and _word_info(token.norm).noun_lemma in DURATION_LEMMAS


def _is_time_expression(tokens, first, end):
    """A duration tokens[first:end] in a temporal frame: через два дня, три года назад,
    к 24 годам (тюрьмы), 1 год 6 месяцев."""
    index = first - 1
    while index >= 0 and first - index <= DURATION_LOOKBACK:
        token = tokens[index]
        if token.norm in DURATION_FRAMES_BEFORE:
            return True
        if token.norm not in QUALIFIER_TOKENS:
            if token.kind == 'word' and _word_info(token.norm).lemmas & PENALTY_VERB_LEMMAS:
                return True
            break
        index -= 1
    if end < len(tokens) and tokens[end].norm in DURATION_FRAMES_AFTER:
        return True
    # 1 год 6 месяцев: both parts of a compound duration
    if first > 0 and not tokens[first - 1].skip and _is_duration_noun(tokens[first - 1]):
        return True
    return end + 1 < len(tokens) and tokens[end].kind == 'num' and _is_duration_noun(tokens[end + 1])


def _is_ordinal_use(amount, forms, direct=True):
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


# --- subject ------------------------------------------------------------------

def _subject_at(tokens, index):
    """A subject phrase starting at tokens[index]: (first, last index) or None.

    на городском уровне | в рамках деятельности филиала | в Карагандинской области
    """
    token = tokens[index]
    if token.kind != 'word':
        return None
    n = len(tokens)
    # на ADJ* уровне
    if token.norm == 'на':
        end = index + 1
        while end < n and end - index <= SUBJECT_MAX_WORDS and tokens[end].kind == 'word':
            if tokens[end].norm == SUBJECT_LEVEL:
                return (index, end) if end > index + 1 else None
            if _word_info(tokens[end].norm).pos not in ADJECTIVE_POS:
                return None
            end += 1
        return None
    # в рамках NOUN/ADJ (genitive, lower case)*
    if tuple(t.norm for t in tokens[index:index + 2]) == SUBJECT_FRAME:
        last = index + 1
        end = index + 2
        while end < n and end - index < SUBJECT_MAX_WORDS + 2 and _is_lower_word(tokens[end]):
            info = _word_info(tokens[end].norm)
            if info.pos not in ADJECTIVE_POS and not info.noun_lemma:
                break
            last = end
            end += 1
        return (index, last) if last > index + 1 else None
    # в ADJ* (области|районе|городе ...) [Name]
    if token.norm in SUBJECT_PLACE_PREPOSITIONS:
        end = index + 1
        while end < n and end - index <= SUBJECT_MAX_WORDS and tokens[end].kind == 'word':
            info = _word_info(tokens[end].norm)
            place = info.lemmas & SUBJECT_PLACE_LEMMAS
            if place and info.noun_lemma:
                if (place & SUBJECT_NAMED_PLACES and end + 1 < n and tokens[end + 1].kind == 'word'
                        and tokens[end + 1].text[:1].isupper()):
                    end += 1
                return index, end
            if info.pos not in ADJECTIVE_POS:
                return None
            end += 1
    return None


def _subjects(tokens):
    """All subject phrases as (first, last) token indices, in text order."""
    found = []
    index = 0
    while index < len(tokens):
        span = _subject_at(tokens, index)
        if span is not None and tokens[span[0]].sentence == tokens[span[1]].sentence:
            found.append(span)
            index = span[1] + 1
        else:
            index += 1
    return found


def _subject_text(text, tokens, span):
    """'В рамках деятельности филиала' -> 'в рамках деятельности филиала'."""
    surface = text[tokens[span[0]].start:tokens[span[1]].stop].replace('\u00ad', '').replace('\u200b', ' ')
    surface = ' '.join(surface.split())
    return surface[:1].lower() + surface[1:]


# --- figure -------------------------------------------------------------------

class _Reading:
    """A figure read from tokens[first:end]; becomes a Figure once accepted."""
    __slots__ = ('first', 'end', 'value', 'value_max', 'qualifier', 'unit', 'object', 'number_first',
                 'temporal', 'skip')

    def __init__(self, first, end, value, value_max, qualifier, unit, lemma, number_first, temporal=False,
                 skip=False):
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


def _after_change_verb(tokens, index):
    """вырос / снизилась / рост a few words before tokens[index], in the same clause:
    `цены выросли в этом году до 5%`, `довести охват до 80%`, `рост зарплаты до 200 тысяч`."""
    back = index - 1
    while back >= 0 and index - back <= CHANGE_LOOKBACK and tokens[back].kind == 'word':
        lemmas = _word_info(tokens[back].norm).lemmas
        if lemmas & CHANGE_VERB_LEMMAS or lemmas & CHANGE_NOUN_LEMMAS:
            return True
        back -= 1
    return False


def _may_open_amount(token):
    """Cheap test before the grammar runs: digits, a number word, двух-трех, $."""
    if token.kind == 'num' or token.norm in NUMBER_STARTS:
        return True
    return '-' in token.norm and token.norm.split('-', 1)[0] in NUMBER_WORDS


def _read_figure(text, tokens, index, references):
    """FIGURE at tokens[index]: [QUALIFIER] (RANGE | AMOUNT) [UNIT | COUNTED] -> _Reading or None."""
    n = len(tokens)
    qualifier = words = None
    at = index
    found = _qualifier_at(tokens, at)
    if found is not None:
        qualifier, at, words = found
        # более чем на 20%, почти в два раза
        if at < n and tokens[at].norm in PREPOSITIONS_AFTER_QUALIFIER:
            at += 1
    elif not _may_open_amount(tokens[index]):
        return None
    first = index
    # $100, €5 млн
    unit = None
    if at + 1 < n and tokens[at].text in UNIT_PREFIXES and tokens[at + 1].kind == 'num' and tokens[at + 1].glued:
        unit = UNIT_PREFIXES[tokens[at].text]
        at += 1
    if at >= n:
        return None

    # AMOUNT or RANGE
    pair = _hyphen_range_at(tokens, at)
    if pair is not None:
        amount, high = pair
    else:
        amount = _amount_at(tokens, at)
        if amount is None:
            return None
        high = _range_tail_at(tokens, amount, words)
    if _is_reference(tokens, amount.first, references):
        references.add(amount.first)
        return None
    end = (high or amount).end

    # UNIT | COUNTED
    lemma = None
    forms = frozenset()
    if unit is None:
        found_unit = _unit_at(tokens, end)
        if found_unit is not None:
            unit, end = found_unit
    if unit is None:
        counted = _counted_at(tokens, end, capitals=amount.words and not amount.digits, single=amount.one_only)
        if counted is not None:
            lemma, forms, end = counted

    if not _acceptable(text, tokens, amount, high, unit, lemma, qualifier, forms, words):
        return None
    if high is None and _is_ordinal_use(amount, forms, _is_noun_first(tokens, (high or amount).end, lemma)):
        return None
    if lemma in DURATION_LEMMAS and unit is None and (lemma in CLOCK_DURATION_LEMMAS
                                                      or _is_time_expression(tokens, amount.first, end)):
        return _Reading(first, end, None, None, None, None, lemma, amount.first, temporal=True)
    # `от` and `до` are often plain prepositions
    if _in_title(tokens, first, end):
        return _Reading(first, end, None, None, None, None, lemma, amount.first, skip=True)  # «Три сестры»
    if words == ('от',) and high is None and unit is None and lemma is not None and lemma not in MEASURE_NOUNS:
        qualifier, first = None, at  # представители от пяти партий: "from"
    elif words == ('до',) and high is None and _after_change_verb(tokens, index):
        qualifier, first = None, at  # вырос до 5%: the new value
    elif high is not None and words in (('от',), ('до',)):
        qualifier = None  # от 15 до 20 тысяч: the range says it all
    if qualifier is None:
        qualifier = 'more' if amount.bare_plural and high is None else 'exact'
    return _Reading(first, end, amount.value, high.value if high is not None else None,
                    qualifier, unit, lemma if unit is None else None, amount.first)


def _range_tail_at(tokens, amount, qualifier_words):
    """RANGE tail after an amount: `– 20 тысяч`, or `до 20 тысяч` after `от`; the upper
    bound, or None.  The upper bound's scale applies to the lower one (15–20 тысяч)."""
    at = amount.end
    if at + 1 >= len(tokens):
        return None
    link = tokens[at]
    if not (link.text in DASHES or (link.norm == 'до' and qualifier_words == ('от',))):
        return None
    high = _amount_at(tokens, at + 1)
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


def _acceptable(text, tokens, amount, high, unit, lemma, qualifier, forms=frozenset(), words=None):
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
    if _is_ordinal_range(tokens, amount):
        return False  # с 2 по 10 класс
    if _is_latin_model(tokens, amount, has_tail):
        return False  # iPhone 15
    if (first.kind == 'num' and amount.scale is None and unit is None and first.text.isdigit()
            and len(first.text) >= LONG_DIGIT_STRING):
        return False  # 123456789012: an id
    if amount.words and not amount.digits and not has_tail and not _is_collective(tokens, amount) \
            and not _is_scaled_words(amount):
        return False  # пять из них: word numbers need a counted noun or a unit (but трое из них,
        # около ста миллионов)
    if amount.one_only and high is None and qualifier is None and not _is_one_counted(tokens, amount, lemma, forms):
        return False  # одна из партий, ещё один, по одним данным (but погиб один человек)
    if amount.ambiguous is not None:
        noun = _noun_at(tokens, amount.end)
        if noun is None or not any(case == amount.ambiguous for case, _ in noun[1]):
            return False  # свою семью
    return True


def _is_one_counted(tokens, amount, lemma, forms):
    """один человек, одну шайбу: один with a singular noun, not `ещё один`, `ни одного`."""
    if lemma is None or tokens[amount.first].norm in ONE_PLURAL_FORMS:
        return False
    if forms and not any(number == 'sing' for _, number in forms):
        return False  # по одним данным
    if amount.first == 0:
        return True
    before = tokens[amount.first - 1].norm
    if before in OBLIQUE_PREPOSITIONS and tokens[amount.first].norm in ONE_OBLIQUE_FORMS \
            and any(case in ('loct', 'ablt') for case, _ in forms):
        return False  # за одним столом
    return before not in ONE_NEGATORS


def _is_scaled_words(amount):
    """ста миллионов, сотни тысяч: a number word with a scale word (not a bare тысячи)."""
    return amount.scale is not None and amount.end - amount.first >= 2


def _is_collective(tokens, amount):
    """двое, троих: a collective numeral alone."""
    return amount.end == amount.first + 1 and tokens[amount.first].norm in COLLECTIVE_FORMS


def _from_to(tokens, readings):
    """`с 15 до 20%`: two values, the first takes the unit/object of the second;
    `с 9 до 18 часов` is a time span and goes, as do time expressions (`temporal`)."""
    kept = []
    for reading in readings:
        previous = kept[-1] if kept else None
        if (previous is not None and previous.end == reading.first and tokens[reading.first].norm == 'до'
                and previous.first > 0 and tokens[previous.first - 1].norm in ('с', 'со')
                and previous.unit is None and previous.object is None):
            if reading.temporal or (reading.object in HOUR_LEMMAS and reading.value <= 24):
                kept.pop()
                continue
            previous.unit, previous.object = reading.unit, reading.object
            reading.qualifier = 'exact'
            reading.first = reading.number_first
        if not reading.skip:
            kept.append(reading)
    return kept


def extract_figures(text, start=0, stop=None):
    """Figures found in text[start:stop]; offsets are into the whole text."""
    if not text:
        return []
    stop = len(text) if stop is None else min(stop, len(text))
    figures = []
    for piece_start, piece_stop in _pieces(text, start, stop):
        if _has_anchor(text, piece_start, piece_stop):
            figures.extend(_piece_figures(text, piece_start, piece_stop))
    return figures


def _pieces(text, start, stop):
    """(start, stop) of the paragraphs/sentences of text[start:stop]."""
    position = start
    for match in PIECE_BREAK.finditer(text, start, stop):
        if match.start() > position:
            yield position, match.start()
        position = match.end()
    if stop > position:
        yield position, stop


def _has_anchor(text, start, stop):
    """Cheap test: a digit, a currency sign or a number word in text[start:stop]."""
    if ANCHOR_RE.search(text, start, stop):
        return True
    return not NUMBER_STARTS.isdisjoint(WORD_RE.findall(text[start:stop].lower().replace('ё', 'е')))


def _piece_figures(text, start, stop):
    """Figures of one sentence or paragraph."""
    tokens = _tokenize(text, start, stop)
    _mark_dates(tokens, date_spans(text, start, stop))
    readings = []
    references = set()
    index = 0
    while index < len(tokens):
        reading = _read_figure(text, tokens, index, references)
        if reading is None:
            index += 1
            continue
        readings.append(reading)
        index = reading.end
    readings = _from_to(tokens, readings)
    subjects = _subjects(tokens) if readings else []
    return [_figure(text, tokens, reading, subjects) for reading in readings]


def _figure(text, tokens, reading, subjects):
    first = tokens[reading.first]
    subject = None
    # the last subject ending before the figure in its sentence, sought backwards
    # from the figure: a walk from the first subject was quadratic in a text
    # without sentence ends
    for index in range(bisect_left(subjects, (reading.first,)) - 1, -1, -1):
        span = subjects[index]
        if tokens[span[0]].sentence != first.sentence:
            break
        if span[1] < reading.first:
            subject = _subject_text(text, tokens, span)
            break
    return Figure(
        start=first.start,
        stop=tokens[reading.end - 1].stop,
        value=_plain(reading.value),
        value_max=_plain(reading.value_max),
        qualifier=reading.qualifier,
        unit=reading.unit,
        object=reading.object,
        subject=subject,
    )
