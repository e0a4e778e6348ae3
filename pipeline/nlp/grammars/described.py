"""Which figure describes which (`with`): the coverage or participants of counted events, the measure
or the cost of counted things, what an amount of money bought.

    `100 мероприятий (6 тысяч участников)`                       6 тысяч with 100 (people in brackets)
    `14 участках общей протяженностью 1 600 км`                  1 600 км with 14 (a measure of the things)
    `120 мероприятий, в которых приняли участие 6 тысяч человек`  6 тысяч with 120 (a coverage word between)
    `200 км дорог за 24 млрд тенге`, `Стоимость 40 трамваев составила 32 млрд`  the money with the count
    `компенсацию по 10 млн тенге` after `12 погибших`              10 млн with 12 (money paid each)
    `выделено 40 млрд тенге, на эти средства закуплено 20 тыс. тонн`  40 млрд with 20 тыс. тонн (spent on)
    `8 ярмарок, через которые продано 5 тыс. тонн`               5 тыс. тонн with 8 (a relative clause)
    `в 120 школах ..., это около 30 тыс. учащихся`                30 тыс. with 120 (the people they take in)
    `12 кружков для 600 школьников`                               600 with 12 (the people the things serve)
    `96 павильонов, каждый обошелся в 4,5 млн тенге`              4,5 млн with 96 (the price of each)

The rules kept and left out are listed in docs/links-log.md.
"""

from pipeline.nlp.grammars.figure_facts import (
    BOUNDARIES, between, counts_people, cue_starts, facts, is_money, is_percent, is_times, part_like, same_sentence,
    value, words)
from pipeline.nlp.grammars.figures.filters import RATE_BASE_NOUNS, is_power_of_ten
from pipeline.nlp.morph import parse
from pipeline.nlp.doc import sent_end, sent_start, sentence_of

# nouns that give a measure of things just counted: `с общим охватом`, `общей площадью`, `на сумму`
MEASURES = frozenset({'охват', 'площадь', 'протяжённость', 'протяженность', 'сумма', 'стоимость', 'объём', 'объем',
                      'мощность', 'вместимость', 'численность', 'длина', 'вес',
                      'население'})  # `64 села с населением 118 тыс. человек`
MAX_MEASURE_GAP = 6  # tokens between a count and its measure: `единиц медицинского оборудования на сумму`


def with_links(spans):
    """`with` of each figure: the figure it describes (its coverage, measure or cost), or None."""
    links = [None] * len(spans)
    for index in range(1, len(spans)):
        previous = index - 1
        if not same_sentence(spans, previous, index) or is_percent(spans[previous]):
            continue
        gap = words(between(spans, previous, index))
        if gap == ['('] and counts_people(spans[index]):
            links[index] = previous  # `100 мероприятий (6 тысяч участников)`
        elif (len(gap) <= MAX_MEASURE_GAP and not BOUNDARIES & set(gap) and not is_capacity(spans[previous])
              and any(parse(word)[0].normal_form in MEASURES for word in gap if word.isalpha())):
            links[index] = previous  # `127 участков общей площадью 1 240 гектаров`
    return links


