"""The place of a territorial title glued before a first name and a surname (`place-title-head`).

slovnet reads the words after a mayor's title as one person now and then, and `strip-title` takes
the title off:

    Аким Экибастуза Нурлан Сапаров провёл приём      PER `Экибастуза Нурлан Сапаров`
                                                     -> LOC `Экибастуза`, PER `Нурлан Сапаров`

`place-head` (persons.split_place_heads) splits such a mention when a patronymic anchors the name
(`Аким Алматы Ерлан Маратович Досмағамбетов`), or a settlement noun stands before a first name and a surname
(`аула Шамалган Гүлнәр Сәрсенбаева`, `persons.settled_name`); here the title before the mention is that
evidence: an akim's or a mayor's title names the place he heads, in the genitive, and then the man. The
word before the first name is no name of his: not a first name, nor a patronymic (`Аким Нурлан Сапаров
Ерланович` is no such shape).
"""

from pipeline.nlp.morph import lemma
from pipeline.nlp.name_parts import is_patronymic
from pipeline.nlp.stages.repair.persons import TERRITORIAL, is_given_name, is_word, settled_name
from pipeline.nlp.stages.repair.spans import make_span, place_canonical


def is_title(token):
    """`аким`, `Аким`, `мэр`: a territorial title."""
    return token.is_alpha and lemma(token.text.lower()) in TERRITORIAL


def is_titled_place_name(doc, span, positions):
    """`Экибастуза Нурлан Сапаров` after `Аким`: a word that is no part of a name, a first name, a surname
    (`persons.settled_name` after a title)."""
    if span.label_ != 'PER' or not settled_name(doc, span, positions, after=is_title):
        return False
    place, _, last = span
    return is_word(place) and place.text[1:].islower() and not is_given_name(place, positions) \
        and not is_patronymic(place.text) and not is_patronymic(last.text)


def titled_place_heads(doc, spans, positions):
    """`Аким Экибастуза Нурлан Сапаров` (PER `Экибастуза Нурлан Сапаров` once the title is off) -> LOC
    `Экибастуза`, PER `Нурлан Сапаров`: a territorial title's place, in the genitive, glued before a first
    name and a surname. The place keeps the gazetteer's name a mention of it elsewhere has."""
    result = []
    for span in spans:
        if is_titled_place_name(doc, span, positions):
            canonical = place_canonical(spans, span[0].text)
            result.append(make_span(doc, span.start, span.start + 1, 'LOC', 'place-title-head', canonical))
            span = make_span(doc, span.start + 1, span.end, 'PER', 'place-title-head')
        result.append(span)
    return result
