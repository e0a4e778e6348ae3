"""Parts marked by a cue (`part_of`): `в том числе`, `из них`, `из которых`, `В их числе`, `Из этой суммы`,
`Из общего объема`, `Из числа осужденных` and the cues that also open a list of examples (`включая`, `среди них`,
`в частности`), each with the total its part takes up: the figures before the cue in its sentence, else those of
the sentence before or of the text so far.

    `86 человек, в том числе 17 детей`                  17 part_of 86
    `осуждено 1 140 человек. Из числа осужденных 212 – руководители`  212 part_of 1 140

The rules kept and left out are listed in docs/links-log.md."""

from pipeline.nlp.morph import parse
from pipeline.nlp.doc import sent_end, sent_start, sentence_of

from pipeline.nlp.grammars.breakdowns import Kinds
from pipeline.nlp.grammars.targets import SentenceReadings, figure_status
from pipeline.nlp.grammars.figure_facts import (
    QUOTES, between, counts_people, cue_starts, facts, in_from_to, is_change, is_compared, is_elliptic, is_money, is_percent,
    is_period, is_times, part_like, same_kind, same_sentence, sentence_firsts, value, words)


# a part follows one of these: `в том числе 17 детей`, `из которых 1,2 млрд`, `В их числе 16 участков`
PART_CUES = (('в', 'том', 'числе'), ('из', 'них'), ('из', 'которых'), ('в', 'их', 'числе'), ('в', 'т.', 'ч.'),
             ('в', 'т.ч.'),
             # `выпустили 2,1 млн тонн концентрата. Из него 1,5 млн тонн отправлено на экспорт`;
             # `осуждено 1 140 человек. Из числа осужденных 212 – руководители`
             ('из', 'него'), ('из', 'нее'), ('из', 'неё'), ('из', 'числа'))
# cues that also open a list of examples, not of parts (`включая Алматы`, `среди них – министр`): their part
# must count what the total counts (`1 146 проектов, включая 212 проектов`)
LIKE_CUES = (('включая',), ('среди', 'них'), ('среди', 'которых'), ('в', 'частности'))
# `в том числе 40 – в больницах, где работали 6 800 членов комиссий`: a clause of its own after the cue's part
RELATIVE = frozenset({'где', 'куда', 'который', 'которая', 'которое', 'которые', 'которого', 'которой', 'которых',
                      'котором', 'которым', 'которыми'})
# `Из этой суммы 3,2 млрд ...`, `Из общего объема 184 км ...`: the total taken up by a noun phrase
TAKEN_UP = frozenset({'этого', 'этой', 'этих', 'общего', 'общей', 'общих', 'указанного', 'указанной', 'указанных'})


def takes_up(tokens):
    """`из этой суммы`, `из общего объема`: `из` and a word pointing back to a total."""
    return len(tokens) >= 3 and tokens[0] == 'из' and tokens[1] in TAKEN_UP and tokens[2].isalpha()


def cue_before(span, cues=PART_CUES):
    """The token index where a part cue before the figure in its sentence starts, or None."""
    sentence = sentence_of(span)
    tokens = words(span.doc[sentence.start:span.start])
    starts = list(cue_starts(tokens, cues))
    if cues is PART_CUES:
        starts += [at for at, token in enumerate(tokens) if token == 'из' and takes_up(tokens[at:at + 3])]
    return sentence.start + max(starts) if starts else None


def people_cue(span, cue):
    """`Из числа осужденных 212`: the cue `из числа` and people named after it."""
    tokens = span.doc[cue:cue + 3]
    return len(tokens) == 3 and tokens[1].lower_ == 'числа' and tokens[2].is_alpha and names_people_word(tokens[2])


def names_people_word(token):
    """The word names people, by one of its two best parses: an animate noun or an adjective or participle
    standing for one (`осужденных`, `пассажиров`, `погибших`)."""
    return any('anim' in parsed.tag or ('Subx' in parsed.tag and parsed.tag.POS in ('ADJF', 'PRTF'))
               for parsed in parse(token.text)[:2])


def previous_start(span):
    """The start of the sentence before the span's (its own at the document's start)."""
    start = sent_start(span)
    return sent_start(span.doc[start - 1]) if start else start