def is_capacity(span):
    """`больницы на 450 коек`: what one thing named before holds; a measure after it (`стоимостью 42 млрд тенге`)
    is that thing's, not the beds'."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == 'на' and doc[span.start - 2].is_alpha \
        and parse(doc[span.start - 2].text)[0].tag.POS == 'NOUN'


# words that tell the people after a count of events took part in them:
# `проведено 120 мероприятий, в которых приняли участие 6 тысяч человек`, `их посетили 20 тысяч жителей`
COVERAGE = frozenset({'участие', 'участвовать', 'посетить', 'посещать', 'охватить'})
# `9 спектаклей, на них побывали 4 тыс. зрителей`: a verb of being somewhere, people of the things it points back to
# (not `построено 4 гостиницы, в регионе побывали 90 тыс. туристов`)
BEEN = frozenset({'побывать'})
POINTING_BACK = frozenset({'них', 'их', 'которых', 'которые', 'где'})
MAX_COVERAGE_GAP = 6


def coverage_links(spans, with_of):
    """People counted right after a count of things, a coverage word between: their participants."""
    for index in range(1, len(spans)):
        previous = index - 1
        if with_of[index] is not None or not same_sentence(spans, previous, index):
            continue
        things, people = spans[previous], spans[index]
        if facts(things).get('unit') or counts_people(things) or not counts_people(people):
            continue
        gap = words(between(spans, previous, index))
        if len(gap) > MAX_COVERAGE_GAP or {'.', ';', ':', '('} & set(gap):
            continue
        lemmas = {parse(word)[0].normal_form for word in gap if word.isalpha()}
        if {'а', 'но', 'однако'} & set(gap) and not POINTING_BACK & set(gap):
            continue  # `4 гостиницы, а регион посетили 90 тыс. туристов`: a clause of its own
        if lemmas & COVERAGE or 'участием' in gap or lemmas & BEEN and POINTING_BACK & set(gap):
            with_of[index] = previous


MAX_EACH_GAP = 4


def price_links(spans, with_of):
    """Money right after a count with `за` between, or a count after `стоимость` whose money follows:
    `построено 200 км дорог за 24 млрд тенге`, `Стоимость 40 новых трамваев составила 32 млрд тенге`."""
    for index in range(1, len(spans)):
        previous = index - 1
        if with_of[index] is not None or not is_money(spans[index]) or is_money(spans[previous]) \
                or is_percent(spans[previous]) or not same_sentence(spans, previous, index):
            continue
        gap = words(between(spans, previous, index))
        doc = spans[previous].doc
        before = doc[spans[previous].start - 1].lower_ if spans[previous].start else ''
        if len(gap) > 3 or not all(word.isalpha() for word in gap):
            continue
        # `200 км дорог за 24 млрд`, `46 единиц горной техники за 19 млрд`: a noun phrase before `за`,
        # not `из восьми строчек продана за 140 тысяч евро`
        noun_before = len(gap) < 2 or noun_phrase(gap[:-1])
        if (gap[-1:] == ['за'] and noun_before) or (before in ('стоимость', 'стоимостью') and len(gap) <= 2):
            with_of[index] = previous


def noun_phrase(items):
    """Adjectives then a noun: `дорог`, `горной техники`."""
    tags = [parse(word)[0].tag.POS for word in items]
    return bool(tags) and tags[-1] == 'NOUN' and all(tag in ('ADJF', 'PRTF') for tag in tags[:-1])


# `по цене 850 тыс. тенге за голову`, `по стоимости 32 млн тенге за единицу`: the price of each
PRICE_NOUNS = frozenset({'цене', 'стоимости'})


def each_links(spans, with_of):
    """Money paid `по N` each to things or people counted before it in the sentence:
    `Семьям 12 погибших выплатят компенсацию по 10 млн тенге`, `Продано 5 тысяч билетов по 3 тысячи тенге`."""
    for index, span in enumerate(spans):
        doc = span.doc
        at = span.start - 1 - (span.start >= 2 and doc[span.start - 1].lower_ in PRICE_NOUNS)
        if with_of[index] is not None or not is_money(span) or at < 0 or doc[at].lower_ != 'по':
            continue
        other = index - 1
        while other >= 0 and same_sentence(spans, other, index) and facts(spans[other]).get('unit'):
            other -= 1
        if other < 0 or not same_sentence(spans, other, index) or is_times(spans[other]):
            continue
        # the nearest count close before it, no clause between: `12 погибших выплатят компенсацию по`
        gap = words(span.doc[spans[other].end:at])
        if len(gap) <= MAX_EACH_GAP and not BOUNDARIES & set(gap):
            with_of[index] = other


# the money just named, spent on what follows: `выделено 40 млрд тенге, на эти средства закуплено 12 тыс. тонн`,
# `направлено 12 млрд тенге, за счет которых построят 45 км дорог`
SPENT_CUES = (('на', 'эти', 'средства'), ('на', 'эти', 'деньги'), ('на', 'эту', 'сумму'),
              ('за', 'счет', 'этих', 'средств'), ('за', 'счёт', 'этих', 'средств'),
              ('за', 'счет', 'которых'), ('за', 'счёт', 'которых'), ('на', 'которые'))


def spent_links(spans, with_of):
    """Money, then a cue that takes it up and a figure of what it bought or paid for, in its sentence or
    at the start of the next: `Выделено 2 млрд тенге. На эти средства отремонтируют 15 школ.`"""
    starts = [sent_start(span) for span in spans]
    for index, span in enumerate(spans):
        if is_money(span) or is_percent(span) or not index:
            continue
        sentence = sentence_of(span)
        tokens = words(span.doc[sentence.start:span.start])
        cue = next(cue_starts(tokens, SPENT_CUES), None)
        if cue is None:
            continue
        cue += sentence.start
        before = [other for other in range(index) if spans[other].end <= cue]
        if not before:
            continue
        money = before[-1]
        # the money right before the cue: in the sentence, or the last figure of the sentence before
        if not is_money(spans[money]) or with_of[money] is not None or any(
                spans[other].start >= cue for other in range(money + 1, index)):
            continue
        if starts[money] == sentence.start or (cue == sentence.start and sent_end(spans[money]) == sentence.start):
            with_of[money] = index


# a relative clause after a count, the figure in it tells what went through the counted things:
# `проводятся 12 ярмарок, через которые продано 14 тыс. тонн продукции`
RELATIVE_PREPOSITIONS = frozenset({'через', 'в', 'на', 'по', 'с'})


def relative_links(spans, with_of):
    """The first figure of a relative clause right after a count (`N вещей, через которые / в которых ...`)
    describes the counted things, when it is not of their kind."""
    for index in range(1, len(spans)):
        previous = index - 1
        things, figure = spans[previous], spans[index]
        if with_of[index] is not None or not same_sentence(spans, previous, index) \
                or facts(things).get('unit') or counts_people(things) or is_times(things) \
                or is_percent(figure) or part_like(figure, things):
            continue
        gap = words(between(spans, previous, index))
        # `2 870 уголовных дел о коррупции, по которым осуждено 1 140 человек`: a prepositional phrase first
        if ',' in gap[:4] and gap.index(',') and prepositional(gap[:gap.index(',')]):
            gap = gap[gap.index(','):]
        if len(gap) < 2 or gap[0] != ',':
            continue
        relative = gap[2] if gap[1] in RELATIVE_PREPOSITIONS and len(gap) > 2 else gap[1]
        if gap[1] == 'на' and len(gap) > 3 and doing(between(spans, previous, index)[2], 'accs'):
            # `еще 520 квартир, на строительство которых предусмотрено 11,2 млрд тенге`: the counted things' work
            # (not `центр на тридцать коек, на оснащение которого`: one thing, its capacity counted)
            relative = gap[3] if gap[3] == 'которых' and not is_capacity(things) else ''
        # `к 45 селам, где проживают 30 тыс. человек`: the people of the places
        relates = relative.startswith('котор') or relative == 'где' and names_people(figure)
        if relates and len(gap) <= MAX_COVERAGE_GAP + 2 and not BOUNDARIES & set(gap[1:]):
            with_of[index] = previous


def prepositional(items):
    """`о коррупции`, `в сельской местности`: a preposition and a noun phrase."""
    return len(items) >= 2 and parse(items[0])[0].tag.POS == 'PREP' and all(word.isalpha() for word in items) \
        and noun_phrase(items[1:])


def names_people(span):
    """People counted by a noun or by a participle used as one: `48 тыс. учащихся`, `12 пострадавших`."""
    if counts_people(span):
        return True
    noun = facts(span).get('object')
    if not noun or facts(span).get('unit'):
        return False
    parses = parse(noun.split()[-1])
    return bool(parses) and parses[0].tag.POS in ('ADJF', 'PRTF') and 'Subx' in parses[0].tag


def this_is_links(spans, with_of):
    """People after `это` right after a count of places: whom they take in:
    `занятия в 312 школах переведены на дистанционный формат, это около 48 тыс. учащихся`."""
    for index in range(1, len(spans)):
        previous = index - 1
        people, places = spans[index], spans[previous]
        if with_of[index] is not None or not same_sentence(spans, previous, index) or not names_people(people) \
                or facts(places).get('unit') or counts_people(places) or is_times(places):
            continue
        gap = words(between(spans, previous, index))
        if len(gap) >= 2 and gap[-1] == 'это' and gap[-2] in (',', '–', '—'):
            with_of[index] = previous


MAX_FOR_GAP = 3  # words between a count and `на`: `640 объектов размещения на 28 тыс. койко-мест`


# `84 случая на 10 тыс. жителей`, `На 1000 жителей приходится 16,2 рождения`, `на 100 тыс. населения`: a rate's
# base, a round number of people after `на` (as the figure grammar reads it: figures/filters.is_rate_base); neither
# it nor the rate is a count of things held, a part or a total
def is_rate_base(span):
    """A round number of people after `на` that a rate is told per: `на 10 тыс. жителей`, `на 1000 населения`."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ == 'на' and is_power_of_ten(value(span)) \
        and not facts(span).get('unit') and facts(span).get('object') in RATE_BASE_NOUNS


