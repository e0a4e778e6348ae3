"""A place and the lower-case noun after it, read as one organisation, where `place-then-noun`
(non_entities.py) does not see the place (`place-listed-then-noun`):

    в Таскескене и Бахты пациентов ждут       a place listed after a place a preposition opens
    Из Чолпон-Аты и Жалал-Абада группы едут   (a hyphened one too)
    что из Нарынкола группы идут к пику       an unknown name in a genitive's ending after из/от/до

The lower-case words after the name are the verb's subject or object, no part of a name: a
Cyrillic organisation's name that runs on in lower case has its own noun first (`Банк развития`)
or is a word pymorphy3 knows (`из Альфа банка`); `Газпром нефти` ends in no genitive's vowel.
So the name alone is a place, and the words after it nothing.
"""

from pipeline.nlp.morph import parse
from pipeline.nlp.place_forms import COORDINATORS, GENITIVE_PLACE_PREPOSITIONS, LOCATIVE_PREPOSITIONS, after_preposition
from pipeline.nlp.stages.repair.spans import make_span

# the prepositions of place a list of places opens with (`в Таскескене и Бахты`, `из Чолпон-Аты и Жалал-Абада`)
LIST_PREPOSITIONS = LOCATIVE_PREPOSITIONS + GENITIVE_PLACE_PREPOSITIONS + ('к', 'через', 'по')
# `из Нарынкола группы`: the prepositions of where from or up to, taking the genitive
FROM_PREPOSITIONS = ('из', 'от', 'до')
GENITIVE_VOWELS = ('а', 'я', 'ы', 'и')
# the tags of a word pymorphy3 knows as a name of something else than a place
NAME_TAGS = ('Orgn', 'Name', 'Surn', 'Patr', 'Trad')


def is_name_word(token):
    """`Бахты`, `Жалал-Абада`, `Нарынкола`: a capitalised word (or hyphened words) in lower case after its
    first letter, that pymorphy3 does not know as an organisation's or a person's name."""
    text = token.text
    if not text[:1].isupper() or text.isupper() or not all(part.isalpha() for part in text.split('-')):
        return False
    return not any(parsed.is_known and tag in parsed.tag for parsed in parse(text)[:3] for tag in NAME_TAGS)


def is_lower_tail(span):
    """The words after the first are lower-case words, the first of them a noun (`группы`, `пациентов`); the
    name is no adjective (`в Гарварде, Массачусетском технологическом институте`: the adjective heads the
    organisation's name)."""
    if len(span) < 2 or not all(token.text.islower() and token.is_alpha for token in span[1:]):
        return False
    return parse(span[1].text)[0].tag.POS == 'NOUN' and not any(
        parsed.tag.POS in ('ADJF', 'PRTF') for parsed in parse(span[0].text)[:2])


def listed_after_place(doc, span, places):
    """`в Таскескене и Бахты ...`: a coordinator before the span, a place mention before it that a
    preposition of place opens (or a list it opens)."""
    index = span.start - 1
    if index < 1 or doc[index].text not in COORDINATORS:
        return False
    before = places.get(index)
    return before is not None and after_preposition(doc, before, LIST_PREPOSITIONS)


def is_unknown_genitive(doc, span):
    """`из Нарынкола группы`: right after из/от/до, a word pymorphy3 does not know at all, in a genitive's vowel."""
    token = span[0]
    return span.start > 0 and doc[span.start - 1].text.lower() in FROM_PREPOSITIONS \
        and token.text.lower().endswith(GENITIVE_VOWELS) and not any(parsed.is_known for parsed in parse(token.text))


def listed_places_then_nouns(doc, spans):
    """An ORG of a name and lower-case words after it, the name listed after a place a preposition of place
    opens or an unknown genitive after из/от/до -> LOC, the name alone."""
    places = {span.end: span for span in spans if span.label_ == 'LOC'}
    result = []
    for span in spans:
        if span.label_ == 'ORG' and is_lower_tail(span) and not span._.canonical and is_name_word(span[0]) \
                and (listed_after_place(doc, span, places) or is_unknown_genitive(doc, span)):
            span = make_span(doc, span.start, span.start + 1, 'LOC', 'place-listed-then-noun')
        result.append(span)
    return result
