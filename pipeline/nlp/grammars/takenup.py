"""`with` across a sentence: a sentence that takes up the things counted in the sentence before by a pronoun or
a demonstrative and gives their cost or the people they take in, and money after `, на что` in the sentence of
the count it pays for.

    `38 сел, в том числе 12 сел – ... Их стоимость составит 19 млрд тенге.`      19 млрд with 38 сел
    `300 автобусов: 200 – ..., 100 – электробусы. Их закупка обошлась в 48 млрд`  48 млрд with 300 автобусов
    `420 секций, в том числе 160 секций ... В них занимаются 38 тыс. спортсменов`  38 тыс. with 420 секций
    `64 села ... Работы в этих селах обошлись в 27 млрд тенге`                    27 млрд with 64 села
    `построить 1 200 км линий, на что направят 2,3 трлн тенге`                    2,3 трлн with 1 200 км
    `отремонтировать 40 школ, на эти цели выделено 6 млрд тенге`                  6 млрд with 40 школ
    `23 турнира по борьбе, участниками которых стали 1 840 спортсменов`            1 840 with 23 турнира
    `сыграно 182 матча. Матчи сезона посетили 1,02 млн зрителей`                   1,02 млн with 182 матча
    `40 бригад, в составе которых работали 300 медиков`                             300 with 40 бригад
    `вышли 250 новых автобусов. Их закупили в лизинг на сумму 32 млрд тенге`         32 млрд with 250 автобусов

The things taken up are the last count of the sentence before (a part climbing to its total: `их` takes up the
whole, not the last item of a list; a list with no total is named by its first count). Runs after the part rules (grammars/links.py), which it reads.
The rules kept and left out are listed in docs/links-log.md.
"""

from collections import defaultdict

from pipeline.nlp.grammars.described import BEEN, COVERAGE, DOING, names_people
from pipeline.nlp.grammars.figure_facts import (
    counts_people, facts, is_adjective, is_money, is_percent, is_period, is_times, value, words)
from pipeline.nlp.morph import parse
from pipeline.nlp.doc import sent_end, sent_start, sentence_of

# nouns of what counted things cost: `Их стоимость`, `Их общая стоимость`
COST_NOUNS = frozenset({'стоимость', 'цена'})
DEMONSTRATIVES = frozenset({'эти', 'этих', 'этим', 'этими'})
MAX_POINTER_START = 4  # the pointer opens its sentence: `Работы в этих селах`, `На их строительство`
MAX_VISITED_START = 3  # `Их посетили более`: the people right after the verb


def is_count(span):
    """A count of things or people: no unit, no share, not how often, not an age or a term."""
    return not facts(span).get('unit') and not is_percent(span) and not is_times(span) and not is_period(span)


def whole(part_of, index):
    """The total a part belongs to, up through the parts of parts; the figure itself when it is no part."""
    seen = set()
    while part_of[index] is not None and index not in seen:
        seen.add(index)
        index = part_of[index]
    return index


def cost_or_doing(word):
    """`стоимость`, `строительство`, `закупка`: a noun of what things cost or of what is done to them."""
    return any(parsed.tag.POS == 'NOUN' and 'inan' in parsed.tag
               and (parsed.normal_form in COST_NOUNS or parsed.normal_form.endswith(DOING))
               for parsed in parse(word)[:2])