def in_rate(spans, index):
    """Figure `index` is a rate's base or the rate told per it in the same clause: `84 случая на 10 тыс. жителей`,
    `На 1000 жителей приходится 16,2 рождения`."""
    if is_rate_base(spans[index]):
        return True
    for other in (index - 1, index + 1):
        if 0 <= other < len(spans) and same_sentence(spans, index, other) and is_rate_base(spans[other]):
            gap = words(between(spans, min(index, other), max(index, other)))
            if len(gap) <= 2 and not BOUNDARIES & set(gap):
                return True
    return False


def capacity_links(spans, with_of):
    """A figure after a count and `на`, of another kind: what the counted things hold or cost:
    `48 домов на 9 600 квартир`, `86 школ на 74 тыс. мест`, `выдано 9 400 займов на 410 млрд тенге`."""
    for index in range(1, len(spans)):
        previous = index - 1
        things, figure = spans[previous], spans[index]
        if with_of[index] is not None or not same_sentence(spans, previous, index) \
                or facts(things).get('unit') or is_times(things) or is_percent(figure) \
                or part_like(figure, things) or value(things) == 1 or is_rate_base(figure):
            continue  # `одной школы на 1 200 мест` tells what one holds, no count
        if previous and same_sentence(spans, previous - 1, previous) \
                and words(between(spans, previous - 1, previous)) == ['и'] and not facts(spans[previous - 1]).get('unit') \
                and not is_capacity(spans[previous - 1]):
            continue  # `девять гостиниц и 23 гостевых дома на 1 100 мест`: what both counts hold, not the last alone
        gap = words(between(spans, previous, index))
        if gap[-2:-1] == ['('] and words(figure.doc[figure.end:figure.end + 1]) == [')']:
            gap = gap[:-2] + gap[-1:]  # `Первые два дома (на 448 квартир)`: what they hold, told in brackets
        if not (1 <= len(gap) <= MAX_FOR_GAP + 1 and gap[-1] == 'на' and all(word.isalpha() for word in gap)):
            continue
        if in_place(figure) or (is_capacity(things) and not facts(figure).get('unit')):
            # `1 340 автобусов на 96 маршрутах`: where the things are; `детский сад на 160 мест и паркинг на 700
            # машино-мест`: a capacity holds no capacity (tested after the cheap `на` of the gap: both parse)
            continue
        with_of[index] = previous


