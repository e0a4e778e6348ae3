"""Is a figure a target or an actual? From the verb that governs it and the cue words of its clause.

    `планируется провести около 1000 мероприятий`      -> target (a plan)
    `в ней будут работать 46 врачей`                   -> target (future tense)
    `тарифы не должны превышать 15%`                    -> target (a required limit)
    `депутаты предлагают повысить МЗП до 100 тыс.`      -> target (a proposal, an agreement, an order + infinitive)
    `в прошлом году открыто 35 магазинов`              -> actual (past)
    `в мегаполисе проводятся 12 ярмарок`               -> actual (present: a current state)

A sentence is cut into clauses at commas, colons, semicolons, dashes and brackets; a figure
takes the status of its own clause, or of the nearest clause beside it that has a verb
(`серебряным призерам – по 3 млн тенге` after `федерация выплатит ...`). A sentence without
any verb that opens with `В том числе`, `Из них`, ... continues the one before it and takes its
status. A figure with nothing to go by is `actual`: a number stated without a verb is a state.
"""

from pipeline.nlp.grammars.commitments import (
    counts_the_bound, is_duty, laid_by, measured_against, required_term, threshold_value)
from pipeline.nlp.grammars.projects import (
    ESTIMATING, YEAR, adopted_plan, best, budget_for_year, cost_of_works, set_against, size_under_construction)
from pipeline.nlp.grammars.clause_words import Clause, clause_parses, clause_texts, clause_words
from pipeline.nlp.morph import parse
from pipeline.nlp.doc import sent_start, sentence_of, span_value

TARGET, ACTUAL = 'target', 'actual'

