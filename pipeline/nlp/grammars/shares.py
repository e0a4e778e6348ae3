"""Shares of a total (`part_of` of a percentage, and of the amount beside it): a share computed from two figures
of its sentence, a share naming its total by a noun of an earlier sentence, a share of things or people counted in
an earlier sentence, the amount after a share and `или`.
The rules kept and left out are listed in docs/links-log.md."""

import re

from pipeline.nlp.grammars.figure_facts import (
    between, facts, is_change, is_percent, same_kind, same_sentence, sentence_firsts, value, words)
from pipeline.nlp.morph import parse
from pipeline.nlp.doc import sent_end, sent_start, sentence_of

PERIODS_AND_TIMES = frozenset({'год', 'месяц', 'неделя', 'день', 'раз'})
NUMBER = re.compile(r'\d+(?:[,.](\d+))?')


def decimals(span):
    match = NUMBER.search(span.text)
    return len(match.group(1)) if match and match.group(1) else 0


def share_parts(spans, part_of):
    """A percentage that is the share of one figure in another: `явка составила 61,4%` after
    `внесено 8 412 человек, бюллетени получили 5 167` (5 167 / 8 412 = 61,4%): both are parts of 8 412.
    The total may stand anywhere before in the document (a budget's expenses in its first lines, then
    `на здравоохранение – 58 млрд тенге, или 12,5% всех расходов`); a share exact to its last decimal and
    the same unit (money of money) keep chance matches out."""
    starts = [sent_start(span) for span in spans]
    values = [facts(span).get('value') or 0 for span in spans]
    units = [facts(span).get('unit') for span in spans]
    for index, span in enumerate(spans):
        if units[index] != '%' or part_of[index] is not None or not values[index] or is_change(span):
            continue  # `Цены поднялись на 0,8%`: the size of a change, no share (16,2 of 2 035 is 0,8% by chance)
        # the last figure before the share in its sentence that is not a percentage: the part
        part = next((other for other in range(index - 1, -1, -1) if starts[other] != starts[index]
                     or units[other] != '%'), None)
        if part is None:
            continue
        if starts[part] != starts[index] and not (decimals(span) and opens_after(spans, part, index)):
            # `В голосовании приняли участие 37 260 избирателей. Явка составила 63,8%.`: a share with a decimal
            # opening the sentence right after its part (37 260 / 58 400 = 63,8%)
            continue
        piece, unit = values[part], units[part]
        tolerance = 0.5 * 10 ** -decimals(span) + 1e-9
        for total in reversed(range(index)):
            if total == part or units[total] != unit:
                continue
            whole = values[total]
            if whole > piece > 0 and abs(100 * piece / whole - values[index]) <= tolerance:
                part_of[index] = total
                if part_of[part] is None:
                    part_of[part] = total
                break


def opens_after(spans, part, index):
    """The share is the first figure of the sentence right after the one `part` ends."""
    return sent_end(spans[part]) == sent_start(spans[index]) and part == index - 1


MAX_SHARE_SENTENCES = 6  # sentences with figures back the total a share names may stand
# further back, up to 10, only when the amount after the share and `, или` is that share of it: `Чистая прибыль
# достигла 18,4 млрд тенге` in the third sentence, `30% чистой прибыли, или 5,5 млрд тенге` in the last (not `50%
# прибыли, или 1 200 тенге на акцию` of a quarter's profit)
MAX_TOLD_SHARE_SENTENCES = 10


def share_noun(span):
    """The lemma of the noun in the genitive right after a share (an adjective before it skipped):
    `41% выручки` -> выручка, `30% чистой прибыли` -> прибыль, `1,5% от доходов` -> доход; else None."""
    doc = span.doc
    start = span.end + (span.end < len(doc) and doc[span.end].lower_ == 'от')  # `1,5% от доходов бюджета`
    return first_noun(doc[start:min(len(doc), start + 2)], 'gent')


def first_noun(tokens, case):
    """The lemma of the first noun of `tokens`, after adjectives only, read in `case`; else None."""
    for token in tokens:
        if not token.is_alpha:
            return None
        parsed = parse(token.text)[0]
        if parsed.tag.POS == 'NOUN':
            reading = next((other for other in parse(token.text) if other.tag.POS == 'NOUN' and case in other.tag),
                           None)
            return reading.normal_form if reading else None
        if parsed.tag.POS != 'ADJF':
            return None
    return None