def in_place(span):
    """`на 96 маршрутах`, `на 12 участках`: the figure's noun in the prepositional case, where the things counted
    before it are, not what they hold (`на 9 600 квартир`, `на 24 места`)."""
    last = span[-1]
    if facts(span).get('unit') or not last.is_alpha or not last.lower_.endswith(('ах', 'ях')):
        return False
    nouns = [parsed for parsed in parse(last.text) if parsed.tag.POS == 'NOUN']
    return bool(nouns) and all('loct' in parsed.tag and 'plur' in parsed.tag for parsed in nouns)


# a verbal noun of what money is spent on: `на строительство 9 школ направим 28,6 млрд тенге`
MAX_PURPOSE_GAP = 8


def purpose_links(spans, with_of):
    """Money after `на` + a noun of doing + a count, in one clause: the money with the count:
    `На строительство 14 домов выделено 31,5 млрд тенге`, `на приобретение 30 автобусов направят 9 млрд`."""
    for index in range(1, len(spans)):
        previous = index - 1
        if previous and with_of[previous] == previous - 1 and not is_money(spans[previous]):
            previous -= 1  # `На ремонт 38 каналов общей протяжённостью 210 километров ... выделят 4,6 млрд тенге`
        things, money = spans[previous], spans[index]
        if with_of[index] is not None or not is_money(money) or facts(things).get('unit') \
                or is_times(things) or not same_sentence(spans, previous, index) or things.start < 2:
            continue
        doc = things.doc
        preposition, noun = doc[things.start - 2], doc[things.start - 1]
        if preposition.lower_ == 'и' and things.start >= 4 and doing(doc[things.start - 3], 'accs'):
            preposition = doc[things.start - 4]  # `На строительство и оснащение 12 комплексов направлено 41 млрд`
        gap = words(between(spans, previous, index))
        if preposition.lower_ != 'на' or not noun.is_alpha or len(gap) > MAX_PURPOSE_GAP or BOUNDARIES & set(gap):
            continue
        if any(parsed.tag.POS == 'NOUN' and 'inan' in parsed.tag and 'accs' in parsed.tag
               for parsed in parse(noun.text)):
            with_of[index] = previous