# lemmas that make a clause a plan, an intention, a forecast or a required limit, whatever the
# tense of its verb: `планируется`, `предусмотрено`, `прогноз`, `не должен превышать`. Verbs of
# promising and ordering (`обещал`, `поручил`) and `чтобы` + past helped the tune part only
# (bench/gold_parts.py): left out. So did a present participle taking its neighbour's status
# (`комплекс мер, включающий 42 мероприятия` after `реализует`). Tried later and left out, as they changed
# nothing on the tune or the check part of kz-dev: a period to come (`в следующем году`, `в ближайшие 5 лет`),
# a year after the document's (`в 2027 году`; `на 2026 год` of its own year), the particle `бы`, `до конца
# года` as a deadline, a verbless sentence taking the status of the one before whatever it opens with, and
# the lemmas `лимит`, `норматив`, `предельный`, `допустимый`, `квота`, `рассчитывать`, `хотеть`, `стремиться`,
# `нацеленный`, `ориентир`, `намеренный`, `предполагаться`, `плановый`, `прогнозный`, `целевой`. Of these,
# `прогнозный` and `предельный` came back as cues, and `рассчитывать`, `намеренный`, `предполагаться` as
# verbs that need an infinitive (PROPOSAL_LEMMAS), for the phrases of tests/data/kz_status_phrases.tsv
# (kz-dev status unchanged: tune .984, check .923). `может` /
# `могут` + infinitive as a possibility: check .911 -> .906. A sentence of present-tense verbs only after
# one with a target (`Планируется построить 5 школ. Их стоимость составляет 3 млрд тенге.`): tune .958 ->
# .941, check .911 -> .906. Added later (kz-dev status tune .984 -> .992, check .923 -> .928): `чтобы` + past
# as a thing wanted, and the measures of a plan in a sentence with no past form but a verb of saying (plan_items;
# status tune 1.000, check .928). Left out: `цели` after a preposition (`на эти цели направлено`, `в целях`) read
# as a purpose, not a goal: tune unchanged, check .928 -> .923. `может` + a verb of reaching a value (`может
# составить 3%`: has_forecast) came in for the phrase table, tune and check unchanged (the general `может` +
# infinitive stays out, see above). Left out: `план`, `цель`, `задача` giving way to a past verb of their clause
# (`план выполнен на 102%`), even with verbs of setting a plan kept apart (`поставлена задача`): check .928 -> .923.
# From a second written set (tests/data/written_figures2, status .957 -> .986; kz-dev check .929 -> .934, tune
# 1.000): `целевой` and `ориентир` back as cues, a clause of `что` after a verb of planning or expecting
# (complement_of_target), and a short adjective that is also a noun (`благоустройство парков`) no state.
# From a fourth written set (tests/data/written_figures4, status .918 -> .969) and measured on a fifth, held out
# (written_figures6, .779 -> .868): a budget revised (revised_budget), a cost estimated (estimated_cost; kz-dev
# check .934 -> .939), `план` as the yardstick of a result (plan_as_measure) and more verbs of a value's change
# after `может` (REACHING). Left out, as they changed no set they were not written from: a duty (`обязан
# направить`) with the figure before it counted as is (`11 из них обязаны устранить`), and an allocation `под
# будущие проекты`. Both came back with the sixth written set (tests/data/written_figures7, written before them:
# status .895 -> .959; held-out written_figures6 .868 -> .956; kz-dev check .939 -> .950, tune 1.000) in
# commitments.py, with a term under a bound (required_term), the planned value after `при` (measured_against)
# and `на эти цели` + a verb as a purpose (named_purpose). Left out: a value named by `плановый` (`плановая
# стоимость составляла 11 млрд`), as it raised only the set it came from; the start of a planned change as the
# value of today (`снизить ставку с 16 до 12%`: `с 16` actual), which raised written_figures6 .956 -> .971 but
# goes against tests/data/kz_figure_phrases.tsv, where the whole planned change is a target.
# Tried again later, as `с N до M` with a number after `до` (starting value): the hand-annotated written sets
# split on it (written_figures6, 7, 11 and two more read the start as today's value, status +.005 to +.020;
# written_figures17 reads the whole change as planned, .963 -> .935), the held-out sets and kz-dev did not move:
# left out again, the whole planned change stays a target.
# From the status errors of written_figures6, 7, 9, 10 and written_news12 (projects.py; status .957/.959/.966/.948/
# .959 -> .971/.977/.973/.968/.980; kz-dev tune 1.000 and check .950 unchanged): a budget for a year with no verb,
# a construction's cost estimated, the size of a thing being built, a relative clause passed over for the verb
# beyond it (`180 семей, чье жилье разрушено, получат`), `из 20 запланированных объектов`, a verbless clause
# that says `сейчас`, and the value a plan is set against (`вместо нынешних 5 млн тонн`). Left out, as they
# lowered the kz-dev check part (.950 -> .940 or .945): the cost of a project stated with no past verb
# (`Стоимость проекта – 9,6 млрд тенге`), what a deal or a tender is about (`соглашение о перевозке до 3 млн
# тонн`, `конкурс на ремонт 14 улиц`), and a clause cut at `и` between two verbs (`вложила 200 млн и намерена
# вложить еще 300 млн`).
# From the status errors of the free written sets (written_figures25, 21, 17, 3, written_news15; status .915/.965/
# .958/.984/.916 -> .968/.979/.966/1.000/.928, every other free set, kz-dev tune 1.000 and check .950 and the seeds
# unchanged): a result compared with its plan (`на 8,3% больше плана`: plan_as_measure), a threshold's value
# (`при эпидемическом пороге в 95`: commitments.threshold_value), the worth of goods appraised (`стоимость
# задержанных товаров оценивается в 2,9 млрд`: estimated_cost), and a verb of both aspects in a clause of a thing
# done again and again (`камеры фиксируют в среднем 340 нарушений в день`: biaspectual). Left out: that verb read as
# present in every clause (`их вакцинируют осенью`; kz-dev check .950 -> .945), a word after a number read as the
# noun it counts (`в том числе 12 сел`, not `сесть`: it raised one set only, written_figures3), and `с N до M` after
# a verb of change without an agent (`должна вырасти с 71% до 78%`: `с 71%` actual), on which the written sets
# split again (written_figures6, 11, 20 read the start as today's value; 17 and 18 read `вырастет с 61,2 тыс.` and
# `повысится с 4 980` as planned).
TARGET_LEMMAS = frozenset({
    'планироваться', 'планировать', 'запланировать', 'предусмотреть', 'предусматривать', 'предусматриваться',
    'наметить', 'намечать', 'намечаться', 'ожидаться', 'ожидать', 'прогнозировать', 'прогнозироваться',
    'прогноз', 'план', 'цель', 'задача', 'намереваться', 'собираться', 'предстоять', 'должный', 'необходимо',
    'нужно', 'надо',
    # a forecast's and a ceiling's adjective: `прогнозный объем добычи – 96 млн тонн`, `предельная цена – 295 тенге`
    'прогнозный', 'предельный',
    # a benchmark set for a period to come: `целевой ориентир на среднесрочный период – 5%`
    'целевой', 'ориентир',
})
# exceeding denied: a ceiling (`ставка не может превышать 2%`), not a possibility (`может вырасти на 5%`)
EXCEEDING = frozenset({'превышать', 'превысить'})
# ... and a comparative after `не может быть`: a ceiling or a floor (`рост не может быть больше 15%`)
DENIED_COMPARATIVES = frozenset({'больше', 'меньше', 'более', 'менее', 'выше', 'ниже'})
# a bound stated without a verb is a norm: `в группе – не более 25 детей`
BOUNDS = (('не', 'более'), ('не', 'менее'), ('не', 'свыше'), ('не', 'выше'), ('не', 'ниже'))
# verbs of proposing, agreeing and instructing make a clause a plan only with an infinitive after
# them: `депутаты предлагают повысить МЗП до 100 тысяч`, `стороны договорились довести торговлю до
# 10 млрд`, `аким поручил ввести 12 садов` (but `компания предложила 500 вакансий` is a fact)
PROPOSAL_LEMMAS = frozenset({
    'предлагать', 'предложить', 'предлагаться', 'договориться', 'договариваться', 'поручить', 'поручать',
    'обязаться', 'пообещать', 'обещать', 'призвать', 'рекомендовать',
    # an intention, a demand, an agreement, an order to be done: `предполагается охватить 40 тысяч`,
    # `следует увеличить на 10 тысяч`, `аким потребовал сократить до 8 месяцев`, `дал поручение ввести 300 км`,
    # `министерство намерено сократить на 30%`, `рассчитывает привлечь 2 млрд`, `условились увеличить до 40`
    'предполагаться', 'следовать', 'потребовать', 'требовать', 'поручение', 'намерен', 'намеренный', 'намерить',
    'рассчитывать', 'условиться', 'готовый',
    # a duty: `компания обязана направить 6 млрд`, `банк обязуется вернуть` (`обязан` itself: commitments.is_duty;
    # a court's `обязал возместить 45 млн` is a ruling made, a fact)
    'обязанный', 'обязываться',
})
# a clause without a verb opening with these continues the sentence before it
CONTINUATIONS = (('в', 'том', 'числе'), ('из', 'них'), ('из', 'которых'), ('в', 'их', 'числе'),
                 ('в', 'частности'), ('в', 'т.', 'ч.'), ('в', 'т.ч.'),
                 # `Планируется ввести новые объекты. Среди них – 4 поликлиники.`, `... Это 5 больниц.`
                 ('среди', 'них'), ('среди', 'которых'), ('это',))
