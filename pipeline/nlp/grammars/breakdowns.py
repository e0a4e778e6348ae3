"""Breakdowns of a total (`part_of`) told without a part cue: parts that add up to a total after it or before it,
a list after a total and a colon or dash, a sentence of one noun a few sentences after its total, the rest of a
breakdown (`Остальные N`, the counts that make up what the known parts leave), the siblings of a known part.
The figures of a document by kind (Kinds) are the index these rules and grammars/links.py look totals up in.
The rules kept and left out are listed in docs/links-log.md."""

import bisect
from collections import defaultdict

from pipeline.nlp.morph import parse
from pipeline.nlp.doc import sent_end, sent_start, sentence_of

from pipeline.nlp.grammars.part_guards import clause_words, flow_mismatch, opposite_flows
from pipeline.nlp.grammars.figure_facts import (
    MONEY, between, counted_noun, counts_people, facts, is_change, is_elliptic, is_money, is_percent, is_period, is_times, names_difference, part_like, same_kind, same_sentence, sentence_firsts, value,
    words)
from pipeline.nlp.grammars.figures.vocabulary import REST_CUES


def kind_key(span):
    """What `same_kind` compares: the unit, else the counted noun; None when there is neither."""
    figure = facts(span)
    if figure.get('unit'):
        return ('unit', figure['unit'])
    return None if figure.get('object') is None else ('object', counted_noun(span))


class Kinds:
    """The figures of a document by kind, so that the nearest earlier figure of a kind is a bisection,
    not a scan back through the whole document (a text of 650,000 tokens has thousands of figures)."""

    def __init__(self, spans):
        self.indexes = {}
        for index, span in enumerate(spans):
            key = kind_key(span)
            if key is not None:
                self.indexes.setdefault(key, []).append(index)
        self.keys = [kind_key(span) for span in spans]

    def nearest(self, index, candidates):
        """The last index in the range `candidates` of the same kind as figure `index`, or None."""
        same = self.indexes.get(self.keys[index], []) if self.keys[index] is not None else []
        at = bisect.bisect_left(same, candidates.stop)
        return same[at - 1] if at and same[at - 1] >= candidates.start else None


MAX_PARTS = 8
MIN_SUM = 10
SUM_SENTENCES = 2  # the parts stand in the total's sentence or the next one
EXACT_SUM_SENTENCES = 3  # parts that make up a total exactly may run on a sentence further


def exact_parts(spans, order, total, part_of, stays, skip_kinds=False):
    """The figures taken in `order` (while `stays(other)`), free and like `total`, each smaller,
    that add up to it exactly: two or more, else []. Sizes of a change are passed over, and with
    `skip_kinds` the figures of another kind (a count the money of a part pays for)."""
    whole = value(total)
    run, amount = [], 0
    for other in order:
        if stays(other) and (is_change(spans[other]) or skip_kinds and not part_like(spans[other], total)):
            # `20,3 млн человек, увеличившись на 172 тыс. человек. В городах – 12,6 млн, в селах – 7,7 млн`;
            # `приобретение 120 автобусов – 11,3 млрд тенге; ... Итого – 38,5 млрд тенге`
            continue
        if not stays(other) or part_of[other] is not None \
                or not part_like(spans[other], total) or not 0 < value(spans[other]) < whole:
            break
        run.append(other)
        amount += value(spans[other])
        if amount >= whole - 1e-9 * whole:
            break
    if any(names_difference(spans[other]) for other in run):
        return []  # `Импорт – 39,1 млрд. Сальдо – 19,3 млрд` of export of 58,4 млрд: a balance, no breakdown
    if any(opposite_flows(spans[other], total) for other in run):
        return []  # `родились 21 тыс. детей, умерли 4 тыс. человек. Естественный прирост – 17 тыс.`: no breakdown
    return run if len(run) >= 2 and abs(amount - whole) <= 1e-9 * whole else []


