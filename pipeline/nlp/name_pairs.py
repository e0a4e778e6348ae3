"""Two names joined by `и` or a comma share their case.

`обоих преследователей – Кими Райкконена и Марка Уэббера`: nothing before `Кими Райкконена` tells its
case, and `Кими` does not decline, so `Райкконена` could be a woman's nominative; `Марка Уэббера` beside it
shows the genitive (or accusative) in both words, and the pair shares it. A name whose own context gives
no case (no preposition, role noun, owner or verb: only the locative ruled out) takes the cases its
partner's declined reading allows; a partner that does not decline (`Кими Райкконен и Дэвид Култхард`)
or may read as a nominative (`Хироси Амано и Сюдзи Накамура`: her `Накамура` as much as his genitive) tells
nothing.
"""

from pipeline.nlp.name_context import case_weights, joined_partner_start
from pipeline.nlp.names import CASES, GENDERS, best_total, best_weights, scored_readings

# how much better than any nominative reading the oblique one must be for the name to show its case;
# the oblique readings as good but for `TIE` are shown too (`Марка`: genitive or accusative)
SHOWN_MARGIN = 1.0
TIE = 0.5


def has_open_context(hint):
    """The context of the name gives no case nor gender: `person_case_weights` rules out the locative only."""
    return hint == case_weights(None)


def shown_cases(words):
    """The oblique cases the name's own words show: those of its best readings when these beat every
    nominative reading by `SHOWN_MARGIN` (`Марка Уэббера`: Марк's genitive or accusative); empty when a
    nominative stays close (`Сюдзи Накамура`, his genitive or her nominative) or none is better."""
    bests = best_weights(scored_readings(words, None))
    totals = {}
    for case in CASES:
        found = [total for total in (best_total(bests, case, gender, 0.0) for gender in GENDERS) if total is not None]
        if found:
            totals[case] = max(found)
    oblique = max((total for case, total in totals.items() if case != 'nomn'), default=None)
    if oblique is None or oblique - totals.get('nomn', float('-inf')) < SHOWN_MARGIN:
        return set()
    return {case for case, total in totals.items() if case != 'nomn' and total >= oblique - TIE}


def joined_pairs(doc, spans, words):
    """(first, second) indexes of the names `и` or a comma joins (`Кими Райкконена и Марка Уэббера`, `Эрика
    Клэптона, Отиса Раша`), both with words."""
    index_by_start = {span.start: number for number, span in enumerate(spans)}
    pairs = []
    for number, span in enumerate(spans):
        partner = index_by_start.get(joined_partner_start(doc, span.end))
        if partner is not None and words[number] and words[partner]:
            pairs.append((number, partner))
    return pairs


def paired_case_weights(doc, spans, words, hints):
    """`hints` (of `person_case_weights`, one per span of `spans`, whose name words are `words`) with the name
    of open context in a pair `A и B` given the cases its partner shows; along a list, a name given its
    cases so hands them on (`Эрика Клэптона, Отиса Раша, Бадди Гая`: Раша's from Клэптона's)."""
    pairs = joined_pairs(doc, spans, words)
    paired = list(hints)
    shown = {}
    for _ in range(len(pairs)):
        changed = False
        for first, second in pairs:
            for one, other in ((first, second), (second, first)):
                if not has_open_context(paired[one]):
                    continue
                if other not in shown:
                    shown[other] = shown_cases(words[other])
                if shown[other]:
                    paired[one] = case_weights(shown[other])
                    shown[one] = shown[other]
                    changed = True
        if not changed:
            break
    return paired
