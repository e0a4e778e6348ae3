"""A district named after a person with `имени` (`district-named-after`):

    в районе имени Габита Мусрепова закрыли трассы   no mention -> LOC `районе имени Габита Мусрепова`
    Аким района имени Габита Мусрепова Ерлан Жумабеков   LOC `района имени Габита` + PER `Мусрепова
                                                     Ерлан Жумабеков` -> LOC `района имени Габита Мусрепова`
                                                     + PER `Ерлан Жумабеков`

The name after `имени` is the district's (its first name and surname in the genitive), no mention
of that person; the noun, `имени` and the name are the district's name, as `район имени Габита
Мусрепова` is written in the official list.

This rule owns `район имени` (or `им.`) + a first name and a surname in the genitive.
`person-namesake-place` (name_edges.namesake_places, after it) keeps the rest: a namesake of one word,
and a settlement's or a microdistrict's head (`села имени Абая Ерлан Сапаров`).
"""

from pipeline.nlp.doc import doc_text, token_texts
from pipeline.nlp.settlements import is_genitive_name_word
from pipeline.nlp.stages.repair.org_places import unit_noun
from pipeline.nlp.stages.repair.spans import make_span

DISTRICT = 'район'
NAMED = 'имени'
# `района им. Габита Мусрепова`: the abbreviation, a token of its own before its dot
SHORT_NAMED = 'им'
# the person's name after `имени`: a first name and a surname
NAME_WORDS = 2


def is_district_noun(token):
    """`район`, `районе`, `района`: the lower-case noun of a district in the singular."""
    return token.text.startswith(DISTRICT) and unit_noun(token) == DISTRICT


def named_width(doc, index):
    """The tokens of `имени` (1) or of `им.` (2, the word and its dot) at `index`, else 0."""
    if doc[index].text == NAMED:
        return 1
    return 2 if doc[index].text == SHORT_NAMED and index + 2 < len(doc) and doc[index + 1].text == '.' else 0


def named_district_end(doc, index):
    """The end of `район имени X Y` opening at token `index`: the noun, `имени`, two capitalised words, the first
    a first name or a surname in the genitive singular; else None (`района имени Лазо Иван Петров`: a one-word
    namesake, the next word no part of it)."""
    named = named_width(doc, index + 1)
    stop = index + 1 + named + NAME_WORDS
    if not named or stop > len(doc) or not is_district_noun(doc[index]):
        return None
    words = doc[stop - NAME_WORDS:stop]
    if not all(token.is_alpha and token.text[:1].isupper() and not token.text.isupper() for token in words) \
            or not is_genitive_name_word(words[0].text):
        return None
    return stop


def named_districts(doc, spans):
    """`район имени X Y` -> one LOC; the mentions inside it go, one that runs on past it keeps what follows, one
    before it what precedes; an organisation whose name holds it stays whole."""
    text = doc_text(doc)
    if NAMED not in text and SHORT_NAMED + '.' not in text:
        return spans
    districts = []
    for index, text in enumerate(token_texts(doc)):
        if (text == NAMED or text == SHORT_NAMED) and index > 0:
            stop = named_district_end(doc, index - 1)
            if stop is not None:
                districts.append((index - 1, stop))
    # `Отдел образования района имени Габита Мусрепова`: an organisation's name holds the district
    districts = [(start, stop) for start, stop in districts
                 if not any(span.label_ == 'ORG' and span.start <= start and stop <= span.end for span in spans)]
    if not districts:
        return spans
    result = []
    for span in spans:
        district = next(((start, stop) for start, stop in districts if span.start < stop and start < span.end), None)
        if district is None:
            result.append(span)
            continue
        start, stop = district
        if span.start < start:  # a mention before the district's noun that runs into it keeps its own words
            result.append(make_span(doc, span.start, start, span.label_, span._.rule, span._.canonical))
        elif span.end > stop and span.label_ == 'PER':
            result.append(make_span(doc, stop, span.end, 'PER', 'district-named-after'))
        elif span.end > stop:  # `Мусрепова Северо-Казахстанской области`: the region after the district
            result.append(make_span(doc, stop, span.end, span.label_, span._.rule))
    result.extend(make_span(doc, start, stop, 'LOC', 'district-named-after') for start, stop in districts)
    return sorted(result, key=lambda span: span.start)