def sum_parts(spans, part_of, with_of=None):
    """Figures right after a total that add up to it exactly are its parts:
    `9,4 млрд тенге: 7,1 млрд тенге ..., 2,3 млрд тенге – из местного`;
    `Всего будет проведено 600 проверок. На областном уровне – 150 проверок, на районном – 450 проверок.`
    The run starts with the figure after the total, has two parts or more, all like the total."""
    sentences = [sent_start(span) for span in spans]
    for index, total in enumerate(spans):
        whole = value(total)
        # a share is no sum of the shares after it (`на 5%, в 2025 году – на 2%, в 2026 году – на 3%`),
        # nor a small count of the counts after it (`5 школ, в 2025 – 2 школы, в 2026 – 3 школы`)
        # and a bound (`более 20 спасателей`) or a count of times (`13 раз`) is no sum to check
        if whole < MIN_SUM or is_percent(total) or part_of[index] is not None or is_change(total) \
                or facts(total).get('qualifier') not in (None, 'exact') or is_times(total):
            continue
        after = range(index + 1, min(len(spans), index + 1 + MAX_PARTS))
        # the parts stand in the total's sentence or the next two (of those with figures): `Конкурс включал 18
        # лотов. По 15 лотам определены победители. Еще 3 лота признаны несостоявшимися.`
        seen, within = 1, set()
        for other in after:
            seen += sentences[other] != sentences[other - 1]
            if seen <= EXACT_SUM_SENTENCES:
                within.add(other)
        # the measure or the cost of the total is no part of it: `18 лотов общей стоимостью 24,6 млрд тенге. По 15
        # лотам определены победители. Еще 3 лота ...`
        order = [other for other in after if with_of is None or with_of[other] != index]
        for other in exact_parts(spans, order, total, part_of, within.__contains__):
            part_of[other] = index


def rest_cue_parts(spans, part_of):
    """A figure after `остальные` closes a breakdown: with the free figures between it and an earlier total
    of its kind (bare numbers too, sizes of a change passed over) it adds up to that total exactly:
    `выделено 78 тыс. грантов ...: педагогика – 17,5 тыс.; ...; сельское хозяйство – 5,4 тыс. Остальные
    12,3 тыс. грантов приходятся на другие направления.`"""
    for index, span in enumerate(spans):
        doc = span.doc
        if part_of[index] is not None or is_percent(span) or not span.start \
                or doc[span.start - 1].lower_ not in REST_CUES:
            continue
        for total in range(index - 1, max(-1, index - 2 - MAX_PARTS), -1):
            whole = spans[total]
            if not same_kind(whole, span) or part_of[total] is not None \
                    or facts(whole).get('qualifier') not in (None, 'exact') or is_change(whole):
                continue
            # the known parts of the total count among those the rest completes, their shares passed over:
            # `проживали 792 тыс. человек. Городское население – 318 тыс. человек, или 40,2%. Остальные 474 тыс.`
            run = [other for other in range(total + 1, index) if not is_change(spans[other])
                   and not (is_percent(spans[other]) and part_of[other] == total)]
            if any(part_of[other] not in (None, total) or is_percent(spans[other]) or not part_like(spans[other], whole)
                   for other in run):
                break
            if len(run) >= 1 and abs(value(span) + sum(value(spans[other]) for other in run) - value(whole)) \
                    <= 1e-9 * value(whole):
                for other in run + [index]:
                    part_of[other] = total
                break  # else a part of the breakdown: the total stands further back


# a total said after its parts: `в январе – 40 случаев, в феврале – 35 случаев, всего – 75 случаев`
TOTAL_CUES = frozenset({'всего', 'итого', 'сложности'})
MAX_CUE_GAP = 6


def sum_after_parts(spans, part_of):
    """Figures right before a total that add up to it, the total marked `всего`, `итого` or `в общей
    сложности` in its clause: in its sentence (`, всего с начала года – 75 случаев`), or, the total opening
    its sentence, in the sentence before (`... Астана – 1,5 млн человек. В них в общей сложности проживает
    5,9 млн человек`; `... благоустройство парков – 3,2 млрд тенге. Итого на эти цели – 38,5 млрд тенге.`)."""
    for index, total in enumerate(spans):
        whole = value(total)
        if not index or whole < MIN_SUM or is_percent(total) or is_times(total) or is_change(total):
            continue
        if same_sentence(spans, index - 1, index):
            gap = words(between(spans, index - 1, index))
            cue = gap[len(gap) - gap[::-1].index(','):] if ',' in gap else gap  # the clause of the total
            stays = lambda other: same_sentence(spans, other, index)  # noqa: E731
        elif sent_end(spans[index - 1]) != sent_start(total):
            continue  # the parts stand in the sentence right before
        else:
            cue = words(total.doc[sent_start(total):total.start])
            sentence = sent_start(spans[index - 1])
            stays = lambda other: sent_start(spans[other]) == sentence  # noqa: E731
        if len(cue) > MAX_CUE_GAP or not TOTAL_CUES & set(cue):
            continue
        before = range(index - 1, max(-1, index - 1 - MAX_PARTS), -1)
        for other in exact_parts(spans, before, total, part_of, stays, skip_kinds=True):
            part_of[other] = index


