"""Which figure is a part of which total, and which figure describes which: `part_of` and `with`.

    `86 человек, в том числе 17 детей`                  17 part_of 86       (a cue: в том числе, из них, ...)
    `два из 11 корпусов`                                два part_of 11
    `5 167 избирателей ..., явка составила 61,4%`       61,4% part_of 8 412 (a share: 5 167 / 8 412 = 61,4%)
    `100 мероприятий (6 тысяч участников)`              6 тысяч with 100    (people in brackets after a count)
    `14 участках общей протяженностью 1 600 км`         1 600 км with 14    (a measure of the counted things)

    `9,4 млрд тенге: 7,1 млрд ..., 2,3 млрд – из местного`  7,1 млрд part_of 9,4 млрд (parts that add up to it)
    `построено 120 школ: в Туркестанской области – 30 школ`  30 школ part_of 120 школ (a colon or dash after a total)
    `120 мероприятий, в которых приняли участие 6 тысяч человек`  6 тысяч with 120 (a coverage word between)
    `200 км дорог за 24 млрд тенге`, `Стоимость 40 трамваев составила 32 млрд`  the money with the count
    `компенсацию по 10 млн тенге` after `12 погибших`      10 млн with 12 (money paid each)
    `18 лотов. По 15 лотам ... Еще 3 лота`                 3 part_of 18 (one more part after a part: grammars/more.py)

The `with` rules are in grammars/described.py. Links are indexes into the document's list of figure spans
(doc order), None where there is none;
`figure_links` returns one (part_of, with) pair per figure.

The rules kept and left out, with the figures that decided each, are in docs/links-log.md:
read it before trying a link rule again.
"""

from pipeline.nlp.morph import parse
from pipeline.nlp.doc import sent_start

from pipeline.nlp.grammars.aims import aim_links
from pipeline.nlp.grammars.bracketed import bracketed_parts
from pipeline.nlp.grammars.breakdowns import (
    breakdown_parts, closing_parts, colon_parts, following_parts, named_bare_parts, rest_cue_parts, rest_parts,
    sibling_parts, spent_parts, sum_after_parts, sum_parts)
from pipeline.nlp.grammars.budgets import budget_item_parts
from pipeline.nlp.grammars.cues import (
    among_people_parts, cue_before, cue_parts, done_participle_parts, like_cue_parts, opening_of_them_parts)
from pipeline.nlp.grammars.delegations import delegation_parts
from pipeline.nlp.grammars.ledes import lede_parts
from pipeline.nlp.grammars.more import more_parts
from pipeline.nlp.grammars.described import described_links
from pipeline.nlp.grammars.largest import largest_parts
from pipeline.nlp.grammars.onthem import on_them_links
from pipeline.nlp.grammars.part_guards import guard_parts
from pipeline.nlp.grammars.shares import (
    counted_noun_shares, counted_total_shares, named_share_parts, pointed_share_parts, share_amount_parts, share_parts,
    unpoint_each_shares)
from pipeline.nlp.grammars.takenup import (
    clause_pointer_links, done_links, each_of_them_links, named_for_links, participant_links, spent_on_links, taken_up_links,
    works_links)
from pipeline.nlp.grammars.figures.verbs import COMPARATIVES
from pipeline.nlp.grammars.figure_facts import (
    BOUNDARIES, QUOTES, between, facts, in_difference, is_adjective, is_elliptic, is_percent, is_times, same_kind,
    same_sentence, value, words)


def bare_total(part, total):
    """`подготовлены 212 котельных из 219`, `выиграла 29 матчей из 56`: a bare number after `из` and a count of
    things, larger than it: how many there are of the part's things (its noun is taken from the part later)."""
    return not facts(part).get('unit') and not facts(total).get('unit') and facts(part).get('object') is not None \
        and facts(total).get('object') is None and value(part) < value(total)


# `42 балла из 49 возможных`: a score out of the most a scale gives, no part of a whole (but `115 делегатов из 207
# возможных`, `сыграл в 268 играх из 410 возможных` count some of the things there were)
POSSIBLE = frozenset({'возможных', 'возможного', 'возможной', 'максимально', 'максимальных', 'максимального'})
SCORES = frozenset({'балл', 'очко'})