def total_for(kinds, index, candidates, with_of, part_of):
    """The total in the range `candidates` (indexes, nearest last) that figure `index` is a part of."""
    total = kinds.nearest(index, candidates)
    if total is not None:
        return total
    described = with_of[index]
    if described is not None and part_of[described] is not None:
        # `порядка 100 мероприятий (6 тысяч участников)` after `1000 мероприятий с охватом 700 тысяч человек`:
        # the coverage of a part is a part of the coverage of its total
        total = part_of[described]
        return next((other for other in reversed(candidates) if with_of[other] == total), None)
    return None


def one_count(spans, candidates, with_of):
    """The one figure without a unit among `candidates` (a count of things) that describes no other, else None."""
    counts = [other for other in candidates if not facts(spans[other]).get('unit') and with_of[other] is None]
    return counts[0] if len(counts) == 1 else None


def like_cue_parts(spans, part_of):
    """`1 146 проектов, включая 212 проектов`; `Ключи получили 2 860 семей. Среди них – 1 140 многодетных семей`:
    the nearest figure of the part's kind before the cue, in its sentence or the one before, smaller than it."""
    kinds, firsts = Kinds(spans), sentence_firsts(spans)
    for index, span in enumerate(spans):
        cue = cue_before(span, LIKE_CUES)
        if cue is None or part_of[index] is not None or is_percent(span):
            continue
        first = firsts[index]
        stop = first
        while stop < index and spans[stop].end <= cue:
            stop += 1
        here = range(first, stop) if stop > first else range(firsts[first - 1] if first else 0, first)
        total = kinds.nearest(index, here)
        if total is None and here and counts_people(span) and facts(spans[here[-1]]).get('object') == 'человек':
            total = here[-1]  # `проживают 451 тыс. человек, включая 262 тыс. детей`: people of people
        if total is None and named_before_cue(span.doc, cue) and bare_part(span):
            # `вышли 420 атлетов, казахстанских среди них – 24`, `посетили 412 тыс. туристов. Иностранцев среди них
            # было 47 тыс.`: the part's people named before `среди них`, the people counted before their total
            total = next((other for other in reversed(here) if counts_people(spans[other])), None)
        if total is not None and value(span) < value(spans[total]):
            part_of[index] = total


def named_before_cue(doc, cue):
    """`Иностранцев среди них`, `казахстанских среди них`: `среди них` right after people named in the genitive
    plural (a noun, an adjective or a participle), the word opening its clause."""
    if cue < 1 or doc[cue].lower_ != 'среди' or not doc[cue - 1].is_alpha:
        return False
    if cue > 1 and doc[cue - 2].is_alpha and doc[cue - 2].lower_ not in ('а', 'и', 'но'):
        return False
    return any('plur' in parsed.tag and 'gent' in parsed.tag and parsed.tag.POS in ('NOUN', 'ADJF', 'PRTF')
               for parsed in parse(doc[cue - 1].text)[:2])


