"""`org-coordinated-genitive`: `Союз писателей` `и журналистов Казахстана`, `Союза издателей` `и
распространителей печатной продукции`: a name slovnet ends at a lower-case noun in the genitive, the
people or the field it unites, goes on through `и` and a second noun in the genitive and the same
plural (with its adjectives and the genitives after it): the two are one coordinated membership.

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


def coordinated_stop(doc, span, taken):
    """End of `и` + a genitive noun in the number of the span's last noun (its adjectives before
    it, the genitives after it), else None."""
    # the people a union unites are plural (`писателей`, `фермеров`); a singular field after `и` is as
    # often the object of the sentence's verb
    numbers = genitive_numbers(span[-1], 'NOUN') & {'plur'}
    index = span.end
    if not numbers or index + 1 >= len(doc) or doc[index].text != 'и' or index in taken:
        return None
    index += 1
    while index - span.end <= ADJECTIVES_BEFORE and index < len(doc) and index not in taken \
            and genitive_numbers(doc[index], 'ADJF') & numbers and not genitive_numbers(doc[index], 'NOUN'):
        index += 1
    if index >= len(doc) or index in taken or not genitive_numbers(doc[index], 'NOUN') & numbers:
        return None
    return dependants_stop(doc, index + 1, taken) if index + 1 < len(doc) else index + 1


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