# a sentence opening on the total of the parts told in the sentences right before it: `В поселке Жамбыл вода зашла
# в 54 дома, в селе Карабутак – в 31 дом. Всего в области подтоплено 230 домов.`
CLOSING = (('всего',), ('итого',), ('в', 'целом'), ('в', 'общей', 'сложности'))
MAX_CLOSING_BACK = 3  # sentences before the closing total its parts may stand in


def closing_parts(spans, part_of, with_of):
    """The free counts of a total's noun in the sentences right before a sentence opening on `Всего` (`Итого`, `В
    целом`, `В общей сложности`) and that total, sentence by sentence back, each smaller and together no more than
    it, are its parts (they need not add up to it: the text names the largest parts only). A run stops at a
    sentence with none of them, a figure of the kind as large as the total, and a flow told of one and not of the
    other (`открыто 8 школ. Всего в районе 60 школ`: the new schools are no breakdown). A price or an average
    (`3 200 голов скота по цене 850 тыс. тенге за голову`, `в среднем 1,1 млн тенге`) says what one costs: passed
    over."""
    firsts = sentence_firsts(spans)
    for index, total in enumerate(spans):
        whole = value(total)
        if firsts[index] != index or not index or part_of[index] is not None or is_percent(total) \
                or is_change(total) or facts(total).get('qualifier') not in (None, 'exact') or whole < MIN_SUM \
                or not counted(total):
            continue  # money named by its purpose (`Всего на программу направят 10 млрд`) may total other sums
            # than those told before it (`Алматы получит 4 млрд`): those must add up to it (sum_after_parts)
        opening = words(total.doc[sent_start(total):total.start])
        if not any(tuple(opening[:len(cue)]) == cue for cue in CLOSING) or opens_list(spans, index):
            continue
        run, amount, start, other = [], 0, sent_start(total), index - 1
        for _ in range(MAX_CLOSING_BACK):
            if other < 0 or sent_end(spans[other]) != start:
                break  # the parts stand in the sentences right before
            start = sent_start(spans[other])
            taken = []
            while other >= 0 and sent_start(spans[other]) == start:
                span = spans[other]
                if same_kind(span, total) and not is_change(span) and not is_percent(span) \
                        and with_of[other] is None and 'среднем' not in clause_words(span):
                    taken.append(other)
                other -= 1
            if not taken or any(value(spans[part]) >= whole or flow_mismatch(spans[part], total)
                                for part in taken):
                break
            free = [part for part in taken if part_of[part] is None]
            if amount + sum(value(spans[part]) for part in free) > whole:
                break
            run, amount = run + free, amount + sum(value(spans[part]) for part in free)
        for part in run:
            part_of[part] = index


def opens_list(spans, index):
    """Figure `index` is the first item of a list, a comma and a like figure right after it: `Всего жюри вручило
    96 золотых, 182 серебряные и 275 бронзовых медалей` (the sum of the items is the total, not the first)."""
    following = index + 1
    if following >= len(spans) or not same_sentence(spans, index, following) \
            or words(between(spans, index, following)) != [','] or not facts(spans[following]).get('object'):
        return False  # `Всего подтоплено 230 домов, 40 из них ...`: a bare part after a total
    item, doc = spans[following], spans[following].doc
    return (same_kind(spans[index], item) or is_elliptic(item)) and not (item.end < len(doc) and doc[item.end].lower_ == 'из')


DASHES = frozenset({':', '–', '—'})


