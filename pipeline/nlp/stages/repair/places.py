"""Places: `на востоке Украины` is one place (`loc-direction`); a head noun with a name
that does not agree with it, `области Жетысу`, `в районе Турара Рыскулова`, is one place
(`loc-named`); a place's adjective takes in the head noun after it, `Федоровский районы`
(`loc-adjective-head`; the places named after a titled person, `в посёлке Айтеке би`, are in titled_places.py);
a place slovnet ran on into a verb ends before it, `у Каратау перекроют` (`loc-verb-end`; after a capitalised
noun any lower-case word, `Иле Алатау лавиноопасно`, place_ends.py);
a highway named by its ends, `автодорога Кокшетау – Петропавл`, is one
place (`loc-road`); a word read as a person in a list of places is one of them (`loc-listed`)."""

import re

from pipeline.nlp.doc import doc_text, span_value
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.name_parts import is_first_name, is_patronymic, is_surname_like
from pipeline.nlp.settlements import (SURNAME_GENITIVES, TITLE_GENITIVES, TITLE_NOUNS, is_unknown_hard_ending,
                                      settlement_cases)
from pipeline.nlp.stages.repair.name_edges import is_singular, is_street_noun
from pipeline.nlp.stages.repair.spans import CLOSE_QUOTES, DASHES, OPEN_QUOTES, give_back, is_geo, make_span

# на востоке Украины, в центре Москвы, на юго-востоке Польши
DIRECTIONS = frozenset('''
север юг восток запад северо-запад северо-восток юго-запад юго-восток центр
'''.split())


def directions(doc, spans):
    """`на востоке` `Украины` -> `востоке Украины`: a part of a place is a place."""
    result = []
    for span in spans:
        before = span.start - 1
        if span.label_ == 'LOC' and before > 0 and doc[before].text.islower() \
                and lemma(doc[before].text) in DIRECTIONS and doc[before - 1].text.lower() in ('на', 'в', 'во'):
            span = make_span(doc, before, span.end, 'LOC', 'loc-direction')
        result.append(span)
    return result


def is_direction_span(doc, span):
    """`на востоке Украины` -> `востоке Украины`: a place whose first word is a direction after на/в, whichever
    rule left it so (`directions`, or slovnet's own span cut back by `loc-word-end`: `на` `востоке Анатолии
    поселение`)."""
    if span_value(span, 'rule') == 'loc-direction':
        return True
    return span.label_ == 'LOC' and len(span) > 1 and span.start > 0 and span[0].text.islower() \
        and lemma(span[0].text) in DIRECTIONS and doc[span.start - 1].text.lower() in ('на', 'в', 'во') \
        and span[1].text[:1].isupper()


NAME_TAGS = ('Name', 'Surn', 'Patr')


def parses(token):
    return parse(token.text) if token.text.replace('-', '').isalpha() else []


def head_cases(token):
    """The cases of the noun readings of a head word (`области`: gent, datv, loct, nomn, accs)."""
    return {parsed.tag.case for parsed in parses(token) if parsed.tag.POS == 'NOUN'}


def is_known_genitive_place(span):
    """`в районе Москвы`, `в районе Щучинска`: a place pymorphy3 knows, in the genitive."""
    return any(parsed.is_known and 'Geox' in parsed.tag and parsed.tag.case == 'gent'
               and parsed.word != parsed.normal_form
               for token in span for parsed in parses(token))


def is_declined_genitive(span):
    """`области Украины`, `в области Луны`: the name is declined into the genitive, the whole
    the region belongs to; a region's own noun name stands as written (`Жетысу`, `Абай`)."""
    return any(parsed.tag.case == 'gent' and parsed.word != parsed.normal_form for parsed in parses(span[-1]))


def is_genitive_person(span):
    """`Турара Рыскулова`, `Шал акына`: the last word is a person's name or a title
    (акын, батыр) declined into the genitive singular (not `Стретем`, read as a plural)."""
    last = span[-1]
    if last.text in TITLE_GENITIVES:
        return True  # `Биржан сала`: pymorphy3 reads `сала` as `сало`
    return any(parsed.tag.case == 'gent' and parsed.tag.number == 'sing' and parsed.word != parsed.normal_form
               and (any(tag in parsed.tag for tag in NAME_TAGS) or parsed.normal_form in TITLE_NOUNS)
               for parsed in parses(last))


