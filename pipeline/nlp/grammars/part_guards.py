"""Links the part rules (grammars/links.py, breakdowns.py) make that a figure's own words rule out: money is no
part of a count of things, a sum paid or costing each is no part of a sum, a capacity is no part of a count of
other things, and after a cue's part in the total's measure a figure of another noun is no part at all; nor does a
headline's figure, a price per unit, a plan given to compare, a distance, a value on a scale, an average or a rate
per a round number of people add up."""

from pipeline.nlp.doc import doc_text, sent_end, sent_start
from pipeline.nlp.morph import parse

from pipeline.nlp.grammars.described import in_rate, is_capacity
from pipeline.nlp.grammars.figure_facts import (
    BOUNDARIES, clause_before, facts, is_compared, is_elliptic, is_money, is_percent, same_kind, same_sentence, value,
    words)
from pipeline.nlp.grammars.part_nouns import noun_total

# `3 томографа стоимостью 450 млн тенге каждый`: the price of one of the things, no part of a sum
EACH = frozenset({'каждый', 'каждая', 'каждое', 'каждого', 'каждой', 'каждому', 'каждом', 'каждым', 'каждую'})
MAX_CAPACITY_BACK = 12  # figures back a capacity's own total may stand: `больница на 300 коек. ... на 24 койки`


# `Численность населения составила 20 млн человек. За год родились 372 тыс. детей` (`Естественный прирост`),
# `было 20 школ. В 2024 году открыто 8 школ`: things or people coming or going, a flow into the stock counted
# before, none of its parts; and the parts of a flow (`открыто 120 школ`) tell the same flow
FLOWS = ('родил', 'родив', 'рожд', 'умер', 'смерт', 'скончал', 'открыт', 'открыл', 'открыв', 'закрыт', 'закрыл',
         'закрыв', 'новы', 'новог', 'новое', 'новой', 'нову', 'введен', 'введён', 'ввел', 'ввод', 'постро', 'появил',
         'прибавил', 'снесен', 'снесён', 'выбыл', 'прирост', 'убыл')
# `родились 372 тыс. детей, умерли 131 тыс. человек`: what comes in and what goes out, neither a part of the other
# (births less deaths make the natural increase, no breakdown of the births)
INFLOWS = ('родил', 'родив', 'рожд', 'прибыл', 'приехал', 'въехал')
OUTFLOWS = ('умер', 'умир', 'смерт', 'скончал', 'выбыл', 'уехал', 'выехал')


def tells_flow(span):
    """A word of the span's sentence tells things or people coming or going."""
    return any(word.startswith(FLOWS) for word in words(span.doc[sent_start(span):sent_end(span)]))


def flow_mismatch(part, total):
    """A count of things or people coming or going (`родились 372 тыс. детей`, `открыто 8 школ`) after a count
    whose sentence tells no such flow, or the other way round (`Построено 30 школ. ... 8 школ получили
    компьютеры`): no part of the count, a stock and what flows into it. Measures are laid or built alike
    (`Проложено 740 км сетей. ... построено 160 км`)."""
    return facts(total).get('kind') == 'count' and tells_flow(part) != tells_flow(total)


def clause_words(span):
    """The words of the span's clause: from the boundary before it to the one after it in its sentence."""
    doc, start, end = span.doc, span.start, span.end
    while start > sent_start(span) and doc[start - 1].text not in BOUNDARIES:
        start -= 1
    while end < sent_end(span) and doc[end].text not in BOUNDARIES:
        end += 1
    return words(doc[start:end])


def flow_of(span):
    """'in' when the span's clause tells people or things coming (`родились`), 'out' going (`умерли`), else None."""
    clause = clause_words(span)
    if any(word.startswith(INFLOWS) for word in clause):
        return 'in'
    return 'out' if any(word.startswith(OUTFLOWS) for word in clause) else None


