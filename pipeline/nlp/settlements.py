"""The normal form of a place named after a settlement noun: `в селе Коянды`, `в селе Покровском`.

A name in apposition to a lower-case settlement noun (село, посёлок, аул, город,
станица ...) either agrees with it in case or stays in the nominative:

    в селе Ивановке       agrees (locative)      -> Ивановка
    в селе Покровском     agrees, an adjective   -> Покровское (the gender of село)
    в селе Коянды         no locative reading    -> Коянды, as written: a name that
                                                    cannot be in the noun's case is the
                                                    nominative (pymorphy3's guess
                                                    `Коянда` is a genitive)
    в поселке Шиели       a name that does not   -> Шиели, as written (pymorphy3's guess
                          decline                   `шиель` is a feminine noun in -ь)
    жители сел Курайлы,   a plural noun: each    -> Курайлы, as written
    Каратал               name in the nominative

So the settlement noun's case decides which reading of the name is meant.

A lone place in an oblique case that pymorphy3 reads as a man's surname it knows in that case (and as no place),
or an unknown locative in a consonant + -ине, is a village in the neuter (`в Смирнове`, `из Тимирязева`,
`в Балкашине` -> Смирново, Тимирязево, Балкашино, `neuter_village_normal`); the guarantee of normal forms takes
the declension of the neuter places in -ово/-ино (`wordforms.neuter_place_declension`).
"""

from pipeline.nlp.doc import span_value, token_texts
from pipeline.nlp.kazakh import fold, has_feminine_place_element
from pipeline.nlp.kazakh_places import FEMININE_ELEMENTS, TO_PREPOSITIONS
from pipeline.nlp.morph import inflect, match_case, parse
from pipeline.nlp.name_parts import SURNAME_STEMS
from pipeline.nlp.place_apposition import is_bare_nominative
from pipeline.nlp.place_ellipsis import is_listed_district_adjective
from pipeline.nlp.place_forms import (CONSONANTS, GENITIVE_PLACE_PREPOSITIONS, LOCATIVE_PREPOSITIONS, after_preposition,
                                      is_indeclinable_place, noun_after_list)
from pipeline.nlp.wordforms import is_inflection, neuter_nominative

SETTLEMENT_NOUNS = frozenset({
    'село', 'посёлок', 'поселок', 'аул', 'ауыл', 'город', 'станица', 'деревня', 'хутор',
    'станция', 'местечко', 'городок', 'слобода', 'разъезд',
    # the names of lakes, rivers and the land take the same apposition: `на озёрах Катарколь и
    # Жукей`, `к реке Келес`, `в пустыне Кызылкум`, `через перевал Кокпек`, `в ущельях Тургень и Кайнар`;
    # not `долина`, whose name is a genitive (`в долину Шарына` is the valley of the Шарын)
    'озеро', 'река', 'хребет', 'перевал', 'плато', 'полуостров', 'пустыня', 'урочище', 'залив', 'ущелье',
    'ущелие',  # pymorphy3's lemma of `ущелье` (`ущельях` -> ущелие)
})
AGREEING = ('ADJF', 'PRTF')


FOLDED_NOUNS = frozenset(noun.replace('ё', 'е') for noun in SETTLEMENT_NOUNS)
# the first letters of their forms (сел-, сёл-, пос-, ауы-): other words are not parsed at all
PREFIXES = frozenset(noun[:3] for noun in FOLDED_NOUNS) | {'сёл', 'озё'}


def settlement_cases(token):
    """{(case, number, gender)} of `token` (or a text) read as a lower-case settlement noun, else empty."""
    text = token if isinstance(token, str) else token.text
    if text[:3].replace('ё', 'е') not in PREFIXES and text[:3] not in PREFIXES or not text.islower():
        return set()
    return {(parsed.tag.case, parsed.tag.number, parsed.tag.gender) for parsed in parse(text)
            if parsed.tag.POS == 'NOUN' and parsed.normal_form.replace('ё', 'е') in FOLDED_NOUNS}


