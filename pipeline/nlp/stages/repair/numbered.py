"""A gymnasium or lyceum known by its number is an organisation: its noun, `№` and the number.

    Лучшие выпускники школы-гимназии №8 пройдут стажировку ...   -> школы-гимназии №8 (Школа-гимназия №8)
    Школа-лицей № 17 заняла первое место ...                      -> Школа-лицей № 17
    Ученики гимназии №3 города Степногорска ...                   -> гимназии №3 (org-place adds the town)

slovnet finds no name in a noun and a number. The noun is a gymnasium's or a lyceum's (`гимназия`,
`лицей`, and the hyphenated pairs with `школа`: `школа-гимназия`, `школа-лицей`, `школа-интернат`), in
the singular; a number of anything else (`дом № 5`, `приказ № 12`, `маршрут № 3`) is none. A mention
over the noun or the number is kept as it is (`КГУ «Школа-гимназия №12 имени Абая»`).

Tried and left out: a bare `школа` and its number (`школы № 25`) as well: held-out written_news20
ORG .984 -> .969, LOC .907 -> .894 (scores alone, misses unread).
"""

from pipeline.nlp.morph import parse
from pipeline.nlp.stages.repair.spans import make_span

# the halves of a numbered school's noun: `гимназия`, `лицей`, `школа-гимназия`, `школа-интернат`
SCHOOL_NOUNS = frozenset('школа гимназия лицей интернат'.split())
NUMBER_SIGNS = ('№', 'N')


def is_school_noun(text):
    """`школы-гимназии`, `Лицей`, `гимназией`: a gymnasium's or lyceum's noun in the singular, its
    halves each one of `SCHOOL_NOUNS` and not a bare `школа`."""
    if not text.replace('-', '').isalpha():
        return False
    return any(parsed.tag.POS == 'NOUN' and parsed.tag.number == 'sing' and parsed.normal_form != 'школа'
               and all(half in SCHOOL_NOUNS for half in parsed.normal_form.split('-'))
               for parsed in parse(text)[:2])


def numbered_stop(doc, index):
    """End of `№ 8` after the noun at `index`, or None."""
    sign = index + 1
    if sign + 1 < len(doc) and doc[sign].text in NUMBER_SIGNS and doc[sign + 1].text.isdigit():
        return sign + 2
    return None


def numbered_schools(doc, spans):
    """`школы-гимназии` `№8`: a gymnasium's or lyceum's noun and its number make one ORG, unless
    a mention already covers the noun or the number."""
    if not any(token.text in NUMBER_SIGNS for token in doc):
        return spans
    result = list(spans)
    for token in doc:
        stop = numbered_stop(doc, token.i)
        if stop is None or not is_school_noun(token.text):
            continue
        if any(span.start < stop and token.i < span.end for span in result):
            continue
        result.append(make_span(doc, token.i, stop, 'ORG', 'org-numbered'))
    return result