def follows_name(doc, index):
    """The word before a head noun is a capitalised adjective or ends a mention: the head
    already has its name (`Донецкой области Украины`, `Алматинском районе`)."""
    if index < 0:
        return False
    token = doc[index]
    return token.text[:1].isupper() and any(parsed.tag.POS in ('ADJF', 'PRTF') for parsed in parses(token))


def is_region_word(span):
    """`области Жетісу` read as a person: one word, neither a first name nor a surname
    (`аким области Берик ...`, `аким области Сейітов` are persons after a title)."""
    return span.label_ == 'PER' and len(span) == 1 and not is_surname_like(span[0].text) \
        and not is_first_name(span[0].text)


DISTRICT_NOUNS = frozenset('район округ'.split())


def named_places(doc, spans):
    """A head noun and the name after it that does not agree with it are one place:
    `области Жетысу`, `в области Абай` -> `область Жетысу` (a noun name of a region as
    written, not a genitive: `области Украины` stays two); `района Шал акына`,
    `в районе Турара Рыскулова` -> `район ...` (a district named after a person, in the
    genitive; `в районе Москвы`, `в районе вокзала` mean `near` and stay as they are)."""
    ended = {span.end for span in spans}
    # `Аким района Магжана Жумабаева Нурлан Темирбеков`: the holder's name follows the district's
    holders = {span.start for span in spans if span.label_ == 'PER'}
    # `в Алакольском районе области Жетысу`: a district's region follows it; the region's noun starts
    # a place of its own, no word of the district's
    district_ends = {span.end for span in spans if span.label_ == 'LOC' and len(span) > 1
                     and lemma(span[-1].text) in DISTRICT_NOUNS}
    result = []
    for span in spans:
        head = span.start - 1
        if is_named_after(doc, span):
            result.append(make_span(doc, head - 1, span.end, 'LOC', 'loc-named'))
            continue
        # область, район in any form: the other words before a mention are turned away first
        # `Управления ... области Жетісу`: a region's noun name after an organisation is still a place
        if head < 0 or doc[head].text[:3] not in ('обл', 'рай') or follows_name(doc, head - 1) \
                or head in ended and not is_region_word(span) and head not in district_ends \
                or not span.text[:1].isupper():
            result.append(span)
            continue
        noun = lemma(doc[head].text)
        if noun == 'область' and not is_declined_genitive(span) and (span.label_ == 'LOC' or is_region_word(span)):
            span = make_span(doc, head, span.end, 'LOC', 'loc-named')
        elif noun == 'район' and span.label_ == 'LOC' and len(span) == 1 and is_unknown_hard_ending(span.text) \
                and not span_value(span, 'canonical') and doc[head].text.lower() != 'районе' \
                and not is_first_name(span.text) \
                and not continues_with_patronymic(doc, span) and span.end not in holders:
            # `жители района Байдибек`: a Kazakh word in a hard consonant that is no genitive (that would
            # be `Байдибека`) is the district's own name, as `области Жетысу` is the region's; `в районе
            # Стретем` is most often `near`, and stays as it is; `аким района Бауыржан Серикович ...` is
            # the holder's first name
            span = make_span(doc, head, span.end, 'LOC', 'loc-named')
        elif noun == 'район' and span.label_ in ('LOC', 'PER') and is_genitive_person(span) \
                and not is_known_genitive_place(span) and not span_value(span, 'canonical') \
                and not continues_with_patronymic(doc, span) \
                and (span.label_ == 'LOC' or 'gent' not in head_cases(doc[head]) or span.end in holders):
            # `главы района Турара Рыскулова` may be a person after all: a person mention
            # counts only after a head in another case (`в районе`, `по району`)
            span = make_span(doc, head, span.end, 'LOC', 'loc-named')
        result.append(span)
    return result