ITEM_OPENERS = frozenset({':', ';', ','})


def item_links(spans, with_of):
    """An item of a list of spending: a noun of doing, a count, a dash and the money: the money with the count:
    `Средства направят на следующие цели: ремонт дорог – 9,8 млрд тенге; приобретение 120 автобусов –
    11,3 млрд тенге`."""
    for index in range(1, len(spans)):
        previous = index - 1
        things, money = spans[previous], spans[index]
        if with_of[index] is not None or not is_money(money) or facts(things).get('unit') or is_times(things) \
                or not same_sentence(spans, previous, index) or things.start < 2:
            continue
        doc = things.doc
        opener, noun = doc[things.start - 2], doc[things.start - 1]
        if words(between(spans, previous, index)) not in (['–'], ['—']) or opener.text not in ITEM_OPENERS \
                or not noun.is_alpha:
            continue
        if any(parsed.tag.POS == 'NOUN' and 'inan' in parsed.tag and 'nomn' in parsed.tag
               and parsed.normal_form.endswith(DOING) for parsed in parse(noun.text)[:2]):
            with_of[index] = previous


# the endings of nouns of doing: `приобретение`, `строительство`, `закупка`
DOING = ('ние', 'тие', 'ство', 'ка')
# works named without those endings
DOING_NOUNS = frozenset({'ремонт', 'капремонт', 'монтаж', 'выкуп', 'снос', 'реконструкция', 'модернизация', 'замена'})


def doing(token, case):
    """`строительство`, `оснащение`, `ремонт` in `case` (`nomn`, `accs`): a noun of doing some work."""
    return token.is_alpha and any(
        parsed.tag.POS == 'NOUN' and 'inan' in parsed.tag and case in parsed.tag
        and (parsed.normal_form.endswith(DOING) or parsed.normal_form in DOING_NOUNS) for parsed in parse(token.text)[:2])


# `12 млрд тенге направят на строительство 9 развязок`, `направить 8,7 млрд тенге на замену 46 км сетей`: money
# directed by a verb to a work on counted or measured things after it; `12 млрд тенге пойдут на строительство 6 домов`
DIRECTING = ('направ', 'выдел', 'перераспредел', 'потрат', 'израсход', 'вложат', 'вложит', 'инвестир', 'пойдут', 'пойдет',
             'пойдёт', 'уйдут', 'уйдет', 'уйдёт')
MAX_DIRECTING_BACK = 2  # words before the money its verb may stand in: `направить 8,7 млрд тенге`


