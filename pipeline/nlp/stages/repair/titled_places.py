"""Places named after a titled person: `в посёлке Айтеке би`, `до села Толе би` (`loc-titled`), a one-word
place before an honorific, `в Толе би`, `в районе Шал акына` (`loc-titled-tail`), and a name with its title
right after a preposition of place or in a list of places, `к Айтеке би`, `из Казалинска и Айтеке би`
(`loc-titled`), whatever slovnet typed the name."""

from pipeline.nlp.doc import span_value
from pipeline.nlp.kazakh_places import TO_PREPOSITIONS
from pipeline.nlp.settlements import (HONORIFIC_FORMS, LIST_JOINERS, LONGEST_TITLED_NAME as LONGEST_NAME, TITLE_NOUNS,
                                      settlement_cases)
from pipeline.nlp.stages.repair.places import parses
from pipeline.nlp.stages.repair.spans import make_span

# `к Айтеке би`, `в Толе би`, `из Айтеке би`: the prepositions of going to, being in and coming from a place;
# not о/об/про/для, after which a titled name is the man himself (`о Толе би`, `для Абылай хана`)
TITLED_PLACE_PREPOSITIONS = frozenset(('в', 'во') + TO_PREPOSITIONS + ('из', 'изо', 'у', 'до', 'от'))
TITLE_PREFIXES = tuple(TITLE_NOUNS)


def titled_tails(doc, spans):
    """`в районе Шал` + `акына` -> `Шал акына`, `В Толе` + `би` -> `Толе би`: a one-word LOC followed by
    a lower-case honorific (акын, батыр, би, сал, жырау) is a place named after a titled person, the
    honorific its word (`loc-named` then joins a district's noun before it)."""
    result = []
    for span in spans:
        after = span.end
        if span.label_ == 'LOC' and len(span) == 1 and span.text[:1].isupper() and after < len(doc) \
                and doc[after].text.islower() and doc[after].is_alpha \
                and doc[after].text in HONORIFIC_FORMS \
                and not any(other.start == after for other in spans):
            span = make_span(doc, span.start, after + 1, 'LOC', 'loc-titled-tail', span_value(span, 'canonical'))
        result.append(span)
    return result


def is_title_word(token):
    """`би`, `батыра`, `акына`: a lower-case title of a person a place may be named after."""
    text = token.text
    # (every form of a title starts with it: `батыру`, `акыном`; no parse for the other words)
    return text.islower() and (text in TITLE_NOUNS or text.startswith(TITLE_PREFIXES)
                               and any(parsed.normal_form in TITLE_NOUNS for parsed in parses(token)))


def is_place_position(doc, index, place_ends, title):
    """Token `index` opens a place's name: it follows a settlement noun (`в посёлке`), or the title does not
    decline (`би`, `батыр`, not `батыру`: `к Кабанбай батыру` is no name as written) and it follows a
    preposition of place (`к`, `из`) or a place joined by `и` or a comma (`из Казалинска и`)."""
    if index == 0:
        return False
    before = doc[index - 1]
    if settlement_cases(before):
        return True
    if title.text not in TITLE_NOUNS:
        return False
    return before.text.lower() in TITLED_PLACE_PREPOSITIONS or before.text in LIST_JOINERS and index - 1 in place_ends


def titled_settlements(doc, spans):
    """`в посёлке Айтеке би`, `до села Толе би`, `в ауле Кабанбай батыра`, `к Айтеке би`, `из Казалинска и
    Айтеке би`: a settlement named after a person and his title (би, батыр, акын) is one place with the
    title, whatever slovnet typed the name (`is_place_position`); `о Толе би` stays."""
    place_ends = {span.end for span in spans if span.label_ == 'LOC'}
    result = []
    for span in spans:
        # (the cheap tests first: a name of one or two capitalised words, with its title at most one more)
        if span.label_ not in ('LOC', 'PER', 'ORG') or len(span) > LONGEST_NAME + 1 \
                or not (span[0].text[:1].isupper() and span[0].is_alpha):
            result.append(span)
            continue
        # `Айтеке би` read as an organisation with the title in it, `Айтеке` as a person without
        names = span[:-1] if len(span) > 1 and is_title_word(span[-1]) else span
        stop = names.end
        titled = stop < span.end or span.label_ != 'ORG' and stop < len(doc) and is_title_word(doc[stop])
        if titled and span.label_ in ('LOC', 'PER', 'ORG') and len(names) <= LONGEST_NAME \
                and all(token.text[:1].isupper() and token.is_alpha for token in names) \
                and is_place_position(doc, span.start, place_ends, doc[stop]):
            span = make_span(doc, span.start, stop + 1, 'LOC', 'loc-titled')
        result.append(span)
    return result
