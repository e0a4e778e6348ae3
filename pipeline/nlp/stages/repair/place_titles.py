"""The place of a territorial title glued before a first name and a surname (`place-title-head`).

slovnet reads the words after a mayor's title as one person now and then, and `strip-title` takes
the title off:

    Аким Экибастуза Нурлан Сапаров провёл приём      PER `Экибастуза Нурлан Сапаров`
                                                     -> LOC `Экибастуза`, PER `Нурлан Сапаров`

`place-head` (persons.split_place_heads) splits such a mention when a patronymic anchors the name
(`Аким Алматы Ерлан Маратович Досмағамбетов`); here the name is a first name and a surname alone, and the
title before the mention is the evidence: an akim's or a mayor's title names the place he heads, in the
genitive, and then the man. The word before the first name is no name of his: not a first name, nor a
patronymic (`Аким Нурлан Сапаров Ерланович` is no such shape).
"""

from pipeline.nlp.name_parts import is_patronymic, is_surname_like
from pipeline.nlp.stages.repair.persons import TERRITORIAL, is_given_name, is_word, same_name
from pipeline.nlp.morph import lemma
from pipeline.nlp.stages.repair.spans import make_span

# the words of a mention: the place, the first name, the surname
NAME_WITH_PLACE = 3


def has_title_before(doc, span):
    """`аким`, `Аким`, `мэр` right before the mention."""
    before = span.start - 1
    return before >= 0 and doc[before].is_alpha and lemma(doc[before].text.lower()) in TERRITORIAL


def is_titled_place_name(doc, span, positions):
    """`Экибастуза Нурлан Сапаров` after `Аким`: a word that is no part of a name, a first name, a surname."""
    if span.label_ != 'PER' or len(span) != NAME_WITH_PLACE or not has_title_before(doc, span):
        return False
    place, first, last = span
    return is_word(place) and place.text[1:].islower() and not is_given_name(place, positions) \
        and not is_patronymic(place.text) and is_given_name(first, positions) \
        and is_surname_like(last.text) and not is_patronymic(last.text)


def titled_place_heads(doc, spans, positions):
    """`Аким Экибастуза Нурлан Сапаров` (PER `Экибастуза Нурлан Сапаров` once the title is off) -> LOC
    `Экибастуза`, PER `Нурлан Сапаров`: a territorial title's place, in the genitive, glued before a first
    name and a surname. The place keeps the gazetteer's name a mention of it elsewhere has."""
    result = []
    for span in spans:
        if is_titled_place_name(doc, span, positions):
            canonical = next((other._.canonical for other in spans if other.label_ == 'LOC' and other._.canonical
                              and len(other) == 1 and same_name(other.text, span[0].text)), None)
            result.append(make_span(doc, span.start, span.start + 1, 'LOC', 'place-title-head', canonical))
            span = make_span(doc, span.start + 1, span.end, 'PER', 'place-title-head')
        result.append(span)
    return result
