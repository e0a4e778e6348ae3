"""One more part of a total told with `еще` after an earlier part of it, with no cue (`part_of`):

    `Конкурс включал 18 лотов. По 15 лотам определены победители. Еще 3 лота признаны несостоявшимися.`
    `Курорты приняли 1,36 млн туристов. На Алаколе отдохнули 520 тыс. человек. Еще 310 тыс. туристов посетили ...`

`Еще N` opening a sentence or a clause counts one more group of a total told before: it is a part of the nearest
earlier count of its noun in the sentences before, larger than it and no part itself, when a figure of that kind stands
between the two (the part `еще` adds to) and the two together stay within the total. With no part between,
`еще` adds to the figure itself (`Построено 30 школ. Еще 12 школ построят в будущем году`): no link."""

from pipeline.nlp.doc import sent_start

from pipeline.nlp.grammars.figure_facts import (
    ALSO, counts_people, facts, in_from_to, is_change, is_compared, is_percent, is_period, is_times, same_kind, value, words)
from pipeline.nlp.grammars.ledes import sentence_numbers

MAX_BACK = 3  # sentences back the total may stand: `18 лотов. [winners] [the largest lot] Еще 3 лота`


def after_also(span):
    """`Еще 3 лота`, `, еще 41 объект`: the figure right after `еще` (a bound word between: `еще около 20`)."""
    before = words(span.doc[max(sent_start(span), span.start - 2):span.start])
    return bool(before) and (before[-1] in ALSO or (len(before) == 2 and before[0] in ALSO and before[1].isalpha()))


def free(span):
    """A figure that may be a part or a total: no share, change, period, count of times or figure compared."""
    return not (is_percent(span) or is_change(span) or is_period(span) or is_times(span) or is_compared(span)
                or in_from_to(span))


def akin(other, total):
    """A figure of the total's kind: its noun or unit, or people of people."""
    return same_kind(other, total) or (counts_people(other) and counts_people(total))


def more_parts(spans, part_of):
    """`Еще N X` after a part of a total of X: a part of that total (the part before it too when it has none)."""
    if not spans:
        return
    sentences = sentence_numbers(spans)
    for index, span in enumerate(spans):
        # counts only: money told with `еще` is as often of another account (`выручка составила 690 млн долларов.
        # Компания вложила 45 млн долларов. Еще 120 млн долларов планируется привлечь`)
        if part_of[index] is not None or not after_also(span) or not free(span) or not facts(span).get('object') \
                or facts(span).get('unit'):
            continue
        for total in range(index - 1, -1, -1):
            if sentences[index] - sentences[total] > MAX_BACK:
                break
            if not (free(spans[total]) and same_kind(span, spans[total]) and value(spans[total]) > value(span)) \
                    or part_of[total] is not None:
                continue  # a part is no total: `24 участка. По 17 участкам ... Еще 5 участков` adds to 17
            between = [other for other in range(total + 1, index)
                       if free(spans[other]) and akin(spans[other], spans[total])]
            if between and value(spans[between[-1]]) + value(span) <= value(spans[total]) \
                    and part_of[between[-1]] in (None, total):
                part_of[index] = total
                part_of[between[-1]] = total
            break