BOUNDARIES = frozenset({',', ';', ':', '(', ')', '–', '—', '-'})
PREDICATES = frozenset({'VERB', 'INFN', 'PRTS', 'PRTF', 'PRED'})


def has_past_reading(token):
    """An imperative that is also a past form: `пришли` (прийти, not прислать), `вошли`, `нашли`;
    news tell what happened far more often than they order."""
    return any('past' in parsed.tag for parsed in parse(token.text))


def biaspectual(token, parsed):
    """A future form that is the present of the same verb too: the verbs of both aspects (`фиксируют`,
    `перевозится`, `вакцинируют`), which pymorphy3 reads as perfective first. Read as present only in a clause of a
    thing done again and again (recurring): everywhere it lowered the kz-dev check part (.950 -> .945)."""
    return any(other.normal_form == parsed.normal_form and 'pres' in other.tag for other in parse(token.text))


# the words of a thing done again and again: `ежедневно`, `в среднем`, `каждый год`, `340 нарушений в день`
RECURRING = frozenset({'ежедневно', 'ежегодно', 'ежемесячно', 'еженедельно', 'ежесуточно', 'регулярно', 'обычно',
                       'каждый', 'средний', 'среднее'})
RATE_PERIODS = frozenset({'день', 'сутки', 'неделя', 'месяц', 'смена'})


