"""A news text's lede sum and its parts told in the sentences after it with no cue (`part_of`):

    `Бюджет района на следующий год составит 48 млрд тенге. На образование направят 21 млрд тенге. На
    здравоохранение предусмотрено 6 млрд тенге.`
    `Фермеры собрали 5,1 млн тонн зерна. Пшеницы намолочено 4,2 млн тонн. Ячменя собрано 600 тыс. тонн.`

The first sum of money or the first measure of a unit (tonnes, hectares, square metres, megawatts) opening a
text is what the text is about; the smaller sums of that unit said of the same time (both done, or both planned)
in the sentences after it are its parts. So is the first count of a noun (`Казахстан посетили 2,4 млн туристов. Из
России прибыли 540 тыс. туристов, из Кыргызстана – 390 тыс.`), guarded: a text counts people and things of many
kinds, and what comes or goes (`родились 61 тыс. детей. Умерли 12,8 тыс. человек`, `открыто 8 школ`) is no part
of a stock counted before, a group named (`Число безработных`) or another kind of the counted thing (`Крупного
рогатого скота` after `голов мелкого рогатого скота`) no part either. People at large (`960 тыс. человек`) after a
lede count of a kind of people (`2,87 млн пассажиров`) are its part when told exactly and not at work, harmed or
taking part in something. Two sentences with no part between end the run, but for a breakdown of two figures of the
lede's own noun or unit or one more part told with `еще` (far_part).
The rules kept and left out are listed in docs/links-log.md."""

import bisect

from pipeline.nlp.morph import parse
from pipeline.nlp.doc import doc_value, sent_end, sent_start, sentence_starts, token_starts

from pipeline.nlp.grammars.breakdowns import kind_key, largest_first
from pipeline.nlp.grammars.described import doing
from pipeline.nlp.grammars.figure_facts import (
    ALSO, counts_people, facts, in_from_to, is_elliptic, is_change, is_compared, is_percent, names_difference, same_kind, value,
    words)
from pipeline.nlp.grammars.part_guards import EACH, clause_words, each_sum, flow_mismatch, flow_of, in_headline, is_average
from pipeline.nlp.grammars.targets import SentenceReadings, figure_status

LEDE_SENTENCES = 2  # the lede: the text's first sentences (`Маслихат утвердил бюджет района в объеме 48 млрд тенге.`)
MAX_AFTER = 8  # sentences after the lede sum its parts may stand in: a short news text
# sentences without a part between two parts: `... на дороги – 18 млрд тенге. Будет построено 12 домов. Еще 5 млрд
# тенге выделят на ...`; further on a sum of the kind is of its own (`Элеваторы приняли на хранение 900 тыс. тонн`
# three sentences after the harvest's breakdown)
MAX_GAP = 1
# `Экспорт области составил 9,2 млрд долларов. Импорт достиг 4,1 млрд долларов`, `Выручка составила 40 млрд тенге.
# Расходы достигли 31 млрд тенге`, `добыто 14,6 млн тонн руды. Фабрики переработали 12,8 млн тонн`: a sum of another
# account or activity than the lede's, none of its parts (the nouns and verbs of one activity name it alike)
ACCOUNTS = {'экспорт': 'экспорт', 'экспортировать': 'экспорт', 'импорт': 'импорт', 'импортировать': 'импорт',
            'товарооборот': 'товарооборот', 'выручка': 'выручка', 'доход': 'доход', 'расход': 'расход',
            'прибыль': 'прибыль', 'убыток': 'убыток', 'затрата': 'расход', 'себестоимость': 'расход',
            'актив': 'актив', 'ввоз': 'импорт', 'вывоз': 'экспорт',
            'добыча': 'добыча', 'добыть': 'добыча', 'добывать': 'добыча',
            'переработка': 'переработка', 'переработать': 'переработка', 'перерабатывать': 'переработка',
            'выпуск': 'выпуск', 'выпустить': 'выпуск', 'производство': 'выпуск', 'произвести': 'выпуск',
            'производить': 'выпуск'}
KINDS = frozenset({'money', 'measure'})
# `Численность занятых составила 410 тыс. человек. Число безработных оценивается в 19 тыс. человек`: a count its
# sentence names by its group is a count of its own, no part of the lede's
NAMED = frozenset({'число', 'численность', 'количество'})
MIN_COUNT = 10  # a lede count of fewer things has no parts told one by one after it (`3 сканера`)
# `Импорт вырос до 44,7 млрд долларов`: a level a change reaches, a figure of its own
LEVEL_BEFORE = frozenset({'до'})
# `Неубранными остаются около 180 тыс. гектаров`: what is left of a sum, no part of what was done
REMAINS = ('остает', 'остаёт', 'остают', 'осталос', 'остался', 'осталась', 'остались')
# `96 павильонов, каждый обошелся в 4,5 млн тенге`: the price of one of the things (EACH of part_guards.py)
MAX_EACH_BACK = 4  # words back `каждый` may stand: `каждый из них обошелся в`