# `района имени Габита Мусрепова`, `в посёлке имени Абая`: the nouns of places named `имени` a person
NAMED_AFTER_NOUNS = frozenset('район область округ'.split())


def is_named_after(doc, span):
    """`из района имени Габита Мусрепова`, `села имени Абая`: a person's name in the genitive after
    `имени` and a district's, a region's or a settlement's noun names that place."""
    head = span.start - 1
    if head < 1 or doc[head].text != 'имени' or span.label_ not in ('LOC', 'PER') or not span.text[:1].isupper():
        return False
    noun = doc[head - 1]
    return noun.text.islower() and (lemma(noun.text) in NAMED_AFTER_NOUNS or bool(settlement_cases(noun))) \
        and is_genitive_person(span)


def continues_with_patronymic(doc, span):
    """`инспектора района Нурболата Есенгелдиевича Абишева`: a patronymic after the name says
    it is the holder's full name, not the one a district is named after."""
    return span.end < len(doc) and is_patronymic(doc[span.end].text)


# `показали Карабалыкский и Федоровский районы`: a place's adjective and its head noun right after it
HEAD_NOUNS = frozenset('район область округ'.split())


# Глубоковский: pymorphy3 may read a district's adjective only as a surname in -ский, which declines alike
ADJECTIVE_SURNAMES = ('ский', 'цкий', 'ская', 'цкая')


def adjective_cases(token):
    """The cases of the adjective readings of a capitalised word (`Федоровский`: nomn, accs)."""
    if not token.text[:1].isupper():
        return set()
    return {parsed.tag.case for parsed in parses(token)
            if parsed.tag.POS == 'ADJF' or parsed.normal_form.endswith(ADJECTIVE_SURNAMES)}


def adjective_heads(doc, spans):
    """`Федоровский` + `районы` -> `Федоровский районы`: a LOC that ends in a place's adjective, right
    before a head noun (район, область, округ) in a case the adjective has, takes the noun in
    (slovnet leaves it out at times; a list's other adjectives share it, `Карабалыкский и`)."""
    starts = {span.start for span in spans}
    result = []
    for span in spans:
        after = span.end
        if span.label_ == 'LOC' and after < len(doc) and after not in starts and doc[after].is_alpha \
                and doc[after].text.islower() and lemma(doc[after].text) in HEAD_NOUNS \
                and head_cases(doc[after]) & adjective_cases(span[-1]):
            canonical = span_value(span, 'canonical')
            canonical = canonical if canonical and lemma(doc[after].text) in canonical else None
            span = make_span(doc, span.start, after + 1, 'LOC', 'loc-adjective-head', canonical)
        result.append(span)
    return result


# `у Каратау перекроют`: the word slovnet ran on into is a verb, which no place's name ends in
VERB_POS = frozenset({'VERB', 'INFN', 'GRND'})


def verb_ends(doc, spans):
    """`Каратау перекроют` -> `Каратау`: a LOC whose last word is lower case and only a verb to
    pymorphy3 ends before it."""
    result = []
    for span in spans:
        last = span[-1] if span.label_ == 'LOC' and len(span) > 1 else None
        if last is not None and last.is_alpha and last.text.islower() and parses(last) \
                and all(parsed.tag.POS in VERB_POS for parsed in parses(last)):
            span = make_span(doc, span.start, span.end - 1, 'LOC', 'loc-verb-end', span_value(span, 'canonical'))
        result.append(span)
    return result


# трасса Астана – Щучинск, на автодороге Кокшетау – Петропавл, автотрасса Алматы – Бишкек
ROAD_HEADS = frozenset('трасса автотрасса автодорога автомагистраль дорога'.split())
BORDER = 'граница'


def road_end(doc, index, by_start):
    """The place named at token `index` (a LOC mention, or one capitalised word) as
    (start, end, canonical), or None."""
    if index >= len(doc):
        return None
    span = by_start.get(index)
    if span is not None and span.label_ == 'LOC':
        return span.start, span.end, span_value(span, 'canonical')
    token = doc[index]
    if span is None and token.text[:1].isupper() and token.text.replace('-', '').isalpha():
        return index, index + 1, None
    return None


