"""The kind of a figure, for analysts to filter figures.csv by:

    range    a lower and an upper bound          `от 300 до 500 билетов`, `15–20 тысяч`
    change   the size of a change                `подорожали на 11%`, `сократилось в 2 раза`
    money    a sum in a currency or in МРП       `4,7 млрд тенге`, `5 тыс. МРП`
    percent  a share, in %, percentage points    `12,3%`, `3,1 процентного пункта`, `треть избирателей`
             or a fraction word
    measure  a physical quantity or a duration   `85 тыс. тонн`, `1 240 гектаров`, `6 лет`
    count    things or people counted            `318 нарушений`, `трое`
"""

from pipeline.nlp.grammars.figures.durations import DURATION_LEMMAS
from pipeline.nlp.grammars.figures.vocabulary import CURRENCIES, MONEY_OBJECTS, PERCENT_POINTS

KINDS = ('count', 'money', 'percent', 'measure', 'change', 'range')
# units of measure as counted objects (abbreviations expand to these)
MEASURE_OBJECTS = frozenset(
    'километр метр сантиметр миллиметр тонна килограмм грамм центнер гектар литр градус киловатт мегаватт '
    'гигаватт баррель'.split()
    + ['квадратный метр', 'квадратный километр', 'кубический метр', 'метр в секунду', 'километр в час']) \
    | DURATION_LEMMAS
# раз: в 2 раза is a ratio, a change of size
RATIO_OBJECTS = frozenset({'раз'})


def figure_kind(value_max, unit, lemma, change, share=False):
    """One of KINDS; `change` when the words before the figure make it the size of a change, `share`
    for a fraction word (`треть`, `две трети`)."""
    if value_max is not None:
        return 'range'
    if change or lemma in RATIO_OBJECTS:
        return 'change'
    if unit in CURRENCIES or lemma in MONEY_OBJECTS:
        return 'money'
    if share or unit == '%' or lemma == PERCENT_POINTS:
        return 'percent'
    if lemma in MEASURE_OBJECTS:
        return 'measure'
    return 'count'
