"""The subject of a figure: the frame it is counted in, read before it in its
sentence (`на городском уровне`, `в рамках деятельности филиала`, `в Карагандинской области`)."""

from pipeline.nlp.grammars.figures.objects import is_lower_word
from pipeline.nlp.grammars.figures.vocabulary import ADJECTIVE_POS
from pipeline.nlp.grammars.figures.words import word_info


SUBJECT_LEVEL = 'уровне'
SUBJECT_FRAME = ('в', 'рамках')
SUBJECT_PLACE_PREPOSITIONS = frozenset({'в', 'во'})
SUBJECT_PLACE_LEMMAS = frozenset(
    'область район город регион столица округ село посёлок поселок аул страна республика '
    'мегаполис микрорайон'.split())
# в городе Астане: a name may follow these
SUBJECT_NAMED_PLACES = frozenset({'город', 'село', 'посёлок', 'поселок', 'аул', 'район'})
SUBJECT_MAX_WORDS = 4


def _subject_at(tokens, index):
    """A subject phrase starting at tokens[index]: (first, last index) or None.

    на городском уровне | в рамках деятельности филиала | в Карагандинской области
    """
    token = tokens[index]
    if token.kind != 'word':
        return None
    n = len(tokens)
    # на ADJ* уровне
    if token.norm == 'на':
        end = index + 1
        while end < n and end - index <= SUBJECT_MAX_WORDS and tokens[end].kind == 'word':
            if tokens[end].norm == SUBJECT_LEVEL:
                return (index, end) if end > index + 1 else None
            if word_info(tokens[end].norm).pos not in ADJECTIVE_POS:
                return None
            end += 1
        return None
    # в рамках NOUN/ADJ (genitive, lower case)*
    if token.norm == SUBJECT_FRAME[0] and index + 1 < n and tokens[index + 1].norm == SUBJECT_FRAME[1]:
        last = index + 1
        end = index + 2
        while end < n and end - index < SUBJECT_MAX_WORDS + 2 and is_lower_word(tokens[end]):
            info = word_info(tokens[end].norm)
            if info.pos not in ADJECTIVE_POS and not info.noun_lemma:
                break
            last = end
            end += 1
        return (index, last) if last > index + 1 else None
    # в ADJ* (области|районе|городе ...) [Name]
    if token.norm in SUBJECT_PLACE_PREPOSITIONS:
        end = index + 1
        while end < n and end - index <= SUBJECT_MAX_WORDS and tokens[end].kind == 'word':
            info = word_info(tokens[end].norm)
            place = info.lemmas & SUBJECT_PLACE_LEMMAS
            if place and info.noun_lemma:
                if (place & SUBJECT_NAMED_PLACES and end + 1 < n and tokens[end + 1].kind == 'word'
                        and tokens[end + 1].text[:1].isupper()):
                    end += 1
                return index, end
            if info.pos not in ADJECTIVE_POS:
                return None
            end += 1
    return None


def find_subjects(tokens):
    """All subject phrases as (first, last) token indices, in text order."""
    found = []
    index = 0
    while index < len(tokens):
        span = _subject_at(tokens, index)
        if span is not None and tokens[span[0]].sentence == tokens[span[1]].sentence:
            found.append(span)
            index = span[1] + 1
        else:
            index += 1
    return found


def subject_text(text, tokens, span):
    """'В рамках деятельности филиала' -> 'в рамках деятельности филиала'."""
    surface = text[tokens[span[0]].start:tokens[span[1]].stop].replace('\u00ad', '').replace('\u200b', ' ')
    surface = ' '.join(surface.split())
    return surface[:1].lower() + surface[1:]
