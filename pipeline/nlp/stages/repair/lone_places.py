"""A one-word person who is nobody else in the document and whom the document shows to be a place
(`place-word`):

    пасечники города Алтай, бывшего Зыряновска        a town pymorphy3 knows, and no name
    из Шу в Мойынкум ... дорогу до Шу откроют          a place elsewhere in the same text
    в Шиелийском районе, где пастбища у Шиели           the name its district's adjective is made of
    в Звериноголовском районе ... у Звериноголовского   a village whose adjective-shaped name is its district's
    часть у Сарышагана, на берегу Каратала               a Kazakh place-name compound after a word of place
    Пасечники Катон-Карагая ... в Катон-Карагайском районе  a hyphened name, its district's adjective made of it

A person named by one word is most often one introduced by the full name before (`Ерлан Сапаров` ...
`Сапаров`): such a word stays a person. So does a common noun for a living being written with a capital,
a title (`префект Папского дома` ... `Папа подчеркнул`): the place adjective that shares its stem makes
it no place.

A one-word organisation that is a case form of a place the gazetteer found in the same document is that
place (`place-known-form`): `СЕМЕЙ, 14 января` ... `В Семее напомнили` (a town in -ей declines as Андрей,
and the look-up, by pymorphy3's lemma, misses `Семее`).
"""

from pipeline.nlp.doc import span_value
from pipeline.nlp.kazakh import fold, has_name_element, is_kazakh_adjective
from pipeline.nlp.kazakh_places import is_kazakh_compound
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.place_forms import VOWELS
from pipeline.nlp.stages.repair.name_edges import is_place_not_name
from pipeline.nlp.stages.repair.persons import is_known_name, is_word, same_name
from pipeline.nlp.stages.repair.spans import make_span
from pipeline.nlp.wordforms import SOFT_DECLENSIONS, is_inflection

# Шиелийский (Шиели), Шуский (Шу), Кордайский (Кордай), Тимирязевский (Тимирязево): a district's or a
# region's adjective is its centre's name with -ский, -йский after -и, the final vowel dropped
ADJECTIVE_ENDING = 'ский'
# the oblique endings of such an adjective, a village's name in -ское declined (`у Звериноголовского`)
ADJECTIVE_OBLIQUE = ('ского', 'скому', 'ским', 'ском')


def word_forms(text):
    """The written word and the nominatives of its noun readings, folded to Russian letters and lower
    case (`Кордая`: кордая, кордай; pymorphy3's first reading may be a woman's name)."""
    return {fold(text.lower())} | {fold(parsed.normal_form) for parsed in parse(text)[:3] if parsed.tag.POS == 'NOUN'}


def adjective_stems(doc, spans):
    """`шиелий`, `шу`, `тимирязев`: the stems of the place adjectives (`Шиелийском районе`) in
    the LOC mentions of the document."""
    stems = set()
    for span in spans:
        if span.label_ != 'LOC':
            continue
        for token in span:
            if is_word(token):
                adjective = fold(lemma(token.text))
                if adjective.endswith(ADJECTIVE_ENDING):
                    stems.add(adjective[:-len(ADJECTIVE_ENDING)])
    return stems


# Меркенский (Мерке), Каратобинский (Каратобе): a name in a vowel takes -н- before -ский
LINKING_N = 'н'


def adjective_names(stems):
    """The names the stems of place adjectives come from: `шиелий` -> шиелий, шиели; `кордай` -> кордай;
    `меркен` -> меркен, мерке."""
    names = set()
    for stem in stems:
        names.add(stem)
        if stem.endswith('й'):
            names.add(stem[:-1])
        elif stem.endswith(LINKING_N) and stem[-2:-1] in VOWELS:
            names.add(stem[:-1])
    return {name for name in names if len(name) > 1}


def makes_adjective(text, forms, names):
    """`Шиели` (шиелий), `Шу` (шу), `Кордая` (кордай), `Тимирязево` (тимирязев): the name a place
    adjective of the document is made of, in any case."""
    return any(form in names or form[-1:] in 'аоеы' and form[:-1] in names for form in forms) \
        or any(is_inflection(text, name) for name in names if name[:2] == fold(text[:2].lower()))


# `у Сарышагана`, `вблизи Теренозека`, `на берегу Каратала`: the prepositions and nouns after which a one-word
# name in the genitive is where something is
PLACE_PREPOSITIONS = ('у', 'из', 'до', 'от', 'около', 'возле', 'близ', 'вблизи', 'вдоль')
PLACE_GENITIVE_WORDS = PLACE_PREPOSITIONS + ('берегу', 'берега', 'побережье', 'побережья', 'окрестностях',
                                             'окрестности', 'устье', 'устья')
# the endings of a surname or a patronymic in any case (`у Карабаева`, `у Сарыбекова`, `от Акылбекулы`)
SURNAME_ENDINGS = ('ов', 'ев', 'ин', 'ова', 'ева', 'ина', 'ову', 'еву', 'ину', 'улы', 'кызы', 'уулу')


def is_kazakh_place_word(doc, span):
    """`часть у Сарышагана`, `фермы у Теренозека`, `на берегу Каратала`: a one-word name after a word of place,
    whose nominative is a Kazakh place compound (`kazakh_places.is_kazakh_compound`: сары-, кара-, -озек,
    -булак ...) and no surname's or first name's shape."""
    if span.start == 0 or doc[span.start - 1].text.lower() not in PLACE_GENITIVE_WORDS:
        return False
    word = span.text
    if fold(word.lower()).endswith(SURNAME_ENDINGS):
        return False
    stems = {word} | {word[:-1] for ending in 'аую' if word.lower().endswith(ending)}
    stems = [stem for stem in stems if len(stem) > 4]
    return any(is_kazakh_compound(stem) for stem in stems) and not any(has_name_element(stem) for stem in stems)


