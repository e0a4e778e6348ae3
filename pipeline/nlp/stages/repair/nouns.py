"""A common noun that opens a sentence is no name: `Грант выделен ...`, `Зерно отгрузили ...`.

slovnet takes a capitalised word at the start of a sentence for a person or a place when it
has nothing else to go on. A one-word PER or LOC there is dropped when its word is, in lower
case, a noun pymorphy3 knows with no name reading (no first name, surname, patronymic, place
or organisation: `Семена` is Семён's genitive, `Москва` a place, both stay) and the text
never writes it capitalised inside a sentence.
"""

from pipeline.nlp.morph import parse

NAME_READINGS = ('Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad', 'Abbr')
LABELS = ('PER', 'LOC')


def is_common_noun(word):
    """Every pymorphy3 reading of the word is a known common noun."""
    parses = parse(word.lower())
    return bool(parses) and all(
        parsed.is_known and parsed.tag.POS == 'NOUN' and not any(tag in parsed.tag for tag in NAME_READINGS)
        for parsed in parses)


def _capitalised_inside(doc):
    """The capitalised words written somewhere other than a sentence's start (one walk a document)."""
    return {token.text for token in doc if token.text[:1].isupper() and not token.is_sent_start}


def sentence_nouns(doc, spans):
    """Drop one-word PER/LOC mentions that are a sentence's opening common noun."""
    kept, inside = [], None
    for span in spans:
        word = span.text
        if (span.label_ in LABELS and len(span) == 1 and span[0].is_sent_start and word.isalpha()
                and word[:1].isupper() and not word.isupper() and not span._.canonical
                and is_common_noun(word)):
            if inside is None:
                inside = _capitalised_inside(doc)
            if word not in inside:
                continue
        kept.append(span)
    return kept