def directed_links(spans, with_of):
    """Money, a verb of directing it (after it, or right before it), `на`, a noun of doing and the count or measure
    right after: the money with the count. `12 млрд тенге направят на строительство 9 новых развязок`."""
    for index in range(len(spans) - 1):
        money, things = spans[index], spans[index + 1]
        if with_of[index] is not None or not is_money(money) or facts(things).get('unit') or is_times(things) \
                or not same_sentence(spans, index, index + 1):
            continue
        gap = words(between(spans, index, index + 1))
        before = words(money.doc[max(sent_start(money), money.start - MAX_DIRECTING_BACK):money.start])
        verb = [word for word in gap[:-2] if word.startswith(DIRECTING)]
        if len(gap) < 2 or gap[-2] != 'на' or not doing(things.doc[things.start - 1], 'accs') \
                or len(gap) > 3 or BOUNDARIES & set(gap) or not (verb or any(word.startswith(DIRECTING) for word in before)):
            continue
        with_of[index] = index + 1


# `Ремонт 26 улиц в центре города обойдется в 4,3 млрд тенге`: a verb of costing and `в` before the money
COST_VERBS = frozenset({'обойтись', 'обходиться', 'стоить', 'оцениваться'})
MAX_COST_GAP = 7


def work_cost_links(spans, with_of):
    """Money after a clause opening on a noun of doing and a count, a verb of costing and `в` right before the money:
    the money with the count: `Ремонт 26 улиц обойдется в 4,3 млрд тенге`, `Строительство 3 школ оценивается в 12
    млрд тенге` (not `Ремонт дороги длиной 40 км обойдется в`: a measure of a thing named, no count)."""
    for index in range(1, len(spans)):
        previous = index - 1
        things, money = spans[previous], spans[index]
        if with_of[index] is not None or not is_money(money) or facts(things).get('unit') or is_times(things) \
                or not same_sentence(spans, previous, index) or not things.start:
            continue
        gap = words(between(spans, previous, index))
        if not doing(things.doc[things.start - 1], 'nomn') or len(gap) > MAX_COST_GAP or BOUNDARIES & set(gap) \
                or gap[-1:] != ['в']:
            continue
        if any(parsed.normal_form in COST_VERBS for word in gap[-4:-1] for parsed in parse(word)[:2]):
            with_of[index] = previous
MAX_FOR_GAP = 3  # `12 кружков робототехники для 600 школьников`: the count's noun phrase, then `для`


def for_people_links(spans, with_of):
    """People after a count of things and `для`: the people the things serve, `with` them: `открыты 12 кружков
    для 600 школьников`, `18 пунктов обогрева для 2 тыс. человек` (not money: `для 40 школ выделено`)."""
    for index in range(1, len(spans)):
        previous = index - 1
        things, people = spans[previous], spans[index]
        if with_of[index] is not None or not same_sentence(spans, previous, index) or facts(things).get('unit') \
                or counts_people(things) or not counts_people(people) or is_times(things):
            continue
        gap = words(between(spans, previous, index))
        if gap[-1:] == ['для'] and len(gap) <= MAX_FOR_GAP and (len(gap) == 1 or noun_phrase(gap[:-1])):
            with_of[index] = previous


# `96 павильонов, каждый обошелся в 4,5 млн тенге`: what each of the things counted cost
EACH_WORDS = frozenset({'каждый', 'каждая', 'каждое', 'каждого', 'каждой', 'каждому'})
# words of the clause of `каждый` up to the money: `, каждый получил подъемное пособие в размере 1,4 млн тенге`
MAX_EACH_CLAUSE = 7
# words between the count and the comma: a phrase of the counted things (`96 остановочных павильонов с подогревом,
# каждый обошелся в`, `94 молодых специалиста, каждый получил`)
MAX_EACH_PHRASE = 3
PREPOSITIONS = frozenset({'с', 'со', 'для', 'на', 'в', 'из', 'без'})