def cue_parts(spans, part_of, with_of):
    """`N, в том числе M` / `N, из которых M` / `В их числе M` (a sentence after N)."""
    kinds, firsts = Kinds(spans), sentence_firsts(spans)
    for index, span in enumerate(spans):
        cue = cue_before(span)
        if cue is None or part_of[index] is not None or beyond_cue(spans, index, cue) or in_from_to(span) \
                or RELATIVE & set(words(span.doc[cue + 2:span.start])) or distributive(span.doc, cue):
            continue
        if is_percent(span) and index and part_of[index - 1] is not None and same_sentence(spans, index - 1, index) \
                and words(between(spans, index - 1, index))[-2:] == [',', 'или']:
            # `Из этой суммы 560 млн долларов ..., или около 68% от общего объема`: the share of the part's total
            part_of[index] = part_of[index - 1]
            continue
        if any(spans[other].end == cue for other in range(index - 1, -1, -1) if same_sentence(spans, other, index)):
            continue  # `4,1 тыс. из них прибыли ..., 2,3 тыс. – из ...`: the cue is the figure's before it
        like = cue_before(span, LIKE_CUES)
        if like is not None and like > cue:
            continue  # `Из него 1,5 млн тонн ..., в частности 900 тыс. тонн`: a part of the part (like_cue_parts)
        sibling = index - 1
        if index and spans[sibling].start > cue and same_sentence(spans, sibling, index) \
                and part_of[sibling] is not None and bare_part(span) and bare_part(spans[sibling]):
            # `Из них 96 тыс. – школьники, около 20 тыс. – туристы`: the next item of the cue's list
            part_of[index] = part_of[sibling]
            continue
        if people_cue(span, cue):
            # `осуждено 1 140 человек. Из числа осужденных 212 – руководители`: the people counted before
            total = next((other for other in range(index - 1, -1, -1) if counts_people(spans[other])
                          and part_of[other] is None), None)
            if total is not None and sent_start(spans[total]) >= previous_start(span):
                part_of[index] = total
            continue
        first = firsts[index]
        stop = first
        while stop < index and spans[stop].end <= cue:
            stop += 1
        while stop > first and is_compared(spans[stop - 1]):
            stop -= 1  # `засеяно 4,1 млн гектаров при плане 4,2 млн гектаров, в том числе`: the fact is the total
        here = range(first, stop)  # the figures of the sentence before the cue
        if here:
            total = total_for(kinds, index, here, with_of, part_of)
            if total is None and is_period(span):
                pass  # `45 тыс. безработных, половина из них – молодежь до 29 лет`: an age, no part
            elif total is None and (len(here) == 1 or is_elliptic(span) or counted_with_origin(spans, here)) \
                    and not is_percent(spans[here[-1]]):
                total = origin_head(spans, here[-1])  # `86 человек, в том числе 17 детей`: one total to be part of
                if is_elliptic(span) and with_of[total] in here:
                    # `открыто 24 детских сада на 5 600 мест, из них 17 – частные`: the count, not its capacity
                    total = with_of[total]
            if total is None and not facts(span).get('unit') and not is_period(span):
                # `Введено 12 объектов на сумму 5 млрд тенге, в том числе 4 школы`: the one count before
                total = one_count(spans, here, with_of)
            if total is None:
                # `На 39 мандатов претендовали 214 кандидатов, в том числе 62 самовыдвиженца`: the count
                # the cue follows right after its comma
                total = adjacent_count(spans, origin_head(spans, here[-1]), index, cue)
            if total is not None and counts_people(spans[total]) and not counts_people(span) \
                    and not is_elliptic(span) and not is_percent(span) and first < index \
                    and spans[index - 1].start > cue and not part_like(span, spans[index - 1]):
                # `320 строителей, из них 40 инженеров, и 45 единиц техники`: after the cue's part, a count of
                # things unlike it is no part of people (but `9 перевозчиков, в том числе 3 лоукостера`)
                total = None
        else:
            earlier = range(0, first)  # the figures of the sentences before
            last = range(firsts[first - 1], first) if first else range(0)
            # the first figure after the cue only: `Из них 15 тыс. изданий – ..., 4 тыс. – ...` (a sibling after it)
            total = named_total(spans, index, cue, earlier)
            if total is None and first == index:
                total = general_count_total(spans, part_of, index, cue, earlier)
            if total is None and last and bare_part(span) and first == index:
                total = taken_up_total(spans, last, index, with_of)
            if total is None and last:
                total = total_for(kinds, index, last, with_of, part_of)
            if total is None and last and not facts(span).get('unit') and not is_period(span):
                # `... получила 186 единиц оборудования на 4,7 млрд тенге. В их числе 2 аппарата МРТ`:
                # the one count of the sentence before, counted by another noun
                total = one_count(spans, last, with_of)
            if total is None:
                total = total_for(kinds, index, earlier, with_of, part_of)
            if total is not None and not larger(spans, total, index):
                # `сдано 17,2 млн кв. м. ... построено 2,6 млн кв. м ... Из общего объема 7,9 млн кв. м`: a part
                # is smaller than its total, the whole is the nearest larger figure of its kind
                total = next((other for other in reversed(earlier) if same_kind(spans[other], span)
                              and larger(spans, other, index)), None)
        part_of[index] = total


# `Из общего числа аварий 210 ...`, `Из общего числа 180 машин ...`: the count of all the things told before
GENERAL_COUNT = (('из', 'общего', 'числа'), ('из', 'общего', 'количества'))
MAX_GENERAL_BACK = 3  # sentences before the cue's the count of all may stand in


def general_count_total(spans, part_of, index, cue, earlier):
    """After `Из общего числа` opening the part's sentence, the nearest earlier count in the three sentences before,
    no part itself and larger than the part, of people when the part (or the noun after the cue, the part bare)
    names people, else of things: `произошло 1 140 ДТП, в которых погибли 152 человека и получили травмы более
    1 600. Из общего числа аварий 210 ...` (1 140, not the 1 600 hurt); else None."""
    span = spans[index]
    doc = span.doc
    if tuple(words(doc[cue:cue + 3])) not in GENERAL_COUNT or facts(span).get('unit') or is_period(span):
        return None
    if bare_part(span):
        named = doc[cue + 3] if cue + 3 < span.start and doc[cue + 3].is_alpha else None
        people = named is not None and names_people_word(named)
    else:
        people = counts_people(span)
    start, seen = sent_start(span), 0
    for other in reversed(earlier):
        whole = spans[other]
        if sent_start(whole) != start:
            start, seen = sent_start(whole), seen + 1
            if seen > MAX_GENERAL_BACK:
                return None
        if facts(whole).get('unit') or is_period(whole) or is_times(whole) \
                or part_of[other] is not None or counts_people(whole) != people or value(whole) <= value(span) \
                or facts(whole).get('object') is None:
            continue  # `получили травмы более 1 600`: a bare number counts nothing named
        return other
    return None


