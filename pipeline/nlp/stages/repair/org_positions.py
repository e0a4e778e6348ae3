"""A position after an organisation's name is the start of a person's role, no part of the name.

    На заседании Правительства вице-министр просвещения Асель Ибраева доложила ...
        slovnet: ORG `Правительства вице-министр просвещения` -> ORG `Правительства`

The position is in the nominative (the subject of the sentence's verb, the name's head is in another
case), so it heads a phrase of its own; a position in the genitive belongs to the name
(`Канцелярии премьер-министра`, `Управления делами Президента`).
"""

from pipeline.nlp.doc import span_value
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.spans import make_span


def position_cut(span, positions):
    """Index of the first lower-case position in the nominative after an ORG's first word, else None."""
    for token in span[1:]:
        if token.text.islower() and lemma(token.text) in positions and is_nominative_noun(token.text):
            return token.i
    return None


def is_nominative_noun(text):
    """`вице-министр`, `аким`: pymorphy3's first reading is a singular noun in the nominative (one
    person's role; `Школа аналитики` is no `аналитики` of a school)."""
    first = parse(text)[0]
    return first.tag.POS == 'NOUN' and first.tag.case == 'nomn' and first.tag.number == 'sing'


def trailing_positions(doc, spans, positions):
    """`Правительства` `вице-министр просвещения`: an ORG ends before a lower-case position in the
    nominative inside it; the words from the position on are dropped."""
    result = []
    for span in spans:
        cut = position_cut(span, positions) \
            if span.label_ == 'ORG' and len(span) > 1 and not span_value(span, 'canonical') else None
        if cut is not None:
            span = make_span(doc, span.start, cut, 'ORG', 'org-position')
        result.append(span)
    return result
