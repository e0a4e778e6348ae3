"""A two-word person that opens with a Kazakh adjective of size, age or colour written apart
(`kazakh.is_kazakh_adjective`: Үлкен, Кіші, Жаңа, Ескі, Орта, Ақ, Қара, Сары, Көк, Қызыл) is a place
(`place-kazakh-adjective`):

    ульи стоят у Улкен Нарына          Үлкен `big`: Үлкен Нарын, the river and the village
    дорогу до Киши Алматы              Кіші `small`
    в Жана Кала                        Жаңа `new`

No Kazakh person's name holds these words apart: in a first name they are glued to the next element
(`Актоты`, `Каракоз`, `Сарыбай`, `Кокжал Баракова`), so a word of the pair in a surname's or a patronymic's
shape, a name pymorphy3 or natasha knows as the second word, or a word of the text's persons, keeps the
person. The place also needs its evidence: a second word pymorphy3 knows as a place (Geox: `Нарына`, a
woman's surname's shape too), or else a preposition of place before the pair.
"""

from pipeline.nlp.doc import span_value
from pipeline.nlp.kazakh import is_kazakh_adjective
from pipeline.nlp.name_parts import is_patronymic, is_surname_like
from pipeline.nlp.stages.repair.lone_words import PLACE_PREPOSITIONS, TOWARDS
from pipeline.nlp.stages.repair.persons import is_known_name, is_word, same_name
from pipeline.nlp.stages.repair.spans import is_known_place, make_span

# `в Жана Кала`, `на Улкен Алматы`: the prepositions of the locative and the accusative, besides those of
# the genitive and the dative
IN_ON = ('в', 'во', 'на')


def after_place_word(doc, start):
    """A preposition of place right before token `start`."""
    return start > 0 and doc[start - 1].text.lower() in PLACE_PREPOSITIONS | TOWARDS | set(IN_ON)


def is_adjective_pair(doc, span, people):
    """`у Улкен Нарына`: a two-word person whose first word is a Kazakh adjective of a place's name and whose
    second is no name (`Кара Сапарова`, `Ак Жанна`) nor a word of another person of the text."""
    if span.label_ != 'PER' or len(span) != 2 or not all(is_word(token) for token in span):
        return False
    adjective, noun = span[0].text, span[1].text
    if not is_kazakh_adjective(adjective):
        return False
    # `министра Жана Зея` (Jean Zay): an adjective that is also a first name one knows (Жан) needs the
    # preposition of place whatever the noun
    if is_known_name(adjective) and not after_place_word(doc, span.start):
        return False
    if is_known_place(noun, 3):  # pymorphy3 knows the word as a place (`Нарына`: Нарын)
        # (`Нарына` is also a woman's surname's shape, and `Асель Нарынова` of the same text shares its stem)
        return True
    if is_surname_like(noun) or is_patronymic(noun) or is_known_name(noun):
        return False
    return after_place_word(doc, span.start) and not any(same_name(noun, other) for other in people)


def adjective_pairs(doc, spans):
    """`ульи стоят у Улкен Нарына` -> LOC: `is_adjective_pair`."""
    candidates = [span for span in spans if span.label_ == 'PER' and len(span) == 2]
    if not candidates:
        return spans
    people = [token.text for span in spans if span.label_ == 'PER' and span not in candidates for token in span]
    return [make_span(doc, span.start, span.end, 'LOC', 'place-kazakh-adjective', span_value(span, 'canonical'))
            if span in candidates and is_adjective_pair(doc, span, people) else span for span in spans]