def each_cost_links(spans, with_of):
    """Money after a count in its sentence, `, каждый` (`каждая`, ...) opening the clause between: the price of each
    of the things, or what each of the people got, `with` them: `обустроено 96 павильонов, каждый обошелся в 4,5 млн
    тенге`, `96 остановочных павильонов с подогревом, каждый обошелся в 4,5 млн тенге`, `приехали 94 молодых
    специалиста, каждый получил подъемное пособие в размере 1,4 млн тенге`. A short phrase of the things may stand
    before the comma (a preposition and its noun phrase)."""
    for index in range(1, len(spans)):
        previous = index - 1
        if with_of[index] is not None or not is_money(spans[index]) or facts(spans[previous]).get('unit') \
                or is_percent(spans[previous]) or is_times(spans[previous]) or not same_sentence(spans, previous, index):
            continue
        gap = words(between(spans, previous, index))
        comma = gap.index(',') if ',' in gap else -1
        if comma < 0 or not gap[comma + 1:comma + 2] or gap[comma + 1] not in EACH_WORDS or ',' in gap[comma + 1:]:
            continue
        phrase, clause = gap[:comma], gap[comma + 1:]
        if len(clause) <= MAX_EACH_CLAUSE and (not phrase or thing_phrase(phrase)):
            with_of[index] = previous


def thing_phrase(items):
    """A preposition and a noun phrase after it (`с подогревом`, `для детей`), at most MAX_EACH_PHRASE words, all
    words: what the counted things are like, no clause of its own."""
    return len(items) <= MAX_EACH_PHRASE and items[0] in PREPOSITIONS and all(word.isalpha() for word in items) \
        and noun_phrase(items[1:])


DASHES = frozenset({'–', '—'})


def measure_words(spans, index):
    """The figure follows a noun of measure in the instrumental, alone or after `общей`: `общей стоимостью`."""
    doc, span = spans[index].doc, spans[index]
    before = words(doc[max(sent_start(span), span.start - 2):span.start])
    return bool(before) and before[-1].endswith('ью') and parse(before[-1])[0].normal_form in MEASURES


def past_count_links(spans, with_of):
    """A measure told after what a count holds or is made of, of the count: `14 домов на 1 080 квартир общей
    стоимостью 19,4 млрд тенге` (the houses cost it, not the flats), `28 сооружений – 6 мостов и 22 трубы – общей
    стоимостью 3,8 млрд тенге` (past the aside between dashes)."""
    for index in range(2, len(spans)):
        previous = index - 1
        if with_of[index] is not None or not measure_words(spans, index) or not same_sentence(spans, previous, index):
            continue
        gap = words(between(spans, previous, index))
        count = None
        if all(word.isalpha() for word in gap) and is_capacity(spans[previous]) and with_of[previous] == previous - 1:
            count = previous - 1  # `14 домов на 1 080 квартир общей стоимостью`
        elif gap[:1] and gap[0] in DASHES and all(word.isalpha() for word in gap[1:]):
            # `28 сооружений – 6 мостов и 22 трубы – общей стоимостью`: the count right before the aside's dash
            for other in range(previous - 1, -1, -1):
                if not same_sentence(spans, other, index):
                    break
                after = spans[other].doc[spans[other].end:spans[other].end + 1]
                if len(after) and after[0].text in DASHES:
                    count = other
                    break
        if count is not None and same_sentence(spans, count, index) and not facts(spans[count]).get('unit') \
                and not is_times(spans[count]) and not is_percent(spans[count]):
            with_of[index] = count


def described_links(spans):
    """`with` of each figure span of a document (doc order): the index of the figure it describes, or None."""
    with_of = with_links(spans)
    coverage_links(spans, with_of)
    price_links(spans, with_of)
    each_links(spans, with_of)
    spent_links(spans, with_of)
    relative_links(spans, with_of)
    this_is_links(spans, with_of)
    capacity_links(spans, with_of)
    purpose_links(spans, with_of)
    item_links(spans, with_of)
    for_people_links(spans, with_of)
    each_cost_links(spans, with_of)
    work_cost_links(spans, with_of)
    directed_links(spans, with_of)
    past_count_links(spans, with_of)
    return with_of

