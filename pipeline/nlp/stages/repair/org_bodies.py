"""A capitalised body's noun before the place it serves: one organisation.

- `org-body-place`: `Трибунал` `Милана`, `Избирательная комиссия` `Пакистана`, `Высокий суд провинции`
  `Синд`: a court's, a commission's or a prosecutor's office's noun written with a
  capital (opening a sentence or inside one), its adjectives before it, and the place in the
  genitive right after it are one name; slovnet finds the place alone. A lower-case noun
  (`суд Милана`) is left alone: factRu reads it as a descriptor and the place as the name.
"""

from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.spans import make_span

# the bodies a place's genitive names: `Суд Кёльна`, `Прокуратура Милана`. Not `Полиция`: a headline's
# `Полиция X задержала ...` is a descriptor of the regional police department (`Департамент полиции
# Костанайской области`), not that department's name
BODY_NOUNS = frozenset('суд трибунал комиссия прокуратура'.split())
# a lower-case place noun between the body and the place's name: `Высокий суд провинции Синд`
PLACE_NOUNS = frozenset('провинция штат город округ графство кантон'.split())
# adjectives a body's name may open with: `Избирательная комиссия`, `Высокий суд`, `Верховный суд`
ADJECTIVES_BEFORE = 2


def readings(text, pos):
    """The first readings of `text` whose part of speech is `pos`."""
    return [parsed for parsed in parse(text)[:4] if parsed.tag.POS == pos]


def is_genitive_noun(text):
    """`Милана`, `Пакистана`, `провинции`: a noun that may be a genitive."""
    return any(parsed.tag.case == 'gent' for parsed in readings(text, 'NOUN'))


def agrees(adjective, head):
    """`Избирательная` with `комиссия`: an adjective's reading in the head noun's case and gender."""
    heads = {(parsed.tag.case, parsed.tag.gender) for parsed in readings(head, 'NOUN')}
    return any((parsed.tag.case, parsed.tag.gender) in heads for parsed in readings(adjective, 'ADJF'))


def is_body_noun(doc, index):
    """`Трибунал`, `комиссия`: token `index` is a body's noun (`BODY_NOUNS`)."""
    return index >= 0 and doc[index].is_alpha and lemma(doc[index].text.lower()) in BODY_NOUNS


def body_start(doc, head, covered):
    """The first word of the body's name whose noun is at `head`: the adjectives agreeing with it
    before it, capitalised at the start; else None."""
    start = head
    while head - start < ADJECTIVES_BEFORE and start - 1 >= 0 and start - 1 not in covered \
            and doc[start - 1].is_alpha and agrees(doc[start - 1].text.lower(), doc[head].text.lower()):
        start -= 1
    first = doc[start].text
    return start if first[:1].isupper() and first[1:].islower() else None


def body_places(doc, spans):
    """`Трибунал` `Милана` (LOC) -> ORG `Трибунал Милана`: a body's noun capitalised with the
    adjectives before it (no span holding it, or an ORG of those words alone: `Высокий суд`),
    right before a place in the genitive (or a lower-case place noun in the genitive and the
    place's name), is the body of that place."""
    covered = {index for span in spans for index in range(span.start, span.end)}
    bodies = {span.end - 1: span for span in spans if span.label_ == 'ORG'}
    result, joined = [], set()
    for span in spans:
        if span.label_ != 'LOC':
            result.append(span)
            continue
        head = span.start - 1
        place_noun = head > 0 and doc[head].text.islower() and lemma(doc[head].text) in PLACE_NOUNS \
            and is_genitive_noun(doc[head].text)
        if place_noun:
            head -= 1   # `провинции` of `суд провинции Синд`
        # (the body's noun first: a cached lemma, where the place's genitive parses the place)
        if not is_body_noun(doc, head) or not place_noun and not is_genitive_noun(span[0].text):
            result.append(span)
            continue
        body = bodies.get(head)
        if body is not None and body.start >= head - ADJECTIVES_BEFORE and body[0].text[:1].isupper():
            start = body.start   # `Высокий суд` (ORG) `провинции` `Синд`
            joined.add(body)
        else:
            start = None if head in covered else body_start(doc, head, covered)
        if start is None:
            result.append(span)
            continue
        result.append(make_span(doc, start, span.end, 'ORG', 'org-body-place'))
    return [span for span in result if span not in joined]