def out_of_possible(part, total):
    """`total` is the top of a scale the score `part` is told out of: `42 из 49 возможных`, `38 баллов из 40
    возможных` (a score: a number alone or points)."""
    doc = total.doc
    score = facts(part).get('object') in SCORES or not (facts(part).get('object') or facts(part).get('unit'))
    return score and total.end < len(doc) and doc[total.end].lower_ in POSSIBLE


def from_parts(spans, part_of):
    """`два из 11 корпусов`; `Из 13 боксеров, приехавших ..., девять вернулись`."""
    for index in range(len(spans) - 1):
        following = index + 1
        if not same_sentence(spans, index, following) or part_of[index] is not None:
            continue
        if words(between(spans, index, following)) == ['из'] and not out_of_possible(spans[index], spans[following]) and (
                is_elliptic(spans[index]) or same_kind(spans[index], spans[following])
                or bare_total(spans[index], spans[following])):
            part_of[index] = following
    for index, span in enumerate(spans):
        # `Экзамен сдавали 2 000 выпускников, 1 800 из них прошли`: the count before it in the sentence
        after = words(span.doc[span.end:span.end + 2])
        if after not in (['из', 'них'], ['из', 'которых']) or part_of[index] is not None or not index \
                or not same_sentence(spans, index - 1, index):
            continue
        total = index - 1
        # `800 заявок, около 70% из них`: a share of the count
        like = (same_kind(span, spans[total]) or is_elliptic(span)) and value(span) < value(spans[total])
        if (is_percent(span) or like) and not is_percent(spans[total]) and not is_times(spans[total]):
            part_of[index] = total
    for index, span in enumerate(spans):
        doc = span.doc
        # `Из 13 боксеров, ...` at the start of a sentence or a clause, or after an opening quote: `«Из 13 ...`;
        # or a participle between (`Из запланированных к вводу 40 школ построено 28`: from_phrase)
        at = from_phrase(span)
        opens = at is not None and (at == sent_start(span) or doc[at - 1].text in BOUNDARIES | QUOTES)
        if not opens or index + 1 >= len(spans):
            continue
        # the parts that follow in the sentence, each like it or a share of it, together no more than it:
        # `Из 500 опрошенных 60% поддержали`, `Из 120 млрд тенге на школы пойдет 40 млрд, на больницы – 50 млрд`
        amount = 0
        for following in range(index + 1, len(spans)):
            part = spans[following]
            if not same_sentence(spans, index, following) or part_of[following] is not None:
                break
            if is_percent(part) and not is_percent(span) and following == index + 1:
                part_of[following] = index
                break
            if not (is_elliptic(part) or same_kind(part, span)) or amount + value(part) > value(span):
                break
            amount += value(part)
            part_of[following] = index


MAX_FROM_PHRASE = 5  # words between `из` and its total: `из выделенных на ремонт школ`


def from_phrase(span):
    """The index of the `из` the total `span` follows: right before it (`Из 13 боксеров`), or before a participle
    in the genitive plural that the total's noun phrase opens with and its complements (`из выделенных на объекты
    1,8 млрд тенге`, `Из запланированных к строительству 22 объектов`); else None. A genitive noun right before
    the figure closes a phrase of its own, the figure then is the part: `Из дополнительных средств 9,2 млрд`."""
    doc = span.doc
    start = sent_start(span)
    if span.start > start and doc[span.start - 1].lower_ == 'из':
        return span.start - 1
    if span.start - 1 <= start or genitive_noun(doc[span.start - 1].text):
        return None
    for at in range(span.start - 2, max(start, span.start - 2 - MAX_FROM_PHRASE) - 1, -1):
        if doc[at].text in BOUNDARIES:
            return None
        if doc[at].lower_ == 'из':
            following = parse(doc[at + 1].text)[:1]
            return at if following and following[0].tag.POS == 'PRTF' and 'gent' in following[0].tag \
                and 'plur' in following[0].tag else None
    return None


