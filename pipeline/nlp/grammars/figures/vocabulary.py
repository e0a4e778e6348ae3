"""The words of the figures grammar: number words and their values, scales,
qualifiers, units and the markers of a counted noun phrase."""

from decimal import Decimal

from pipeline.nlp.morph import parse


# --- number vocabulary ------------------------------------------------------
# Forms are written with е for ё; tokens are normalised the same way.

# The value of each number word's lemma; pymorphy3's paradigm of the lemma gives
# every case form (двух, двум, двумя ...).
NUMERAL_LEMMAS = {
    'один': 1, 'два': 2, 'три': 3, 'четыре': 4, 'пять': 5, 'шесть': 6, 'семь': 7, 'восемь': 8,
    'девять': 9, 'десять': 10, 'одиннадцать': 11, 'двенадцать': 12, 'тринадцать': 13,
    'четырнадцать': 14, 'пятнадцать': 15, 'шестнадцать': 16, 'семнадцать': 17, 'восемнадцать': 18,
    'девятнадцать': 19, 'двадцать': 20, 'тридцать': 30, 'сорок': 40, 'пятьдесят': 50,
    'шестьдесят': 60, 'семьдесят': 70, 'восемьдесят': 80, 'девяносто': 90, 'сто': 100,
    'двести': 200, 'триста': 300, 'четыреста': 400, 'пятьсот': 500, 'шестьсот': 600,
    'семьсот': 700, 'восемьсот': 800, 'девятьсот': 900,
    # полтора миллиона, полутора тысяч
    'полтора': Decimal('1.5'),
}
# двое детей, пятеро участников
COLLECTIVE_LEMMAS = {'двое': 2, 'трое': 3, 'четверо': 4, 'пятеро': 5, 'шестеро': 6, 'семеро': 7,
                     'восьмеро': 8, 'девятеро': 9, 'десятеро': 10}
# pymorphy3 has no numeral reading of this rare form (it guesses a noun восьмьюст)
NUMERAL_FORMS_MISSING = {'восьмьюстами': 800}
# the parts of speech of the lemmas above: один is an adjective to pymorphy3
NUMERAL_POS = frozenset({'NUMR', 'ADJF'})
# pymorphy3's informal forms: read in numerals (восьмью, восьмьюдесятью), not in the
# nouns (тыща, тысячью, сот)
INFORMAL = 'Infr'
NOUN = frozenset({'NOUN'})


def _paradigm(lemma, parts_of_speech=NUMERAL_POS, number=None):
    """{form: {grammatical number of its readings}} of a lemma's pymorphy3 paradigm,
    ё written е: 'два' -> {'два': {None}, 'двух': {None}, ...}; only the forms in
    `number` ('plur') when given; a noun's informal forms left out."""
    forms = {}
    for parsed in parse(lemma):
        if parsed.tag.POS not in parts_of_speech or parsed.normal_form != lemma:
            continue
        for form in parsed.lexeme:
            if number not in (None, form.tag.number) or (parts_of_speech == NOUN and INFORMAL in form.tag):
                continue
            forms.setdefault(form.word.replace('ё', 'е'), set()).add(form.tag.number)
    return forms


def _values_of(lemmas, parts_of_speech=NUMERAL_POS, number=None):
    """{lemma: value} -> {form: value} over the lemmas' paradigms."""
    return {form: value for lemma, value in lemmas.items() for form in _paradigm(lemma, parts_of_speech, number)}


