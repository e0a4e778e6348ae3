"""Two places slovnet ran together into one.

`place-case-split`: `обыграла на Лужниках Германию` -> `Лужниках`, `Германию`; `в столицу Чечни
Грозный` -> `Чечни`, `Грозный`: a two-word place whose words are both places the dictionary knows,
with no case in common, is two places side by side (one the phrase's object, one its place or its
owner); the words of one place agree (`Нижний Новгород`) or are one name the gazetteer knows.
"""

from pipeline.nlp.morph import parse
from pipeline.nlp.stages.repair.spans import is_known_place, make_span


# `Лужниках Германию`: a place's reading may come as late as pymorphy3's fourth
PLACE_READINGS = 4


def cases(token):
    """The cases of all a word's first readings, as a place or not: `Северном` is an adjective's
    locative too (`на Северном Кавказе` agrees)."""
    return {parsed.tag.case for parsed in parse(token.text)[:5] if parsed.tag.case}


def is_two_places(span):
    """True where a two-word LOC is two known places with no case in common."""
    if span.label_ != 'LOC' or len(span) != 2 or span._.canonical:
        return False
    first, second = span
    if not (first.text[:1].isupper() and second.text[:1].isupper()):
        return False
    return is_known_place(first.text, PLACE_READINGS) and is_known_place(second.text, PLACE_READINGS) \
        and not cases(first) & cases(second)


def case_splits(doc, spans):
    """`Лужниках Германию` -> two places, each its own LOC."""
    result = []
    for span in spans:
        if is_two_places(span):
            result.append(make_span(doc, span.start, span.start + 1, 'LOC', 'place-case-split'))
            result.append(make_span(doc, span.start + 1, span.end, 'LOC', 'place-case-split'))
        else:
            result.append(span)
    return result
