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

from pipeline.nlp.doc import doc_text, token_texts
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


def numbered_schools(doc, spans):
    """`школы-гимназии` `№8`: a gymnasium's or lyceum's noun and its number make one ORG, unless
    a mention already covers the noun or the number."""
    # the text, then the token texts, not a Token per word: a number sign is in few texts, and a walk
    # over the Tokens of every text to find one was most of this rule's time
    if not any(sign in doc_text(doc) for sign in NUMBER_SIGNS):
        return spans
    texts = token_texts(doc)
    signs = [index for index, text in enumerate(texts) if text in NUMBER_SIGNS]
    if not signs:
        return spans
    result = list(spans)
    for sign in signs:
        # the noun, then `№` and a number: `школы-гимназии` `№` `8`
        index, stop = sign - 1, sign + 2
        if index < 0 or stop > len(texts) or not texts[sign + 1].isdigit() or not is_school_noun(texts[index]):
            continue
        if any(span.start < stop and index < span.end for span in result):
            continue
        result.append(make_span(doc, index, stop, 'ORG', 'org-numbered'))
    return result