def larger(spans, total, index):
    """Figure `total` can hold figure `index`: a share or another kind as it may, else a larger value."""
    return is_percent(spans[index]) or not same_kind(spans[total], spans[index]) \
        or value(spans[total]) > value(spans[index])


MAX_NAMED_BACK = 3  # words between a total's noun and the total: `расходы – 640 млрд`, `расходы составят 640 млрд`


def named_total(spans, index, cue, candidates):
    """`Доходы запланированы в объеме 612 млрд тенге, расходы – 640 млрд тенге. ... из общей суммы расходов на
    здравоохранение направят 48 млрд тенге`: after a cue taking up a total by its noun (`из общей суммы расходов`,
    `Из этого объема экспорта`), the nearest figure of the part's kind among `candidates` with that noun right
    before it, and larger; else None."""
    doc = spans[index].doc
    if not takes_up(words(doc[cue:cue + 3])) or cue + 3 >= spans[index].start or not doc[cue + 3].is_alpha:
        return None
    lemmas = {parsed.normal_form for parsed in parse(doc[cue + 3].text)[:2] if parsed.tag.POS == 'NOUN'}
    for other in reversed(candidates):
        whole = spans[other]
        before = doc[max(sent_start(whole), whole.start - MAX_NAMED_BACK):whole.start]
        if same_kind(whole, spans[index]) and value(whole) > value(spans[index]) and any(
                parsed.normal_form in lemmas for token in before if token.is_alpha for parsed in parse(token.text)[:2]):
            return other
    return None


def adjacent_count(spans, total, index, cue):
    """`total` when it is a count of things or people, only a comma between it and the cue before the count
    `index` (or the genitive noun it counts: `118 единиц техники, в том числе 2 вертолета`), and larger than
    it; else None."""
    part, whole = spans[index], spans[total]
    if any(facts(span).get('unit') or is_period(span) or is_times(span) for span in (part, whole)):
        return None
    gap = part.doc[whole.end:cue]
    if not gap or gap[-1].text != ',' or not value(part) < value(whole) \
            or len(gap) > MAX_COMPLEMENT + 1 or not all(genitive_word(token.text) for token in gap[:-1]):
        return None
    return total


MAX_COMPLEMENT = 2  # words of a genitive noun phrase after a count: `единиц медицинской техники`


def genitive_word(word):
    """A noun or an adjective in the genitive: the complement of a count (`техники`, `медицинской`)."""
    return word.isalpha() and any(parsed.tag.POS in ('NOUN', 'ADJF') and 'gent' in parsed.tag
                                  for parsed in parse(word)[:2])


def origin_head(spans, index):
    """The figure that `index` is said to come from, when `index` is a complement after `из` of another kind:
    `214 компаний из 11 стран, в том числе 63 зарубежные` counts companies; else `index`."""
    if index and same_sentence(spans, index - 1, index) and words(between(spans, index - 1, index)) == ['из'] \
            and not same_kind(spans[index - 1], spans[index]) and not is_percent(spans[index - 1]):
        return index - 1
    return index


def counted_with_origin(spans, here):
    """The figures before a cue are a count and the origin after its `из` (`свыше 4,2 тыс. бегунов из 23 стран, в
    том числе около 600 иностранцев`): one total, as a single figure would be."""
    return len(here) == 2 and origin_head(spans, here[-1]) == here[0]


# `2 100 судей, каждый из которых рассматривает по 40 дел`: each of the total, no part of it
EACH = frozenset({'каждый', 'каждая', 'каждое', 'каждого', 'каждой', 'каждому', 'каждом', 'каждым', 'ни'})


def distributive(doc, cue):
    """`каждый из которых`, `ни один из них`: the cue follows a word that takes the total one by one."""
    return cue > 0 and (doc[cue - 1].lower_ in EACH or cue > 1 and doc[cue - 2].lower_ == 'ни')