def opposite_flows(part, total):
    """The part's clause tells a flow opposite to the total's: `родились 372 тыс. детей, умерли 131 тыс. человек`."""
    flows = {flow_of(part), flow_of(total)}
    return flows == {'in', 'out'}


# `312 тенге за кубометр`, `прибавило почти 6 тенге за литр`, `литр АИ-92 стоит 236 тенге`: the price of one unit
# of a good, which never adds up with other prices
UNITS = ('литр', 'кубометр', 'кубическ', 'гигакалори', 'гкал', 'киловатт', 'квт', 'тонну', 'килограмм', 'кг',
         'баррел', 'штуку', 'квадратный', 'метр', 'мегаватт')


def is_unit_price(span):
    """Money in a sentence that prices one unit of a good: `за` and a unit (`за литр`, `за гигакалорию`,
    `за квадратный метр`) or the unit itself in the nominative (`литр бензина стоит 236 тенге`)."""
    if not is_money(span):
        return False
    sentence = words(span.doc[sent_start(span):sent_end(span)])
    return any(word == 'за' and following.startswith(UNITS) for word, following in zip(sentence, sentence[1:])) \
        or any(word in ('литр', 'кубометр') for word in sentence)


def in_headline(span):
    """The span stands in a title line over the text: the document's first line, ending with no stop."""
    text = doc_text(span.doc)  # spaCy joins a Doc's tokens on every `doc.text`
    line_end = text.find('\n')
    return line_end > 0 and span.start_char < line_end and not text[:line_end].rstrip().endswith(('.', '!', '?', '…'))


# `в 38 км к юго-востоку от Алматы`, `в 12 км от города`: how far a place is, a distance no other length adds up to
# (`Очаг залегал на глубине около 12 км`); `магнитудой 3,1`: a value on a scale, no count of anything
DIRECTIONS = ('север', 'юг', 'запад', 'восток', 'юго', 'северо')
SCALES = ('магнитуд', 'балл')


def is_distance(span):
    """A length right after `в` and before `от` or `к` and a direction: `в 38 км к юго-востоку от Алматы`."""
    doc = span.doc
    after = words(doc[span.end:min(sent_end(span), span.end + 3)])
    return facts(span).get('kind') == 'measure' and span.start > 0 and doc[span.start - 1].lower_ == 'в' \
        and bool(after) and (after[0] == 'от' or (after[0] == 'к' and len(after) > 1 and after[1].startswith(DIRECTIONS)))


def on_scale(span):
    """A bare number right after a noun of a scale: `самый сильный из них имел магнитуду 3,1`."""
    doc = span.doc
    return not facts(span).get('unit') and facts(span).get('object') is None and span.start > 0 \
        and doc[span.start - 1].lower_.startswith(SCALES)


# `Средняя посещаемость составила 5 600 человек за игру`, `в среднем 14 пациентов на одного врача`: an average,
# the figure of one game or one person, no part of a sum
AVERAGE = ('средн',)
PER_ONE = (('на', 'одного'), ('на', 'одну'), ('на', 'душу'), ('за', 'игру'), ('за', 'матч'))
MAX_AVERAGE_BACK = 4  # words back `в среднем`, `средняя` may stand: `Средняя посещаемость составила`


def is_average(span):
    """An average: a clause opening on `средн...` a few words before the figure, `в среднем` before it, or `на
    одного`, `за игру` after it."""
    doc = span.doc
    start = span.start
    while start > max(sent_start(span), span.start - MAX_AVERAGE_BACK) and doc[start - 1].text not in BOUNDARIES:
        start -= 1
    after = tuple(words(doc[span.end:min(sent_end(span), span.end + 2)]))
    before = words(doc[start:span.start])
    # the clause opens on it (`Средняя зарплата составила`; not `на кредиты малому и среднему бизнесу пришлось`)
    opens = bool(before) and before[0].startswith(AVERAGE)
    return opens or ('в', 'среднем') in zip(before, before[1:]) or after in PER_ONE


SCALE_WORDS = ('млрд', 'млн', 'трлн')


