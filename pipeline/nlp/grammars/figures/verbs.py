"""The words before a figure that say how to read it: a verb of limit gives the
qualifier (`выручка превысила 2 трлн тенге` = more, `не достигла 5%` = less), a
verb or noun of change makes `до X` the new value (`снизилась до 7%`) and `на X`
the size of the change (`подорожали на 11%`).  A comparative after `не` and a modal is the
opposite bound (`цена не может быть ниже 95 тыс. тенге`: more).  A clause whose verb of change is gapped
(`Доходы увеличены на 21,4 млрд тенге, расходы – до 468 млрд тенге`: the new value, exact) was read right,
but the figure it matched made the links of its text worse (written_figures6 links P .917 -> .786): left out.
Where the clause before the gap reads `до` after its verb of change as the new value, the gapped `– до` is one
too (`минимальная пенсия вырастет до 67 тыс. тенге, а базовая выплата – до 36 тыс. тенге`), and a verb of limit
gives the gapped item's bare number its qualifier (`превысит 900 тыс. человек, а к 2030 году – 1,5 млн`: more):
written_figures4 FIG .986 -> .990, written_figures29 .978 -> .985, the held-out written_figures19 .969 -> .978, no
other held-out set, kz-dev part or NEREL figures moved.  A place after `на` / `в` before such a dash is no size of
change (`Цены выросли на 5%, в отдельных районах – до 8%`: `до 8%` stays a bound): written_figures31 (held out) .954
-> .960, nothing else moved.  A comparative right before the size of a difference reads the `до` after it as the new
value, as a verb of change does (`Краж стало меньше на 214, до 1 112`: exactly 1 112, no bound), and a result
bettered or worsened is a change (`рекорд улучшен на 4 см – до 5,72 метра`): round figures33, its figures in
durations.py.
"""

from pipeline.nlp.grammars.figures.tokens import LIST_DASHES
from pipeline.nlp.grammars.figures.vocabulary import FRACTION_DENOMINATORS, MULTIPLE_WORDS, QUALIFIER_TOKENS
from pipeline.nlp.grammars.figures.words import is_number_token, word_info

# вырос до 5%, снизилась до 3 тысяч: `до` gives the new value, not an upper bound
CHANGE_VERB_LEMMAS = frozenset(
    'вырасти расти возрасти возрастать вырастать увеличиться увеличить увеличиваться увеличивать '
    'сократиться сократить сокращаться сокращать снизиться снизить снижаться снижать понизиться '
    'понизить понижаться понижать уменьшиться уменьшить уменьшаться уменьшать повыситься повысить '
    'повышаться повышать подняться поднять подниматься упасть падать опуститься опускаться '
    'замедлиться замедлить замедляться замедлять ускориться ускорить ускоряться ускорять довести доводить '
    'подорожать дорожать подешеветь дешеветь прибавить потерять '
    # расширится до 3 млн га, нарастить до 10 млн тонн, подскочила до 12%, проиндексировать до 70 тысяч
    'расширить расшириться расширять расширяться нарастить наращивать сузить сузиться сужать сужаться '
    'подскочить взлететь рухнуть обвалиться проиндексировать индексировать '
    # weather: морозы усилятся до 35 градусов, ветер ослабнет до 5 м/с, похолодает до минус 18
    'усилиться усиливаться ослабнуть ослабеть ослабевать похолодать холодать потеплеть теплеть '
    # water and air warming or cooling to a value: вода прогрелась до 24 градусов, воздух остынет до 5
    'прогреться прогреваться нагреться нагреваться остыть остывать '
    # a revision: расходы уточнены до 640,1 млрд тенге, прогноз скорректирован до 3,5%
    'уточнить уточнять скорректировать корректировать '
    # a value reached: морозы доходили до 30 градусов, очередь дошла до 2 тыс. человек
    'доходить дойти '
    # a result bettered or worsened: рекорд улучшен на 4 см – до 5,72 метра
    'улучшить улучшать ухудшить ухудшать'.split())
CHANGE_NOUN_LEMMAS = frozenset(
    'рост снижение увеличение сокращение повышение понижение уменьшение падение замедление '
    'ускорение подорожание удешевление прирост расширение наращивание сужение индексация'.split())
CHANGE_LOOKBACK = 4
# снизился на 7% – до 310 млрд: the size of the change, then a comma or dash, then the new value
CHANGE_SEPARATORS = frozenset(',–—-')
CHANGE_SIZE_TOKENS = 5
# на 12% больше, в 2 раза дешевле: a difference
COMPARATIVES = frozenset('больше меньше выше ниже дороже дешевле длиннее короче'.split())