def _previous_word(doc, index):
    index -= 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    return doc[index] if index >= 0 else None


# `в поселках Тургень и Тургызба`, `сел Курайлы, Каратал`: the names of a list share the noun before the first
LIST_JOINERS = ('и', ',')
LONGEST_LIST = 6


def _head_of_list(doc, index):
    """The word before the list of one-word names that token `index` closes: `поселках` for
    `Тургызба` in `в поселках Тургень и Тургызба`; the word before `index` when no list."""
    head = _previous_word(doc, index)
    for _ in range(LONGEST_LIST):
        if head is None or head.text not in LIST_JOINERS:
            return head
        name = _previous_word(doc, head.i)
        if name is None or not name.text[:1].isupper() or not name.text.isalpha():
            return head
        head = _previous_word(doc, name.i)
    return head


HARD_CONSONANTS = set('бвгдзклмнпрстфхцш')


# the land's and water's nouns: no one holds a title of them (`мэр города Собянин` has no `перевала Титов`)
NATURAL_FEATURES = frozenset({'озеро', 'река', 'хребет', 'перевал', 'плато', 'полуостров', 'пустыня', 'урочище',
                              'залив', 'ущелье', 'ущелие'})


def names_natural_feature(doc, span):
    """`к перевалу Титов`, `на плато Осипов`: a one-word surname right after a lower-case pass's, range's, river's or
    lake's noun names the feature after the man, whatever pymorphy3 knows of the surname (one in -ов, -ев, -ин, -ын
    as written, the nominative); not a first name (`у реки стоял Ерлан`) nor a subject before its verb (`у реки
    Сапаров поставил палатку`)."""
    text = span.text
    if len(span) != 1 or span.start == 0 or not text.isalpha() or not text.lower().endswith(SURNAME_STEMS):
        return False
    head = doc[span.start - 1]
    if not any(parsed.normal_form in NATURAL_FEATURES for parsed in parse(head.text) if head.text.islower()):
        return False
    following = doc[span.end] if span.end < len(doc) else None
    return following is None or not any(parsed.tag.POS in ('VERB', 'PRTS') for parsed in parse(following.text.lower()))


def is_unknown_hard_ending(word):
    """`Кольжат`, `Талапкер`: a name of five letters or more pymorphy3 does not know, ending in a hard
    consonant."""
    return len(word) > 4 and word.isalpha() and word[-1:].lower() in HARD_CONSONANTS \
        and not any(parsed.is_known for parsed in parse(word))


