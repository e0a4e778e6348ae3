"""The largest part told after its total, in a sentence of its own opening on `Больше всего`:
    `За две недели прошли 64 концерта. Больше всего концертов – 22 – состоялось в Караганде.`   22 part_of 64
    `банк выдал 48 тыс. займов на 1,9 трлн тенге. Больше всего средств получили торговые компании – 640 млрд
    тенге.`                                                                                      640 млрд of 1,9 трлн
The total is the nearest larger figure of the part's kind in the sentences before: money of money, a measure of its
unit, a count of the noun the cue names (`Больше всего грантов` takes `75 тыс. грантов`, not `142 тыс.
выпускников`)."""

from pipeline.nlp.doc import sent_start
from pipeline.nlp.morph import parse

from pipeline.nlp.grammars.breakdowns import largest_first
from pipeline.nlp.grammars.part_guards import money_like
from pipeline.nlp.grammars.figure_facts import (
    counted_noun, facts, is_change, is_elliptic, is_money, is_percent, same_kind, value, words)

MAX_SENTENCES_BACK = 2  # sentences with figures back the total may stand in
# `Самый крупный лот ... оценен в 7,8 млрд тенге`, `Крупнейшую сделку – 1,2 млн долларов`: the largest of the
# things a sum told before adds up
SUPERLATIVES = ('самый', 'самая', 'самое', 'самого', 'самой', 'самому', 'самым', 'самую', 'самом', 'крупнейш')
MAX_SUPERLATIVE_START = 2  # words before it: `В итоге самый крупный лот`
MAX_CUE_NOUN = 3  # words after `всего` the cue's noun may stand at: `Больше всего иностранных гостей`


def cue_nouns(span):
    """The lemmas of the first noun right after `Больше всего` in the span's sentence, before the figure
    (`Больше всего иностранных гостей` -> {'гость'}; not `борцы` in `Больше всего наград принесли борцы`)."""
    opening = words(span.doc[sent_start(span):span.start])
    at = opening.index('всего') + 1 if 'всего' in opening else len(opening)
    for word in opening[at:at + MAX_CUE_NOUN]:
        nouns = {parsed.normal_form for parsed in parse(word)[:1] if word.isalpha() and parsed.tag.POS == 'NOUN'}
        if nouns:
            return nouns
    return set()


def opens_superlative(span):
    """The span's sentence opens on a superlative (`Самый крупный лот`, `Крупнейшую сделку`)."""
    opening = words(span.doc[sent_start(span):min(span.start, sent_start(span) + MAX_SUPERLATIVE_START + 1)])
    return any(word.startswith(SUPERLATIVES) for word in opening)


def is_sum(span):
    """Money or a measure: `640 млрд тенге`, `210 км`."""
    return is_money(span) or facts(span).get('kind') == 'measure'


def holds(part, total, nouns):
    """`total` may hold `part`: money of money, a measure of its unit, larger, no share nor size of a change; a
    count only when it counts a noun the cue names (`Больше всего концертов – 22` of `64 концерта`; a count of
    another noun may be anything: `Больше всего аварий – 418` after `ранены более 1,5 тыс.`)."""
    if is_percent(total) or is_change(total) or facts(total).get('kind') == 'percent' or not value(total) > value(part):
        return False
    if is_sum(part) or is_sum(total):
        return same_kind(part, total)
    return facts(total).get('kind') == 'count' and not is_elliptic(total) and counted_noun(total) in nouns


def siblings(spans, index):
    """The part at `index` and the figures of its kind after it in its sentence, its fellow parts: `Больше всего
    пришлось на размещение – около 19 млрд тенге, на питание – 13 млрд, на развлечения – 6 млрд тенге`."""
    span, found = spans[index], [index]
    for other in range(index + 1, len(spans)):
        if sent_start(spans[other]) != sent_start(span):
            break
        if same_kind(spans[other], span) or (is_money(span) and money_like(spans, other)) \
                or (not is_sum(span) and is_elliptic(spans[other])):
            found.append(other)
    return found


def largest_parts(spans, part_of):
    """The first figure of a sentence opening on `Больше всего` (`Наибольшее число`; a sum after a superlative:
    `Самый крупный лот ... оценен в 7,8 млрд тенге`), no part yet, is a part of
    the nearest larger figure of its kind in the two sentences with figures before (a count: of the noun the cue
    names), and so are the figures of its kind after it in its sentence, unless that figure's breakdown is told
    already before it or they overrun it."""
    starts = [sent_start(span) for span in spans]
    for index, span in enumerate(spans):
        if part_of[index] is not None or (index and starts[index - 1] == starts[index]) or is_percent(span) \
                or not (largest_first(span) or (is_sum(span) and opens_superlative(span))):
            continue
        nouns, sentences, total = cue_nouns(span), [], None
        for other in range(index - 1, -1, -1):
            if starts[other] not in sentences:
                if len(sentences) == MAX_SENTENCES_BACK:
                    break
                sentences.append(starts[other])
            if holds(span, spans[other], nouns):
                total = other
                break
        run = siblings(spans, index)
        if total is not None and total not in part_of[:index] \
                and sum(value(spans[other]) for other in run) <= value(spans[total]):
            # `поступило 318,7 млрд тенге, из них собственные доходы – 104,2 млрд, ... Больше всего принес
            # корпоративный подоходный налог – 38,6 млрд тенге`: the largest of one of its parts' parts;
            # `Больше всего домов сдано в Шымкенте – 30, в Алматы – 25` overruns `Построено 40 домов`
            for other in run:
                if part_of[other] is None:
                    part_of[other] = total