def colon_parts(spans, part_of):
    """A total right before a colon or a dash, then its parts in the same sentence, each like it:
    `построено 120 школ: в Туркестанской области – 30 школ, в Алматинской – 25 школ`."""
    for index, total in enumerate(spans):
        doc = total.doc
        # a colon with a space after it: `23:00` is a time
        if total.end >= len(doc) or doc[total.end].text not in DASHES or not doc[total.end].whitespace_ \
                or part_of[index] is not None:
            continue
        if not facts(total).get('object') and not facts(total).get('unit'):
            # `212 – руководители госорганов, 96 – сотрудники полиции`: a bare number before a dash is an item
            continue
        if largest_first(total) or (total.start and doc[total.start - 1].text in DASHES):
            # `Больше всего – 210 км – в Байзакском районе, в Шуском – 160 км`: the largest part, the figures
            # after it its siblings
            continue
        linked = False
        for other in range(index + 1, len(spans)):
            if not same_sentence(spans, index, other) or not part_like(spans[other], total) \
                    or not value(spans[other]) < value(total):
                break
            if part_of[other] is None:
                part_of[other] = index
                linked = True
        if not linked and facts(total).get('object') and not facts(total).get('unit'):
            for other in kinds_sum(spans, index, part_of):
                part_of[other] = index


def kinds_sum(spans, index, part_of):
    """The counts right after a count and a colon, each of its own noun, that add up to it exactly (two or more,
    else []): the kinds of what it counts, `построят 40 объектов: 25 фельдшерских пунктов, 10 амбулаторий и 5
    поликлиник`."""
    run, amount, whole = [], 0, value(spans[index])
    for other in range(index + 1, len(spans)):
        figure = facts(spans[other])
        if not same_sentence(spans, index, other) or figure.get('unit') or not figure.get('object') \
                or part_of[other] is not None or figure.get('qualifier') not in (None, 'exact') \
                or is_times(spans[other]) or is_change(spans[other]) or amount + value(spans[other]) > whole \
                or counts_people(spans[other]) != counts_people(spans[index]):  # `30 центров: в них 20 врачей`
            break
        run.append(other)
        amount += value(spans[other])
    return run if len(run) >= 2 and amount == whole else []


MIN_BREAKDOWN = 3  # figures of one noun in a sentence that make a breakdown
MAX_BREAKDOWN_SENTENCES = 8  # how far back the total of a breakdown may stand


def breakdown_parts(spans, part_of):
    """A sentence counting one noun three times or more, the nearest earlier figure of that noun (no other
    between, a few sentences back) at least their sum: its breakdown. `Открыта больница на 100 коек. ...
    Развернуты терапевтическое отделение на 40 коек, хирургическое – на 30 коек, детское – на 20 коек.`"""
    kinds, firsts = Kinds(spans), sentence_firsts(spans)
    sentence_numbers = {}
    for span in spans:
        sentence_numbers.setdefault(sent_start(span), len(sentence_numbers))
    index = 0
    while index < len(spans):
        first, stop = firsts[index], index
        while stop < len(spans) and firsts[stop] == first:
            stop += 1
        groups = {}
        for other in range(first, stop):
            key = kinds.keys[other]
            # counts of a noun, or money (`Больше всего средств направлено на образование – 131 млрд тенге, на
            # здравоохранение – 48 млрд тенге, на дороги – 40 млрд тенге` after expenses of 398 млрд); not shares
            if key is not None and (key[0] == 'object' or key[1] in MONEY) and part_of[other] is None \
                    and facts(spans[other]).get('qualifier') in (None, 'exact') and not is_times(spans[other]):
                groups.setdefault(key, []).append(other)
        for key, members in groups.items():
            if len(members) < MIN_BREAKDOWN or key[0] == 'unit' and by_year(spans, members):
                continue
            total = kinds.nearest(members[0], range(0, first))
            amount = sum(value(spans[other]) for other in members)
            if total is not None and part_of[total] is not None and amount > value(spans[total]):
                # a second breakdown of a total, by region after by crop: `23 млн тонн зерна, в том числе 17 млн
                # тонн пшеницы и 3 млн тонн ячменя. Больше всего собрали в Костанайской области – 7 млн тонн, ...`
                total = part_of[total]
            if total is None or part_of[total] is not None or is_times(spans[total]) \
                    or facts(spans[total]).get('qualifier') not in (None, 'exact') \
                    or sentence_numbers[sent_start(spans[first])] - sentence_numbers[sent_start(spans[total])] \
                    > MAX_BREAKDOWN_SENTENCES:
                continue
            if amount <= value(spans[total]):
                for other in members:
                    part_of[other] = total
        index = stop


