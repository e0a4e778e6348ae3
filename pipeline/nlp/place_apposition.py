"""The normal form of a one- or two-word place from the words beside it.

    улице Заречной                        a street named by an adjective declines with its noun
                                          -> улица Заречная
    пику Абая, ледника Корженевского      a peak or a glacier named after a person: the noun in the
                                          nominative, the name as written -> пик Абая, ледник Корженевского
    сёла ... — Косшы, Талапкер и Коянды   a list shares one case; `Талапкер`, unknown and in a hard
                                          consonant, can only be a nominative -> Коянды, as written
                                          (pymorphy3 guesses the genitive of `Коянда`)
"""

from pipeline.nlp.doc import span_value
from pipeline.nlp.kazakh_places import unknown_place
from pipeline.nlp.morph import lemma, match_case, parse
from pipeline.nlp.place_forms import (
    ACCUSATIVE_ENDINGS, AGREEING, COORDINATORS, HARD_CONSONANTS, LONGEST_LIST, nominative_pair)
from pipeline.nlp.wordforms import is_inflection


# пик Ленина, ледник Богдановича: the mountain features newsrooms name after a person (`peak-named-after`)
PEAK_NOUNS = frozenset(('пик', 'ледник'))
# `час пик`, `часа пик`, `часы пик` (pymorphy3's first lemma of `часы` is `часы`, the watch): the rush hour
RUSH_HOUR = frozenset(('час', 'часы'))


def peak_reading(text):
    """pymorphy3's reading of `пику`, `ледника` as the noun of a peak or a glacier in the singular, else None
    (not its first: pymorphy3 reads `пику` first as an indeclinable place `Пику`, then `пик` and `пика`)."""
    if not text.islower() or not text.startswith(('пик', 'лед')):
        return None
    return next((parsed for parsed in parse(text) if parsed.normal_form in PEAK_NOUNS and parsed.tag.number == 'sing'),
                None)


def is_peak_noun(token):
    """`пик`, `пику`, `ледника`: a lower-case noun of a peak or a glacier in the singular; not `час пик`,
    `часы пик` (`в часы пик Ахметов ехал`: the rush hour)."""
    if peak_reading(token.text) is None:
        return False
    return token.i == 0 or lemma(token.doc[token.i - 1].text.lower()) not in RUSH_HOUR



def peak_normal(span):
    """`пику Абая`, `ледника Корженевского` -> пик Абая, ледник Корженевского: the noun in the nominative, the
    name after it as written (a genitive; `Корженевского` is no adjective agreeing with the noun); else None."""
    if span_value(span, 'rule') != 'peak-named-after':
        return None
    reading = peak_reading(span[0].text)
    if reading is None:
        return None
    return f'{reading.normal_form} {span[1:].text}'


def head_adjective_normal(span):
    """`на улице Заречной`, `улицы Садовой` -> улица Заречная, улица Садовая: a place of a lower-case noun and a
    capitalised word pymorphy3 reads first as an adjective agreeing with it (a street named by an adjective in
    apposition declines with its noun); else None (`улица Абая`: a genitive name stays as written). A peak named
    after a person (`ледника Корженевского`) has its own normal (`peak_normal`)."""
    peak = peak_normal(span)
    if peak is not None:
        return peak
    if span.label_ != 'LOC' or len(span) != 2 or not span[0].text.isalpha() or not span[0].text.islower() \
            or not span[1].text[:1].isupper() or not span[1].text.isalpha():
        return None
    head, name = span[0].text, span[1].text
    parses = parse(name)
    # `Заводской`: pymorphy3's first reading an adjective (a surname `Заводской` comes last)
    if not parses or parses[0].tag.POS not in AGREEING:
        return None
    adjectives = [parsed for parsed in parses if parsed.tag.POS in AGREEING]
    pair = nominative_pair(parse(head), adjectives)
    if pair is None or not all(pair):
        return None
    noun_form, adjective_form = pair
    normal = f'{noun_form} {match_case(adjective_form, name)}'
    return normal if is_inflection(noun_form, head) and is_inflection(adjective_form, name) else None


# a name pymorphy3 does not know ending in a hard consonant (`Талапкер`) is in the nominative or the accusative
# as written; in the genitive it would be `Талапкера`
NOMINATIVE_LETTERS = HARD_CONSONANTS


def listed_members(doc, span):
    """The one-word capitalised names listed with `span` (`Косшы, Талапкер и Коянды`), joined by `и` or commas."""
    members = []
    for step in (-1, 1):
        index = span.start - 1 if step < 0 else span.end
        for _ in range(LONGEST_LIST):
            name = index + step
            if not 0 <= name < len(doc) or doc[index].text not in COORDINATORS or not doc[name].text[:1].isupper() \
                    or not doc[name].text.isalpha():
                break
            members.append(doc[name].text)
            index = name + step
    return members


def listed_nominative_normal(doc, span):
    """`сёла ... — Косшы, Талапкер и Коянды` -> Коянды: a one-word place pymorphy3 does not know, listed with a name
    that can only be a nominative (`Талапкер`, unknown, in a hard consonant), shares its case and stays as
    written (pymorphy3 guesses a genitive `Коянда`); not one in -у/-ю, which may be a feminine accusative
    (`в Талапкер и Будву`); else None."""
    word = unknown_place(span)
    if word is None or word[-1:].lower() in ACCUSATIVE_ENDINGS:
        return None
    if any(is_bare_nominative(member) for member in listed_members(doc, span)):
        return word
    return None


def is_bare_nominative(word):
    """`Талапкер`: a name pymorphy3 does not know, in a hard consonant, that it reads only as a noun in the
    nominative or the accusative (not `Ауэзовском`, an adjective's locative)."""
    parses = parse(word)
    return len(word) > 3 and word[-1:].lower() in NOMINATIVE_LETTERS and bool(parses) \
        and not any(parsed.is_known for parsed in parses) \
        and all(parsed.tag.POS == 'NOUN' and parsed.tag.case in ('nomn', 'accs') for parsed in parses)