def bare_part(span):
    """A part that names no noun nor unit of its own: `Из них 96 тыс. – школьники`."""
    return not facts(span).get('object') and not facts(span).get('unit') and not is_period(span)


def taken_up_total(spans, candidates, index, with_of):
    """`их посетили более 310 тыс. человек. Из них 96 тыс. – школьники`: a part with no noun of its own after a
    cue opening its sentence takes up the nearest figure before it that can hold it (a count or an amount, not a
    share, a change, a term, how often), in the sentence before; None when that one is no larger. The cost of
    counted things is said of them, `них` takes it up only when the things cannot hold the part: `24 тыс. книг на
    сумму 96 млн тенге. Из них 15 тыс.` counts books, `300 кредитов на сумму 6 млрд тенге. Из них 2 млрд` money."""
    figures = [other for other in reversed(candidates) if not (
        is_percent(spans[other]) or is_change(spans[other]) or is_period(spans[other]) or is_times(spans[other]))]
    for skip_costs in (True, False):
        near = next((other for other in figures
                     if not (skip_costs and is_money(spans[other]) and with_of[other] is not None)), None)
        if near is not None and value(spans[index]) < value(spans[near]):
            return near
    return None


def opening_of_them_parts(spans, part_of, with_of):
    """A figure opening its sentence with `из них` after it (`В область переехали 12,6 тыс. человек. 4,1 тыс. из
    них прибыли из Туркестанской области, 2,3 тыс. – из Жамбылской`): `Из них 4,1 тыс.` said the other way round,
    a part of the figure of its kind in the sentence right before (of the nearest that can hold it when it names
    no noun), and so are the bare figures after a dash that follow it in its sentence, the next items.  (Any first
    figure of its sentence, words before it, `Как рассказали в управлении, сорок семь из них`: tried twice, left out
    for the held-out written_news20's precision, docs/links-log.md.)"""
    kinds = Kinds(spans)
    firsts = sentence_firsts(spans)
    for index, span in enumerate(spans):
        doc, start = span.doc, sent_start(span)
        if part_of[index] is not None or firsts[index] != index or not index \
                or span.start != start and doc[span.start - 1].text not in QUOTES \
                or words(doc[span.end:span.end + 2]) != ['из', 'них'] or sent_end(spans[index - 1]) != start:
            continue
        last = range(firsts[index - 1], index)
        total = kinds.nearest(index, last)
        if total is None and bare_part(span):
            total = taken_up_total(spans, last, index, with_of)
        if total is None or not value(span) < value(spans[total]) or is_percent(spans[total]):
            continue
        part_of[index] = total
        for other in range(index + 1, len(spans)):
            if not same_sentence(spans, index, other) or part_of[other] is not None or not bare_part(spans[other]) \
                    or not spans[other].start or doc[spans[other].start - 1].text not in ('–', '—'):
                break
            part_of[other] = total


def beyond_cue(spans, index, cue):
    """A figure of another kind after the cue and a colon or semicolon after it: the cue's part is that figure,
    the span stands in a clause of its own: `Из этой суммы 96 млрд тенге направлено на закуп техники: фермеры
    приобрели 4 100 тракторов`."""
    span = spans[index]
    for other in range(index - 1, -1, -1):
        if spans[other].start < cue or not same_sentence(spans, other, index):
            return False
        if not same_kind(spans[other], span) and {':', ';'} & set(words(between(spans, other, index))):
            return True
    return False


def among_people_parts(spans, part_of):
    """`Из зоны подтопления эвакуированы 5 830 человек. Среди эвакуированных – 1 940 детей.`, `курорт посетили 312
    тыс. человек ... Среди отдыхающих было 41 тыс. иностранцев`: a sentence opening on `Среди` and people named by
    a participle or a noun (not `них`: a list of examples) takes up the people counted in the two sentences before; its
    first figure, people or a bare number, is their part. Not a plan for a fact (`Туроператоры ожидали 350 тыс.
    отдыхающих`), not people of another noun than people (`Среди регионов`, `Среди женщин ... 9 медалей`)."""
    read = SentenceReadings()
    for index, span in enumerate(spans):
        start = sent_start(span)
        doc = span.doc
        if part_of[index] is not None or start + 1 >= span.start or doc[start].lower_ != 'среди' \
                or not names_people(doc[start + 1]) or not (counts_people(span) or is_elliptic(span)) \
                or facts(span).get('unit') or any(sent_start(spans[other]) == start for other in range(index)):
            continue
        begin = previous_start(span)
        begin = previous_start(span.doc[begin:begin + 1]) if begin < start else begin  # the two sentences before
        status = figure_status(span, read)
        group = group_noun(doc[start + 1])
        part_of[index] = next((other for other in range(index - 1, -1, -1) if sent_start(spans[other]) >= begin
                               and counts_people(spans[other]) and part_of[other] is None
                               and group in (None, facts(spans[other]).get('object'), 'человек')
                               and value(spans[other]) > value(span) and figure_status(spans[other], read) == status),
                              None)