def recurring(tokens):
    """Does the clause tell of a thing done again and again (`ежедневно перевозится`, `фиксируют в среднем 340
    нарушений в день`)?"""
    words = clause_words(tokens)
    for index, parsed in enumerate(clause_parses(tokens)):
        if parsed is None:
            continue
        if parsed.normal_form in RECURRING or words[index] in RECURRING:
            return True
        if index and words[index - 1] == 'в' and parsed.normal_form in RATE_PERIODS:
            return True
    return False


def clauses(sentence):
    """The sentence's tokens cut at punctuation that ends a clause: a list of Clauses (token lists)."""
    pieces, current = [], Clause()
    for token in sentence:
        if token.text in BOUNDARIES:
            if current:
                pieces.append(current)
            current = Clause()
        elif not token.is_space:
            current.append(token)
    if current:
        pieces.append(current)
    return pieces


def has_deadline(tokens):
    """`к 2030 году`, `к концу 2026 года`: a date a thing is to be done by."""
    words = clause_words(tokens)
    for index, word in enumerate(words[:-1]):
        if word != 'к':
            continue
        after = words[index + 1:index + 4]
        if after and after[0] in ('концу', 'началу', 'середине'):
            after = after[1:]
        if len(after) >= 2 and YEAR.match(after[0]) and after[1].startswith('год'):
            return True
    return False


def has_ceiling(tokens):
    """`не может превышать`, `не могут превысить`, `не может быть ниже`: a ceiling (or a floor)."""
    words = clause_words(tokens)
    for index, word in enumerate(words[:-2]):
        if word == 'не' and words[index + 1] in ('может', 'могут', 'мог', 'могла', 'могло', 'могли'):
            parsed = clause_parses(tokens)[index + 2]
            if parsed is not None and parsed.normal_form in EXCEEDING:
                return True
            if words[index + 2] == 'быть' and index + 3 < len(words) and words[index + 3] in DENIED_COMPARATIVES:
                return True
    return False


def has_bound(tokens):
    """`не более`, `не менее`, ...: a bound."""
    words = clause_words(tokens)
    return any(tuple(words[index:index + 2]) in BOUNDS for index in range(len(words) - 1))


# a forecast of a value: `дефицит может составить 3% ВВП`, `урожай может превысить 20 млн тонн`
REACHING = frozenset({'составить', 'достичь', 'достигнуть', 'вырасти', 'превысить', 'увеличиться', 'сократиться',
                      'снизиться', 'подорожать', 'подешеветь',
                      # `цена может опуститься до 60 долларов`, `курс может упасть на 10%`
                      'опуститься', 'упасть', 'подняться', 'повыситься', 'понизиться', 'возрасти', 'уменьшиться'})
MAY = frozenset({'может', 'могут', 'сможет', 'смогут'})


def has_forecast(tokens):
    """`может составить`, `могут вырасти`: a value the speaker expects, not one reached; denied, a limit
    (`цены не могут вырасти более чем на 5%`)."""
    words, parses = clause_words(tokens), clause_parses(tokens)
    for index, word in enumerate(words[:-1]):
        if word in MAY:
            parsed = parses[index + 1]
            if parsed is not None and parsed.tag.POS == 'INFN' and parsed.normal_form in REACHING:
                return True
    return False


