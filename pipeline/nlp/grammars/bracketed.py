"""Counts in parentheses after the nouns of a breakdown are parts of the count their sentence gave before them:

    Вакансий оставалось 640, больше всего не хватает учителей химии (112) и биологии (87)   112, 87 part_of 640
    не хватало 95 врачей, в том числе терапевтов (40) и педиатров (25)                    (a cue links these first)

The figures in parentheses are bare numbers with a noun the grammar gave them from the phrase before `(`
(figures/parenthesised.py); the total is the nearest count before them in their sentence, outside parentheses,
not money, a share or how often, and no smaller than they are together; it counts what they count, or people or
posts (`вакансия`, `ставка`) when they count people (not `40 поликлиник ... не хватает терапевтов (30)`).  Not: a number restated in
parentheses (`120 (сто двадцать) человек`, one figure), a measure in parentheses after a count (`14 участков
(1 600 км)`: a unit, described.py's `with`)."""

from pipeline.nlp.grammars.figure_facts import (
    counts_people, facts, is_change, is_money, is_percent, is_times, same_kind, sentence_firsts, value)

OPEN, CLOSE = '(', ')'
# вакансий оставалось 640 ... учителей химии (112): posts counted, filled by the people the parts name
POST_NOUNS = frozenset({'вакансия', 'ставка'})


def _bracketed(span):
    """A count alone in parentheses: `(112)`."""
    doc = span.doc
    return (span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == OPEN
            and doc[span.end].text == CLOSE and not facts(span).get('unit') and facts(span).get('object') is not None)


def _total_like(span):
    """A count that may be broken down: no money, share, change or how often; exact."""
    return not (facts(span).get('unit') or is_money(span) or is_percent(span) or is_times(span) or is_change(span)) \
        and facts(span).get('qualifier') in (None, 'exact')


def _fills(part, total):
    """The part counts what the total counts, or people of a count of people or posts."""
    noun = facts(total).get('object') or _elided_noun(total)
    return same_kind(part, total) or noun == facts(part).get('object') or (counts_people(part) and (
        counts_people(total) or noun in POST_NOUNS))


def _elided_noun(span):
    """The noun a bare number's sentence gave before it (`Вакансий оставалось 640`), taken only after linking."""
    elided = facts(span).get('elided')
    return elided[1] if elided else None


def bracketed_parts(spans, part_of):
    """Link each sentence's free counts in parentheses to the nearest count before them in it (see above)."""
    firsts = sentence_firsts(spans)
    for first in sorted(set(firsts)):
        members = [index for index in range(first, len(spans)) if firsts[index] == first]
        parts = [index for index in members if _bracketed(spans[index]) and part_of[index] is None]
        if not parts:
            continue
        total = next((index for index in range(parts[0] - 1, first - 1, -1)
                      if not _bracketed(spans[index]) and _total_like(spans[index])), None)
        if total is None or sum(value(spans[index]) for index in parts) > value(spans[total]):
            continue
        if not all(_fills(spans[index], spans[total]) for index in parts):
            continue
        for index in parts:
            part_of[index] = total
