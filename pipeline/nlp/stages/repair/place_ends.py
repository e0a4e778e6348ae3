"""Where a place slovnet ran on past its name ends (`loc-word-end`): `В горах Иле Алатау лавиноопасно`,
`Кара-Балта кыргызские таможенники`."""

from pipeline.nlp.doc import span_value
from pipeline.nlp.morph import lemma
from pipeline.nlp.stages.repair.places import TITLE_NOUNS, parses
from pipeline.nlp.stages.repair.spans import make_span

# `В горах Иле Алатау лавиноопасно`, `у подножия Таласского Алатау туман`, `Текели ручьи`: slovnet runs a
# place ending in a capitalised noun on into the lower-case word after it (a predicate, the subject of the
# clause); a name is closed by its capitalised noun unless an honorific (`Толе би`) or a place noun in
# Kazakh (`Абай облысы`) follows it. A lower-case noun after an adjective is the place's head
# (`Аральское море`, `Алматинская область`) and stays.
KAZAKH_PLACE_NOUNS = frozenset('облысы ауданы қаласы ауылы көлі өзені тауы елді'.split())
# `в Аральском и Казалинском районах`: pymorphy3 may read a town's adjective as the town (`Казалинском`, of
# Казалинск), so a place's head noun after it stays whatever the word before it
PLACE_HEADS = frozenset('''
район область округ край море озеро река горы гора хребет залив пролив остров водохранилище канал пустыня
долина ущелье перевал полуостров штат провинция республика низменность нагорье плато
'''.split())
NAME_ENDERS = TITLE_NOUNS | KAZAKH_PLACE_NOUNS | PLACE_HEADS | {'ата', 'баба', 'хан'}


def word_ends(doc, spans):
    """`Иле Алатау лавиноопасно` -> `Иле Алатау`: a LOC whose last word is lower case, after a
    capitalised word pymorphy3 reads as no adjective, ends before it."""
    result = []
    for span in spans:
        if span.label_ == 'LOC' and len(span) > 1 and is_run_on(span[-2], span[-1]):
            span = make_span(doc, span.start, span.end - 1, 'LOC', 'loc-word-end', span_value(span, 'canonical'))
        result.append(span)
    return result


def is_run_on(name, last):
    """The lower-case word `last` is no part of the place that the capitalised `name` before it closes."""
    if not last.is_alpha or not last.text.islower() or last.text in NAME_ENDERS or lemma(last.text) in NAME_ENDERS:
        return False
    # `Кара-Балта кыргызские`: a name of two words joined by a hyphen closes the place as one word does
    if not name.text.replace('-', '').isalpha() or not name.text[:1].isupper():
        return False
    readings = parses(name)
    return not readings or readings[0].tag.POS not in ('ADJF', 'PRTF')