# a plan reported on is a yardstick of what was done: `план выполнен на 96%`, `исполнен на 98%`
FULFILLING = frozenset({'выполнить', 'перевыполнить', 'исполнить'})
# a plan named after these prepositions measures a result: `78% от годового плана`, `при плане 120 построено 98`
MEASURED_BY = frozenset({'от', 'при'})
# the nouns of a planned value that can measure a result so: `при годовом ориентире 6% цены выросли на 8,4%`
YARDSTICKS = frozenset({'план', 'ориентир', 'прогноз'})
# a result compared with its plan: `на 8,3% больше плана`, `в полтора раза выше прогноза`, `сверх плана`
COMPARED_WITH = frozenset({'больше', 'меньше', 'выше', 'ниже', 'сверх'})


def plan_as_measure(tokens, index):
    """Token `index` is `план` (`ориентир`, `прогноз`) that measures the clause's result instead of announcing a plan:
    `что составляет 78% от годового плана`, `При плане 420 км отремонтировано 388 км`, `план выполнен на 92%`,
    `на 4% меньше плана`
    (the planned figure itself, `при плане 420 км`, is a target: planned_figure)."""
    words, parses = clause_words(tokens), clause_parses(tokens)
    if parses[index].normal_form not in YARDSTICKS:
        return False
    if any(word in MEASURED_BY for word in words[max(0, index - 2):index]):
        return True
    if index and words[index - 1] in COMPARED_WITH:
        return True
    for parsed in parses:
        if parsed is not None and parsed.normal_form in FULFILLING and parsed.tag.POS in ('VERB', 'PRTS'):
            return 'past' in parsed.tag
    return False


# a purpose named before, money given to it: `на эти цели направлено 2 млрд`, `на следующие цели выделено`
POINTING = frozenset({'этот', 'данный', 'указанный', 'такой', 'следующий', 'тот'})


def named_purpose(tokens, index):
    """Token `index` is `цели` after `на` and a pointing word: a purpose, not a goal (`на эти цели направлено
    2,6 млрд тенге` tells of money given; `цель – снизить на 15%` is a goal)."""
    words, parses = clause_words(tokens), clause_parses(tokens)
    if index < 2 or parses[index].normal_form != 'цель' or words[index - 2] != 'на':
        return False
    pointing = parses[index - 1]
    if pointing is None or pointing.normal_form not in POINTING:
        return False
    # with no verb the sum takes its status from its cue as before: `Итого на эти цели – 38 млрд тенге.`
    return any(parsed is not None and parsed.tag.POS in ('VERB', 'PRTS') for parsed in parses)


def clause_status(tokens):
    """TARGET, ACTUAL or None (no verb and no cue) for one clause."""
    target, actual, infinitive, proposal, attributive = False, False, False, False, False
    # `чтобы` + past is a subjunctive, a thing wanted: `обеспечить, чтобы не менее 30% товаров поставлялось`
    texts = clause_texts(tokens)
    wished = 'чтобы' in clause_words(tokens)
    for number, parsed in enumerate(clause_parses(tokens)):
        if parsed is None:
            continue
        pos, tag = parsed.tag.POS, parsed.tag
        if parsed.normal_form in TARGET_LEMMAS and not plan_as_measure(tokens, number) \
                and not named_purpose(tokens, number):
            # a planned thing named beside a done one (`из запланированных 120 объектов введено 95`): the
            # participle marks its own figure only (planned_figure); the clause goes by its verb
            if pos == 'PRTF':
                attributive = True
            else:
                target = True
        if parsed.normal_form in PROPOSAL_LEMMAS and pos not in PREDICATES:
            proposal = True  # `дал поручение ввести`, `намерен сократить`, `готова вложить`
        if pos not in PREDICATES and pos in ('ADVB', 'ADJS'):
            # `в прошлом году открыто 8 садов`: pymorphy reads an adverb first, the participle is the predicate
            parsed = next((other for other in parse(texts[number]) if other.tag.POS == 'PRTS'), parsed)
            pos, tag = parsed.tag.POS, parsed.tag
        if pos == 'ADJS' and 'Qual' in tag:
            # a state: `однако готово лишь 40% работ`; not a noun read as one (`благоустройство парков`)
            actual = actual or not any(other.tag.POS == 'NOUN' for other in parse(texts[number]))
            continue
        if pos not in PREDICATES:
            continue
        if pos == 'INFN':
            infinitive = True
            target = target or proposal  # предлагают повысить
        elif ('futr' in tag and not (biaspectual(tokens[number], parsed) and recurring(tokens))) \
                or ('impr' in tag and not has_past_reading(tokens[number])) or (wished and 'past' in tag):
            # `камеры ежедневно фиксируют 500 нарушений` is the present of a verb of both aspects, not a future
            target = True
        elif pos != 'PRED':
            actual = True
            proposal = proposal or parsed.normal_form in PROPOSAL_LEMMAS or is_duty(parsed)
    if target or has_deadline(tokens) or has_ceiling(tokens) or has_forecast(tokens):
        return TARGET
    if actual:
        return ACTUAL
    if attributive:
        return TARGET
    # an infinitive with no finite verb beside it: a goal or an order (`задача – снизить до 9%`);
    # a bound with no verb: a norm
    if infinitive or has_bound(tokens):
        return TARGET
    # a clause with no verb that says `now` states today's value, not the plan beside it:
    # `Сейчас в области 140 тыс. безработных, к 2030 году их должно стать вдвое меньше`, `..., сейчас – 300 тыс.`
    return ACTUAL if says_now(tokens) else None