def road_places(doc, index, by_start):
    """The places of `Кокшетау – Петропавл` starting at token `index`, each (start, end,
    canonical): two or more joined by dashes, the last perhaps a border (`Петропавл –
    граница РФ`: the place is `РФ`); else []."""
    place = road_end(doc, index, by_start)
    places = [place] if place is not None else []
    while places and places[-1][1] + 1 < len(doc) and doc[places[-1][1]].text in DASHES:
        following = places[-1][1] + 1
        if lemma(doc[following].text) == BORDER and doc[following].text.islower():
            following += 1
        place = road_end(doc, following, by_start)
        if place is None:
            break
        places.append(place)
    return places if len(places) > 1 else []


def is_plural(token):
    nouns = [parsed for parsed in parses(token) if parsed.tag.POS == 'NOUN']
    return bool(nouns) and all(parsed.tag.number == 'plur' for parsed in nouns)


# a road noun's stem in the text: the few words that may head a road, found without
# looking at every token (a scan of the tokens took most of the repair stage's time)
ROAD_STEM = re.compile(r'(?<![^\W\d_])(?:авто)?(?:трасс|дорог|магистрал)', re.IGNORECASE)


def road_head_starts(doc):
    """Indexes of the tokens that start with a road noun's stem, in order."""
    starts = []
    for match in ROAD_STEM.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode='expand')
        if span is not None and span[0].idx == match.start():
            starts.append(span.start)
    return starts


def is_road_head(token, covered):
    """`автодороге`, `Трасса` opening a sentence; not a word of another mention."""
    text = token.text
    return token.i not in covered and (text.islower() or text[:1].isupper() and text[1:].islower()) \
        and lemma(text) in ROAD_HEADS


def roads(doc, spans):
    """`на автодороге Кокшетау – Петропавл` -> one place `автодороге Кокшетау – Петропавл`;
    the last end may be a border (`автодорога Петропавл – граница РФ`) and a road may
    pass more places (`трасса Алматы – Караганда – Астана`). A plural head shares itself
    with the roads listed after it: `на автодорогах Петропавл – Жезказган и Петропавл –
    граница РФ` -> two places (normalize gives the second its head).

    The places a road joins are places of their own inside it (`road-end`, the border's
    country too): they go to the span group `inner` (`inner_places` keeps those whose road
    survives the repairs)."""
    starts = road_head_starts(doc)
    if not starts:
        return spans
    by_start = {span.start: span for span in spans}
    covered = {position for span in spans for position in range(span.start, span.end)}
    merged, ends = [], []
    index = 0
    for start in starts:
        if start < index or start >= len(doc) - 3:
            continue
        index = start
        places = road_places(doc, index + 1, by_start) if is_road_head(doc[index], covered) else []
        if not places:
            continue
        stop = places[-1][1]
        merged.append(make_span(doc, index, stop, 'LOC', 'loc-road'))
        ends.extend(places)
        while is_plural(doc[index]) and stop + 1 < len(doc) and doc[stop].text in (',', 'и'):
            places = road_places(doc, stop + 1, by_start)
            if not places:
                break
            merged.append(make_span(doc, stop + 1, places[-1][1], 'LOC', 'loc-road'))
            ends.extend(places)
            stop = places[-1][1]
        index = stop
    if not merged:
        return spans
    doc.spans[INNER] = [make_span(doc, start, end, 'LOC', 'road-end', canonical) for start, end, canonical in ends]
    taken = {position for span in merged for position in range(span.start, span.end)}
    return merged + [span for span in spans if taken.isdisjoint(range(span.start, span.end))]


# the span group of the mentions that lie inside another (the places a road joins)
INNER = 'inner'


def inner_places(doc):
    """Keeps in `doc.spans['inner']` the places that lie inside a place of doc.ents (their road),
    once doc.ents are final; a road a later rule undid leaves its ends to doc.ents."""
    inner = doc.spans.get(INNER)
    if not inner:
        return
    places = [(span.start, span.end) for span in doc.ents if span.label_ == 'LOC']
    doc.spans[INNER] = [span for span in inner
                        if any(start <= span.start and span.end <= end and (start, end) != (span.start, span.end)
                               for start, end in places)]