def by_year(spans, members):
    """Figures with a year between them, money over time and no breakdown: `средний размер доплаты составит в
    2016 году 854 рубля, в 2017 году – 1809 рублей, в 2018 году – 2007 рублей`."""
    doc = spans[members[0]].doc
    return any(token.text.isdigit() and len(token.text) == 4 and token.text[:2] in ('19', '20')
               for token in doc[spans[members[0]].start:spans[members[-1]].start])


def rest_parts(spans, part_of):
    """Counts right after the known parts of a total (in the last part's sentence or the next) that make up
    exactly what those parts leave of it: `4 000 избирателей ... За первого кандидата – 2 500 человек
    (62,5%), за второго – 1 200 голосов (30%), за третьего – 250 голосов. Недействительны 50 бюллетеней.`"""
    sentences = [sent_start(span) for span in spans]
    known = {}
    for index, total in enumerate(part_of):
        if total is not None and not is_percent(spans[index]):
            known.setdefault(total, []).append(index)
    for total, parts in known.items():
        if len(parts) < 2 or is_percent(spans[total]) or facts(spans[total]).get('unit') \
                or facts(spans[total]).get('qualifier') not in (None, 'exact'):
            continue
        rest = value(spans[total]) - sum(value(spans[part]) for part in parts)
        last, run, amount, seen = max(parts), [], 0, 1
        for other in range(last + 1, min(len(spans), last + 1 + MAX_PARTS)):
            seen += sentences[other] != sentences[other - 1]
            if seen > SUM_SENTENCES or amount >= rest:
                break
            if is_percent(spans[other]):
                continue  # `1 200 голосов (30%)`: a share, not a count
            figure = facts(spans[other])
            if part_of[other] is not None or figure.get('unit') or figure.get('qualifier') not in (None, 'exact') \
                    or is_times(spans[other]):
                break
            run.append(other)
            amount += value(spans[other])
        if run and rest > 0 and amount == rest:
            for other in run:
                part_of[other] = total


def sibling_parts(spans, part_of):
    """The figures after a known part in its sentence, or filling the next sentence, like it and free, are
    parts of its total when all the parts together stay within it: `на нефть пришлось 31,6 млрд долларов, или
    54%, на металлы – 9,8 млрд долларов`; `На образование – 168 млрд тенге. На здравоохранение – 54 млрд тенге,
    на дороги – 39 млрд тенге.` after expenses of 501,9 млрд."""
    firsts = sentence_firsts(spans)
    for index, span in enumerate(spans):
        total = part_of[index]
        if total is None or is_percent(span) or total > index:
            continue
        first = firsts[index]
        here = [other for other in range(index + 1, len(spans)) if firsts[other] == first]
        following = here[-1] + 1 if here else index + 1
        nxt = [other for other in range(following, len(spans)) if firsts[other] == following]
        candidates = [other for other in here if not is_percent(spans[other])]
        if len(nxt) >= 2 and all(same_kind(spans[other], span) and part_of[other] is None for other in nxt):
            candidates += nxt
        run = [other for other in candidates if part_of[other] is None and like_part(spans[other], span)
               and facts(spans[other]).get('qualifier') in (None, 'exact')]
        if not run or len(run) < len([other for other in candidates if not is_percent(spans[other])]):
            continue  # a figure of another kind between: no list of parts
        known = sum(value(spans[other]) for other, whole in enumerate(part_of)
                    if whole == total and not is_percent(spans[other]))
        if known + sum(value(spans[other]) for other in run) <= value(spans[total]):
            for other in run:
                part_of[other] = total


def like_part(other, part):
    """Of the kind of a known part, or both bare numbers: `212 – руководители, 96 – сотрудники полиции`."""
    return same_kind(other, part) or (bare(other) and bare(part))


def bare(span):
    return not facts(span).get('object') and not facts(span).get('unit')