def lede_parts(spans, part_of, with_of):
    """Link to the lede sum of its kind each later figure of that kind that can be its part, in place; `with_of`:
    the figure each one describes."""
    if not spans:
        return
    starts = [sent_start(span) for span in spans]
    numbers = sentence_numbers(spans)
    read = SentenceReadings()
    status = {}

    def status_of(index):
        if index not in status:
            status[index] = figure_status(spans[index], read)
        return status[index]

    kinds = set()
    for index, total in enumerate(spans):
        key = kind_key(total)
        if numbers[index] >= LEDE_SENTENCES:
            break
        if key is None or key in kinds or in_headline(total):
            continue  # `Мангистау: 1,2 млн туристов за сезон` over the text: the body tells its own total again
        kinds.add(key)  # the first figure of its kind only
        if not (lede_kind(total) or lede_count(total, with_of[index])) or part_of[index] is not None \
                or not sum_like(total) or facts(total).get('qualifier') not in (None, 'exact') or largest_first(total) \
                or any(part_of[other] == index for other in range(len(spans)) if starts[other] == starts[index]):
            continue  # `из выделенных 1,8 млрд тенге подрядчик похитил 412 млн`: a breakdown of its own told;
            # `задержан с почти 4 кг кокаина. ... пронести 3,526 кг`: a sum told roughly says an exact one again
        lemmas = sentence_lemmas(total)
        last = numbers[index]  # the sentence of the last part (a run of parts, at most a sentence between)
        passed = False  # a figure of the lede's kind passed over since the last part
        for other in range(index + 1, len(spans)):
            part = spans[other]
            far = numbers[other] - last > MAX_GAP + 1
            if numbers[other] - numbers[index] > MAX_AFTER or numbers[other] - last > MAX_GAP + 2:
                break
            if starts[other] == starts[index]:
                continue
            own = same_kind(part, total) or sibling(spans, other, index, part_of)  # of the lede's own noun or unit
            if not (own or people_at_large(part, total)):
                if switches(spans, other, total, lemmas):
                    break  # `Расходы составят 400 млрд тенге. Доходы вырастут на 3%. Налоги дадут 60 млрд тенге.`
                continue
            if far and not far_part(spans, other, index, part_of, passed):
                break
            passed = True
            if value(part) >= value(total):
                break  # `В следующем году планируется сдать 18 млн кв. м`: another sum of the kind, the lede's ends
            if cost_of_count(spans, other, with_of):
                break  # `выдано 48 тыс. займов на 1,9 трлн тенге`: a nearer sum of its own, the parts after it its
            if not sum_like(part) or level(spans, other) or counter(sentence_lemmas(part), lemmas) \
                    or flow_mismatch(part, total) or named_count(part, total) or other_kind(part, total):
                continue  # a change, the level it reaches and another account passed over
            if remains_or_each(part) or status_of(other) != status_of(index):
                break  # `планировалось ввести 420 тыс. кв. м. ... сдано 356 тыс.`: the plan and what was done
            if part_of[other] is None:  # not a part of a part: `еще 9,4 млрд долларов, из них ... 4,3 млрд`
                part_of[other] = index
            if own:
                last, passed = numbers[other], False


def lede_count(span, described):
    """A count of things or people a lede can total: `2,4 млн иностранных туристов`, `74 медалями`; not one that
    tells a measure again (`described`, or after `это`: `введено 1,2 млн кв. м жилья – это 14 тыс. квартир`)."""
    return facts(span).get('kind') == 'count' and facts(span).get('object') is not None \
        and not facts(span).get('unit') and value(span) >= MIN_COUNT and described is None \
        and not (span.start and span.doc[span.start - 1].lower_ == 'это')


MAX_QUALIFIER = 4  # words of the genitive phrase after a lede count: `голов мелкого рогатого скота`


def qualifier(span):
    """The lemmas of the genitive phrase right after a count (`1,1 млн голов мелкого рогатого скота`: мелкий,
    рогатый, скот), the noun it ends with last; empty when there is none."""
    lemmas = []
    for token in span.doc[span.end:span.end + MAX_QUALIFIER]:
        parsed = parse(token.text)[:1] if token.is_alpha else []
        if not parsed or parsed[0].tag.POS not in ('ADJF', 'NOUN') or 'gent' not in parsed[0].tag:
            break
        lemmas.append(parsed[0].normal_form)
        if parsed[0].tag.POS == 'NOUN':
            return lemmas
    return []


