"""Figure status patterns of commitments and of their yardsticks, beside the verb's tense (targets.py):

    `компания обязана направить на ремонт 6 млрд тенге`        -> target (a duty: PROPOSAL_LEMMAS of targets.py)
    `11 из них обязаны устранить нарушения`                    -> actual (the figure counts who is bound)
    `в бюджете заложено 26 млрд тенге`                         -> target (money laid by in a budget)
    `зарезервировано под будущие проекты 12 млрд тенге`        -> target (set aside for a time to come)
    `гарантийный срок составляет не менее 5 лет`                -> target (a term a rule requires)
    `при плановом объеме 14 млн тонн`, `при годовом ориентире 5%` -> target (the planned value itself)
    `при эпидемическом пороге в 95`, `проходной балл в 70 баллов`  -> target (a threshold set, not reached)
"""

from pipeline.nlp.morph import parse
from pipeline.nlp.doc import sentence_of, span_value
from pipeline.nlp.grammars.clause_words import clause_lemma_sets, clause_lemmas, clause_texts, clause_words, word_lemmas

# the duty words: `обязан` (a short participle of `обязать` first, `обязанный` after), `обязуется`, `обязалась`
DUTIES = frozenset({'обязать', 'обязанный', 'обязываться', 'обязаться'})
# money laid by in a budget is money to be spent: `в бюджете заложено 45 млрд тенге`; `заложить` of other things
# is done work (`заложено 300 деревьев`, `заложен фундамент`), so money only
BUDGETING = frozenset({'заложить', 'закладывать'})
# set aside for later, whatever is set aside: `зарезервировано 200 мест`
RESERVING = frozenset({'зарезервировать', 'резервировать', 'зарезервироваться'})
# allocating, a target when the clause names a time to come (`в бюджете будущего года выделено`)
ALLOCATING = frozenset({'выделить', 'выделять', 'направить', 'направлять', 'предусмотреть', 'заложить',
                        'зарезервировать', 'запланировать'})
# a time to come: `будущего года` (pymorphy3 reads `будущего` as the noun `будущее` first), `следующего года`,
# `предстоящего сезона`, `под будущие проекты`
# (`следующий` with a period only: `на следующие цели выделено` lists what was given)
AHEAD_ALWAYS = frozenset({'будущий', 'будущее', 'предстоящий'})
PERIODS = frozenset({'год', 'сезон', 'период', 'пятилетка'})
CURRENCIES = frozenset({'тенге', 'тенг', 'доллар', 'рубль', 'евро', 'юань'})  # pymorphy3 reads `тенге` as `тенг`
# a term or a norm under a bound is required: `срок хранения составляет не менее 5 лет`
TERMS = frozenset({'срок', 'стаж', 'гарантийный', 'минимальный', 'максимальный', 'норма'})
BOUNDS = (('не', 'более'), ('не', 'менее'), ('не', 'свыше'), ('не', 'выше'), ('не', 'ниже'))
# the words that name a planned value: `при плановом объеме 14 млн тонн`, `при годовом ориентире 5%`,
# `при плане приема 900 человек`
YARDSTICKS = frozenset({'план', 'плановый', 'ориентир', 'прогноз', 'норматив', 'лимит'})


def lemmas(token):
    """Every lemma pymorphy3 gives a word (none for numbers and punctuation), a frozenset."""
    return word_lemmas(token.text)


def is_duty(parsed):
    """`обязан`, `обязана` (the short passive participle of `обязать`, read first), not the finite `обязал`."""
    return parsed.normal_form == 'обязать' and parsed.tag.POS == 'PRTS'


def is_plural_predicate(token):
    """`обязаны`, `обязуются`, `обязались`: a duty word agreeing with a plural subject."""
    return any(parsed.normal_form in DUTIES and 'plur' in parsed.tag for parsed in parse(token.text))


def counts_the_bound(span, tokens):
    """The figure stands before a plural duty word of its clause and counts things, not money or percent:
    `11 из них обязаны устранить нарушения`, `5 компаний обязались направить` (they are counted, as is)."""
    if (span_value(span, 'figure') or {}).get('unit'):
        return False
    return any(token.i >= span.end and is_plural_predicate(token) for token in tokens)


def is_number(token):
    return any(character.isdigit() for character in token.text)


def has_bound(tokens):
    words = clause_words(tokens)
    return any(tuple(words[index:index + 2]) in BOUNDS for index in range(len(words) - 1))


def required_term(tokens):
    """`Гарантийный срок составляет не менее 5 лет`, `стаж – не менее 15 лет`: a term under a bound is a norm,
    not a measured state, unless its clause tells of the past (`срок составил не менее 3 лет`)."""
    if not has_bound(tokens) or not any(found & TERMS for found in clause_lemma_sets(tokens)):
        return False
    return not any('past' in parsed.tag and parsed.tag.POS in ('VERB', 'PRTS')
                   for text in clause_texts(tokens) if text.isalpha() for parsed in parse(text)[:1])


def laid_by(tokens):
    """Money laid by in a budget (`в этом году заложено 26 млрд тенге`), anything reserved (`зарезервированы
    под проекты`), or an allocation for a time to come (`в бюджете будущего года выделено 3 млрд`)."""
    words = clause_lemmas(tokens)
    if words & RESERVING:
        return True
    if words & BUDGETING and words & CURRENCIES:
        return True
    ahead = words & AHEAD_ALWAYS or ('следующий' in words and words & PERIODS)
    return bool(words & ALLOCATING) and bool(ahead)


def measured_against(span):
    """A figure right after `при` and a word of a planned value, nothing but words between:
    `при плановом объеме 14 млн тонн`, `при годовом ориентире 5%`, `при плане приема 900 человек`."""
    sentence = sentence_of(span)
    before = span.doc[max(sentence.start, span.start - 5):span.start]
    for position in range(len(before) - 1, -1, -1):
        token = before[position]
        if not token.is_alpha:
            return False
        if token.lower_ == 'при':
            return any(lemmas(other) & YARDSTICKS for other in before[position + 1:])
    return False


# the words of a threshold a value is held against: `эпидемический порог в 95 случаев`, `пороговый уровень в 50
# баллов`, `проходная планка в 70 баллов`
THRESHOLDS = frozenset({'порог', 'пороговый', 'планка', 'проходной'})


def threshold_value(span):
    """A figure right after `в` with a threshold word at most three words before it, nothing but words between:
    `при эпидемическом пороге в 95`, `Пороговый уровень в 50 баллов не преодолели 18%` (the figure sets the
    threshold; what is measured against it goes by its verb)."""
    sentence = sentence_of(span)
    if span.start <= sentence.start or span.doc[span.start - 1].lower_ != 'в':
        return False
    before = span.doc[max(sentence.start, span.start - 4):span.start - 1]
    for token in reversed(before):
        if not token.is_alpha:
            return False
        if lemmas(token) & THRESHOLDS:
            return True
    return False
