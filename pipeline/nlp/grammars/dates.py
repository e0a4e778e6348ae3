"""Dates in Russian news text, as ISO strings.

Patterns, composed bottom-up from the vocabularies below:

    ISO_DATE      2026-02-12                      -> 2026-02-12
    DOTTED_DATE   12.02.2026, 12/02/26 г.          -> 2026-02-12
    DAY_MONTH     4 февраля 2026 года, 12 февраля  -> 2026-02-04, <year>-02-12
                  с 1 по 5 марта, 4–5 февраля      -> one match per day
    MONTH_YEAR    в феврале 2026 года, в марте     -> 2026-02, <year>-03
    YEAR          в 2026 году, 2025–2026 годы      -> 2026 (one match per year)

A day and month without a year take the `year` argument (the document's
year); without one they come out as ISO 8601 '--MM-DD'.  A month without a
year or day is only read after a preposition (`в марте`, `до конца мая`) and
only when `year` is given.  Spans are exact offsets into the text; a year
word (`года`, `г.`) after the date belongs to the span, a preposition
before it does not.
"""

import datetime
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DateMatch:
    start: int
    stop: int
    date: str


# --- vocabularies ---------------------------------------------------------

# январь, января, январю, январе, январём / январем
SOFT_MONTH_STEMS = {
    'январ': 1, 'феврал': 2, 'апрел': 4, 'июн': 6, 'июл': 7,
    'сентябр': 9, 'октябр': 10, 'ноябр': 11, 'декабр': 12,
}
SOFT_ENDINGS = ('ь', 'я', 'ю', 'е', 'ём', 'ем')
# март, марта, марту, марте, мартом
HARD_MONTH_STEMS = {'март': 3, 'август': 8}
HARD_ENDINGS = ('', 'а', 'у', 'е', 'ом')
# май, мая, маю, мае, маем
MAY_FORMS = ('май', 'мая', 'маю', 'мае', 'маем')
# 12 фев. 2026, 1 сент.  (only after a day number, only with the dot)
MONTH_ABBREVIATIONS = {
    'янв': 1, 'фев': 2, 'февр': 2, 'мар': 3, 'апр': 4, 'авг': 8,
    'сен': 9, 'сент': 9, 'окт': 10, 'ноя': 11, 'нояб': 11, 'дек': 12,
}

# (not мар, сен, дек, ноя: words or names too)
BARE_MONTH_ABBREVIATIONS = ('янв', 'фев', 'февр', 'апр', 'авг', 'сент', 'окт', 'нояб')

MONTH_FORMS = {
    **{stem + ending: month for stem, month in SOFT_MONTH_STEMS.items() for ending in SOFT_ENDINGS},
    **{stem + ending: month for stem, month in HARD_MONTH_STEMS.items() for ending in HARD_ENDINGS},
    **{form: 5 for form in MAY_FORMS},
}

# prepositions (and time nouns) after which a bare month is a date: в марте, до конца мая
MONTH_ONLY_CUES = ('в', 'во', 'с', 'со', 'до', 'по', 'к', 'ко', 'на', 'начале', 'конце', 'середине',
                   'начала', 'конца', 'середины', 'течение', 'первой половине', 'второй половине')

# года, году, год, годы, годов, годах, г., гг.  — also 2026-м году
YEAR_WORDS = ('годами', 'годам', 'годах', 'годов', 'годом', 'годы', 'году', 'года', 'год', 'гг.', 'гг', 'г.', 'г')


# --- regex building blocks ------------------------------------------------

def _alternation(words):
    """Regex alternation, longest first so `февраля` wins over `феврал`."""
    return '|'.join(re.escape(word) for word in sorted(words, key=len, reverse=True))


WS = r'[\s\u200b]+'
DASH = r'[-‐‑‒–—]'
# stems then endings (one alternation of all forms is several times slower)
MONTH = (rf'(?P<month>(?:{_alternation(SOFT_MONTH_STEMS)})(?:{_alternation(SOFT_ENDINGS)})'
         rf'|(?:{_alternation(HARD_MONTH_STEMS)})(?:{_alternation(HARD_ENDINGS[1:])})?'
         rf'|{_alternation(MAY_FORMS)})(?!\w)')