def other_kind(part, total):
    """A count in a sentence naming the noun of the lede count's genitive phrase with another adjective: `1,1 млн
    голов мелкого рогатого скота. Крупного рогатого скота насчитали 410 тыс. голов` counts another kind."""
    lemmas = qualifier(total) if facts(total).get('kind') == 'count' else []
    if not lemmas:
        return False
    sentence = [parse(word)[:1] for word in words(part.doc[sent_start(part):sent_end(part)]) if word.isalpha()]
    for at, parsed in enumerate(sentence):
        if parsed and parsed[0].normal_form == lemmas[-1]:
            before = [other[0] for other in sentence[max(0, at - MAX_QUALIFIER):at] if other]
            if any(other.tag.POS == 'ADJF' and other.normal_form not in lemmas for other in before[-2:]):
                return True
    return False


# `В гостиницах работают 64 тыс. человек` after `посетили 2,4 млн туристов`: people at work are a group of their own;
# `В автобусе находились 46 пассажиров. В результате аварии пострадали 29 человек`: the victims are the event's,
# and so are its participants (`В списки внесены 12 500 избирателей. В голосовании участвовали 8 150 человек`: of
# those lists only when a share says so, shares.share_parts)
OWN_GROUP = ('работа', 'работу', 'трудя', 'трудит', 'занят', 'пострада', 'погиб', 'травм', 'ранен', 'госпитализ',
             'участ')


def people_at_large(part, total):
    """People at large (`человек`) told exactly after a lede count of a kind of people, the same people named
    plainly: `обслужил 2,87 млн пассажиров. ... туда летали 960 тыс. человек`, `Казахстан посетили 2,4 млн
    туристов. ... Из стран дальнего зарубежья страну посетили 320 тыс. человек`; not a rate (`семь человек на
    место`), an average, nor people at work, harmed or taking part (`работают 64 тыс. человек`, `пострадали 29
    человек`, `участвовали 8 150 человек`). Such a part ends no gap of the run: the parts of the lede's own noun must
    follow the lede as closely as before."""
    if facts(part).get('object') != 'человек' or not counts_people(total) or facts(total).get('object') == 'человек' \
            or flow_of(total):
        return False  # `родились 18 тыс. детей, умерли 6 тыс. человек`: people coming or going, no population
    after = words(part.doc[part.end:min(sent_end(part), part.end + 1)])
    return facts(part).get('qualifier') in (None, 'exact') and after != ['на'] and not is_average(part) \
        and not any(word.startswith(OWN_GROUP) for word in clause_words(part))


def named_count(part, total):
    """A count after a lede count whose sentence names the group it counts (`Число безработных оценивается в 452 тыс.
    человек` after `Численность занятого населения составила 9,2 млн человек`): a count of its own."""
    return facts(total).get('kind') == 'count' and bool(NAMED & set(words(part.doc[sent_start(part):part.start])))


def sibling(spans, index, total, part_of):
    """A figure with its noun or unit left out right after a part of the lede `total` in its sentence: `Из России
    прибыли 540 тыс. туристов, из Кыргызстана – 390 тыс.`, `В Узбекистан поставлено 410 тыс. тонн, в Таджикистан –
    около 180 тыс.`"""
    return is_elliptic(spans[index]) and part_of[index - 1] == total \
        and sent_start(spans[index - 1]) == sent_start(spans[index])


def sentence_numbers(spans):
    """The number of each figure's sentence in the text's body, the body's first sentence 0."""
    doc = spans[0].doc
    starts = sentence_starts(doc)
    body = bisect.bisect_left(token_starts(doc), doc_value(doc, 'body_start'))
    first = bisect.bisect_right(starts, body) - 1
    return [bisect.bisect_right(starts, span.start) - 1 - first for span in spans]


def lede_kind(span):
    """A sum of money or a measure in a unit: the kinds a lede sum is of."""
    return facts(span).get('kind') in KINDS and not is_percent(span)


def sum_like(span):
    """A sum that can be a total or a part: no change, no end of a change, no plan compared, no sum each."""
    return not (is_change(span) or in_from_to(span) or is_compared(span) or each_sum(span) or names_difference(span))


def level(spans, index):
    """`Импорт вырос до 44,7 млрд долларов`, `Товарооборот увеличился на 3% и достиг 21 млрд`: a level reached,
    after `до` or beside the size of its change in its sentence."""
    span = spans[index]
    if span.start > sent_start(span) and span.doc[span.start - 1].lower_ in LEVEL_BEFORE:
        return True
    return any(is_change(other) and sent_start(other) == sent_start(span) for other in spans)


def sentence_lemmas(span, end=None):
    """The lemmas of the words of the span's sentence before it (or up to the token `end`)."""
    return {parsed.normal_form for word in words(span.doc[sent_start(span):span.start if end is None else end])
            if word.isalpha() for parsed in parse(word)[:1]}