# в с. Акколь, пос. Шахан, п. Майкаин, ст. Шу: a settlement noun cut short before its name
SETTLEMENT_ABBREVIATIONS = frozenset('с п пос пгт ст а'.split())
SETTLEMENT_ABBREVIATION_RE = re.compile(r'(?<![^\W\d_])(?:с|п|пос|пгт|ст|а)\.\s*[^\W\d_]')


def abbreviated_settlements(doc, spans):
    """`в с. Акколь`, `жители пос. Шахан` -> LOC `Акколь`, `Шахан`: the capitalised word after
    a lower-case settlement abbreviation is a place (a one-word person there is one too;
    `п. 3`, `ст. 190` have no name after them)."""
    if not SETTLEMENT_ABBREVIATION_RE.search(doc_text(doc)):
        return spans  # most texts have none: no walk over every token
    by_start = {span.start: span for span in spans}
    covered = {position for span in spans for position in range(span.start, span.end)}
    added, replaced = [], set()
    for token in doc[:-2]:
        if token.text not in SETTLEMENT_ABBREVIATIONS or doc[token.i + 1].text != '.':
            continue
        name = doc[token.i + 2]
        if not name.text[:1].isupper() or not name.text.replace('-', '').isalpha() or name.text.isupper():
            continue
        own = by_start.get(name.i)
        if own is not None and own.label_ == 'PER' and len(own) == 1:
            replaced.add(name.i)
        elif name.i in covered:
            continue
        added.append(make_span(doc, name.i, name.i + 1, 'LOC', 'loc-abbrev'))
    if not added:
        return spans
    return [span for span in spans if span.start not in replaced or len(span) != 1] + added


# в реке Или, на озёрах Катарколь и Жукей, в ауле Жанаконыс: the stems of the lower-case place nouns
# (settlements.SETTLEMENT_NOUNS) found in the text, so that most tokens are never looked at
PLACE_NOUN_STEM = re.compile(r'(?<![^\W\d_])(?:с[её]л|пос[её]лк|пос[её]лок|аул|ауыл|город|станиц|деревн|хутор|станци'
                             r'|оз[её]р|рек|хребт|хребет|перевал|плато|полуостров|пустын|урочищ|залив|ущель)[^\W\d_]*\s+[^\W\d_]',
                             re.I)
# The stems' starts, case-sensitive on the lower-cased text: re.I costs some four times the plain
# search over every text (`noun_names` searched each text twice: 0.4 s on NEREL train), and
# PLACE_NOUN_STEM is tried only where a stem starts. Where lower-casing changes the length (`İ`),
# or a letter only re.I takes for a Russian one (U+1C80-U+1C88, old Cyrillic forms) stands, the
# text goes to PLACE_NOUN_STEM whole.
PLACE_NOUN_START = re.compile(PLACE_NOUN_STEM.pattern.split(')[^', 1)[0] + ')')
CASE_FOLDED_ONLY = re.compile('[\u1c80-\u1c88]')


def place_noun_matches(text):
    """`PLACE_NOUN_STEM.finditer(text)`, the same matches (`в реке Или`, `озёрах Катарколь`)."""
    lowered = text.lower()
    if len(lowered) != len(text) or CASE_FOLDED_ONLY.search(text):
        yield from PLACE_NOUN_STEM.finditer(text)
        return
    position = 0
    for start in PLACE_NOUN_START.finditer(lowered):
        # a match starts only where a stem does (a start within a match is skipped, as finditer does)
        match = PLACE_NOUN_STEM.match(text, start.start()) if start.start() >= position else None
        if match:
            yield match
            position = match.end()


def is_bare_name(token):
    """`Или`, `Катарколь`: one capitalised word (maybe hyphened), not an abbreviation, no first name
    or surname (`аким города Ерлан ...`: the holder of a title after the noun)."""
    text = token.text
    return text[:1].isupper() and text.replace('-', '').isalpha() and not text.isupper() \
        and not is_person_word(text)


