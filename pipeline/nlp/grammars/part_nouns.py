"""A part whose counted noun is not its total's: `1 120 квартир общей площадью 71,5 тыс. квадратных метров. Из
этих квартир 380 ...` counts flats, which the area measures; the part goes to the nearer figure that counts its
noun (guard_parts asks this last)."""

from pipeline.nlp.doc import sent_start
from pipeline.nlp.morph import parse

from pipeline.nlp.grammars.figure_facts import counted_noun, facts, is_elliptic, value, words

MAX_NOUN_BACK = 6  # figures back the figure counting the part's own noun may stand
OTHER_KINDS = frozenset({'measure', 'money'})  # totals that measure or sum, counting no things
# `Из этих квартир 380`, `Из указанных объектов`: the things a part is taken out of, named again
POINTERS = frozenset({'этих', 'тех', 'указанных', 'данных', 'названных'})


def pointed_nouns(span):
    """The lemmas of the noun after `из этих` (`из указанных ...`) before the figure in its sentence: `Из этих
    квартир 380` -> {'квартира'}; empty when there is none."""
    before = words(span.doc[sent_start(span):span.start])
    for at in range(len(before) - 2):
        if before[at] == 'из' and before[at + 1] in POINTERS and before[at + 2].isalpha():
            return {parsed.normal_form for parsed in parse(before[at + 2]) if parsed.tag.POS == 'NOUN'}
    return set()


def part_nouns(span):
    """The nouns the figure may count: its own (`380 квартир`), else the one `из этих` names before it."""
    if facts(span).get('object') is not None and not facts(span).get('unit') and not is_elliptic(span):
        return {counted_noun(span)}
    return pointed_nouns(span)


def fits_in(part, total):
    """The part can be a part of `total` by size: smaller, or a share of it (`почти половина`, 0.5)."""
    return facts(part).get('kind') == 'percent' or value(part) < value(total)


def measure_of_money(part, total):
    """One a measure, the other a sum: `41,3 млрд тенге, из них 29,6 млрд направят на ремонт 312 км`; the length
    is what the money buys, no part of it."""
    return {facts(part).get('kind'), facts(total).get('kind')} == {'measure', 'money'}


def noun_total(spans, index, total):
    """The figure the part at `index` belongs to: the nearest earlier figure counting its noun and holding it,
    when `total` measures or sums (`71,5 тыс. квадратных метров`) or `из этих` names another noun than the
    total's; else `total` (counts of other nouns may be kinds of the total's: `450 врачей` of `2 000
    сотрудников`); None for a measure of a sum or a sum of a measure."""
    part, whole = spans[index], spans[total]
    if measure_of_money(part, whole):
        return None
    nouns = part_nouns(part)
    if not nouns or counted_noun(whole) in nouns \
            or (facts(whole).get('kind') not in OTHER_KINDS and not pointed_nouns(part)):
        return total
    for other in range(index - 1, max(-1, index - 1 - MAX_NOUN_BACK), -1):
        candidate = spans[other]
        if counted_noun(candidate) in nouns and facts(candidate).get('kind') == 'count' \
                and not is_elliptic(candidate) and fits_in(part, candidate):
            return other
    return total