def pointer(tokens):
    """What the opening of a sentence points back to: ('cost', None) for `Их стоимость` / `На их строительство`,
    ('in', None) for `В них` / `Их посетили`, ('noun', lemmas) for a demonstrative and its noun (`в этих селах`);
    else None."""
    for at in range(min(len(tokens) - 1, MAX_POINTER_START)):
        word, following = tokens[at], tokens[at + 1]
        if word == 'их' and (at == 0 or tokens[at - 1] == 'на') and cost_or_doing(following):
            return 'cost', None
        if word == 'них' and at == 1 and tokens[0] == 'в':
            return 'in', None
        if word == 'их' and (at == 0 or tokens[:at] == ['всего']) and len(tokens) <= MAX_VISITED_START + at \
                and any(parsed.normal_form in COVERAGE | PARTICIPANTS for parsed in parse(following)[:2]):
            # `Их посетили около 41 тыс. зрителей`, `Всего их посетили 85 тыс. человек`, `Их участниками стали
            # 1 500 предпринимателей`: the people the things took in, right after the verb
            # (not `Их посетила комиссия из 5 человек`)
            return 'in', None
        if word == 'их' and at == 0 and following.startswith(MADE):
            # `Их закупили в лизинг на сумму 32 млрд тенге` after `вышли 250 новых автобусов`: what they cost
            return 'cost', None
        if word in DEMONSTRATIVES and following.isalpha():
            return 'noun', {parsed.normal_form for parsed in parse(following) if parsed.tag.POS == 'NOUN'}
        verb = next((later for later in range(1, min(len(tokens), MAX_VISITED_START + 1)) if any(
            parsed.normal_form in COVERAGE | BEEN for parsed in parse(tokens[later])[:2])), None) if at == 0 else None
        if verb is not None and len(tokens) <= verb + 2 and plural_nouns(word):
            # `Матчи сезона посетили 1,02 млн зрителей` after `сыграно 182 матча`: the things named again by
            # their noun, then the verb and the people they took in (not `Выставки посетила делегация из 12 человек`)
            return 'visited', plural_nouns(word)
    return None


COORDINATING = frozenset({',', 'и'})


def first_coordinated(spans, counts):
    """The last count, or the first of the counts joined to it by `и` or commas alone: `открыто 18 медпунктов и 6
    амбулаторий. На их строительство ...` takes up the list, which is named by its first count."""
    at = len(counts) - 1
    while at and counts[at - 1] == counts[at] - 1 and set(
            words(spans[counts[at]].doc[spans[counts[at - 1]].end:spans[counts[at]].start])) <= COORDINATING:
        at -= 1
    return counts[at]


def taken_up_links(spans, part_of, with_of):
    """The first figure of a sentence that opens by pointing back to the things counted in the sentence before:
    their cost (money) or the people they take in, `with` those things."""
    sentences = [sentence_of(span) for span in spans]
    ending = defaultdict(list)  # sentence end -> its figures, in order (not a scan of all before each)
    for index, sentence in enumerate(sentences):
        ending[sentence.end].append(index)
    for index, span in enumerate(spans):
        sentence = sentences[index]
        if with_of[index] is not None or (index and sentences[index - 1].start == sentence.start):
            continue  # the first figure of its sentence only
        found = pointer(words(span.doc[sentence.start:span.start]))
        before = [other for other in ending.get(sentence.start, ()) if other < index]
        if found is not None and found[0] in ('noun', 'visited') and not before and sentence.start:
            # the things named again by their noun may stand a sentence further back: `сыграно 182 матча ...
            # Чемпионом стал «Кайрат». Матчи сезона посетили 1,02 млн зрителей`
            before = [other for other in ending.get(sent_start(span.doc[sentence.start - 1]), ()) if other < index]
        if found is None or not before:
            continue
        kind, lemmas = found
        money, people = is_money(span), names_people(span)
        if not (money if kind == 'cost' else people if kind in ('in', 'visited') else money or people):
            continue
        counts = [other for other in before if is_count(spans[other]) and with_of[other] is None]
        if kind in ('noun', 'visited'):
            counts = [other for other in counts if facts(spans[other]).get('object') in lemmas]
        if not counts:
            continue
        things = whole(part_of, first_coordinated(spans, counts))
        if is_count(spans[things]) and not counts_people(spans[things]) and things != index:
            with_of[index] = things


# `..., на что направят 2,3 трлн тенге`: the money the things counted before it in the sentence take
# and `, на это`, `, на эти цели`: `оцифровать еще 25 тыс. изданий, на эти цели предусмотрено 140 млн тенге`
SPENT_ON_CUES = ((',', 'на', 'что'), (',', 'на', 'это'))
MAX_SPENT_GAP = 12