# 12 фев. 2026; without the dot only where the abbreviation is no word: 1 авг — РИА Новости
MONTH_ABBR = (rf'(?P<month_abbr>{_alternation(MONTH_ABBREVIATIONS)})\.'
              rf'|(?P<month_bare>{_alternation(BARE_MONTH_ABBREVIATIONS)})(?![\w.])')
DAY = r'(?:[12]\d|3[01]|0?[1-9])(?:-?(?:го|е|ое|ого))?'
YEAR = r'(?P<year>1[89]\d\d|2[01]\d\d)(?!\d)'
YEAR_TAIL = rf'(?:-?(?:м|й|го))?[\s\u200b]*(?:{_alternation(YEAR_WORDS)})(?![\w])'

# Python's regex search skips ahead to the positions where a pattern's first character can stand
# only when the pattern opens with a plain character or class; a lookbehind first (`(?<![\w-])\d`)
# makes it try every position of the text, some 2.5 times slower over a news text. So the
# patterns that open with a digit take it first and look behind it after (`\d(?<![\w-]\d)`: the
# same test of the character before the digit); tests/test_fast_paths.py checks they match what
# the patterns written the plain way match.

# 2026-02-12
ISO_DATE = re.compile(r'(?P<year>\d(?<![\w-]\d)\d{3})-(?P<month>\d{2})-(?P<day>\d{2})(?![\w-])')
# 12.02.2026, 12/02/2026, 12.02.26 г.
DOTTED_DATE = re.compile(
    r'(?P<day>\d(?<![\w.,/]\d)\d?)(?P<sep>[./])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})'
    r'(?!\w|[.,/]\d)' r'(?:[\s\u200b]*(?:года|г\.|г)(?!\w))?'
)
# DAY after a character that is no letter, digit, dot or comma: its first digit first, then what may
# follow it (after 1 or 2 a digit or nothing, after 3 a 0 or 1 or nothing, after 0 a digit 1-9), in
# DAY's order of trying
FIRST_DAY = r'\d(?<![\w.,]\d)(?:(?<=[12])\d|(?<=3)[01]|(?<=0)[1-9]|(?<=[1-9]))(?:-?(?:го|е|ое|ого))?'
# 4 февраля 2026 года; 12 февраля; с 1 по 5 марта; 4–5 февраля; 1-го марта; в ночь с 18 на 19 апреля
DAY_MONTH = re.compile(
    rf'(?P<days>{FIRST_DAY}(?:(?:[\s\u200b]*{DASH}[\s\u200b]*|{WS}(?:по|и|или|на){WS}|[\s\u200b]*,[\s\u200b]*){DAY})*)'
    rf'{WS}(?:{MONTH}|{MONTH_ABBR})'
    rf'(?:{WS}{YEAR}(?:{YEAR_TAIL})?)?',
    re.IGNORECASE,
)
# феврале 2026 года; марте (after a cue, checked by MONTH_CUE_BEFORE)
MONTH_YEAR = re.compile(rf'(?<!\w){MONTH}(?:{WS}{YEAR}(?:{YEAR_TAIL})?)?', re.IGNORECASE)
# `в `, `до конца ` right before the month
MONTH_CUE_BEFORE = re.compile(rf'(?<!\w)(?:{_alternation(MONTH_ONLY_CUES)}){WS}$', re.IGNORECASE)
CUE_WINDOW = 24
# 2026 года, в 2026-м году, 2025–2026 годы
YEAR_ONLY = re.compile(
    rf'(?P<first>[12](?<![\w.,-][12])(?:(?<=1)[89]|(?<=2)[01])\d\d)(?:[\s\u200b]*{DASH}[\s\u200b]*{YEAR})?{YEAR_TAIL}',
    re.IGNORECASE,
)
DAY_NUMBER = re.compile(r'\d+')


# --- value conversion -----------------------------------------------------