MIN_NAMED = 2  # bare numbers of a sentence that make a breakdown of the noun it names


def named_bare_parts(spans, part_of):
    """Bare numbers of a sentence that names, before them, the noun of an earlier count (the nearest, a few
    sentences back), together no more than it: its breakdown. `Построят 210 школ. Больше всего новых школ
    появится в Туркестанской области – 84, в Алматинской – 37 и в Шымкенте – 29.`"""
    firsts = sentence_firsts(spans)
    sentence_numbers = {}
    for span in spans:
        sentence_numbers.setdefault(sent_start(span), len(sentence_numbers))
    for first in sorted(set(firsts)):
        members = [other for other in range(first, len(spans)) if firsts[other] == first]
        members = [other for other in members if bare(spans[other]) and part_of[other] is None
                   and facts(spans[other]).get('qualifier') in (None, 'exact') and not is_change(spans[other])]
        if len(members) < MIN_NAMED or not first:
            continue
        doc, sentence = spans[first].doc, sentence_of(spans[first])
        named = {parsed.normal_form for token in doc[sentence.start:spans[members[0]].start] if token.is_alpha
                 for parsed in parse(token.text)[:2] if parsed.tag.POS == 'NOUN'}
        total = next((other for other in range(first - 1, -1, -1)
                      if facts(spans[other]).get('object') in named and not facts(spans[other]).get('unit')), None)
        if total is None or part_of[total] is not None or is_times(spans[total]) \
                or facts(spans[total]).get('qualifier') not in (None, 'exact') \
                or sentence_numbers[sentence.start] - sentence_numbers[sent_start(spans[total])] > SUM_SENTENCES:
            continue
        # the item that names the noun is a part too: `Больше всего – 940 квартир – досталось ..., 610 – ...`
        members += [other for other in range(first, len(spans)) if firsts[other] == first and part_of[other] is None
                    and other not in members and same_kind(spans[other], spans[total])
                    and facts(spans[other]).get('qualifier') in (None, 'exact')]
        if sum(value(spans[other]) for other in members) <= value(spans[total]):
            for other in members:
                part_of[other] = total


MAX_FOLLOWING_SENTENCES = 3  # how many sentences after a total its parts may run on


def following_parts(spans, part_of):
    """The figures in the sentences right after a total, sentence after sentence, all of its kind (money of
    money, a count of its noun, people of people), two or more in the first of those sentences, each smaller
    and together no more than it: its breakdown told with no cue.
        `Выручка составила 4,1 трлн тенге. На сегмент переработки пришлось 2,6 трлн тенге, на разведку и
        добычу – 1,2 трлн тенге.`
        `В программу ремонта вошли 74 участка. Работы завершены на 52 участках, еще на 15 участках ...`
        `выплаты получили 1,24 млн казахстанцев. ... назначены 186 тыс. женщинам, ... – 312 тыс. получателям.
        Еще 94 тыс. человек ...`
    A run stops at the first figure of another kind or a bare number (`24,98 % (442 478 голосов) 3.`: a list
    item's number), shares, sizes of a change, ages and terms passed over, and before a sentence that would overrun the
    total. One figure alone after a total is a figure of its own (`Экспорт 58 млрд долларов. Импорт достиг 39
    млрд долларов`), and so are counts that overlap (`120 школ. В 45 школах есть спортзалы, в 90 – столовые`)."""
    firsts = sentence_firsts(spans)
    opening = defaultdict(list)  # sentence start -> its figures, in order (not a scan of all after each)
    for index, span in enumerate(spans):
        opening[sent_start(span)].append(index)
    for index, total in enumerate(spans):
        whole = value(total)
        if part_of[index] is not None or not (is_money(total) or counted(total)) or is_change(total) \
                or facts(total).get('qualifier') not in (None, 'exact') \
                or any(same_kind(spans[other], total) for other in range(index + 1, len(spans))
                       if firsts[other] == firsts[index]) or largest_first(total):
            continue  # a later sum in its sentence is the nearer total; `Больше всего ... 96 домов` is a part
        run, amount, end = [], 0, sent_end(total)
        people = lambda other: counts_people(spans[other]) and counts_people(total)  # noqa: E731
        for _ in range(MAX_FOLLOWING_SENTENCES):
            sentence = [other for other in opening.get(end, ()) if other > index]
            if not sentence:
                break  # the parts follow sentence after sentence
            taken, stop = [], False
            for other in sentence:
                if is_percent(spans[other]) or is_change(spans[other]) or is_period(spans[other]):
                    continue  # `по уходу за ребенком до полутора лет – 312 тыс. получателям`: an age, no part
                if part_of[other] not in (None, index) \
                        or not (same_kind(spans[other], total) or people(other) or dashed_sibling(spans, taken, other)) \
                        or facts(spans[other]).get('qualifier') not in (None, 'exact') \
                        or not 0 < value(spans[other]) < whole or flow_mismatch(spans[other], total):
                    stop = True
                    break
                taken.append(other)
            if not taken and not stop and not run:
                # `отремонтировано 388 км. План выполнен на 92%. Средний ремонт был проведен на 250 км, капитальный
                # – на 138 км`: a sentence of shares or changes only tells of the total, its parts come after it
                end = sent_end(spans[sentence[-1]])
                continue
            more = sum(value(spans[other]) for other in taken)
            if amount + more > whole:
                break  # `Выручка 512 млрд. Расходы 480 млрд, прибыль 96 млрд`: figures of their own, no parts
            if not run and len(taken) < 2:
                break
            run, amount = run + taken, amount + more
            if stop:
                break
            end = sent_end(spans[sentence[-1]])
        run = [other for other in run if part_of[other] is None]
        if len(run) >= 2 and not by_year(spans, [index] + run):
            for other in run:
                part_of[other] = index