def money_like(spans, index):
    """Money, or a sum whose unit is left out after money in its sentence: `41 млрд тенге направят на прикладные
    исследования, 33 млрд – на фундаментальные`."""
    span = spans[index]
    if is_money(span):
        return True
    scaled = any(word.startswith(SCALE_WORDS) for word in words(span))  # not `30 объектов на 8 млрд тенге, 11 из них`
    return scaled and not facts(span).get('unit') and facts(span).get('object') is None and index > 0 \
        and same_sentence(spans, index - 1, index) and is_money(spans[index - 1])


# `сдано 356 тыс. кв. м, или 85% от плана`, `выполнив 92% плана`: what was done measured against a plan
AGAINST_PLAN = frozenset({'плана', 'планового', 'запланированного'})


def against_plan(span):
    """The span's sentence measures what was done against a plan: `или 85% от плана`, `92% плана`."""
    return any(word in AGAINST_PLAN for word in words(span.doc[sent_start(span):sent_end(span)]))


def each_sum(span):
    """Money said of each one: `по 15 млн тенге`, `450 млн тенге каждый`."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ''
    after = doc[span.end].lower_ if span.end < len(doc) else ''
    return is_money(span) and (before == 'по' or after in EACH)


MAX_EARLIER_TOTAL = 12  # figures back the total of a plan's would-be parts may stand


def earlier_total(spans, part_of, total):
    """The nearest figure before `total` of its kind, free, exact, no plan given to compare nor the size of a
    change, at least the sum of the parts linked to `total`; None when there is none."""
    parts = sum(value(spans[other]) for other in range(total + 1, len(spans))
                if part_of[other] == total and not is_percent(spans[other]))
    for other in range(total - 1, max(-1, total - 1 - MAX_EARLIER_TOTAL), -1):
        candidate = spans[other]
        if not same_kind(candidate, spans[total]) or part_of[other] is not None \
                or facts(candidate).get('qualifier') not in (None, 'exact') or is_compared(candidate) \
                or facts(candidate).get('kind') == 'change':
            continue
        if value(candidate) >= parts:
            return other
    return None


def is_count(span):
    """A count of things or people: no unit, no share."""
    return not facts(span).get('unit') and not is_percent(span)


# `212 рейсов в неделю ... ежедневно отправляются одиннадцать рейсов`: figures told per another period add up to
# nothing of each other
EVERY = (('ежедневн', 'day'), ('ежесуточн', 'day'), ('еженедельн', 'week'), ('ежемесячн', 'month'), ('ежегодн', 'year'))
PER = {('в', 'день'): 'day', ('в', 'сутки'): 'day', ('в', 'неделю'): 'week', ('в', 'месяц'): 'month', ('в', 'год'): 'year'}


def told_per(span):
    """The period the figure's clause tells it per (`ежедневно`, `в неделю`, `два ежедневных рейса`), else None."""
    clause = clause_words(span)
    for word in clause:
        for stem, period in EVERY:
            if word.startswith(stem):
                return period
    return next((PER[pair] for pair in zip(clause, clause[1:]) if pair in PER), None)


def per_other_period(part, total):
    """Both figures are told per a period, and the periods differ."""
    told, whole = told_per(part), told_per(total)
    return told is not None and whole is not None and told != whole


# `Многоэтажек сдано двадцать восемь, самая высокая из них – 22 этажа`: a measure of the one thing a superlative
# picks out of them, no part
# (a list, not the lemma: pymorphy3's first parse of самого and самой is сам)
SUPERLATIVE_WORDS = frozenset({'самый', 'самая', 'самое', 'самые', 'самых', 'самого', 'самой'})


def picked_out(span):
    """The figure's clause picks one of the things before out by a superlative: `самая высокая из них –`,
    `крупнейший из них`."""
    clause = clause_before(span)  # up to the comma before it: `, самая высокая из них – 22 этажа`
    if 'из' not in clause:
        return False
    before = clause[:clause.index('из')]
    return any(word in SUPERLATIVE_WORDS or any('Supr' in parsed.tag for parsed in parse(word)[:1])
               for word in before if word.isalpha())


