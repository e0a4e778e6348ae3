"""UNIT and COUNTED: what a figure is measured in or counts.

    UNIT       `%`, `процентов`, `тенге`, `₸`, `руб.`, `$`, `евро` ...
    COUNTED    ADJ* NOUN {и ADJ* NOUN}           `общественных организаций`
"""

from pipeline.nlp.grammars.figures.vocabulary import (
    ABBREVIATED_NOUNS, ADJECTIVE_POS, CLOSE_QUOTES, COORDINATORS, MAX_ADJECTIVES, OPEN_QUOTES, PERCENT_POINTS,
    PERCENT_POINT_ABBREVIATION, UNIT_ABBREVIATIONS, UNIT_COMPLEMENTS, UNIT_LEMMAS, UNIT_WORDS)
from pipeline.nlp.grammars.figures.words import word_info


def unit_at(tokens, index):
    """UNIT at tokens[index]: (code, next index) or None."""
    if index >= len(tokens):
        return None
    token = tokens[index]
    code = UNIT_WORDS.get(token.norm)
    if code is None and token.kind == 'word':
        info = word_info(token.norm)
        code = next((UNIT_LEMMAS[lemma] for lemma in info.lemmas if lemma in UNIT_LEMMAS), None)
        if code is not None and info.pos not in ('NOUN', None):
            code = None
    if code is None:
        return None
    end = index + 1
    if end < len(tokens) and tokens[end].text == '.' and tokens[end].glued and token.norm in UNIT_ABBREVIATIONS:
        end += 1
    if end < len(tokens) and tokens[end].norm in UNIT_COMPLEMENTS:
        end += 1
    return code, end


def is_lower_word(token):
    """A lower-case word outside a date."""
    return token.kind == 'word' and not token.skip and token.text[:1].islower()


def _may_be_counted(token, capitals):
    """A word of a counted phrase: lower case, or any case where capitals are allowed
    (but not an all-caps abbreviation: 2 МВД)."""
    if token.kind != 'word' or token.skip:
        return False
    return token.text[:1].islower() or (capitals and not (len(token.text) > 1 and token.text.isupper()))


def _close_quote(tokens, end, quoted):
    """Take a closing quote along after a quoted counted phrase."""
    if quoted and end < len(tokens) and tokens[end].text in CLOSE_QUOTES and tokens[end].glued:
        return end + 1
    return end


def noun_at(tokens, index, capitals=False, single=False):
    """ADJ* NOUN at tokens[index]: (lemma, {(case, number)}, next index) or None.

    With `capitals`: a capitalised phrase (пять Золотых мячей, but not a name) or a
    quoted one (два «Оскара»), the closing quote taken along.  Adjectives with no
    noun after them stand for one when plural (трёх пострадавших, двое неизвестных),
    or after один (`single`: одного задержанного).
    """
    n = len(tokens)
    end = index
    adjectives = []
    if tuple(t.norm for t in tokens[index:index + 4]) == PERCENT_POINT_ABBREVIATION:
        return PERCENT_POINTS, frozenset(), index + 4
    quoted = capitals and index + 1 < n and tokens[index].text in OPEN_QUOTES and tokens[index + 1].glued
    if quoted:
        end += 1
    while end < n and _may_be_counted(tokens[end], capitals):
        token = tokens[end]
        if token.norm in ABBREVIATED_NOUNS and token.text[:1].islower():
            stop = end + 1
            if stop < n and tokens[stop].text == '.' and tokens[stop].glued:
                stop += 1
            if token.norm == 'кв' and stop < n and tokens[stop].norm == 'м':
                stop += 1
            return ABBREVIATED_NOUNS[token.norm], frozenset(), stop
        if len(token.norm) == 1:
            break  # п, с: an abbreviation we do not know, or и, в after an adjective
        info = word_info(token.norm)
        if not quoted and not token.text[:1].islower() and info.proper:
            break  # 2019 Путин
        if info.pos in ADJECTIVE_POS and len(adjectives) < MAX_ADJECTIVES:
            adjectives.append(info)
            end += 1
            continue
        if info.noun_lemma:
            if info.noun_lemma == 'пункт' and adjectives and 'процентный' in adjectives[-1].lemmas:
                return PERCENT_POINTS, info.noun_forms, end + 1
            return info.noun_lemma, info.noun_forms, _close_quote(tokens, end + 1, quoted)
        break
    if adjectives and adjectives[-1].adjective and (adjectives[-1].plural or single):
        # трёх пострадавших: the last adjective is the counted word
        number = 'plur' if adjectives[-1].plural else 'sing'
        return adjectives[-1].adjective, frozenset({(None, number)}), _close_quote(tokens, end, quoted)
    return None


def counted_at(tokens, index, capitals=False, single=False):
    """COUNTED at tokens[index]: (lemma, {(case, number)}, next index) or None;
    takes coordinated nouns along."""
    noun = noun_at(tokens, index, capitals, single)
    if noun is None:
        return None
    lemma, forms, end = noun
    # предложений и обращений: the same case and number after и/или
    while end + 1 < len(tokens) and tokens[end].norm in COORDINATORS:
        other = noun_at(tokens, end + 1)
        if other is None or not (forms & other[1]):
            break
        end = other[2]
    return lemma, forms, end