def list_subject(span):
    """The lemma of the subject of a list of shares the span stands in, the noun in the nominative before the
    colon of its sentence (adjectives before it skipped): `Пенсионные активы распределены следующим образом:
    государственные бумаги – 46%; депозиты – 9%` -> актив; else None."""
    sentence = sentence_of(span)
    colon = next((token.i for token in span.doc[sentence.start:span.start] if token.text == ':'), None)
    if colon is None:
        return None
    return first_noun(span.doc[sentence.start:colon], 'nomn')


# `30% от общего числа грантов`: the share of the count of a noun the text counts
COUNT_NOUNS = frozenset({'числа', 'количества'})


def counted_total_shares(spans, part_of):
    """A share `от общего числа` of a noun the text counts: of the nearest count of that noun before it that
    is itself a total, not a part: `выделено 78 тыс. грантов ... На технические специальности приходится
    30% от общего числа грантов`."""
    for index, span in enumerate(spans):
        if not is_percent(span) or part_of[index] is not None:
            continue
        after = words(span.doc[span.end:min(len(span.doc), span.end + 5)])
        if after[:1] != ['от']:
            continue
        after = after[2:] if after[1:2] in (['общего'], ['общей']) else after[1:]
        if not after or after[0] not in COUNT_NOUNS:
            continue
        nouns = [parsed.normal_form for word in after[1:3] for parsed in parse(word)[:1] if parsed.tag.POS == 'NOUN']
        if not nouns:
            continue
        total = next((other for other in range(index - 1, -1, -1) if facts(spans[other]).get('object') == nouns[0]
                      and part_of[other] is None and not is_change(spans[other])), None)
        if total is not None:
            part_of[index] = total


def named_share_parts(spans, part_of):
    """A share naming its total by the noun of an earlier sentence, the first figure after that noun:
    `Выручка компании составила 212,6 млрд тенге. ... На экспорт пришлось 41% выручки.`"""
    sentences = sentence_firsts(spans)
    counted = {facts(span).get('object') for span in spans}
    for index, span in enumerate(spans):
        if not is_percent(span) or part_of[index] is not None:
            continue
        noun = share_noun(span) or list_subject(span)
        # `Продано 10 билетов, или 25% всех билетов` after `Билет стоит 40 долларов`: a noun the text counts
        # is a share of a count of it, not of the money after it (from_parts, share_parts)
        if noun is None or noun in PERIODS_AND_TIMES or noun in counted:
            continue
        seen, first = 0, sentences[index]
        while first > 0 and seen < MAX_TOLD_SHARE_SENTENCES:
            first, seen = sentences[first - 1], seen + 1
            figures = [other for other in range(first, len(spans)) if sentences[other] == first]
            sentence = sentence_of(spans[first])
            # the noun as the subject of its sentence: `Выручка компании составила 212,6 млрд тенге`
            named = [token.i for token in sentence if token.is_alpha and any(
                parsed.normal_form == noun and 'nomn' in parsed.tag for parsed in parse(token.text))]
            if not named:
                continue
            after = [other for other in figures if spans[other].start > named[0] and not is_change(spans[other])]
            if after and not is_percent(spans[after[0]]) \
                    and (seen <= MAX_SHARE_SENTENCES or told_share(spans, index, after[0])):
                part_of[index] = after[0]  # the first figure after it, a share of nothing
            break


def told_share(spans, index, total):
    """The share `index` is followed by `, или` and an amount that is that share of `total`: `30% чистой прибыли,
    или 5,5 млрд тенге` of 18,4 млрд."""
    if index + 1 >= len(spans) or not same_sentence(spans, index, index + 1) or not value(spans[total]) \
            or not same_kind(spans[index + 1], spans[total]) or words(between(spans, index, index + 1))[-2:] != [',', 'или']:
        return False
    tolerance = 0.5 * 10 ** -decimals(spans[index]) + 1e-9
    return abs(100 * value(spans[index + 1]) / value(spans[total]) - value(spans[index])) <= tolerance


def share_amount_parts(spans, part_of):
    """The amount after a share and `или`, a part of the share's total when it is that share of it:
    `направить 30% чистой прибыли, или 5,5 млрд тенге` (5,5 of 18,4 is 30%)."""
    for index in range(len(spans) - 1):
        share, amount = spans[index], spans[index + 1]
        total = part_of[index]
        if not is_percent(share) or total is None or part_of[index + 1] is not None \
                or not same_sentence(spans, index, index + 1) or not same_kind(amount, spans[total]):
            continue
        if words(between(spans, index, index + 1))[-2:] != [',', 'или'] or not value(spans[total]):
            continue
        tolerance = 0.5 * 10 ** -decimals(share) + 1e-9
        if abs(100 * value(amount) / value(spans[total]) - value(share)) <= tolerance:
            part_of[index + 1] = total


