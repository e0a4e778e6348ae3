"""`org-coordinated-genitive`: `Союз писателей` `и журналистов Казахстана`, `Союза издателей` `и
распространителей печатной продукции`: a name slovnet ends at a lower-case noun in the genitive plural, the
people or the field it unites, goes on through `и` and a second noun in the genitive plural (with
its adjectives and the genitives after it): the two are one coordinated membership.

Not a comma list (`Бюро по контролю за оборотом алкоголя, табачных изделий и ...`), tried before and
left out (repair/__init__.py), and not a noun in another number or case (`Союза писателей и Минкультуры`,
`Института истории и депутатов` stay apart).
"""

from pipeline.nlp.morph import parse
from pipeline.nlp.stages.repair.tails import absorb, dependants_stop, is_lower_word

# adjectives before the second noun: `и международных отношений`
ADJECTIVES_BEFORE = 2


def genitive_numbers(token, pos):
    """The numbers of a lower-case word's genitive readings as `pos` (`писателей`: plur)."""
    if not is_lower_word(token):
        return set()
    return {parsed.tag.number for parsed in parse(token.text)[:3]
            if parsed.tag.POS == pos and parsed.tag.case == 'gent'}


def is_genitive_plural(token, pos):
    """`писателей`, `международных`: a lower-case word with a genitive plural reading as `pos`."""
    return 'plur' in genitive_numbers(token, pos)


def coordinated_stop(doc, span, taken):
    """End of `и` + a noun in the genitive plural after a span ending in one (the noun's adjectives before it,
    the genitives after it), else None."""
    # the people a union unites are plural (`писателей`, `фермеров`); a singular field after `и` is as
    # often the object of the sentence's verb
    index = span.end
    if not is_genitive_plural(span[-1], 'NOUN') or index + 1 >= len(doc) or doc[index].text != 'и' or index in taken:
        return None
    index += 1
    while index - span.end <= ADJECTIVES_BEFORE and index < len(doc) and index not in taken \
            and is_genitive_plural(doc[index], 'ADJF') and not genitive_numbers(doc[index], 'NOUN'):
        index += 1
    if index >= len(doc) or index in taken or not is_genitive_plural(doc[index], 'NOUN'):
        return None
    # (at the end of the text dependants_stop returns its start)
    return dependants_stop(doc, index + 1, taken)


def coordinated_genitives(doc, spans):
    """`Союз писателей и журналистов Казахстана` -> the ORG runs on through `и журналистов`."""
    result = list(spans)
    taken = {index for span in spans for index in range(span.start, span.end)}
    for span in spans:
        if span.label_ != 'ORG' or len(span) < 2 or not span[0].text[:1].isupper():
            continue
        stop = coordinated_stop(doc, span, taken)
        if stop is not None:
            result = absorb(doc, result, span.start, stop, 'org-coordinated-genitive',
                            span._.canonical) or result
    return result