def genitive_noun(word):
    """`средств`, `сумм`: a noun whose likeliest reading is the genitive."""
    parsed = parse(word)[:1]
    return bool(parsed) and parsed[0].tag.POS == 'NOUN' and 'gent' in parsed[0].tag


def part_objects(spans, links):
    """The object of each figure, a part whose counted noun is left out taking its total's:
    `12 картин, в том числе 4 анимационных` counts 4 films, not 4 `анимационный`;
    `42 человека, из них 30 – представители партий` counts 30 people; or, the part after a part of the same
    total in its sentence, that part's noun (the nearer one the ellipsis repeats): `обслужено 11 млн пассажиров:
    на международных рейсах – 6,1 млн человек, на внутренних – 5,1 млн` counts 5,1 млн people."""
    objects = [facts(span).get('object') for span in spans]
    for index, (total, _) in enumerate(links):
        noun, whole = objects[index], total is not None and facts(spans[total]).get('object')
        if not whole or facts(spans[index]).get('unit') or is_adjective(whole.split()[-1]):
            continue
        if not noun or is_adjective(noun.split()[-1]):
            sibling = objects[index - 1] if index and links[index - 1][0] == total \
                and same_sentence(spans, index - 1, index) and not facts(spans[index - 1]).get('unit') else None
            objects[index] = sibling if sibling and not is_adjective(sibling.split()[-1]) else whole
    return objects


def figure_links(spans):
    """[(part_of, with)] for the figure spans of one document, in doc order: indexes into `spans` or None."""
    with_of = described_links(spans)
    part_of = [None] * len(spans)
    cue_parts(spans, part_of, with_of)
    among_people_parts(spans, part_of)
    like_cue_parts(spans, part_of)
    from_parts(spans, part_of)
    done_participle_parts(spans, part_of)
    opening_of_them_parts(spans, part_of, with_of)
    spent_parts(spans, part_of)
    share_parts(spans, part_of)
    sum_parts(spans, part_of, with_of)
    sum_after_parts(spans, part_of)
    closing_parts(spans, part_of, with_of)
    rest_cue_parts(spans, part_of)
    colon_parts(spans, part_of)
    breakdown_parts(spans, part_of)
    named_bare_parts(spans, part_of)
    bracketed_parts(spans, part_of)
    rest_parts(spans, part_of)
    named_share_parts(spans, part_of)
    counted_total_shares(spans, part_of)
    counted_noun_shares(spans, part_of)
    share_amount_parts(spans, part_of)
    pointed_share_parts(spans, part_of)
    sibling_parts(spans, part_of)
    budget_item_parts(spans, part_of)
    following_parts(spans, part_of)
    delegation_parts(spans, part_of)
    taken_up_links(spans, part_of, with_of)
    on_them_links(spans, part_of, with_of)
    clause_pointer_links(spans, part_of, with_of)
    spent_on_links(spans, with_of)
    participant_links(spans, with_of)
    done_links(spans, with_of)
    named_for_links(spans, with_of)
    works_links(spans, part_of, with_of)
    each_of_them_links(spans, part_of, with_of)
    aim_links(spans, part_of, with_of)
    lede_parts(spans, part_of, with_of)
    more_parts(spans, part_of)
    largest_parts(spans, part_of)
    guard_parts(spans, part_of)
    unpoint_each_shares(spans, part_of)
    for index, span in enumerate(spans):
        if part_of[index] is not None and (in_difference(span) or compares(span)) and cue_before(span) is None:
            part_of[index] = None  # `Экономия составила 1,6 млрд тенге, или 13,6%`: no part, no share of a total
    return list(zip(part_of, with_of))


def compares(span):
    """The figure is the size of a difference, `на` before it and a comparative after it (`провели 1 500
    операций – на двести больше, чем год назад`): how much more, no part of the figure it compares."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ''
    return (before == 'на' or span[0].lower_ == 'на') and span.end < len(doc) and doc[span.end].lower_ in COMPARATIVES