def sentence_start_cases(token):
    """`Река Или приносит ...`: `settlements.settlement_cases` of a noun capitalised only as the first word
    of its sentence."""
    if not token.is_sent_start or not token.text[1:].islower():
        return set()
    return settlement_cases(token.text.lower())


def noun_names(doc, spans):
    """`в реке Или`, `на озёрах Катарколь и Жукей`: a capitalised word right after a lower-case
    settlement, river, lake or land noun that no mention covers is a place named by it (`Или`
    after `реке` is no conjunction); after a plural noun so is each name of the list that follows."""
    matches = list(place_noun_matches(doc_text(doc)))
    if not matches:
        return spans
    covered = {position for span in spans for position in range(span.start, span.end)}
    added = []
    for match in matches:
        noun = doc.char_span(match.start(), match.start() + 1, alignment_mode='expand')
        if noun is None or noun[0].idx != match.start():
            continue
        noun = noun[0]
        cases = settlement_cases(noun) or sentence_start_cases(noun)
        if not cases or noun.i + 1 >= len(doc):
            continue
        plural = all(number == 'plur' for _, number, _ in cases)
        index = noun.i + 1
        while index < len(doc) and is_bare_name(doc[index]):
            if index not in covered:
                added.append(make_span(doc, index, index + 1, 'LOC', 'loc-noun-name'))
                covered.add(index)
            following = index + 1
            if not plural or following + 1 >= len(doc) or doc[following].text not in LIST_JOINERS:
                break
            index = following + 1
    return spans + added if added else spans


def quoted_places(doc, spans):
    """`Игрок «Астаны»`, `матч «Актобе» и «Москвы»`: a city or country the gazetteer knows,
    alone in quotes, names what bears its name (a club, a company, a theatre), not the
    place: ORG (a quoted name it does not know, `станция «Юго-Западная»`, stays as it is)."""
    result = []
    for span in spans:
        if span.label_ == 'LOC' and span_value(span, 'canonical') and span.start > 0 and span.end < len(doc) \
                and doc[span.start - 1].text in OPEN_QUOTES and doc[span.end].text in CLOSE_QUOTES:
            span = make_span(doc, span.start, span.end, 'ORG', 'quoted-place')
        result.append(span)
    return result



def is_line_start(doc, index):
    return index == 0 or '\n' in doc[index - 1].text or '\n' in doc[index - 1].whitespace_


def datelines(doc, spans):
    """`ПЕТРОПАВЛ, 12 мая.`, `УСТЬ-КАМЕНОГОРСК, 3 июня`: a word in capitals opening a line
    before a comma and a day is the dateline's city, whatever slovnet typed it
    (`ЕАЭС, 2 марта` is not at a line's start in a news text)."""
    result = []
    for span in spans:
        stop = span.end
        if span.label_ != 'LOC' and stop + 1 < len(doc) and doc[stop].text == ',' \
                and doc[stop + 1].text.isdigit() and len(doc[stop + 1].text) <= 2 \
                and all(token.text.isupper() and len(token.text) > 3 or token.text == '-' for token in span) \
                and is_line_start(doc, span.start):
            span = make_span(doc, span.start, stop, 'LOC', 'dateline', span_value(span, 'canonical'))
        result.append(span)
    return result


def street_places(doc, spans):
    """`на улице Жамбыла` read as the place `Жамбыла` -> the street `улице Жамбыла`: a one-word
    name after a street noun in the singular names the street (after a person, an event),
    no place of its own; a place pymorphy3 knows stays one (`на улице Каира`: Cairo's street) unless of a
    man's surname's shape (`на улице Панфилова`),
    unless it is in the nominative after the noun (`на площади Астана`: the square's name, `Астаны` would be the city's)."""
    result = []
    for span in spans:
        head = span.start - 1
        if span.label_ == 'LOC' and len(span) == 1 and head >= 0 and span.text[:1].isupper() \
                and is_street_noun(doc[head]) and is_singular(doc[head]) \
                and (is_apposed_city(span) or is_surname_genitive(span.text)
                     or not span_value(span, 'canonical') and not is_geo(parses(span[0])[:2])):
            give_back(doc, result, head)
            span = make_span(doc, head, span.end, 'LOC', 'loc-street')
        result.append(span)
    return result