# the words of the present moment
NOW = (('сейчас',), ('ныне',), ('в', 'настоящее', 'время'), ('на', 'сегодня'), ('на', 'сегодняшний', 'день'),
       ('на', 'данный', 'момент'))


def says_now(tokens):
    """Does the clause name the present moment (`сейчас`, `на сегодня`, `в настоящее время`)?"""
    words = clause_words(tokens)
    return any(tuple(words[index:index + len(cue)]) == cue for cue in NOW for index in range(len(words)))


# money set aside: for a thing still to come it is a target (see allocated_ahead)
ALLOCATING = frozenset({'выделить', 'выделять', 'направить', 'зарезервировать', 'заложить', 'предусмотреть'})


def allocated_ahead(pieces, index):
    """`На строительство больницы, которое начнется весной, выделено 18 млрд`: an allocation in clause
    `index` for a thing a relative clause of the sentence puts in the future."""
    lemmas = {parsed.normal_form for parsed in clause_parses(pieces[index]) if parsed is not None}
    if not lemmas & ALLOCATING:
        return False
    return any(clause_words(piece)[0].startswith('котор') and clause_status(piece) == TARGET
               for number, piece in enumerate(pieces) if number != index)


def planned_figure(span):
    """A figure right after a participle of planning or the noun `план`: `из запланированных 120 объектов`,
    `предусмотренные 5 млрд`, `при плане 420 км отремонтировано 388 км`; or a number right before one:
    `из 20 запланированных объектов введено 14`."""
    position = span.start
    while position < len(span.doc) and any(character.isdigit() for character in span.doc[position].text):
        position += 1
    if position > span.start and position < len(span.doc):
        parsed = best(span.doc[position])
        if parsed is not None and parsed.tag.POS == 'PRTF' and parsed.normal_form in TARGET_LEMMAS:
            return True
    for token in reversed(span.doc[max(sent_start(span), span.start - 2):span.start]):
        parsed = best(token)
        if parsed is None:
            return False
        if parsed.tag.POS == 'PRTF':
            return parsed.normal_form in TARGET_LEMMAS
        if parsed.normal_form == 'план' and token.i == span.start - 1:
            return True
    return False


# the items of a plan or a set of measures: `комплекс мер, включающий 42 мероприятия`, `план из 15 пунктов`
PLAN_ITEMS = frozenset({'мероприятие', 'мера', 'пункт'})
PLANS = frozenset({'план', 'комплекс', 'программа', 'карта'})
# the verb of a quote's attribution tells when it was said, not when the measures are done:
# `«... реализует комплекс мер, включающий 42 мероприятия», – отметил министр`
SAYING = frozenset({'сказать', 'отметить', 'сообщить', 'заявить', 'подчеркнуть', 'рассказать', 'добавить',
                    'пояснить', 'напомнить', 'уточнить'})