# The forms are tabled once, at import (about 3 ms): the grammar looks every word of a
# sentence up in NUMBER_STARTS, and asking pymorphy3 for each word's numeral lemma instead
# took 2.17 s of CPU against 0.79 s for extract_figures over NEREL train with cold caches
# (0.69 s against 0.56 s warm; python bench/figures_speed.py, alternated, best of 3).
NUMBER_WORDS = {**_values_of(NUMERAL_LEMMAS), **NUMERAL_FORMS_MISSING, **_values_of(COLLECTIVE_LEMMAS)}
ONE_FORMS = frozenset(_paradigm('один'))
# одни, одних: "some", not "one"
ONE_PLURAL_FORMS = frozenset('одни одних одними'.split())
# ещё один "another", ни одного "not a single": no count
ONE_NEGATORS = frozenset({'ещё', 'еще', 'ни'})
# у одной женщины, одному задержанному, одним препятствием, за одним столом ("the same"): один in an oblique
# case names one of a kind, it counts nothing (a count of one is written in the nominative or accusative:
# погиб один человек)
ONE_UNCOUNTED_FORMS = frozenset('одной одною одному одним одном'.split())
# один as the unit of a price or a rate, no count: стоимость одного гранта, 38 тенге на одну акцию,
# по 10 долларов за одну карточку, обучение одного студента обходится в 1,2 млн тенге
PER_UNIT_NOUNS = frozenset('стоимость цена себестоимость расчёт расчет'.split())
PER_UNIT_PREPOSITIONS = frozenset({'на', 'за'})
PER_UNIT_VERBS = frozenset('стоить обходиться обойтись'.split())
PER_UNIT_WINDOW = 4
# стоимость ремонта одного километра, в расчете на одного жителя: the noun of price may stand two words back
PER_UNIT_LOOKBACK = 3
# на одну женщину приходится 3,1 ребенка: a rate per one, told by the verb after it
PER_ONE_VERBS = frozenset({'приходиться'})
# 15 районных судов, двух областных судов: `судов` is ships (судно) or courts (суд); these adjectives name courts
VESSEL, COURT = 'судно', 'суд'
COURT_ADJECTIVES = frozenset(
    'районный межрайонный областной городской верховный апелляционный кассационный специализированный '
    'арбитражный конституционный мировой'.split())
# учеников 9–11 классов, из 9-х классов: school grades run from 1 to 11
GRADE_NOUN = 'класс'
LAST_GRADE = 11
# 42 из 49 возможных (баллов): an adjective that leaves its noun out is not what the number counts
ELLIPTIC_ADJECTIVES = frozenset({'возможный', 'максимальный', 'допустимый'})
# двое, троих: a count of people even without a noun (двое из них, ранены трое)
COLLECTIVE_FORMS = frozenset(_values_of(COLLECTIVE_LEMMAS))
# forms that are also ordinary words: семью (семья) counts only before an instrumental noun
AMBIGUOUS_NUMBER_WORDS = {'семью': 'ablt'}

SCALE_LEMMAS = {'тысяча': 1000, 'миллион': 10**6, 'миллиард': 10**9, 'триллион': 10**12}
# мың: Kazakh "thousand" (12 мың адам, 5 мың теңге)
KAZAKH_SCALES = {'мың': 1000}
# два десятка, полтора десятка, более десятка: a ten (its plurals are APPROXIMATE_PLURALS below); alone
# it needs a qualifier (not `вошел в десятку лучших`)
TENS = _values_of({'десяток': 10}, NOUN, number='sing')
SCALE_WORDS = {**_values_of(SCALE_LEMMAS, NOUN), **KAZAKH_SCALES, **TENS}
# 2 тыс., 1,5 млн, 3 млрд (never without a number)
SCALE_ABBREVIATIONS = {'тыс': 1000, 'млн': 10**6, 'млрд': 10**9, 'трлн': 10**12}
# the forms a bare scale word reads as "more than": тысячи, миллионов (not тысяча, тысячу)
SINGULAR_ONLY_SCALE_FORMS = frozenset(
    [form for lemma in SCALE_LEMMAS for form, numbers in _paradigm(lemma, NOUN).items() if numbers == {'sing'}]
    + list(KAZAKH_SCALES) + list(TENS))
# десятки тысяч, сотни участников: a plural "tens"/"hundreds" = more than 10/100
APPROXIMATE_PLURALS = _values_of({'десяток': 10, 'сотня': 100}, NOUN, number='plur')
# несколько тысяч: more than one thousand
SEVERAL = frozenset('несколько нескольких нескольким несколькими'.split())
# полмиллиона, около полумиллиона детей, полтысячи, почти полсотни: half a scale (or a hundred) in one
# word -> (value, scale)
HALF_SCALES = {'полтысячи': (500, 1000), 'полутысячи': (500, 1000), 'полмиллиона': (500_000, 10**6),
               'полумиллиона': (500_000, 10**6), 'полмиллиарда': (5 * 10**8, 10**9),
               'полумиллиарда': (5 * 10**8, 10**9), 'полтриллиона': (5 * 10**11, 10**12),
               'полутриллиона': (5 * 10**11, 10**12), 'полсотни': (50, None), 'полусотни': (50, None)}