def settlement_normal(doc, span):
    """The normal form of a one-word LOC `span` after a settlement noun, or of a place named after a titled man
    right after a preposition of the genitive (`titled_genitive_normal`: `до Жеке батыра`), or None (not that
    shape, or the noun is in the nominative: the usual normal form is right)."""
    # `до Жеке батыра`: the place itself in the genitive, its title in the nominative
    titled = titled_genitive_normal(doc, span)
    if titled is not None:
        return titled
    if span_value(span, 'rule') in ('loc-titled', 'loc-titled-tail'):
        return span.text  # `в посёлке Айтеке би`, `в Толе би`: a person's name and title, as written
    if span.label_ != 'LOC' or len(span) != 1 or not span.text[:1].isupper():
        return None
    if span.text in nominative_apposed_names(doc):
        return span.text  # `село Мерке` ... `в Мерке`: the name as the nominative noun shows it
    head = _head_of_list(doc, span.start)
    if head is None:
        return None
    heads = settlement_cases(head)
    if not heads or is_listed_district_adjective(doc, span):
        return None  # `сёл Кармакшинского и Жалагашского районов`: the districts' noun is its head
    word = span.text
    # `в сёлах Белбулак и Кайрат`, `жителей сел Курайлы, Каратал`: after a plural noun a name in
    # apposition is in the nominative (one pymorphy3 knows may be a genitive that holds the
    # settlements, `в городах России`: its usual normal form); `в поселке Шиели`: a name that does
    # not decline is as written. `села Косшы, Талапкер и Коянды`: a noun that may be plural (`села`: a
    # singular genitive too) is plural before a list with a name in the nominative (`Талапкер`; in the
    # genitive it would be `Талапкера`)
    if all(number == 'plur' for _, number, _ in heads) or any(number == 'plur' for _, number, _ in heads) \
            and any(is_bare_nominative(token.text) for token in doc[head.i + 1:span.start]):
        return plural_apposition_normal(word, {case for case, _, _ in heads})
    # `музыкант из села Кольжат`, `до посёлка Талапкер`: a name pymorphy3 does not know, in a hard consonant,
    # after a settlement noun is in the nominative whatever the noun's case (a masculine noun in the
    # genitive, dative, instrumental or locative would have an ending); `села` may be a plural nominative,
    # which would leave pymorphy3's guess of a plural genitive (`кольжата`)
    if is_unknown_hard_ending(word) or is_apposed_kazakh_name(doc, head, span):
        return word
    if any(case == 'nomn' for case, _, _ in heads):
        return None
    if is_indeclinable_place(span, 'LOC'):
        return word
    cases = {case for case, _, _ in heads}
    genders = {gender for case, number, gender in heads if number == 'sing'}
    # `на озере Щучье`, `в селе Красное`: a name that reads as the noun's nominative in its gender is
    # left in the nominative, as written (pymorphy3's first locative reading is a made-up `Щучья`)
    if any(parsed.tag.case == 'nomn' and parsed.tag.number == 'sing' and parsed.tag.gender in genders
           for parsed in parse(word)):
        return word
    readings = [parsed for parsed in parse(word) if parsed.tag.case in cases and parsed.tag.number == 'sing']
    if not readings:
        return word  # cannot agree: the nominative, as written
    parsed = readings[0]
    if parsed.tag.POS in AGREEING and len(genders) == 1:
        form = inflect(parsed, {'nomn', 'sing', next(iter(genders))})
    elif parsed.tag.POS == 'NOUN':
        form = inflect(parsed, {'nomn', 'sing'})
    else:
        return None
    if not form:
        return None
    form = match_case(form, word)
    return form if is_inflection(form, word) else None


# the titles a place named after a titled man keeps: `района Шал акына`, `района Биржан сал`
TITLE_NOUNS = frozenset('акын батыр би сал жырау'.split())
# батыра, акына, сала: the genitive of a title, which a place named after the man keeps after a settlement noun
# (`в ауле Кабанбай батыра`, named after him) but not as the place itself after a preposition (би and жырау do
# not decline)
TITLE_GENITIVES = {noun + 'а': noun for noun in TITLE_NOUNS if noun[-1] not in 'иу'}
# акын, акына, батыр, батыра, сал, сала, би, жырау: an honorific after the name, in the nominative or the
# genitive (`сала` is no form of `сало` here)
HONORIFIC_FORMS = TITLE_NOUNS | set(TITLE_GENITIVES)
# the words of a titled man's name a place is named after, the title aside: `Кабанбай`, `Айтеке`
LONGEST_TITLED_NAME = 2


NOMINATIVE_APPOSED_KEY = 'settlements.nominative_apposed'
NOMINATIVE_CASES = frozenset({'nomn', 'accs'})


def nominative_apposed_names(doc):
    """The one-word names the text has right after a singular settlement or river noun in the nominative
    (`река Шилик`, `Река Шилик`, `село Мерке`; an inanimate accusative is the same form): in apposition to it,
    so in the nominative, whatever pymorphy3 reads (`Мерке` as a locative of `Мерка`), and the same word elsewhere
    in the text (`в Мерке`, `у Мерке`) is that name as written. Not after a noun that may be a genitive
    (`города`, `озера`: `жители города Степногорска`). Listed once per Doc."""
    names = doc.user_data.get(NOMINATIVE_APPOSED_KEY)
    if names is not None:
        return names
    names = set()
    texts = token_texts(doc)
    for index, text in enumerate(texts[:-1]):
        if text[:3].lower().replace('ё', 'е') not in PREFIXES:
            continue
        name = texts[index + 1]
        if not (name[:1].isupper() and name.isalpha() and not name.isupper()):
            continue
        heads = settlement_cases(text if text.islower() else text.lower() if text[1:].islower() else '')
        if heads and all(case in NOMINATIVE_CASES and number == 'sing' for case, number, _ in heads) \
                and not is_declined_accusative(name):
            names.add(name)
    doc.user_data[NOMINATIVE_APPOSED_KEY] = names
    return names


