"""The words of the figures grammar: number words and their values, scales,
qualifiers, units and the markers of a counted noun phrase."""

from decimal import Decimal


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

# 5-й, 10-го, 19-летний are ordinals or adjectives; 2-х, 5-ти are cardinals
CARDINAL_SUFFIXES = frozenset({'х', 'ти', 'ми', 'и', 'ух', 'ех', 'ем', 'ум', 'мя', 'ью', 'ста', 'сот'})
# a 4-digit number in this range may be a year (2026), unless a context makes it a count
YEAR_RANGE = (1000, 2199)

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

# --- derived sets ------------------------------------------------------------

# every word of a qualifier phrase: skipped when looking for a duration's frame
# (not `в`: в 13 лет is an age)
QUALIFIER_TOKENS = frozenset(word for words in QUALIFIER_WORDS for word in words) - {'в'}

# words that may open an amount (digits always may)
NUMBER_STARTS = frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS) | frozenset(APPROXIMATE_PLURALS) \
    | SEVERAL | frozenset(UNIT_PREFIXES)
