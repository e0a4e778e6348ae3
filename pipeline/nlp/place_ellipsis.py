"""The normal form of a district's or a region's adjective whose head noun the text leaves out.

A list of districts or regions often names the head noun once and leaves it out after:

    В Казыгуртском районе ..., в Толебийском — дорогу        -> Толебийский район
    соединит Актюбинскую область с Атырауской                 -> Атырауская область

The adjective alone is no place of its own (`Толебийское` is a guess of a village named by an adjective,
`в Боровом`), so it takes the head noun of the nearest place before it made of such an adjective and that
noun, in the noun's gender. A masculine or neuter adjective does so only before a dash, the mark of the
left-out words (`из Самарского` after `в Кокпектинском районе` is the village Самарское); a feminine one,
which no village's name is, also at a clause's end.

An adjective that shares the plural head noun closing its list is no settlement's name in apposition either,
though a settlement noun stands before the list (`is_listed_district_adjective` keeps `settlement_normal` off
it; `normalize.coordinated_head` gives it the list's noun):

    для сёл Кармакшинского и Жалагашского районов          -> Кармакшинский район, not `Кармакшинского`
"""

from pipeline.nlp.morph import inflect, lemma, match_case, parse

# the head nouns of districts and regions and their gender
HEADS = {'район': 'masc', 'область': 'femn'}
DASHES = ('—', '–', '-')
CLAUSE_ENDS = ('.', ',', ';', '!', '?', ')', '—', '–')
# the adjectives of districts and regions: Толебийский, Атырауская, Таласский
ADJECTIVE_ENDINGS = ('ский', 'цкий')
# how far back the head noun may be, in sentences
SENTENCES_BACK = 1
# the plural head nouns a list of districts' or regions' adjectives shares: `районов`, `областей`, `сельских округов`
LIST_HEADS = frozenset(HEADS) | {'округ'}
# the words that join a list of adjectives sharing one noun: `в Целиноградском и Аршалынском районах`
LIST_WORDS = ('и', ',', 'или')
LONGEST_LIST = 6


def list_end(doc, index):
    """The token after the list of capitalised words (maybe hyphened, `Катон-Карагайского`) that token `index`
    continues with a joiner (`Уланского` `и Глубоковского районов`: at `районов`); `index` if none does."""
    for _ in range(LONGEST_LIST):
        if index + 1 < len(doc) and doc[index].text in LIST_WORDS and doc[index + 1].text[:1].isupper() \
                and doc[index + 1].text.replace('-', '').isalpha():
            index += 2
        else:
            break
    return index


def place_adjective_readings(word):
    """pymorphy3's singular adjective readings of a capitalised place adjective (`Толебийском`)."""
    if not word[:1].isupper() or not word.isalpha():
        return []
    return [parsed for parsed in parse(word) if parsed.tag.POS == 'ADJF' and parsed.tag.number == 'sing'
            and parsed.normal_form.endswith(ADJECTIVE_ENDINGS)]


def antecedent_head(doc, span):
    """(head noun lemma, gender) of the nearest place before `span` that is a place adjective and a
    district's or region's noun (`Казыгуртском районе`), in this sentence or the one before; else None."""
    first_sentence = span.sent.start
    for _ in range(SENTENCES_BACK):
        if first_sentence > 0:
            first_sentence = doc[first_sentence - 1].sent.start
    for other in reversed([ent for ent in doc.ents if ent.end <= span.start and ent.start >= first_sentence]):
        if other.label_ != 'LOC' or len(other) < 2:
            continue
        noun = lemma(other[-1].text)
        if noun in HEADS and other[-1].text.islower() and place_adjective_readings(other[-2].text):
            return noun, HEADS[noun]
    return None


def elliptic_head_normal(doc, span):
    """`в Толебийском — дорогу`, `с Атырауской.` -> Толебийский район, Атырауская область: a one-word LOC
    that is a place adjective, its head noun left out and named by the place before it; else None."""
    if span.label_ != 'LOC' or len(span) != 1 or span.end >= len(doc):
        return None
    after = doc[span.end].text
    # (the mark after it first: the look for the head noun goes over the document's places)
    if after not in CLAUSE_ENDS and after not in DASHES:
        return None
    readings = place_adjective_readings(span.text)
    if not readings:
        return None
    found = antecedent_head(doc, span)
    if found is None:
        return None
    noun, gender = found
    if gender == 'femn':
        if after not in CLAUSE_ENDS:
            return None
    elif after not in DASHES:
        return None
    agreeing = [parsed for parsed in readings if parsed.tag.gender == gender
                or gender == 'masc' and parsed.tag.gender in ('masc', 'neut') and parsed.tag.case == 'loct']
    if not agreeing:
        return None
    form = inflect(agreeing[0], {'nomn', 'sing', gender})
    if not form:
        return None
    return match_case(form, span.text) + ' ' + noun


def is_listed_district_adjective(doc, span):
    """`Кармакшинского` in `сёл Кармакшинского и Жалагашского районов`, `Ойталского` in `сёл Тасоткельского,
    Ойталского и Сортобинского сельских округов`: a one-word place adjective first or inside a list of
    capitalised words closed by a district's, region's or rural district's noun in the plural (maybe after
    lower-case adjectives, `сельских округов`); the noun is its head, shared with the list."""
    if span.label_ != 'LOC' or len(span) != 1 or span.end >= len(doc) or doc[span.end].text not in LIST_WORDS:
        return False  # no list: `в селе Жалагашском` names the village
    index = list_end(doc, span.end)
    if index == span.end or not place_adjective_readings(span.text):
        return False
    while index < len(doc) and doc[index].text.isalpha() and doc[index].text.islower():
        parses = parse(doc[index].text)
        if any(parsed.tag.POS == 'NOUN' and parsed.tag.number == 'plur' and parsed.normal_form in LIST_HEADS
               for parsed in parses):
            return True
        if not any(parsed.tag.POS == 'ADJF' and parsed.tag.number == 'plur' for parsed in parses):
            return False
        index += 1
    return False
