"""A common noun that opens a sentence is no name: `Грант выделен ...`, `Зерно отгрузили ...`.

slovnet takes a capitalised word at the start of a sentence for a person or a place when it
has nothing else to go on. A one-word PER or LOC there is dropped when its word is, in lower
case, a noun pymorphy3 knows with no name reading (no first name, surname, patronymic, place
or organisation: `Семена` is Семён's genitive, `Москва` a place, both stay) and the text
never writes it capitalised inside a sentence. A line of dialogue opens with its dash
(`– Рыбак из Приозёрска рассказал`), so its first word opens a sentence too.

A one-word LOC, PER or ORG that is an adjective before its lower-case noun or a quoted name is no
place, person or organisation either, at a sentence's start or inside it: `Алматинские власти ...`,
`развитие Транскаспийского маршрута`, `Павлодарские журналисты`, `Алматинский «Кайрат»`
(the newsroom guideline tags no place adjectives).

An ORG that opens a sentence with such a noun, no institution's head, before lower-case words
only is a phrase, not a name: `Пассажиропоток группы вырос ...`, `Выручка компании ...`.
"""

from pipeline.nlp.doc import span_value
from pipeline.nlp.lexicons import ORG_HEADS
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.name_edges import opens_reply
from pipeline.nlp.stages.repair.orgs import DOMAIN_HEADS
from pipeline.nlp.stages.repair.spans import OPEN_QUOTES
from pipeline.nlp.stages.repair.tails import BODY_HEADS

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
    return {token.text for token in doc if token.text[:1].isupper() and not token.is_sent_start
            and not opens_reply(doc, token.i)}


def is_opening_adjective(doc, span):
    """`Алматинские власти`, `Транскаспийского маршрута`: a one-word LOC that every reading
    makes an adjective, and the noun it goes with after it in lower case; at a sentence's start any
    adjective so (`Степной пожар`), elsewhere one of a place (-ский, -цкий)."""
    word, after = span.text, span.end
    # place adjectives end so in every form: the other words are turned away before pymorphy3, but for a
    # sentence's first word, capitalised whatever it is (`Степной пожар потушили`)
    if not (word[-3:].lower() in ADJECTIVE_ENDINGS or span[0].is_sent_start) or after >= len(doc):
        return False
    parses = parse(word)
    # `Алматинские` is also guessed a plural surname: only the readings pymorphy3 knows count
    if not (parses and parses[0].tag.POS == 'ADJF'
            and all(parsed.tag.POS == 'ADJF' for parsed in parses[:3] if parsed.is_known)):
        return False
    # `Алматинский «Кайрат»`: the club's quoted name is the noun it goes with
    if doc[after].text in OPEN_QUOTES:
        return after + 1 < len(doc) and doc[after + 1].text[:1].isupper()
    # `пробивались в Самарское по трассе`: a preposition (`по`, `под` are abbreviations too) is no noun
    following = parse(doc[after].text)[:2]
    return doc[after].is_alpha and doc[after].text.islower() and following[0].tag.POS != 'PREP' \
        and any(parsed.tag.POS == 'NOUN' for parsed in following)


# -ский, -ская, -ские, -ского, -ским, -скую ...; -цкий ...
ADJECTIVE_ENDINGS = frozenset('кий кая кое кие ого ому ким ких кой кую ими ком'.split())


INSTITUTION_HEADS = DOMAIN_HEADS | ORG_HEADS | BODY_HEADS


def is_opening_phrase(span):
    """`Пассажиропоток группы`: an ORG of a sentence's first word, a common noun that heads no
    institution (not `Министерство финансов`), and lower-case words after it."""
    first = span[0]
    if len(span) < 2 or not first.is_sent_start or not first.is_alpha or first.text.isupper() \
            or not all(token.is_alpha and token.text.islower() for token in span[1:]):
        return False
    return lemma(first.text) not in INSTITUTION_HEADS and is_common_noun(first.text)


def sentence_nouns(doc, spans):
    """Drop one-word PER/LOC mentions that are a sentence's opening common noun, one-word
    PER/LOC/ORG mentions that are a place adjective before its noun, and ORG phrases a common
    noun opens."""
    kept, inside = [], None
    for span in spans:
        word = span.text
        if span.label_ == 'ORG' and not span_value(span, 'canonical') and is_opening_phrase(span):
            continue
        # `Павлодарские журналисты` read as a person, `Сарыагашские всадники` as an organisation:
        # a place adjective before its noun is no person and no organisation either
        if span.label_ in LABELS + ('ORG',) and len(span) == 1 and not span_value(span, 'canonical') \
                and is_opening_adjective(doc, span):
            continue
        # (`– Рыбак из Приозёрска ...`: a line of dialogue after its dash opens a sentence too)
        if (span.label_ in LABELS and len(span) == 1 and (span[0].is_sent_start or opens_reply(doc, span.start))
                and word.isalpha()
                and word[:1].isupper() and not word.isupper() and not span_value(span, 'canonical')
                and is_common_noun(word)):
            if inside is None:
                inside = _capitalised_inside(doc)
            if word not in inside:
                continue
        kept.append(span)
    return kept
