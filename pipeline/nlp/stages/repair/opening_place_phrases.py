"""A sentence's capitalised first word before a place noun in the plural is no name's
(`opening-place-plural`):

    Приаральские села получат воду           an adjective and a plural noun of places: no place
    Степные районы области ждут дождей       (`Кольсайские озера`, `Курильские острова` name places,
    Южные области получат больше воды         but villages, districts and regions in the plural
                                             are many places, never one's name)
    Курорты Боровое и Зеренда ждут туристов  a plural noun of places before a name: the name alone
    Поселки Шахан и Актас получат автобусы   is the place

slovnet reads the capital a sentence gives its first word as a name's; inside a sentence
these words are written in lower case (`в степные районы`, `курорты Боровое`).
"""

from pipeline.nlp.morph import parse
from pipeline.nlp.stages.repair.name_edges import opens_reply
from pipeline.nlp.stages.repair.spans import make_span

# the nouns a name after them stands apart from (`Курорты Боровое и Зеренда`); a region or a district keeps its
# noun in its name (`Области Абай и Жетысу`: область Абай, область Жетысу)
NAME_APART_NOUNS = frozenset('село посёлок поселок аул деревня город курорт'.split())
# the nouns of many settlements or units, whose plural names no single place
PLACE_NOUNS = NAME_APART_NOUNS | frozenset('район регион область округ'.split())


def opens_sentence(doc, span):
    """The span's first word opens a sentence (or a line of dialogue after its dash)."""
    return span[0].is_sent_start or opens_reply(doc, span.start)


def plural_place_noun(word, nouns=PLACE_NOUNS):
    """`села`, `области`, `Курорты`: a reading of a noun of places (`PLACE_NOUNS`) in the plural, nominative
    or accusative, among pymorphy3's first ones (`села` is a verb's too, `области` a singular's)."""
    return any(parsed.tag.POS == 'NOUN' and parsed.normal_form in nouns and parsed.tag.number == 'plur'
               and parsed.tag.case in ('nomn', 'accs') for parsed in parse(word.lower())[:6])


def is_adjective(word):
    """`Приаральские`, `Степные`: every reading pymorphy3 knows an adjective, the first one too."""
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS == 'ADJF' and all(
        parsed.tag.POS == 'ADJF' for parsed in parses[:3] if parsed.is_known)


def opening_place_plurals(doc, spans):
    """A LOC of a sentence's capitalised adjective and a plural noun of places -> nothing; a LOC of a sentence's
    capitalised plural noun of places and a name -> the name."""
    result = []
    for span in spans:
        if span.label_ == 'LOC' and len(span) >= 2 and not span._.canonical and opens_sentence(doc, span) \
                and span[0].is_alpha and span[0].text[:1].isupper() and not span[0].text.isupper():
            if len(span) == 2 and span[1].is_alpha and span[1].text.islower() and is_adjective(span[0].text) \
                    and plural_place_noun(span[1].text):
                continue
            if plural_place_noun(span[0].text, NAME_APART_NOUNS) and span[1].text[:1].isupper():
                span = make_span(doc, span.start + 1, span.end, 'LOC', 'opening-place-plural')
        result.append(span)
    return result