def spent_on_links(spans, with_of):
    """Money after `, на что` (`, на это`, `, на эти цели`) and the count right before that in its sentence: the money
    with the count."""
    for index in range(1, len(spans)):
        previous = index - 1
        things, money = spans[previous], spans[index]
        if with_of[index] is not None or not is_money(money) or not is_count(things) \
                or sent_start(things) != sent_start(money):
            continue
        gap = words(money.doc[things.end:money.start])
        cue = next((at for at in range(len(gap)) if tuple(gap[at:at + 3]) in SPENT_ON_CUES
                    or tuple(gap[at:at + 3]) == (',', 'на', 'эти') and len(gap) > at + 3 and gap[at + 3].isalpha()),
                   None)
        if cue is not None and len(gap) <= MAX_SPENT_GAP and ',' not in gap[cue + 1:]:
            with_of[index] = previous


# `23 турнира, участниками которых стали 1 840 спортсменов`: the people a relative clause names as taking part
PARTICIPANTS = frozenset({'участник', 'посетитель', 'зритель', 'слушатель', 'гость'})
MAX_RELATIVE_GAP = 10


def participant_links(spans, with_of):
    """People after a count of things (events) in its sentence, a relative clause between that names them as
    their participants: `прошли 23 турнира по национальным видам спорта, участниками которых стали 1 840
    спортсменов`."""
    for index in range(1, len(spans)):
        previous = index - 1
        things, people = spans[previous], spans[index]
        if with_of[index] is not None or sent_start(things) != sent_start(people) or not is_count(things) \
                or counts_people(things) or not names_people(people):
            continue
        gap = words(things.doc[things.end:people.start])
        if ',' not in gap or len(gap) > MAX_RELATIVE_GAP:
            continue
        clause = gap[gap.index(','):]
        if clause.count(',') != 1:
            continue
        if {'не', 'нет'} & set(clause):
            continue  # `8 команд, в составе которых нет ни одного из 20 ветеранов`
        if len(clause) >= 3 and clause[2] == 'которых' \
                and any(parsed.normal_form in PARTICIPANTS for parsed in parse(clause[1])[:2]) \
                or clause[1:4] == ['в', 'составе', 'которых']:
            # `312 бригад, в составе которых работали 1 250 медиков`: the people the groups are made of
            with_of[index] = previous


# `На ремонт дорог выделено 18,2 млрд тенге. Отремонтировано 214 км дорог.`: the money for a work, then what the
# work made, its verb opening the next sentence (no pronoun between)
STEM = 5  # letters of the work's noun found in the verb: ремон(т) ~ отремон(тировано), строи(тельство) ~ построи(ть)
MAX_DONE_START = 2


def done_links(spans, with_of):
    """Money said `на` a work (`На ремонт дорог выделено 18,2 млрд тенге`), the last figure of its sentence, and
    the next sentence opening with the verb of that work and a count: the money with the count it paid for."""
    for index in range(len(spans) - 1):
        money, things = spans[index], spans[index + 1]
        if not is_money(money) or with_of[index] is not None or with_of[index + 1] is not None \
                or not is_count(things) or sent_end(money) != sent_start(things):
            continue
        before = words(money.doc[sent_start(money):money.start])
        if 'на' not in before[:2] or before.index('на') + 1 >= len(before):
            continue
        work = {parsed.normal_form[:STEM] for parsed in parse(before[before.index('на') + 1])[:2]
                if parsed.tag.POS == 'NOUN' and len(parsed.normal_form) > STEM}
        opening = words(things.doc[sent_start(things):things.start])
        if work and 0 < len(opening) <= MAX_DONE_START and any(
                stem in parsed.normal_form for word in opening for parsed in parse(word)[:2]
                if parsed.tag.POS in ('VERB', 'PRTS', 'INFN') for stem in work):
            with_of[index] = index + 1


def plural_nouns(word):
    """The lemmas `word` has as a plural noun (`школы` -> школа), else an empty set."""
    return {parsed.normal_form for parsed in parse(word)[:3] if parsed.tag.POS == 'NOUN' and 'plur' in parsed.tag}


# `будут построены 3 школы`, `планируется открыть 2 больницы`, `закупят 40 автобусов`: the counted things are made
# or bought, not those there are (`Сейчас по маршрутам ходят 60 автобусов`)
MADE = ('постро', 'откр', 'приобр', 'закуп', 'закупл', 'возвед', 'введ', 'ввод', 'отремонт', 'реконструир', 'капремонт')


