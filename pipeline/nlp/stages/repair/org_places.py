"""The region or district an organisation's name ends in, and the town after `города` in it, is a place
of the document (`org-region`, in doc.spans['inner']):

    Управление образования Туркестанской области            -> LOC Туркестанской области
    Департамент полиции по Карагандинской области           -> LOC Карагандинской области
    Прокуратура Кербулакского района                        -> LOC Кербулакского района
    Акимат Жамбылского сельского округа                     -> LOC Жамбылского сельского округа
    Управление туризма области Жетысу                       -> LOC области Жетысу
    Акимат города Щучинска                                  -> LOC Щучинска

A reader takes the region from the body's name (`Акимат Павлодарской области` says the news is about
Pavlodar region), and every written set and kz-dev's gold list it as a place of the document (157 such
regions and 19 districts inside organisations' names in the development gold: each a place, required
or optional; none left out; of 41 towns after `города`, 39 are places, the other two not found by the
check's lemmas). NEREL nests it as a span of its own. doc.ents stay flat: the place is a
mention inside the organisation's, as the towns a road joins are (`places.inner_places`).

Not a region: a capitalised adjective without the noun (`Карагандинский областной суд`: the noun is
`суд`), an adjective of no place (`Высшей школы`), and a noun in the plural (`районов`), which names
no one place. Only an organisation's own mention is read: `аким Туркестанской области` is a position,
whose place slovnet and the gazetteer find as they find any other.

Tried and left out: `Республики Казахстан` in a body's name (`Министерство энергетики
Республики Казахстан`) as a place: most sets list the country by its short name, optional, so the full
name counts against them (written_news4 LOC 1.000 -> .949, written_news6 .977 -> .955, written_news32
.958 -> .939).
"""

from pipeline.nlp.morph import parse
from pipeline.nlp.stages.repair.org_end_places import end_place
from pipeline.nlp.stages.repair.places import INNER
from pipeline.nlp.stages.repair.spans import make_span

# the nouns of an administrative unit, in the singular, in any case (`области`, `районе`, `округу`)
UNIT_LEMMAS = frozenset(('область', 'район', 'округ'))
# `Жамбылского сельского округа`: the lower-case adjective between a unit's name and `округ`
RURAL = ('сельск',)
# the endings of a place adjective in the genitive, dative, locative or instrumental singular
# (`Туркестанской`, `Кербулакского`, `Жамбылскому`, `Алакольском`): the forms a body's tail takes
PLACE_ADJECTIVE_ENDINGS = ('ской', 'ского', 'скому', 'ском', 'ским', 'цкой', 'цкого', 'цкому', 'цком')
# `области Жетысу`, `области Абай`, `области Ұлытау`: the name after the noun, in the nominative
NAME_AFTER = ('область',)
# `Акимат города Щучинска`: the town after `города`, whose name alone is the place (`город` is no part of it)
# (not `городу`: a town's name in -у then is read as a Kazakh name that does not decline, `по городу
# Шымкенту` naming a place Шымкенту, as `Жетысу` and `Кокшетау` are rightly kept)
TOWN_NOUNS = ('города', 'городе', 'городом')


def unit_noun(token):
    """The lemma of an administrative unit's noun in the singular (`области` -> область), else None."""
    text = token.text
    if not text.isalpha() or not text.islower():
        return None
    for parsed in parse(text):
        if parsed.tag.POS == 'NOUN' and parsed.normal_form in UNIT_LEMMAS and parsed.tag.number == 'sing':
            return parsed.normal_form
    return None


def is_place_adjective(token):
    """`Туркестанской`, `Северо-Казахстанской`: a capitalised adjective of a place in an oblique case."""
    text = token.text
    return text[:1].isupper() and not text.isupper() and text.replace('-', '').isalpha() \
        and text.lower().endswith(PLACE_ADJECTIVE_ENDINGS)


def region_in(doc, span):
    """(start, stop) of the region or district inside organisation `span`, else None: a place adjective
    and the unit's noun (`Туркестанской области`, `Жамбылского сельского округа`), or `области` and the
    capitalised name after it (`области Жетысу`)."""
    for index in range(span.start + 1, span.end):
        noun = unit_noun(doc[index])
        if noun is None:
            continue
        start = index - 1
        if noun == 'округ' and start > span.start and doc[start].text.lower().startswith(RURAL):
            start -= 1
        if start > span.start and is_place_adjective(doc[start]):
            return start, index + 1
        after = doc[index + 1] if index + 1 < span.end else None
        if noun in NAME_AFTER and after is not None and after.text[:1].isupper() and after.text.isalpha() \
                and not after.text.isupper() and index > span.start:
            return index, index + 2
    return None


def town_in(doc, span):
    """(start, stop) of the town after `города` inside organisation `span` (`Акимат города Щучинска`:
    Щучинска), else None."""
    for index in range(span.start + 1, span.end - 1):
        word, after = doc[index].text, doc[index + 1]
        if after.text[:1].isupper() and not after.text.isupper() and after.text.replace('-', '').isalpha():
            if word.lower() in TOWN_NOUNS and word.islower():
                return index + 1, index + 2
    return None


def org_regions(doc):
    """Adds to doc.spans['inner'] the region or district and the town each organisation's name names (see the
    module's docstring), and the city or country it ends in (`org-end-place`, org_end_places.py), once doc.ents
    are final; a place doc.ents have there already is not repeated, nor a city or country inner already has."""
    added = []
    places = {(span.start, span.end) for span in doc.ents if span.label_ == 'LOC'}
    taken = places | {(span.start, span.end) for span in doc.spans.get(INNER, ())}
    for span in doc.ents:
        if span.label_ != 'ORG':
            continue
        for found in (region_in(doc, span), town_in(doc, span)) if len(span) >= 3 else ():
            if found is None or found in places or found == (span.start, span.end):
                continue
            added.append(make_span(doc, found[0], found[1], 'LOC', 'org-region'))
            taken.add(found)
        found = end_place(doc, span)
        if found is not None and found not in taken:
            added.append(make_span(doc, found[0], found[1], 'LOC', 'org-end-place'))
    if added:
        doc.spans[INNER] = sorted(list(doc.spans.get(INNER, ())) + added, key=lambda span: span.start)