def guard_parts(spans, part_of):
    """Unlink (or relink) the parts in `part_of` that their words rule out, in place."""
    relinked = {}  # a plan given to compare -> the earlier total its parts go to
    for index, span in enumerate(spans):
        total = part_of[index]
        if total is None:
            continue
        whole = spans[total]
        if money_like(spans, index) and is_count(whole) and not is_money(whole):
            # `9 400 комбайнов, из них 1 120 приобретены ... на сумму 62 млрд тенге`: the cost of the part
            part_of[index] = None
        elif (is_unit_price(span) or is_unit_price(whole)) and not same_sentence(spans, total, index):
            # a price told in parts in its own sentence stays (`318 тенге за литр, из них 40 тенге – акциз`);
            # `Тариф повысится до 5 630 тенге за гигакалорию. Горячая вода будет стоить 312 тенге за кубометр`
            part_of[index] = None
        elif in_headline(whole) and not in_headline(span):
            # `Мангистау: 1,2 млн туристов за сезон` over the text: the body tells its own total, the headline's
            # figure sums up none of the body's parts
            part_of[index] = None
        elif is_distance(whole) or is_distance(span) or on_scale(span) or is_average(span) \
                or in_rate(spans, index) or in_rate(spans, total):
            # `Заболеваемость достигла 84 случаев на 10 тыс. жителей` after `зарегистрировано 11,8 тыс. случаев`:
            # a rate is told per a round number of people, no part of a count nor a total of one
            part_of[index] = None
        elif against_plan(span) and not same_sentence(spans, total, index):
            # `планировалось ввести 420 тыс. кв. м. ... сдано 356 тыс. кв. м, или 85% от плана`: progress against
            # the plan told before, no part of it
            part_of[index] = None
        elif is_compared(whole):
            # `В Астане введено 2,1 млн кв. м. При плане 2,7 млн кв. м ... По районам: Есильский – 820 тыс. кв. м`:
            # the figures done are measured against a plan, not parts of it, but of the nearest earlier total that
            # can hold them all (a figure of its kind, no plan given to compare), if there is one
            if total not in relinked:  # one total for all its parts, found before any is moved
                relinked[total] = earlier_total(spans, part_of, total)
            part_of[index] = relinked[total]
        elif per_other_period(span, whole) or picked_out(span):
            # `212 рейсов в неделю ... ежедневно отправляются одиннадцать рейсов`: told per another period;
            # `Многоэтажек сдано двадцать восемь, самая высокая из них – 22 этажа`: the one a superlative picks out
            part_of[index] = None
        elif each_sum(span):
            # `Призовой фонд составил 180 млн тенге: каждый победитель получит по 15 млн тенге`
            part_of[index] = None
        elif is_capacity(span) and not same_kind(span, whole):
            # `больницы на 300 коек. ... 12 отделений, в том числе реанимацию на 24 койки`: beds of the beds
            part_of[index] = next((other for other in range(index - 1, max(-1, index - 1 - MAX_CAPACITY_BACK), -1)
                                   if same_kind(spans[other], span) and value(spans[other]) > value(span)), None)
        elif is_count(span) and not is_elliptic(span) and not same_kind(span, whole) and any(
                part_of[other] == total and same_kind(spans[other], whole) and same_sentence(spans, other, index)
                for other in range(total + 1, index)):
            # `126 км трассы, из них 48 км расширены до четырех полос`: the cue's part is in the total's measure,
            # a count of another noun after it says something of that part
            part_of[index] = None
        elif noun_total(spans, index, total) != total:
            # `1 120 квартир общей площадью 71,5 тыс. квадратных метров. Из этих квартир 380 ...`: the part counts
            # what an earlier figure counts, not the area; a count of things is no part of a measure or a sum
            part_of[index] = noun_total(spans, index, total)