def dashed_sibling(spans, taken, index):
    """A part with its noun left out after a dash, following a part taken in its sentence (`Городское население
    насчитывает 12,8 млн человек, сельское – 7,5 млн`) or in a sentence opening on its largest part
    (`Больше всего отказов зарегистрировано в Сарыагашском районе – 1 900, в Келесском районе – 1 100`)."""
    span = spans[index]
    return is_elliptic(span) and span.start > 0 and span.doc[span.start - 1].text in ('–', '—') \
        and (bool(taken) and same_sentence(spans, taken[-1], index) or largest_first(span))


# a sentence opening on the largest part of a total: `Больше всего болельщиков собрала «Астана» – 148 тыс.`
LARGEST = (('больше', 'всего'), ('больше', 'всех'), ('меньше', 'всего'), ('наибольшее', 'число'),
           ('наибольшее', 'количество'))
MAX_LARGEST_START = 3  # words before the cue: `В этом году больше всего`


def largest_first(span):
    """The span's sentence opens with `Больше всего` or the like."""
    start = sent_start(span)
    opening = [token.lower_ for token in span.doc[start:min(span.start, start + MAX_LARGEST_START + 2)]]
    return any(tuple(opening[at:at + 2]) == cue for at in range(MAX_LARGEST_START + 1) for cue in LARGEST)


def counted(span):
    """A count of a noun that may have parts: not how often, not under ten."""
    return bool(facts(span).get('object')) and not facts(span).get('unit') and not is_times(span) \
        and value(span) >= MIN_SUM


# `выделено 132 млрд тенге, освоено 118 млрд тенге`: the money set aside, then the part of it used
ALLOCATED = ('выдел', 'предусмотр', 'заложен', 'заложил', 'запланирова')
USED = ('освоен', 'освоил', 'освоят', 'израсход', 'использован', 'использовал', 'потрачен', 'потратил')


def spent_parts(spans, part_of):
    """`На закупку выделено 132 млрд тенге, освоено 118 млрд тенге`; `предусмотрено 800 млн тенге, фактически
    израсходовано 640 млн тенге`: money used, right after the money set aside in its sentence and no more than
    it, is a part of it."""
    for index in range(1, len(spans)):
        total, span = index - 1, spans[index]
        if part_of[index] is not None or not same_sentence(spans, total, index) \
                or not (is_money(span) and same_kind(span, spans[total])) or not value(span) <= value(spans[total]):
            continue
        before = words(span.doc[sent_start(span):spans[total].start])
        gap = words(between(spans, total, index))
        if any(word.startswith(ALLOCATED) for word in before[-4:]) and any(word.startswith(USED) for word in gap):
            part_of[index] = total