def made(span):
    """A verb of building, opening, buying or repairing stands before the count in its clause."""
    before = words(span.doc[sent_start(span):span.start])
    return any(word.startswith(MADE) for word in before)


def named_for_links(spans, with_of):
    """Money said `на` the things it pays for by their plural noun alone (`16 млрд тенге – на школы`), and a count
    of that noun in the sentence before or after, the only one there: the money with the count.

        `27 млрд тенге: 16 млрд тенге – на школы, 11 млрд тенге – на поликлиники. Будут построены 3 школы ...
        и 2 поликлиники`                                                 16 млрд with 3 школы, 11 млрд with 2"""
    for index, money in enumerate(spans):
        after = words(money.doc[money.end:min(money.end + 5, sent_end(money))])
        if after[:1] in (['–'], ['—'], ['-']):
            after = after[1:]
        if after[1:2] and is_adjective(after[1]):
            after = after[:1] + after[2:]  # `– на детские сады`
        if not is_money(money) or with_of[index] is not None or len(after) < 3 or after[0] != 'на' \
                or after[2] not in (',', '.', ';'):
            continue  # not `на дороги и мосты`: one noun alone
        nouns = plural_nouns(after[1])
        if not nouns:
            continue
        near = [other for other, span in enumerate(spans) if is_count(span) and not is_money(span)
                and sent_start(span) != sent_start(money)
                and (sent_start(span) == sent_end(money) or sent_end(span) == sent_start(money))]
        counted = [other for other in near if facts(spans[other]).get('object') in nouns and made(spans[other])]
        if len(counted) == 1:
            with_of[index] = counted[0]


# a sentence opening on the cost of the works told before: `На эти работы направлено 8,7 млрд тенге`, `Стоимость
# работ составила 41,5 млрд тенге` (`На эти цели`, which links counts only, is aims.py's)
WORK_OPENINGS = (('на', 'эти', 'работы'), ('стоимость', 'работ'), ('стоимость', 'этих', 'работ'),
                 ('на', 'проведение', 'работ'), ('на', 'выполнение', 'работ'))
# the words of the work done in the sentence before: `отремонтировано`, `капитальный ремонт`, `построены`
WORKS = MADE + ('ремонт', 'строительств', 'реконструкц', 'модерниз', 'благоустро')


def works_before(spans, sentences, index, openings, stems):
    """The figures of the sentence before spans[index] when spans[index] is the first figure of its sentence, that
    sentence opens on one of `openings` (word tuples) and the sentence before tells works (a word starting with one
    of `stems`) and no money of its own: [figure index] (maybe empty), or None.  `sentences`: each span's sentence."""
    span, sentence = spans[index], sentences[index]
    if not sentence.start or (index and sentences[index - 1].start == sentence.start):
        return None  # the first figure of its sentence only
    opening = tuple(words(span.doc[sentence.start:span.start]))
    if not any(opening[:len(cue)] == cue for cue in openings):
        return None
    previous = sentence_of(span.doc[sentence.start - 1])
    before = [other for other in range(index) if sentences[other].start == previous.start]
    if any(is_money(spans[other]) for other in before) or not any(word.startswith(stems) for word in words(previous)):
        return None
    return before


def works_links(spans, part_of, with_of):
    """Money opening a sentence on the cost of works (`На эти работы предусмотрено 18 млрд тенге`) after a sentence
    telling works done on counted or measured things (`отремонтируют еще 210 км дорог`): the money with the first of
    those things (their total, when it is a part)."""
    sentences = [sentence_of(span) for span in spans]
    for index, span in enumerate(spans):
        if not is_money(span) or with_of[index] is not None:
            continue
        before = works_before(spans, sentences, index, WORK_OPENINGS, WORKS)
        if not before:
            continue
        things = [other for other in before if is_count(spans[other]) or facts(spans[other]).get('kind') == 'measure']
        if things:
            with_of[index] = whole(part_of, things[0])


