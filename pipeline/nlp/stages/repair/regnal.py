"""A monarch's name with its regnal numeral: `Людовик XIV`, `Елизавета II`.

- `person-regnal`: `правил король Дании Фредерик X.` (PER `Фредерик X.`) -> PER `Фредерик X`: the period after
  a numeral ends the sentence, it is no initial;
- `person-regnal`: `сын короля Буганды Мутесы II Мутеби` (PER `Буганды Мутесы II Мутеби`) -> LOC `Буганды`,
  PER `Мутесы II Мутеби`: a monarch's name opens one word before its numeral, the word before
  it, after a title, is the realm in the genitive;
- `person-regnal-numeral`: `правление Мсвати III` (PER `Мсвати`) -> PER `Мсвати III`: the numeral
  is part of the name.
"""

import re

from pipeline.nlp.doc import span_value
from pipeline.nlp.morph import lemma
from pipeline.nlp.name_parts import is_listed_first_name
from pipeline.nlp.stages.repair.spans import give_back, make_span

# I .. XXXIX: a regnal numeral in Latin capitals
ROMAN = re.compile(r'X{0,3}(?:IX|IV|V?I{0,3})')
CYRILLIC = re.compile(r'[а-яё]', re.IGNORECASE)
# the titles a realm in the genitive follows: `короля Швеции`, `султана Омана`, `мвами Руанды`
MONARCH_TITLES = frozenset('''
король королева царь царица император императрица султан эмир шах князь княгиня принц принцесса
монарх мвами
'''.split())


def is_roman(text):
    return bool(text) and ROMAN.fullmatch(text) is not None


def is_cyrillic_name_word(token):
    """A capitalised word in Cyrillic letters (`Мсвати`, `Жан-Батист`)."""
    text = token.text
    return text[:1].isupper() and CYRILLIC.search(text) is not None and not is_roman(text)


def regnal_names(doc, spans):
    """`Фредерик X.` -> `Фредерик X`; `Буганды Мутесы II` after a title -> LOC + PER."""
    result = []
    for span in spans:
        if span.label_ == 'PER':
            # (`Фредерик X.`: a period after the numeral, the word before it in Cyrillic)
            if len(span) >= 3 and span[-1].text == '.' and is_roman(span[-2].text) \
                    and is_cyrillic_name_word(span[-3]):
                span = make_span(doc, span.start, span.end - 1, 'PER', 'person-regnal', span_value(span, 'canonical'))
            realm = realm_before(doc, span)
            if realm is not None:
                give_back(doc, result, span.start)
                result.append(make_span(doc, span.start, span.start + 1, 'LOC', 'person-regnal'))
                span = make_span(doc, span.start + 1, span.end, 'PER', 'person-regnal', span_value(span, 'canonical'))
        result.append(span)
    return result


def regnal_numerals(doc, spans):
    """`Мсвати` before `III` -> `Мсвати III`: a numeral one space after a PER's Cyrillic last word, in
    no other mention, is part of the name (run after the persons are propagated, which find the
    bare name again)."""
    taken = {token.i for span in spans for token in span}
    result = []
    for span in spans:
        end = span.end
        if span.label_ == 'PER' and end < len(doc) and end not in taken and span[-1].whitespace_ == ' ' \
                and is_roman(doc[end].text) and is_cyrillic_name_word(span[-1]):
            span = make_span(doc, span.start, end + 1, 'PER', 'person-regnal', span_value(span, 'canonical'))
        result.append(span)
    return result


def realm_before(doc, span):
    """`короля Буганды Мутесы II`: the span's first word, two words before its numeral, right after
    a monarch's title (`короля`, `Король`, `мвами`) and no first name, is the realm; None otherwise
    (`Карл Густав XVI`, `на фото Мутесы Мутеби II`)."""
    numeral = next((token.i for token in span if is_roman(token.text)), None)
    if numeral is None or numeral - span.start != 2 or span.start == 0:
        return None
    first, title = span[0], doc[span.start - 1]
    if not (first.is_alpha and is_cyrillic_name_word(first) and is_cyrillic_name_word(span[1])):
        return None
    if is_listed_first_name(first.text) or not title.is_alpha:
        return None
    word = title.text.lower()
    return first if word in MONARCH_TITLES or lemma(word) in MONARCH_TITLES else None