# `на улице Панфилова`: a man's surname in the genitive, though pymorphy3 reads a town (Панфилов) first
def is_surname_genitive(text):
    """`Панфилова`, `Чапаева`: a surname's shape in -ова/-ева/-ина, the genitive of the man a street is named after."""
    return text.lower().endswith(SURNAME_GENITIVES) and is_surname_like(text)


def is_apposed_city(span):
    """`Астана` in `на площади Астана`: a place the gazetteer knows, written as its own name (the nominative)
    and no genitive to pymorphy3 (`Алматы`, which does not decline, may be the city's: `на площади Алматы`)."""
    # a person's genitive is no city's (`Астана` is also the genitive of the name Астан)
    return span_value(span, 'canonical') == span.text and not any(
        parsed.tag.case in ('gent', 'gen2') and parsed.tag.animacy != 'anim' for parsed in parse(span.text))


# `в Шымкенте, Тюлькубасе и Ленгере`, `жителей Арыси, Шардары или Тюлькубаса`: the members of a list
LIST_JOINERS = frozenset(', и или'.split())
LAST_JOINERS = frozenset('и или'.split())


def is_person_word(text):
    """`Ахметова`, `Нурлана`, `Жумабаева`: a word pymorphy3 knows as a name, a first name,
    or a word shaped as a surname."""
    if is_first_name(text) or is_surname_like(text):
        return True
    return any(tag in parsed.tag for parsed in parse(text) for tag in NAME_TAGS if parsed.is_known)


# Форт-Шевченко, Усть-Каменогорск, Порт-Луи: a place noun joined by a hyphen to a name, maybe a person's
PLACE_PREFIXES = frozenset('форт порт усть санкт'.split())


def is_prefixed_place(text):
    """`Форта-Шевченко`, `Усть-Каменогорска`: a place noun and a hyphen before a name; a person's name
    never starts so."""
    first, _, rest = text.partition('-')
    return bool(rest) and rest[:1].isupper() and first.isalpha() and rest.replace('-', '').isalpha() \
        and any(parsed.normal_form in PLACE_PREFIXES for parsed in parse(first))


def joiner(doc, left, right):
    """The word between two mentions side by side in a list (`,`, `и`, `или`), else None."""
    if left is None or right is None or right.start != left.end + 1:
        return None
    word = doc[left.end].text.lower()
    return word if word in LIST_JOINERS else None


def coordinated_places(doc, spans):
    """`в Шымкенте, Тюлькубасе и Ленгере`, `жителей Шымкента, Сайрама и Тюлькубаса` with
    `Тюлькубасе` read as a person -> a place: a one-word PER between two places of a list, or after
    a place and `и`/`или`, is one of the places, unless the word is a name or a surname (`Алматы и
    Ахметов`) the gazetteer does not list as a town (`из Шу и Аягоза`: Аягоз is a woman's name too;
    the gazetteer lists no persons). A comma alone does not make a list: `Бывший прокурор из Майами, Рено проработала`.
    A place noun hyphened to a name (`из Форта-Шевченко`) is a place wherever it stands."""
    ordered = sorted(spans, key=lambda span: span.start)
    result = []
    for number, span in enumerate(ordered):
        if span.label_ == 'PER' and len(span) == 1 and is_prefixed_place(span.text):
            span = make_span(doc, span.start, span.end, 'LOC', 'loc-listed', span_value(span, 'canonical'))
        elif span.label_ == 'PER' and len(span) == 1 and span.text.isalpha() and span.text[:1].isupper() \
                and (not is_person_word(span.text) or span_value(span, 'canonical')):
            before = ordered[number - 1] if number and ordered[number - 1].label_ == 'LOC' else None
            after = ordered[number + 1] if number + 1 < len(ordered) and ordered[number + 1].label_ == 'LOC' else None
            left, right = joiner(doc, before, span), joiner(doc, span, after)
            if left in LAST_JOINERS or left and right:
                span = make_span(doc, span.start, span.end, 'LOC', 'loc-listed', span_value(span, 'canonical'))
        result.append(span)
    return result