# a sentence opening on each of the things or people counted in the sentence before: `установят 3 сканера. Каждый из
# них позволит проверять до 30 фур в час`, `Компенсации получили 1 120 семей. Каждой выплачено по 350 тыс. тенге`
# (not `Каждый год ...`: a noun after `каждый` names what is taken one by one)
EACH_OPENINGS = frozenset({'каждый', 'каждая', 'каждое', 'каждому', 'каждой', 'каждом'})


def each_of_them_links(spans, part_of, with_of):
    """The first figure of a sentence opening on `Каждый из них` or `Каждой` and a verb: said of each of the things
    or people of the last count of the sentence before (their total, when it is a part), `with` that count; so is
    the end of its range (`от 25 до 30 фур`)."""
    sentences = [sentence_of(span) for span in spans]
    for index, span in enumerate(spans):
        sentence = sentences[index]
        if with_of[index] is not None or part_of[index] is not None or not sentence.start or is_percent(span) \
                or (index and sentences[index - 1].start == sentence.start):
            continue
        opening = words(span.doc[sentence.start:span.start])
        if not opening or opening[0] not in EACH_OPENINGS or len(opening) < 2 or ',' in opening:
            continue
        if opening[1:3] != ['из', 'них'] and any(parsed.tag.POS == 'NOUN' for parsed in parse(opening[1])[:1]):
            continue  # `Каждый год`, `Каждой семье`: the noun is what is taken one by one
        previous = sentence_of(span.doc[sentence.start - 1])
        counts = [other for other in range(index) if sentences[other].start == previous.start
                  and is_count(spans[other]) and value(spans[other]) > 1]
        if not counts:
            continue
        described = whole(part_of, counts[-1])
        with_of[index] = described
        following = index + 1
        if following < len(spans) and sentences[following].start == sentence.start \
                and words(span.doc[span.end:spans[following].start]) == ['до'] and with_of[following] is None:
            with_of[following] = described


# `открылись 17 новых баз отдыха, инвестиции в них составили 21 млрд тенге`, `построить 12 гостиниц, инвесторы
# вложат в них 38 млрд тенге`, `пополнили 62 новых вагона, на их покупку направлено 41,3 млрд тенге`: a clause
# pointing back by a pronoun to the things counted before it in the sentence gives what they cost
INVESTING = ('инвестиц', 'влож', 'вклад')
MAX_CLAUSE_POINTER = 8  # words of the clause before the money: `, инвесторы намерены вложить в них`


def clause_pointer_links(spans, part_of, with_of):
    """Money in a clause after a comma that points back to the things counted before it in its sentence (`в них`
    with a word of investing, `на их покупку`, `их стоимость`): `with` the last count of things before the comma
    (their total, when it is a part; the first of a list joined by `и`)."""
    for index, span in enumerate(spans):
        if not is_money(span) or with_of[index] is not None or not index:
            continue
        start = sent_start(span)
        before = words(span.doc[start:span.start])
        if ',' not in before:
            continue
        comma = len(before) - 1 - before[::-1].index(',')
        clause = before[comma + 1:]
        if len(clause) > MAX_CLAUSE_POINTER or not points_back(clause):
            continue
        cut, counts, other = start + comma, [], index - 1
        while other >= 0 and sent_start(spans[other]) == start:  # the figures of the sentence before the money
            if spans[other].end <= cut and is_count(spans[other]) and with_of[other] is None \
                    and not counts_people(spans[other]):
                counts.insert(0, other)
            other -= 1
        if counts:
            things = whole(part_of, first_coordinated(spans, counts))
            if is_count(spans[things]) and not counts_people(spans[things]):
                with_of[index] = things


def points_back(clause):
    """The words of a clause point back to things counted before it: `в них` and a word of investing (`инвестиции
    в них`, `вложат в них`), `на их` and a noun of doing or cost (`на их покупку`), `их стоимость`."""
    for at, word in enumerate(clause[:-1]):
        following = clause[at + 1]
        if word == 'в' and following == 'них' and any(other.startswith(INVESTING) for other in clause):
            return True
        if word == 'их' and (at and clause[at - 1] == 'на' or at == 0) and cost_or_doing(following):
            return True
    return False