# превысила 2 трлн: the verb's object is a lower bound; `не` before it makes it an upper one
LIMIT_VERBS = {
    'превысить': 'more', 'превышать': 'more', 'превзойти': 'more', 'превосходить': 'more',
    'перевалить': 'more', 'переваливать': 'more', 'перешагнуть': 'more', 'перешагивать': 'more',
    'зашкалить': 'more', 'зашкаливать': 'more',
    # достигла 5% is the value itself; не достигла 5% stays below it
    'достигнуть': 'exact', 'достичь': 'exact', 'достигать': 'exact',
    # приблизилась к 10%
    'приблизиться': 'approx', 'приближаться': 'approx',
}
NEGATED = {'more': 'less', 'exact': 'less', 'approx': 'less'}
# не должен превышать 3%, не может превысить 5 млн: a modal between `не` and the verb
NEGATED_MODALS = frozenset('должен должна должно должны может могут будет будут'.split())
# перевалило за 1000, приблизилась к 10%, превысил отметку в 2 трлн: the words the verb
# reaches the number through
# не может быть ниже 95 тыс. тенге, не должна опускаться ниже 5%: a comparative bound after `не`, a modal
# and a verb of being or falling is the opposite bound (`не ниже`, next to each other, is a qualifier phrase)
NEGATED_BOUNDS = {'ниже': 'more', 'меньше': 'more', 'менее': 'more', 'выше': 'less', 'больше': 'less',
                  'более': 'less'}
NEGATED_BOUND_GAP = frozenset('быть опускаться опуститься падать упасть снижаться подниматься превышать'.split())
LIMIT_LINKS = {'за': {'перевалить', 'переваливать'}, 'к': {'приблизиться', 'приближаться'}}
LIMIT_MARKS = frozenset('отметка рубеж порог планка уровень'.split())
# порт перевалил 3,2 млн тонн грузов: without `за` or a mark the verb is the port's `handled`, no limit
LINK_ONLY_VERBS = frozenset({'перевалить', 'переваливать'})
LIMIT_LOOKBACK = 4
VERB_POS = frozenset({'VERB', 'INFN'})


# а базовая выплата – до 36 тыс., а к 2030 году – 1,5 млн: the words of a gapped item between its comma and its dash
GAPPED_ITEM_TOKENS = 5
# how far back the clause before the item's comma may reach (`с 1 января минимальная пенсия вырастет до 67 тыс.
# тенге`)
GAPPED_CLAUSE_TOKENS = 14
CLAUSE_BREAKS = frozenset(',;:()')