def plan_items(span, sentence):
    """A count of the measures of a plan, the sentence telling of no measure done (no past form):
    `министерство реализует комплекс мер, включающий 42 мероприятия` (they are to be carried out)."""
    noun = (span_value(span, 'figure') or {}).get('object')
    if noun not in PLAN_ITEMS:
        return False
    lemmas, past = set(), False
    for token in sentence:
        parsed = best(token)
        if parsed is None:
            continue
        lemmas.add(parsed.normal_form)
        if parsed.normal_form in SAYING:
            continue
        if parsed.tag.POS in ('ADVB', 'ADJS'):  # `проведено` is read as an adverb first
            parsed = next((other for other in parse(token.text) if other.tag.POS == 'PRTS'), parsed)
        past = past or ('past' in parsed.tag and parsed.tag.POS in ('VERB', 'PRTS'))
    return bool(lemmas & PLANS) and not past


def opens_with_continuation(tokens):
    words = tuple(clause_words(tokens)[:3])
    return any(words[:len(cue)] == cue for cue in CONTINUATIONS)


# the conjunctions of a clause that says what is planned or expected: `Ожидается, что ...`
COMPLEMENTS = frozenset({'что', 'чтобы'})


def complement_of_target(pieces, index):
    """Clause `index` opens with `что` right after a clause whose verb plans or expects (not a participle):
    `Ожидается, что ставка может быть снижена не более чем на 0,5 п.п.`, `Планируется, что 80% ... получат`."""
    if not index or clause_words(pieces[index])[0] not in COMPLEMENTS:
        return False
    return any(parsed is not None and parsed.normal_form in TARGET_LEMMAS and parsed.tag.POS in ('VERB', 'INFN')
               for parsed in clause_parses(pieces[index - 1]))


# a budget's figures changed by a decision are the new plan, whatever the tense: `расходы увеличены до 912 млрд`,
# `финансирование сокращено на 3,2 млрд`, `поправка сокращает расходы на 7%`, `бюджет уточнен`
REVISING = frozenset({'увеличить', 'увеличивать', 'сократить', 'сокращать', 'уменьшить', 'уменьшать', 'уточнить',
                      'уточнять', 'скорректировать', 'корректировать', 'урезать', 'пересмотреть', 'пересматривать'})
BUDGETS = frozenset({'бюджет', 'расход', 'финансирование', 'ассигнование', 'смета'})
# money moved from one purpose to another is a budget decision by itself: `из резерва перераспределено 2,5 млрд`
REALLOCATING = frozenset({'перераспределить', 'перераспределять', 'перераспределяться'})


def revised_budget(pieces, index):
    """Clause `index` has a verb of revising (not a verb of growing: `расходы выросли на 5%`, `расходы
    сократились`) and its sentence names a budget, or a verb of moving money between purposes:
    `Депутаты увеличили расходы до 912 млрд тенге, из них на дороги перераспределено 14 млрд`."""
    revised = False
    for parsed in clause_parses(pieces[index]):
        if parsed is None or parsed.tag.POS not in ('VERB', 'PRTS'):
            continue
        if parsed.normal_form in REALLOCATING:
            return True
        revised = revised or parsed.normal_form in REVISING
    if not revised:
        return False
    return any(parsed is not None and parsed.normal_form in BUDGETS
               for piece in pieces for parsed in clause_parses(piece))


# the cost of a thing is estimated while it is still to be built or done: `стоимость проекта оценивается в 11 млрд`
# (a loss is estimated after the fact: `ущерб оценивается в 2 млрд` stays as it is)
COSTS = frozenset({'стоимость'})
# goods that are there to be valued, seized or shipped: their worth is appraised, a fact (`Стоимость задержанных
# товаров оценивается в 2,9 млрд тенге`, `стоимость груза оценивается в 1,2 млрд`)
GOODS = frozenset({'товар', 'груз', 'контрабанда', 'имущество'})


def estimated_cost(tokens):
    """`Общая стоимость проектов оценивается в 410 млрд тенге`: a cost estimated, a target; not the worth of goods."""
    lemmas = {parsed.normal_form for parsed in clause_parses(tokens) if parsed is not None}
    return bool(lemmas & ESTIMATING) and bool(lemmas & COSTS) and not lemmas & GOODS