def _valid(year, month, day):
    """True when the day exists (a leap year stands in for an unknown year)."""
    try:
        datetime.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def _iso(year, month=None, day=None):
    """'2026-02-12', '2026-02', '2026' or '--02-12' when the year is unknown."""
    if month is None:
        return f'{year:04d}'
    if day is None:
        return f'{year:04d}-{month:02d}'
    if year is None:
        return f'--{month:02d}-{day:02d}'
    return f'{year:04d}-{month:02d}-{day:02d}'


def _two_digit_year(text):
    """'26' -> 2026, '2026' -> 2026."""
    value = int(text)
    return value + 2000 if len(text) == 2 else value


def _month_number(match):
    if match.group('month'):
        return MONTH_FORMS[match.group('month').lower().replace('ё', 'е')]
    return MONTH_ABBREVIATIONS[(match.group('month_abbr') or match.group('month_bare')).lower()]


# --- candidate readers: each yields (start, stop, iso) ----------------------

def _iso_dates(text, start, stop, year):
    for match in ISO_DATE.finditer(text, start, stop):
        y, m, d = int(match['year']), int(match['month']), int(match['day'])
        if 1000 <= y <= 2199 and _valid(y, m, d):
            yield match.start(), match.end(), _iso(y, m, d)


def _dotted_dates(text, start, stop, year):
    for match in DOTTED_DATE.finditer(text, start, stop):
        y, m, d = _two_digit_year(match['year']), int(match['month']), int(match['day'])
        if 1 <= m <= 12 and _valid(y, m, d):
            yield match.start(), match.end(), _iso(y, m, d)


def _day_month_dates(text, start, stop, year):
    for match in DAY_MONTH.finditer(text, start, stop):
        month = _month_number(match)
        y = int(match['year']) if match['year'] else year
        days = list(DAY_NUMBER.finditer(match['days']))
        offset = match.start('days')
        for index, day_match in enumerate(days):
            day = int(day_match.group())
            if not _valid(y, month, day):
                continue
            last = index == len(days) - 1
            # earlier days of a list (`с 1 по 5 марта`) span only their digits
            span_start = offset + day_match.start()
            span_stop = match.end() if last else offset + day_match.end()
            yield span_start, span_stop, _iso(y, month, day)


def _cue_before(text, position):
    """True when a preposition (`в`, `до конца`) stands right before position."""
    return MONTH_CUE_BEFORE.search(text, max(0, position - CUE_WINDOW), position) is not None


def _month_year_dates(text, start, stop, year):
    for match in MONTH_YEAR.finditer(text, start, stop):
        month = MONTH_FORMS[match['month'].lower().replace('ё', 'е')]
        if match['year']:
            yield match.start('month'), match.end(), _iso(int(match['year']), month)
        elif year is not None and match['month'].islower() and _cue_before(text, match.start()):
            yield match.start('month'), match.end(), _iso(year, month)


def _year_dates(text, start, stop, year):
    for match in YEAR_ONLY.finditer(text, start, stop):
        if match['year']:
            # 2025–2026 годы: the first year spans its digits only
            yield match.start('first'), match.end('first'), _iso(int(match['first']))
            yield match.start('year'), match.end(), _iso(int(match['year']))
        else:
            yield match.start(), match.end(), _iso(int(match['first']))


# most specific first: on overlap the longer (then earlier-listed) reading wins
READERS = (_iso_dates, _dotted_dates, _day_month_dates, _month_year_dates, _year_dates)


def extract_dates(text, start=0, stop=None, year=None):
    """Dates in text[start:stop] (offsets into the whole text); a date without
    a year takes `year` (the document's year)."""
    if not text:
        return []
    stop = len(text) if stop is None else min(stop, len(text))
    candidates = []
    for rank, reader in enumerate(READERS):
        for span_start, span_stop, iso in reader(text, start, stop, year):
            candidates.append((span_start, -(span_stop - span_start), rank, span_stop, iso))
    candidates.sort()
    found = []
    last_stop = -1
    for span_start, _, _, span_stop, iso in candidates:
        if span_start >= last_stop:
            found.append(DateMatch(span_start, span_stop, iso))
            last_stop = span_stop
    return found


def date_spans(text, start=0, stop=None):
    """(start, stop) of every date-like phrase, for other grammars to skip."""
    return [(match.start, match.stop) for match in extract_dates(text, start, stop)]