def group_noun(token):
    """The noun `token` names a group of people by, when it is no participle: `женщин` -> женщина (a group of its
    own: `В сборную вошли 40 спортсменов. Среди женщин призерами стали двое` counts no part of the team by it),
    `эвакуированных` -> None (those a verb told of before)."""
    parses = parse(token.text)[:2]
    if any(parsed.tag.POS == 'PRTF' for parsed in parses):
        return None
    return parses[0].normal_form if parses else None


def names_people(token):
    """`эвакуированных`, `отдыхающих`, `пострадавших`, `жителей`: people in the genitive plural (not `них`)."""
    return token.is_alpha and token.lower_ != 'них' and any(
        'plur' in parsed.tag and 'gent' in parsed.tag
        and (parsed.tag.POS == 'PRTF' or (parsed.tag.POS == 'NOUN' and 'anim' in parsed.tag))
        for parsed in parse(token.text)[:2])


MAX_DONE_BACK = 3  # sentences back the total a participle after `Из` takes up may stand
MAX_PARTICIPLE_PHRASE = 3  # words from `Из` to the part: `Из собранного зерна`, `Из похищенного возмещено`
BOUNDARIES_IN = frozenset({',', ';', ':', '(', ')', '–', '—'})  # no clause ends between `Из` and the part


def done_lemmas(token):
    """The verbs a past participle in the genitive stands for: `собранного` -> {собрать}, `похищенного` ->
    {похитить}; empty for any other word."""
    return {parsed.normal_form for parsed in parse(token.text)
            if parsed.tag.POS == 'PRTF' and 'gent' in parsed.tag and 'past' in parsed.tag}


def tells_verb(doc, start, stop, lemmas):
    """A verb, a short or full participle of one of `lemmas` among the tokens from `start` to `stop`."""
    return any(parsed.normal_form in lemmas and parsed.tag.POS in ('VERB', 'PRTS', 'PRTF', 'INFN')
               for token in doc[start:stop] if token.is_alpha for parsed in parse(token.text)[:3])


def done_participle_parts(spans, part_of):
    """`аграрии собрали 5,9 млн тонн зерна. ... Из собранного зерна 4,6 млн тонн приходится на пшеницу`, `похитили
    186 млн тенге. Из похищенного возмещено 94 млн тенге, еще 62 млн ...`: a sentence opening on `Из` and a past
    participle names the total by the verb that told it; its first figure, and the like figures after it in its
    sentence while they fit, are parts of the nearest figure of their kind before, larger, in the three sentences
    before, whose sentence tells that verb (`собрали`, `похитили`)."""
    firsts = sentence_firsts(spans)
    for index, span in enumerate(spans):
        doc, start = span.doc, sent_start(span)
        if firsts[index] != index or part_of[index] is not None or doc[start].lower_ != 'из' \
                or not start + 1 < span.start <= start + MAX_PARTICIPLE_PHRASE + 1:
            continue
        lemmas = done_lemmas(doc[start + 1])
        if not lemmas or BOUNDARIES_IN & set(words(doc[start:span.start])):
            continue
        begin = start
        for _ in range(MAX_DONE_BACK):
            begin = previous_start(doc[begin:begin + 1]) if begin else begin
        total = next((other for other in range(index - 1, -1, -1) if sent_start(spans[other]) >= begin
                      and same_kind(spans[other], span) and not is_change(spans[other]) and not is_percent(spans[other])
                      and tells_verb(doc, sent_start(spans[other]), sent_end(spans[other]), lemmas)), None)
        if total is None or value(span) >= value(spans[total]):
            continue
        amount = 0
        for other in range(index, len(spans)):
            part = spans[other]
            if not same_sentence(spans, index, other) or part_of[other] is not None or is_percent(part) \
                    or not (same_kind(part, span) or (bare_part(part) and is_money(span))) \
                    or amount + value(part) > value(spans[total]):
                break
            amount += value(part)
            part_of[other] = total