def counter(here, lemmas):
    """The lemmas `here` name an account or activity the lede's sentence (its lemmas `lemmas`) named none of
    while naming another (`Импорт` after `Экспорт`)."""
    named = {ACCOUNTS[lemma] for lemma in lemmas if lemma in ACCOUNTS}
    return bool(named) and any(ACCOUNTS[lemma] not in named for lemma in here if lemma in ACCOUNTS)


def switches(spans, index, total, lemmas):
    """The sentence of figure `index` names another account than the lede's and no sum of the lede's kind: the
    text turns to that account, the sums after it are its own (`Доходы вырастут на 3%. Налоги дадут 60 млрд`);
    one naming the other account's sum is a remark aside (`Импорт вырос до 44,7 млрд долларов`)."""
    start = sent_start(spans[index])
    if index and sent_start(spans[index - 1]) == start:
        return False  # the sentence was read at its first figure
    sentence = [other for other in range(index, len(spans)) if sent_start(spans[other]) == start]
    return not any(same_kind(spans[other], total) for other in sentence) \
        and counter(sentence_lemmas(spans[index], sent_end(spans[index])), lemmas)


def cost_of_count(spans, index, with_of):
    """`выдано 9 400 займов на 410 млрд тенге`, `запущено 17 проектов на 96 млрд тенге`: money said of counted
    things, the sum of those things, not a part of the lede's sum, and the nearer total of the sums after it (a measure's cost is: `8,1 млн тонн зерна на сумму
    1,7 млрд долларов` of exports)."""
    described = with_of[index]
    return described is not None and facts(spans[described]).get('kind') == 'count' \
        and not for_work(spans[described])


def for_work(span):
    """`На строительство 12 комплексов направлено 41 млрд тенге`, `Ремонт 26 улиц обойдется в 4 млрд`: things counted
    after a noun of doing; the money for that work is an item of spending, a part of the lede's sum."""
    return bool(span.start) and (doing(span.doc[span.start - 1], 'accs') or doing(span.doc[span.start - 1], 'nomn'))


def remains_or_each(span):
    """A sum said of what remains (`Неубранными остаются около 180 тыс. гектаров`) or of each of some things
    (`каждый обошелся в 4,5 млн тенге`): no part of the lede's sum."""
    sentence = words(span.doc[sent_start(span):span.start])
    return bool(sentence) and sentence[-1].startswith(REMAINS) or bool(EACH & set(sentence[-MAX_EACH_BACK:]))


# `В прошлом сезоне фестиваль посетили 48 тыс. зрителей. ... Еще 6 тыс. зрителей`: a clause telling an earlier
# time (the lede's or the part's) holds figures of their own
EARLIER = (('в', 'прошлом'), ('годом', 'ранее'), ('год', 'назад'), ('прошлого', 'года'), ('в', 'позапрошлом'))


def far_part(spans, index, total, part_of, passed):
    """A figure two sentences past the lede's last part still a part of it: of the lede's own noun or unit, told
    exactly, opening a breakdown of two figures of its kind or more (`Через переход Достык прошло 17,2 млн тонн, через
    Алтынколь – 9,8 млн тонн`) or told as one more part (`еще`: `введено 1,35 млн квадратных метров жилья. [two
    sentences of other figures] Индивидуальное жилищное строительство дало еще 410 тыс. кв. м`), with no figure of
    its kind passed over since that part and with the parts found no more than the lede. A single figure of the
    kind that far on is a figure of its own (`Гриппа лабораторно подтверждено 96 случаев` after `зарегистрировано
    11,8 тыс. случаев`, `Мяса всех видов реализовано 61,5 тыс. тонн` after `498,2 тыс. тонн молока`)."""
    part, whole = spans[index], spans[total]
    if passed or not same_kind(part, whole) or facts(part).get('qualifier') not in (None, 'exact') \
            or earlier(part) != earlier(whole):
        return False
    if sum(value(spans[other]) for other in range(len(spans)) if part_of[other] == total) + value(part) > value(whole):
        return False
    also = bool(ALSO & set(words(part.doc[max(sent_start(part), part.start - 2):part.start])))
    company = [other for other in range(index + 1, len(spans)) if sent_start(spans[other]) == sent_start(part)
               and part_of[other] != index and (same_kind(spans[other], whole) or is_elliptic(spans[other]))]
    return also or bool(company)  # not its own parts: `набрали шестеро выпускников — четверо из Алматы и двое из`


def earlier(span):
    """The span's clause tells an earlier time than the text's (`в прошлом году`, `годом ранее`; not a comparison
    after a comma: `введено 1,35 млн кв. м, что на 12,4% больше, чем за тот же период прошлого года`)."""
    clause = clause_words(span)
    return any(tuple(clause[at:at + len(cue)]) == cue for cue in EARLIER for at in range(len(clause)))