def clause_statuses(pieces):
    """The status each clause of a sentence states by itself (None where it states none)."""
    return [TARGET if revised_budget(pieces, number) or estimated_cost(piece) or required_term(piece)
            or laid_by(piece) or budget_for_year(piece) or adopted_plan(piece) or cost_of_works(piece)
            else clause_status(piece)
            for number, piece in enumerate(pieces)]


def sentence_status(pieces, index, read=None):
    """The status of clause `index` of a sentence, else of the nearest clause with one (left first).
    `read`: a SentenceReadings of the document, so that each sentence's clauses are read once."""
    if complement_of_target(pieces, index):
        return TARGET
    statuses = clause_statuses(pieces) if read is None else read.statuses(pieces)
    if statuses[index] is not None:
        return statuses[index]
    # a relative clause tells of its own noun; the figure's verb lies beyond it: `Кроме того, 180 семей, чье
    # жилье разрушено, получат квартиры` (`получат`, not `разрушено`); with no other verb, it is all there is
    for skip_relative in (True, False):
        for distance in range(1, len(pieces)):
            for other in (index - distance, index + distance):
                if not 0 <= other < len(pieces) or statuses[other] is None:
                    continue
                if not (skip_relative and is_relative(pieces[other])):
                    return statuses[other]
    return None


# the words that open a relative clause: `которые`, `чьи`, `где`
RELATIVES = ('котор', 'чей', 'чья', 'чье', 'чьё', 'чьи', 'чьих', 'чьим', 'где', 'куда', 'откуда')


def is_relative(tokens):
    """Does the clause open with a relative word (`которые сейчас строятся`, `чьи дома пострадали`)?"""
    word = clause_words(tokens)[0]
    return word.startswith(RELATIVES[0]) or word in RELATIVES[1:]


def previous_sentence(sentence):
    doc = sentence.doc
    return sentence_of(doc[sentence.start - 1]) if sentence.start > 0 else None


class SentenceReadings:
    """The clauses of the sentences of one document and the status each clause states, read once: every
    figure of a sentence asks for the same ones (a sentence of ten figures read its clauses ten times).
    Made for one document's figures and dropped after them, so no Token outlives its Doc's run."""

    def __init__(self):
        self.pieces, self.clause_statuses = {}, {}

    def clauses(self, sentence):
        """`clauses(sentence)`, once per sentence."""
        if sentence.start not in self.pieces:
            self.pieces[sentence.start] = clauses(sentence)
        return self.pieces[sentence.start]

    def statuses(self, pieces):
        """`clause_statuses(pieces)` of a sentence's clauses, once per sentence."""
        key = pieces[0][0].i
        if key not in self.clause_statuses:
            self.clause_statuses[key] = clause_statuses(pieces)
        return self.clause_statuses[key]


def figure_status(span, read=None):
    """'target' or 'actual' for a figure span (a spaCy Span of a parsed Doc). `read`: the SentenceReadings
    of the span's document, when its figures are asked for one after the other."""
    read = SentenceReadings() if read is None else read
    sentence = sentence_of(span)
    pieces = read.clauses(sentence)
    index = next((number for number, piece in enumerate(pieces) if piece[0].i <= span.start <= piece[-1].i),
                 None)
    if index is None:
        return ACTUAL
    if planned_figure(span) or plan_items(span, sentence) or measured_against(span) \
            or size_under_construction(span, pieces[index]) or threshold_value(span):
        return TARGET
    status = sentence_status(pieces, index, read)
    if status == TARGET and set_against(span, pieces[index]):
        return ACTUAL
    if status == ACTUAL and allocated_ahead(pieces, index):
        return TARGET
    if status is None and pieces and opens_with_continuation(pieces[0]):
        before = previous_sentence(sentence)
        if before is not None:
            earlier = read.clauses(before)
            status = sentence_status(earlier, len(earlier) - 1, read) if earlier else None
    if status == TARGET and counts_the_bound(span, pieces[index]):
        return ACTUAL
    return status or ACTUAL