HALF = ('с', 'половиной')
# треть, четверть, половина: a share of a whole as a word (fraction.py); not `третью`, the ordinal's
# feminine accusative (третью партию)
FRACTION_DENOMINATORS = {
    **dict.fromkeys('треть трети третей третям третями третях'.split(), 3),
    **dict.fromkeys('четверть четверти четвертью четвертей четвертям четвертями четвертях'.split(), 4),
    **dict.fromkeys('половина половины половине половину половиной половин'.split(), 2)}
# две трети, три четверти, одной четверти: the numerator before the fraction word
FRACTION_NUMERATORS = {**dict.fromkeys('одна одной одну'.split(), 1),
                       **dict.fromkeys('две двух двум двумя'.split(), 2),
                       **dict.fromkeys('три трех трем тремя'.split(), 3)}
# семь десятых, три пятых: a numerator (2 to 9) and an ordinal in the genitive plural; десятую часть, одна
# пятая: one part (fraction.py).  Not 3 and 4: две трети, три четверти are written with the nouns above.
_ORDINAL_STEMS = {'пят': 5, 'шест': 6, 'седьм': 7, 'восьм': 8, 'девят': 9, 'десят': 10, 'сот': 100,
                  'тысячн': 1000}
ORDINAL_PLURAL_DENOMINATORS = {stem + 'ых': value for stem, value in _ORDINAL_STEMS.items()}
ORDINAL_SINGULAR_DENOMINATORS = {
    **{stem + ending: value for stem, value in _ORDINAL_STEMS.items() for ending in ('ая', 'ую', 'ой')},
    **dict.fromkeys('третья третью третьей'.split(), 3), **dict.fromkeys('четвертая четвертую четвертой'.split(), 4)}
ORDINAL_NUMERATORS = (2, 9)
PART_WORDS = frozenset('часть части частью'.split())
# пять десятых классов, двух десятых годов: the ordinal of a grade or a decade, no fraction
ORDINAL_NOUNS = frozenset({'класс', 'год'})

# 5-й, 10-го, 19-летний are ordinals or adjectives; 2-х, 5-ти are cardinals
CARDINAL_SUFFIXES = frozenset({'х', 'ти', 'ми', 'и', 'ух', 'ех', 'ем', 'ум', 'мя', 'ью', 'ста', 'сот'})
# -ми ends a cardinal only after семь and восемь (8-ми = восьми, 27-ми); after any other number it ends
# an ordinal (6-ми выборами = шестыми, 11-ми по счету = одиннадцатыми; семнадцати is 17-ти)
CARDINAL_MI_LAST_DIGITS = frozenset({7, 8})
CARDINAL_MI_SUFFIX = 'ми'
# a 4-digit number in this range may be a year (2026), unless a context makes it a count
YEAR_RANGE = (1000, 2199)

# --- qualifiers -------------------------------------------------------------

