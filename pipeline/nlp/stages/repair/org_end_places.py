"""The city or country an organisation's name ends in is a place of the document (`org-end-place`, in
doc.spans['inner'], added by org_places.org_regions beside the regions it reads):

    Министерство иностранных дел Пакистана    -> LOC Пакистана
    Пресвитерианский госпиталь Нью-Йорка      -> LOC Нью-Йорка
    Верховный суд Бангладеша                   -> LOC Бангладеша

A reader takes the place from the body's name, the written sets list such a country as an optional place
of the document, and NEREL nests it as a span of its own. Only one word the dictionary knows as a
place, in the genitive, after a lower-case word of the name that is no place noun (`Университета штата
Огайо`: the place is `штата Огайо`, and pymorphy3 reads the indeclinable `Огайо` as a genitive too).
"""

from pipeline.nlp.morph import parse

# `штата Огайо`, `города Щучинска`, `области Абай`: a place noun before the name makes the place
# longer than the word (and `org-region` reads the town after `города`)
# (word forms, not lemmas: `Департамент ... по городу Алматы` keeps its place, which the lemma `город` would
# take out; tried)
PLACE_NOUNS = frozenset('штата штате города городе области провинции округа графства района края республики'.split())


def is_dictionary_genitive_place(text):
    """`Пакистана`, `Нью-Йорка`: a word the dictionary knows first as a place, in the genitive
    (`МХАТа имени Чехова`: a surname before the town Чехов)."""
    parses = parse(text)
    return bool(parses) and 'Geox' in parses[0].tag and parses[0].is_known \
        and any('Geox' in parsed.tag and parsed.tag.case == 'gent' for parsed in parses[:3])


def end_place(doc, span):
    """(start, stop) of the place word an ORG ends in, else None."""
    if len(span) < 2:
        return None
    last, before = span[-1], span[-2]
    text = last.text
    if not text[:1].isupper() or text.isupper() or not text.replace('-', '').isalpha():
        return None
    if not before.text.islower() or before.text in PLACE_NOUNS or not before.is_alpha:
        return None
    return (last.i, last.i + 1) if is_dictionary_genitive_place(text) else None