# how far back the count a share of its things may stand: the sentence before or the one before that (`В опросе
# приняли участие 1 600 респондентов. ... [two sentences of answers] ... почти половина респондентов (48%) назвала`:
# further on, a poll's answers are shares of their own)
FRACTION_SENTENCES = 2


def counted_noun_shares(spans, part_of):
    """A share of things or people counted in an earlier sentence, naming them by their noun or by `из них`, a part
    of that count (the nearest of that noun in the sentences before, no part itself):
        `Маркетплейсы обработали порядка 190 млн заказов. ... Около трех четвертей заказов пришлось на Алматы.`
        `Зарегистрировано 4 318 правонарушений. Раскрыта почти половина из них.`
    Money is left out (`Стоимость проекта – 180 млрд тенге, треть средств вложит инвестор`: a share of what the
    money pays for is told in many ways), and so is a count in the share's own sentence (`Продано 10 билетов, или
    25% всех билетов`: the part before it, the total untold), and a bound (`ожидала, что придут не менее 40%
    избирателей`: an expectation, no part)."""
    sentences = sentence_firsts(spans)
    for index, span in enumerate(spans):
        if part_of[index] is not None or facts(span).get('kind') != 'percent' or is_change(span) or not index \
                or facts(span).get('qualifier') not in (None, 'exact', 'approx'):
            continue
        noun = facts(span).get('object') or share_noun(span)
        of_them = words(span.doc[span.end:span.end + 2]) == ['из', 'них']
        if noun is None and not of_them or noun in PERIODS_AND_TIMES:
            continue
        first, seen = sentences[index], 0
        while first > 0 and seen < (1 if of_them else FRACTION_SENTENCES):
            first, seen = sentences[first - 1], seen + 1
            counts = [other for other in range(first, len(spans)) if sentences[other] == first
                      and facts(spans[other]).get('kind') == 'count' and not facts(spans[other]).get('unit')
                      and not is_change(spans[other]) and part_of[other] is None]
            # `из них` takes up the last count of the sentence right before, a noun the nearest count of it
            total = next((other for other in reversed(counts)
                          if of_them and noun is None or facts(spans[other]).get('object') == noun), None)
            if total is not None:
                part_of[index] = total
                break


# треть этой суммы, половину этих средств: a share whose whole a demonstrative points back to
POINTERS = frozenset('этой этого этих этому этим данной данного данных указанной указанного указанных'.split())


def _pointed(spans, index):
    """The figure a share of `этой суммы` / `этих средств` points back to: the nearest before it of the unit or
    noun it took (figures/fraction.py), or None (no such share, no such figure)."""
    span = spans[index]
    elided = facts(span).get('elided')
    if facts(span).get('kind') != 'percent' or not elided or not any(token.lower_ in POINTERS for token in span):
        return None
    unit, noun = elided
    return next((other for other in range(index - 1, -1, -1)
                 if (unit and facts(spans[other]).get('unit') == unit)
                 or (noun and facts(spans[other]).get('object') == noun)), None)


def pointed_share_parts(spans, part_of):
    """A share of `этой суммы` / `этих средств` is a part of the figure it points back to, in its sentence or the
    one right before: `Программа оценивается в 38 млрд тенге. На ремонт направят треть этой суммы.`"""
    for index, span in enumerate(spans):
        total = _pointed(spans, index) if part_of[index] is None else None
        # the total's sentence ends where the share's begins (or is the share's own)
        if total is not None and sent_start(span) - sent_end(spans[total]) <= 1 and not _each(spans[total]):
            part_of[index] = total


def unpoint_each_shares(spans, part_of):
    """A share of a sum paid to each is no part of anything (`медалисты получат по 30 тыс. долларов, тренеры –
    половину этой суммы`: half as much; not a part of the prize fund before): whatever rule linked it, unlinked."""
    for index in range(len(spans)):
        total = _pointed(spans, index) if part_of[index] is not None else None
        if total is not None and _each(spans[total]):
            part_of[index] = None


def _each(span):
    """`по 30 тыс. долларов`: an amount each, `по` before it or opening it."""
    doc = span.doc
    return span[0].lower_ == 'по' or (span.start > 0 and doc[span.start - 1].lower_ == 'по')