QUALIFIERS = {
    # (not `в среднем`: an average is a value of its own, `в среднем на 12%` is exact)
    'approx': ['около', 'порядка', 'примерно', 'почти', 'приблизительно', 'ориентировочно',
               'где-то', 'чуть ли не', 'практически', 'в районе'],
    'more': ['более', 'более чем', 'свыше', 'больше', 'больше чем', 'не менее', 'не менее чем',
             'не меньше', 'не меньше чем', 'как минимум', 'минимум', 'от', 'чуть более', 'чуть больше',
             'не ниже', 'выше', 'сверх'],
    'less': ['менее', 'менее чем', 'меньше', 'меньше чем', 'до', 'не более', 'не более чем',
             'не больше', 'не свыше', 'максимум', 'как максимум', 'чуть менее', 'чуть меньше',
             'не выше', 'ниже', 'в пределах'],
}
# тем не менее, тем более: connectives ("nevertheless", "all the more") whose qualifier words bound no number
# (`Тем не менее в три смены учатся 14 школ` is not "at least three shifts")
CONNECTIVES = (('тем', 'не', 'менее'), ('тем', 'более'))
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
UNIT_LEMMAS = {'процент': '%', 'рубль': 'RUB', 'доллар': 'USD', 'юань': 'CNY'}
CURRENCIES = frozenset({'KZT', 'RUB', 'USD', 'EUR', 'GBP', 'CNY'})
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
# adverbs made of adjectives that grade an adjective inside a counted phrase: социально значимых, экологически
# чистых, особо охраняемых (not еще, почти, более, всего: they end otherwise)
ADJECTIVAL_ADVERB_ENDINGS = ('ски', 'льно', 'нно', 'чно', 'тно', 'рно')
DEGREE_ADVERBS = frozenset({'особо', 'наиболее', 'крайне'})
COORDINATORS = frozenset({'и', 'или'})
# the possessive pronouns that may stand between a number and its noun: двое его сообщников
POSSESSIVE_PRONOUNS = frozenset({'его', 'её', 'ее', 'их'})
# pymorphy3 readings that never are the counted noun in news: 95 статей is not стать
NOUN_LEMMA_FIXES = {'стать': 'статья'}
# 1,5 млн голов скота: голов counts animals (голова), not goals (гол), beside these lemmas
# or a place that keeps them (`ферм на 400–600 голов`, `откормочная площадка на 5 тыс. голов`)
LIVESTOCK_LEMMAS = frozenset(
    'скот скотина поголовье овца коза корова лошадь верблюд свинья птица крс мрс животное'.split()
    + 'ферма откормочный отара табун стадо'.split())
LIVESTOCK_HEAD = ('гол', 'голова')
LIVESTOCK_WINDOW = 6
# 14 из 17 регионов: a number before `из` and a total counts the total's noun
OF_TOTAL = 'из'
# на трех из них, 4,1 тыс. из них, две из которых: a part of what the figure before counts
PART_OF_THEM = frozenset({('из', 'них'), ('из', 'которых')})
# Из этих квартир 380 станут однокомнатными: the words after `из` that point back at things counted before
THESE_OPENERS = frozenset({'этих', 'тех', 'всех', 'указанных'})
# шестерых и более детей, 5 и менее процентов: the number is a bound of the count after it
OR_MORE = {'более': 'more', 'больше': 'more', 'свыше': 'more', 'менее': 'less', 'меньше': 'less'}
# 4 золотые, 2 серебряные и 3 бронзовые: the metal of a medal stands for the medal
MEDAL_ADJECTIVES = frozenset({'золотой', 'серебряный', 'бронзовый'})
MEDAL = 'медаль'
# 5 км, 10 га: abbreviated nouns pymorphy3 does not expand
ABBREVIATED_NOUNS = {
    'км': 'километр', 'кг': 'килограмм', 'га': 'гектар', 'м': 'метр', 'см': 'сантиметр',
    'мм': 'миллиметр', 'л': 'литр', 'т': 'тонна', 'ч': 'час', 'мин': 'минута', 'сек': 'секунда',
    'чел': 'человек', 'шт': 'штука', 'ед': 'единица', 'квт': 'киловатт', 'мвт': 'мегаватт',
    'гвт': 'гигаватт', 'кв': 'квадратный метр', 'куб': 'кубический метр', 'ц': 'центнер',
    'кбит': 'килобит', 'мбит': 'мегабит', 'гбит': 'гигабит',
    # 120 м³ воды, 40 м² жилья, 3 км² леса: a power sign glued to the letter
    'м³': 'кубический метр', 'м²': 'квадратный метр', 'км²': 'квадратный километр',
}
# 100 Мбит/с: abbreviations written with a capital as often as not
CASELESS_ABBREVIATIONS = frozenset({'кбит', 'мбит', 'гбит'})
# 28 м/с, 90 км/ч, 3 млн куб. м, 120 кв. км: abbreviations of two words (lower case, dots dropped)
COMPOUND_ABBREVIATIONS = {
    ('м', '/', 'с'): 'метр в секунду', ('км', '/', 'ч'): 'километр в час', ('куб', 'м'): 'кубический метр',
    ('кв', 'м'): 'квадратный метр', ('кв', 'км'): 'квадратный километр',
    # 14,2 ц/га: centners a hectare
    ('ц', '/', 'га'): 'центнер',
    # 100 Мбит/с: a data rate
    ('кбит', '/', 'с'): 'килобит в секунду', ('мбит', '/', 'с'): 'мегабит в секунду',
    ('гбит', '/', 'с'): 'гигабит в секунду',
}
# 25 метров в секунду, 90 километров в час
# 25 метров в секунду, 480 кубометров в секунду: a unit of speed or of flow kept whole
SPEED_UNITS = frozenset({'метр', 'километр', 'кубометр', 'литр'})
RATE_WORDS = {('в', 'секунду'): 'в секунду', ('в', 'час'): 'в час'}
# 5 тыс. МРП, 300 МВт: abbreviations written with capitals (as written) -> the counted unit
CAPITAL_UNITS = {'МРП': 'МРП', 'МЗП': 'МЗП', 'кВт': 'киловатт', 'МВт': 'мегаватт', 'ГВт': 'гигаватт',
                 # abbreviations of common nouns, counted as they stand: 1 140 ДТП, 12 АЗС, три ТЭЦ
                 'ДТП': 'ДТП', 'АЗС': 'АЗС', 'ТЭЦ': 'ТЭЦ', 'ГЭС': 'ГЭС',
                 # 2,6 млн Гкал тепла: the gigacalorie, the unit heat is sold and counted in
                 'Гкал': 'гигакалория'}