def _gapped_clause(tokens, dash):
    """(start, comma) of the clause before a short item whose dash tokens[dash] stands for that clause's verb
    (`Пенсия вырастет до 67 тыс. тенге, а базовая выплата – до 36 тыс.`: the clause `Пенсия ... тенге`), or
    None when no comma opens a short item before the dash."""
    sentence = tokens[dash].sentence
    at = dash - 1
    while at >= 0 and dash - at <= GAPPED_ITEM_TOKENS and tokens[at].kind in ('word', 'num') \
            and tokens[at].sentence == sentence:
        at -= 1
    if at == dash - 1 or at < 1 or tokens[at].text != ',' or tokens[at].sentence != sentence:
        return None
    start = at
    while start > 0 and at - start < GAPPED_CLAUSE_TOKENS and tokens[start - 1].sentence == sentence \
            and tokens[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    return start, at


def _gapped_new_value(tokens, dash):
    """`– до` at dash + 1 after a short item whose gapped clause reads `до` as the new value after its verb of
    change: `минимальная пенсия вырастет до 67 тыс. тенге, а базовая выплата – до 36 тыс. тенге`, `морозы
    усилятся до 30 градусов, в горах – до 35` (not after `на`: `выросли на 5%, в селах – до 8%` is a bound)."""
    clause = _gapped_clause(tokens, dash)
    return clause is not None and any(tokens[at].norm == 'до' and after_change_verb(tokens, at)
                                      for at in range(*clause))


def _opens_size(tokens, at):
    """tokens[at] may open the size of a change after `на` / `в`: a number, a number word, a fraction or a
    qualifier (`на 7%`, `в два раза`, `на треть`, `на почти 7%`); not a place (`, а на канализацию – до 95 тенге`,
    `, в отдельных районах – до 8%`: the item of a gapped clause, no size)."""
    return at < len(tokens) and (is_number_token(tokens[at]) or tokens[at].norm in FRACTION_DENOMINATORS
                                 or tokens[at].norm in QUALIFIER_TOKENS)


def after_change_verb(tokens, index):
    """вырос / снизилась / рост a few words before tokens[index], in the same clause:
    `цены выросли в этом году до 5%`, `довести охват до 80%`, `рост зарплаты до 200 тысяч`."""
    back = index - 1
    if back >= 1 and tokens[back].text in CHANGE_SEPARATORS:
        # снизился на 7% – до 310 млрд, выросла на 12%, до 5 трлн: the new value after the size
        for size in range(back - 1, max(-1, back - 1 - CHANGE_SIZE_TOKENS), -1):
            if tokens[size].norm in ('на', 'в', 'во') and _opens_size(tokens, size + 1):
                return after_change_verb(tokens, size) or _compared_size(tokens, size)
        if tokens[back - 1].norm in MULTIPLE_WORDS:
            return after_change_verb(tokens, back - 1)  # сократилось вчетверо, до 210
        return tokens[back].text in LIST_DASHES and _gapped_new_value(tokens, back)
    while back >= 0 and index - back <= CHANGE_LOOKBACK and tokens[back].kind == 'word':
        lemmas = word_info(tokens[back].norm).lemmas
        if lemmas & CHANGE_VERB_LEMMAS or lemmas & CHANGE_NOUN_LEMMAS:
            return True
        back -= 1
    return False


def _compared_size(tokens, size):
    """`на` at tokens[size] opens the size of a difference a comparative right before it tells: `Краж стало
    меньше на 214, до 1 112` (the `до` after it is the new value, as after a verb of change)."""
    return size >= 1 and tokens[size - 1].norm in COMPARATIVES


def is_change_size(tokens, index, end):
    """`подорожали на 11%`, `рост на 15 процентов`, `сократилось в 2 раза`, `на 12% больше`, `стало больше
    на 14%`: the number at tokens[index] (its figure ending at `end`) says by how much something changed."""
    if index < 1 or tokens[index - 1].norm not in ('на', 'в', 'во'):
        return False
    return (after_change_verb(tokens, index - 1) or (end < len(tokens) and tokens[end].norm in COMPARATIVES)
            or (index >= 2 and tokens[index - 2].norm in COMPARATIVES))


def is_difference(words, preposition):
    """`стало больше на 14%`, `меньше в два раза`: a comparative read as a qualifier, then на / в (no `чем`
    between): the number is the size of the difference, exact (`больше чем на 14%` is a bound, more)."""
    return words is not None and len(words) == 1 and words[0] in COMPARATIVES and preposition in ('на', 'в', 'во')


def limit_qualifier(tokens, index):
    """The qualifier a verb of limit gives the number at tokens[index], or None:
    `превысила 2 трлн тенге`, `перевалило за 1000`, `превысил отметку в 100 тысяч`,
    `не достигла 5%` (but `превысил план на 5%`: the size of the excess; `порт перевалил 3 млн тонн`:
    the amount handled)."""
    back = index - 1
    link = None
    marked = False
    if back >= 1 and tokens[back].text in LIST_DASHES:
        return _gapped_limit(tokens, back)
    if back >= 0 and tokens[back].norm in LIMIT_LINKS:
        link = tokens[back].norm
        back -= 1
    elif back >= 1 and tokens[back].norm == 'в' and word_info(tokens[back - 1].norm).lemmas & LIMIT_MARKS:
        back -= 2  # отметку в 2 трлн
        marked = True
    elif back >= 0 and word_info(tokens[back].norm).pos == 'PREP':
        return None  # превысил план на 5%: the size of the excess
    while back >= 0 and index - back <= LIMIT_LOOKBACK and tokens[back].kind == 'word':
        info = word_info(tokens[back].norm)
        verbs = sorted(lemma for lemma in info.lemmas if lemma in LIMIT_VERBS)
        if verbs:
            if link is not None and verbs[0] not in LIMIT_LINKS[link]:
                return None
            if verbs[0] in LINK_ONLY_VERBS and link is None and not marked:
                return None  # порт перевалил 3,2 млн тонн: the amount handled
            qualifier = LIMIT_VERBS[verbs[0]]
            if back >= 1 and tokens[back - 1].norm in NEGATED_MODALS:
                back -= 1
            if back >= 1 and tokens[back - 1].norm == 'не':
                return NEGATED[qualifier]
            return qualifier
        if info.pos in VERB_POS:
            return None  # another verb: `превысил план и составил 5 млн`
        back -= 1
    return None


def negated_bound(tokens, index, words):
    """The qualifier of a comparative bound at tokens[index] (read as `words`) that `не` and a modal negate,
    or None: `цена не может быть ниже 95 тыс. тенге` (more), `не должна подниматься выше 5%` (less)."""
    if words is None or len(words) != 1 or words[0] not in NEGATED_BOUNDS:
        return None
    back = index - 1
    if back >= 0 and word_info(tokens[back].norm).lemmas & NEGATED_BOUND_GAP:
        back -= 1
    if back < 1 or tokens[back].norm not in NEGATED_MODALS or tokens[back - 1].norm != 'не':
        return None
    return NEGATED_BOUNDS[words[0]]


def _gapped_limit(tokens, dash):
    """The qualifier a verb of limit in the gapped clause before a short item gives the number after the item's
    dash tokens[dash]: `превысит 900 тыс. человек, а к 2030 году – 1,5 млн` (more), or None."""
    clause = _gapped_clause(tokens, dash)
    if clause is None:
        return None
    for at in range(*clause):
        if is_number_token(tokens[at]):
            qualifier = limit_qualifier(tokens, at)
            if qualifier is not None:
                return qualifier
    return None
