"""Places: `на востоке Украины` is one place (`loc-direction`)."""

from pipeline.nlp.morph import lemma
from pipeline.nlp.stages.repair.spans import make_span

# на востоке Украины, в центре Москвы, на юго-востоке Польши
DIRECTIONS = frozenset('''
север юг восток запад северо-запад северо-восток юго-запад юго-восток центр
'''.split())


def directions(doc, spans):
    """`на востоке` `Украины` -> `востоке Украины`: a part of a place is a place."""
    result = []
    for span in spans:
        before = span.start - 1
        if span.label_ == 'LOC' and before > 0 and doc[before].text.islower() \
                and lemma(doc[before].text) in DIRECTIONS and doc[before - 1].text.lower() in ('на', 'в', 'во'):
            span = make_span(doc, before, span.end, 'LOC', 'loc-direction')
        result.append(span)
    return result