# 30 Гкал/ч: a capitalised unit a time -> a rate (the heat output of a boiler house)
CAPITAL_RATES = {('Гкал', '/', 'ч'): 'гигакалория в час'}
# 90 кВт·ч, 1,9 млн кВт*ч (and the common misspelling кВт/ч): kilowatt-hours, the unit of energy sold, not the
# kilowatt of power; the mark between the letters is glued to both
ENERGY_UNIT_MARKS = frozenset('·∙⋅*/')
ENERGY_UNITS = {'квт': 'киловатт-час', 'мвт': 'мегаватт-час', 'гвт': 'гигаватт-час'}
ENERGY_ONE_WORDS = {unit + 'ч': name for unit, name in ENERGY_UNITS.items()}  # кВтч
# the monthly calculation index and the minimum wage are sums of money
MONEY_OBJECTS = frozenset({'МРП', 'МЗП'})
# 0,5 п.п.; 2 процентных пункта
PERCENT_POINTS = 'процентный пункт'
PERCENT_POINT_ABBREVIATION = ('п', '.', 'п', '.')
# the words that set a value against another: `вместо нынешних 5 млн тонн`, `против 17 млн тонн` (a plan against
# today's value, projects.py), `одиннадцать воздушных судов вместо семи` (a count the figure replaces, alone.py)
SET_AGAINST = frozenset({'вместо', 'против'})
# `Остальные 12,3 тыс. грантов`, `остальные пять – в следующем`: the rest of a count told before; before a figure in
# the nominative or genitive (breakdowns.rest_cue_parts), in any case before a number word alone (alone.py)
REST_CUES = frozenset({'остальные', 'остальных', 'оставшиеся', 'оставшихся'})
REST_FORMS = REST_CUES | frozenset({'остальным', 'остальными', 'оставшимся', 'оставшимися'})

# вдвое больше, сократилось втрое: a multiple in one word (multiples.py)
MULTIPLE_WORDS = {'вдвое': 2, 'втрое': 3, 'вчетверо': 4, 'впятеро': 5, 'вшестеро': 6, 'всемеро': 7,
                  'ввосьмеро': 8, 'вдевятеро': 9, 'вдесятеро': 10}

# --- derived sets ------------------------------------------------------------

# every word of a qualifier phrase: skipped when looking for a duration's frame
# (not `в`: в 13 лет is an age)
QUALIFIER_TOKENS = frozenset(word for words in QUALIFIER_WORDS for word in words) - {'в'}

# words that may open an amount (digits always may)
NUMBER_STARTS = frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS) | frozenset(APPROXIMATE_PLURALS) \
    | SEVERAL | frozenset(UNIT_PREFIXES) | frozenset(HALF_SCALES) | frozenset(FRACTION_DENOMINATORS) \
    | frozenset(ORDINAL_SINGULAR_DENOMINATORS) \
    | frozenset(MULTIPLE_WORDS)