def is_declined_accusative(word):
    """`Ивановку`: a word pymorphy3 reads as an accusative with its own ending (`в село Ивановку`, the noun's
    accusative agreed), not a nominative in apposition."""
    return any(parsed.tag.case == 'accs' and parsed.word != parsed.normal_form for parsed in parse(word.lower()))


def titled_genitive_normal(doc, span):
    """`до Жеке батыра`, `у Шал акына` -> Жеке батыр, Шал акын: a place named after a titled man right after
    a preposition of the genitive is that place in the genitive; its name word does not decline (`Кабанбай
    батыра`), its title does; else None."""
    title = TITLE_GENITIVES.get(span[-1].text)
    if title is None or span.label_ != 'LOC' or not 1 < len(span) <= LONGEST_TITLED_NAME + 1 \
            or not all(token.text[:1].isupper() and token.is_alpha for token in span[:-1]) \
            or not after_preposition(doc, span, CASE_PREPOSITIONS['gent']):
        return None
    return doc[span.start:span.end - 1].text + ' ' + title


def plural_apposition_normal(word, cases):
    """The normal form of a one-word name after a plural settlement noun in `cases`: as written (the
    nominative of apposition), unless pymorphy3 knows the word and reads it in the genitive, which holds
    the settlements (`в городах России`), or in the noun's own case (`в сёлах Ивановках`): None, its usual
    normal form. `в сёлах Сайрам и Карамурт`: pymorphy3 knows `сайрам` only as the dative of сайра, a case
    that neither holds nor agrees, so the name is as written."""
    parses = parse(word)
    if not any(parsed.is_known for parsed in parses):
        return word
    if any(parsed.tag.case in ('gent', 'gen2') or parsed.tag.case in cases for parsed in parses):
        return None
    return word


# `у поселка Сабынды`, `жители аула Кокжиды`: the endings a Kazakh name in apposition keeps
# in the nominative that pymorphy3 reads as a Russian noun's oblique form (`сабында`, genitive in -ы)
APPOSED_ENDINGS = ('ы', 'и', 'а', 'я')


def is_apposed_kazakh_name(doc, head, span):
    """`у поселка Сабынды`, `жители аула Кокжиды`: a one-word name pymorphy3 does not know, right after a
    singular settlement noun, ending in -ы/-и/-а/-я, is the name in the nominative, as written (Kazakh names in
    apposition are left undeclined: pymorphy3's guess `Сабында` is a genitive made up for it); not a name
    of a Russian shape that agrees with its noun (`у села Ивановки`, the genitive of Ивановка: a stem in -к)
    nor a Kazakh noun in -кала/-дала that declines (`жители села Таскалы`, of Таскала)."""
    word = span.text
    if span.start != head.i + 1 or len(word) < 5 or not word.isalpha() or word[-1:].lower() not in APPOSED_ENDINGS:
        return False
    parses = parse(word)
    if any(parsed.is_known or parsed.tag.POS in AGREEING for parsed in parses):
        return False
    stem = fold(word[:-1].lower())
    if stem.endswith('к') or (stem + 'а').endswith(FEMININE_ELEMENTS) or has_feminine_place_element(stem + 'а'):
        return False
    return any(number == 'sing' and case != 'nomn' for case, number, _ in settlement_cases(head))


PERSON_TAGS = ('Name', 'Surn')
# the genitive of a man's surname in -ов, -ев, -ин, -ын
SURNAME_GENITIVES = tuple(stem + 'а' for stem in SURNAME_STEMS)