def is_district_village(text, stems):
    """`у Звериноголовского` beside `в Звериноголовском районе`: a word of adjective shape (-ского, -скому)
    that is the document's place adjective itself names the village its district is named after
    (Звериноголовское), no person; a surname of that shape one knows (`Жуковского`) is left to
    `is_known_name`."""
    return text[:1].isupper() and fold(text.lower()).endswith(ADJECTIVE_OBLIQUE) \
        and fold(lemma(text)) in {stem + ADJECTIVE_ENDING for stem in stems}


def is_common_animate(text):
    """`Папа`, `Папу`: pymorphy3 knows the word only as a common noun for a living being (no name, no
    place): a title written with a capital, which no place adjective (`Папского`) makes a place."""
    readings = parse(text)[:3]
    return bool(readings) and all(parsed.is_known and parsed.tag.POS == 'NOUN' and parsed.tag.animacy == 'anim'
                                  and not any(tag in parsed.tag for tag in ('Name', 'Surn', 'Patr', 'Geox'))
                                  for parsed in readings)


def surnames(spans):
    """The words of the persons named by more than one word (`Ерлан Сапаров`: ерлан, сапаров)."""
    return [token.text for span in spans if span.label_ == 'PER' and len(span) > 1 for token in span]


# Катон-Карагай (қарағай `pine`), Ак-Булак, Кара-Тобе, Жер-Агаш, Ак-Кудук, Сары-Озек: the elements a hyphened Kazakh
# place's last part opens with (in any case: `Катон-Карагая`)
HYPHENED_ELEMENTS = ('карага', 'булак', 'агаш', 'кудук', 'тобе', 'тюбе', 'коль', 'кол', 'кайнар', 'озек', 'бастау',
                     'тау')


def is_kazakh_hyphened(word):
    """`Катон-Карагая`, `Ак-Булака`, `Сары-Озека`: a hyphened word whose last part opens with a Kazakh element of a
    place or whose first part is a Kazakh adjective (`kazakh.is_kazakh_adjective`); not `Шлезвиг-Гольштейна`,
    `Биг-Бен`."""
    parts = fold(word.lower()).split('-')
    return len(parts) == 2 and (is_kazakh_adjective(parts[0]) or parts[1].startswith(HYPHENED_ELEMENTS))


def place_words(doc, spans):
    """A one-word PER that is no word of a longer person's name, nor a name or surname one knows, is a place when
    pymorphy3 knows it as a place, when the document names it as a place elsewhere (`из Шу` ...
    `до Шу`), or when a place adjective of the document is made of it (`Шиелийском` ... `у Шиели`)."""
    # (`Пасечники Катон-Карагая` ... `в Катон-Карагайском районе`: a hyphened word of Kazakh places is one word
    # here too)
    lone = {span.start for span in spans if span.label_ == 'PER' and len(span) == 1 and span.text[:1].isupper()
            and (span[0].is_alpha or is_word(span[0]) and is_kazakh_hyphened(span.text))}
    if not lone:
        return spans
    places = {form for span in spans if span.label_ == 'LOC' and len(span) == 1 for form in word_forms(span.text)}
    stems = adjective_stems(doc, spans)
    names = adjective_names(stems)
    people = surnames(spans)
    result = []
    for span in spans:
        if span.start in lone and span.label_ == 'PER' and len(span) == 1 and not any(same_name(span.text, name) for name in people) \
                and not is_common_animate(span.text):
            forms = word_forms(span.text)
            if is_place_not_name(span.text) or not is_known_name(span.text) and (
                    forms & places or makes_adjective(span.text, forms, names) or is_kazakh_place_word(doc, span)
                    or is_district_village(span.text, stems)):
                span = make_span(doc, span.start, span.end, 'LOC', 'place-word', span_value(span, 'canonical'))
        result.append(span)
    return result


# a place in a vowel and -й declines as Андрей: Семей -> Семея, Семею, Семеем, Семее
SOFT_PLACE_ENDINGS = SOFT_DECLENSIONS['й']


def is_case_form(word, name):
    """`Семее` is a case form of `Семей`: the same word, a form pymorphy3 generates from it, or the
    declension of a name in a vowel and -й."""
    word, name = fold(word.lower()).replace('ё', 'е'), fold(name.lower()).replace('ё', 'е')
    if word == name or is_inflection(name, word):
        return True
    return len(name) > 3 and name[-1] == 'й' and name[-2] in VOWELS \
        and any(word == name[:-1] + ending for ending in SOFT_PLACE_ENDINGS)


def known_place_forms(doc, spans):
    """`СЕМЕЙ, 14 января – Kazinform` (LOC, the gazetteer's Семей) ... `В Семее напомнили` (ORG) -> LOC
    Семей: a one-word organisation the gazetteer does not know that is a case form of a one-word place it
    knows in the same document."""
    canonicals = (span_value(span, 'canonical') for span in spans if span.label_ == 'LOC' and len(span) == 1)
    known = {canonical for canonical in canonicals if canonical and ' ' not in canonical}
    if not known:
        return spans
    names = sorted(known)
    result = []
    for span in spans:
        # (a club named after its town is written in quotes or in the nominative: `«Астана»`, `с «Астаной»`)
        if span.label_ == 'ORG' and len(span) == 1 and not span_value(span, 'canonical') and span[0].is_alpha \
                and span.text[:1].isupper() and not (span.start > 0 and doc[span.start - 1].is_quote):
            name = next((name for name in names
                         if fold(span.text.lower()) != fold(name.lower()) and is_case_form(span.text, name)), None)
            if name:
                span = make_span(doc, span.start, span.end, 'LOC', 'place-known-form', name)
        result.append(span)
    return result
