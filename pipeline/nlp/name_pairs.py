"""Two names joined by `и` share their case.

`обоих преследователей – Кими Райкконена и Марка Уэббера`: nothing before `Кими Райкконена` tells its
case, and `Кими` does not decline, so `Райкконена` could be a woman's nominative; `Марка Уэббера` beside it
shows the genitive (or accusative) in both words, and the pair shares it. A name whose own context gives
no case (no preposition, role noun, owner or verb: only the locative ruled out) takes the cases its
partner's declined reading allows; a partner that does not decline (`Кими Райкконен и Дэвид Култхард`)
or reads as a nominative tells nothing.
"""

from pipeline.nlp.name_context import case_weights
from pipeline.nlp.names import CASES, person_normal

# the hints of a name whose context says nothing but that a locative needs a preposition
OPEN_HINT_KEYS = {'loct'}


def has_open_context(hint):
    """The context of the name gives no case nor gender (`person_case_weights` rules out the locative only)."""
    return set(hint) <= OPEN_HINT_KEYS


def next_word_index(doc, index):
    """The index of the first non-space token from `index` on (len(doc) if none)."""
    while index < len(doc) and doc[index].is_space:
        index += 1
    return index


def shown_cases(words, hint):
    """The oblique cases in which the name's words read as its chosen declined nominative, or an empty set
    when its best reading keeps it as written (a nominative, or a name that does not decline)."""
    chosen = person_normal(words, hint)
    if [word.lower() for word in chosen] == [word.lower() for word in words]:
        return set()
    return {case for case in CASES[1:]
            if person_normal(words, case_weights({case})) == chosen}


def paired_case_weights(doc, spans, words, hints):
    """`hints` (of `person_case_weights`, one per span of `spans`, whose name words are `words`) with the name
    of open context in a pair `A и B` given the cases its partner shows."""
    index_by_start = {span.start: number for number, span in enumerate(spans)}
    paired = list(hints)
    for number, span in enumerate(spans):
        joiner = next_word_index(doc, span.end)
        if joiner >= len(doc) or doc[joiner].text != 'и':
            continue
        partner = index_by_start.get(next_word_index(doc, joiner + 1))
        if partner is None or not words[number] or not words[partner]:
            continue
        for one, other in ((number, partner), (partner, number)):
            if has_open_context(paired[one]):
                cases = shown_cases(words[other], hints[other])
                if cases:
                    paired[one] = case_weights(cases)
    return paired