def is_genitive_name_word(word):
    """`Габидена`, `Мустафина`: a first name or a surname pymorphy3 reads in the genitive singular."""
    return word[:1].isupper() and word.isalpha() and any(
        parsed.tag.case == 'gent' and parsed.tag.number == 'sing' and parsed.word != parsed.normal_form
        and any(tag in parsed.tag for tag in PERSON_TAGS) for parsed in parse(word))


def named_after_person_normal(doc, span):
    """`в поселок Габидена Мустафина`, `до села Мухтара Ауэзова` -> as written: a settlement named after a
    person bears the name in the genitive (`имени` left out) whatever the settlement noun's case; else None."""
    if span.label_ != 'LOC' or len(span) not in (2, 3) or span.start == 0:
        return None
    head = _previous_word(doc, span.start)
    if head is None or not settlement_cases(head) or not all(is_genitive_name_word(token.text) for token in span[:-1]):
        return None
    # `Мустафина`: pymorphy3 may read a man's surname in the genitive as a woman's in the nominative
    last = span[-1].text
    if not is_genitive_name_word(last) and not (last[:1].isupper() and last.lower().endswith(SURNAME_GENITIVES)):
        return None
    return span.text


# Самарское, Новоишимское, Боровское: the villages named by an adjective in -ское (-цкое); the masculine
# -ский names a district or a region only with its noun (`Самарский район`)
SK_ADJECTIVE_CASES = {'ском': 'loct', 'цком': 'loct', 'ского': 'gent', 'цкого': 'gent', 'скому': 'datv', 'цкому': 'datv'}
SHORTEST_SK_VILLAGE = 7
# Переметное, Лебяжье, Круглоозерное: a village named by any adjective, in the oblique cases whose
# masculine and neuter forms are one (`в Переметном`, `из Лебяжьего`, `к Лебяжьему`)
ADJECTIVE_CASES = ('gent', 'datv', 'loct')


def sk_village_normal(doc, span):
    """`хозяйства Новоишимского`, `дети из Самарского`, `в Явленке и Новоишимском`, `дорога к Боровскому` ->
    Новоишимское, Самарское, Боровское: a one-word place that is an adjective in -ского/-ском/-скому (-цкого ...)
    with no noun after it (the dative after к), and that pymorphy3 knows as no place, is a village named in the neuter; so is one it reads as an adjective alone
    in the genitive, dative or locative (`в Переметном`, `из Лебяжьего` -> Переметное, Лебяжье); else None."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or len(word) < SHORTEST_SK_VILLAGE or not word[:1].isupper() \
            or not word.isalpha():
        return None
    case = next((case for ending, case in SK_ADJECTIVE_CASES.items() if word.lower().endswith(ending)), None)
    parses = parse(word)
    if case is None:
        return adjective_village_normal(doc, span, parses)
    if noun_after_list(doc, span.end, case) or any('Geox' in parsed.tag and parsed.is_known for parsed in parses):
        return None
    # `к Боровскому`; a dative with no preposition of place is a man's or a title's (`папе Римскому`)
    if case == 'datv' and not after_preposition(doc, span, CASE_PREPOSITIONS['datv']):
        return None
    neuter = next((parsed for parsed in parses if parsed.tag.POS == 'ADJF' and parsed.tag.number == 'sing'
                   and parsed.tag.case == case and parsed.tag.gender == 'neut'), None)
    return neuter_nominative(neuter, word)


def adjective_village_normal(doc, span, parses):
    """`в Переметном`, `из Лебяжьего` -> Переметное, Лебяжье: a one-word place pymorphy3 reads as an adjective
    alone (every reading), in the genitive, dative or locative singular, that it knows as no place and
    with no noun after it and not in the gazetteer (`Рудный`), is a village named in the neuter; else None."""
    word = span.text
    # `из Рудного`: a town the gazetteer knows by its masculine name
    if span_value(span, 'canonical') or not parses \
            or any(parsed.tag.POS != 'ADJF' or 'Geox' in parsed.tag for parsed in parses):
        return None
    neuter = next((parsed for parsed in parses if parsed.tag.number == 'sing' and parsed.tag.case in ADJECTIVE_CASES
                   and parsed.tag.gender == 'neut'), None)
    if neuter is None or noun_after_list(doc, span.end, neuter.tag.case):
        return None
    return neuter_nominative(neuter, word)


# Смирново, Тимирязево, Ганюшкино: Kazakhstan's villages named after a Russian surname are neuter, while its towns
# named after a man bear a Kazakh surname (Конаев, Сатпаев: pymorphy3 knows no such surname) or are places
# pymorphy3 knows (Курчатов, Чехов); the oblique forms of either end alike (`в Смирнове`, `в Сатпаеве`)
NEUTER_VILLAGE_CASES = {stem + ending: case for stem in SURNAME_STEMS
                        for ending, case in (('е', 'loct'), ('а', 'gent'), ('у', 'datv'))}
SHORTEST_NEUTER_VILLAGE = 7
# the prepositions of place of each case: a genitive without one is as often a person's a place is named after
# (`канала Грибоедова`, `РГУ им Косыгина`)
CASE_PREPOSITIONS = {'loct': LOCATIVE_PREPOSITIONS, 'datv': TO_PREPOSITIONS,
                     'gent': GENITIVE_PLACE_PREPOSITIONS}


# `в Балкашине`, `в Баутине`: a Russian possessive -ин after a consonant (Балкаш-ин); a Kazakh name in -ин has
# a vowel there (Майка-ин, қайың `birch`) and stays masculine
POSSESSIVE_LOCATIVES = tuple(stem + 'е' for stem in SURNAME_STEMS if stem.endswith('н'))
# `на Тамбовщине`, `на Полтавщине`: a region in -щина/-чина, a noun in -а
REGION_SUFFIX_CONSONANTS = set('щч')


def is_unknown_possessive(word, parses):
    """`Балкашине`, `Баутине`: a locative in a consonant + -ине/-ыне of a word pymorphy3 does not know at all,
    which is a village in -ино (villages in -ино outnumber the towns in -ин, and those pymorphy3 knows:
    `в Пушкине`); `в Майкаине` is a Kazakh name's, `на Тамбовщине`, `на Ишимщине` a region's in -щина."""
    lower = word.lower()
    return lower.endswith(POSSESSIVE_LOCATIVES) and lower[-4:-3] in CONSONANTS \
        and lower[-4:-3] not in REGION_SUFFIX_CONSONANTS and not any(parsed.is_known for parsed in parses)


def neuter_village_normal(doc, span):
    """`в Смирнове`, `из Тимирязева`, `к Ганюшкину` -> Смирново, Тимирязево, Ганюшкино: a one-word place in
    -ове/-ова/-ову (-еве, -ине ...) that pymorphy3 reads as a Russian surname it knows in that case and knows as
    no place, after a preposition of place of that case, is a village in -ово/-ево/-ино, and so is an unknown
    locative in a consonant + -ине (`is_unknown_possessive`: в Балкашине -> Балкашино); else None (`в Сатпаеве`,
    `из Курчатова`, `в Майкаине` stay masculine)."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or len(word) < SHORTEST_NEUTER_VILLAGE or not word[:1].isupper() \
            or not word.isalpha():
        return None
    case = NEUTER_VILLAGE_CASES.get(word[-3:].lower())
    if case is None or not after_preposition(doc, span, CASE_PREPOSITIONS[case]):
        return None
    parses = parse(word)
    if not is_unknown_possessive(word, parses) and (any('Geox' in parsed.tag for parsed in parses) or not any(
            'Surn' in parsed.tag and parsed.is_known and parsed.tag.gender == 'masc' and parsed.tag.case == case
            for parsed in parses)):
        return None
    normal = word[:-1] + match_case('о', word[-1:])
    return normal if is_inflection(normal, word) else None
