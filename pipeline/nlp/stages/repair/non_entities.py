"""What slovnet takes for an organisation or a place and the newsroom guideline does not:

- `facility`: `Исаакиевский собор`, `в Храме Христа Спасителя`, `Ваганьковском кладбище`,
  `аэропорт Шереметьево`, `Самара Арена`: a church, a cemetery, an airport or a stadium is a
  building or a site, not an organisation or a place (the place after its head stays one); so is
  a seat of government where something takes place (`выступил в Белом доме`, `встреча в Кремле`);
- `vehicle`: `водитель автомобиля Hyundai`, `водителя Hyundai`: a make in Latin letters after a
  vehicle's or its driver's noun is the car, not the company (`Компания Hyundai` stays);
- `bare-legal-form`: `директору ТОО` with no name after it: a legal form alone names nothing;
- `bare-level-body`: `Областной суд в Актау оставил ...`: a level and a body's noun with no place name no body;
- `plural-head`: `Партии Павлодарской области готовятся к выборам`: a kind of organisation in the plural
  opening a sentence, the subject of a plural verb, is many bodies, no name; the region after it is a place;
  `Яблоки подешевели`: the plural of a name's word (the party «Яблоко») is the common noun;
- `place-then-noun`: `открыло в Костанае завод`, `у Кордая бригады`: a place in the locative, or in the
  genitive after a preposition of where, and the object after it are no organisation; the place is a place;
- `place-from-noun`: `из Нарынкола группы идут`, `в Таскескене и Бахты пациентов ждут`: so a place after
  another preposition of place that takes the genitive, or after `и` or a comma closing a list of places a
  preposition opens, and the subject after it.
"""

from pipeline.nlp.doc import span_value
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.place_forms import GENITIVE_PLACE_PREPOSITIONS
from pipeline.nlp.stages.repair.org_ends import LIST_JOINERS
from pipeline.nlp.stages.repair.org_openers import BODY_HEADS
from pipeline.nlp.stages.repair.spans import make_span
from pipeline.nlp.stages.repair.tails import LEGAL_FORMS

# buildings: `собор` and `храм` of a church, not the church (`Русская православная церковь` is one);
# an airport, a stadium, an arena (`аэропорт Шереметьево`, `Самара Арена`) is a site, not its operator
FACILITY_HEADS = frozenset('собор храм мечеть синагога часовня костёл костел кладбище аэропорт стадион арена'.split())


# the seats of government the gazetteer names as their institutions
SEATS = frozenset(('Кремль', 'Белый дом'))
# `В Кремле заявили`, `в Белом доме считают`: the people in a seat speak for its institution
SPEECH_VERBS = frozenset('заявить сообщить считать подтвердить отметить ответить пояснить опровергнуть'.split())


def is_seat_site(doc, span):
    """`выступил в Белом доме`, `встреча в Кремле`: a seat of government after `в`, in the
    locative, is the building; `в Кремле заявили` is its institution."""
    if span_value(span, 'canonical') not in SEATS or span.start == 0 \
            or doc[span.start - 1].text.lower() not in ('в', 'во'):
        return False
    if not any(parsed.tag.case in ('loct', 'loc2') for parsed in parse(span[-1].text)[:3]):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or lemma(after.text.lower()) not in SPEECH_VERBS


def facilities(doc, spans):
    """`Исаакиевский собор`, `Храм Христа Спасителя`, `Новодевичье кладбище`, `Центральном
    стадионе`: a building of worship, a cemetery, an airport or a stadium is none of our types,
    whatever slovnet called it."""
    return [span for span in spans if span.label_ == 'PER'
            or not any(lemma(token.text) in FACILITY_HEADS for token in span) and not is_seat_site(doc, span)]


def is_latin(text):
    return text.isascii() and any(char.isalpha() for char in text)


# `водитель Hyundai`, `машина Toyota RAV4`: the nouns of a vehicle and of the one driving it
VEHICLE_NOUNS = frozenset('''
автомобиль машина автомашина внедорожник седан кроссовер грузовик автобус мотоцикл водитель
'''.split())


def is_vehicle(doc, span):
    """True where an ORG in Latin letters follows a lower-case vehicle noun: `автомобиля Hyundai`."""
    if span.start == 0 or not all(is_latin(token.text) or not token.is_alpha for token in span):
        return False
    before = doc[span.start - 1]
    return before.text.islower() and before.is_alpha and lemma(before.text) in VEHICLE_NOUNS


def vehicles(doc, spans):
    """`водитель автомобиля Hyundai был лишён прав`: the make of a car is none of our types, whatever
    slovnet or a repeat of the name elsewhere in the document made it; `Компания Hyundai` stays."""
    return [span for span in spans if span.label_ != 'ORG' or not is_vehicle(doc, span)]


def bare_legal_forms(doc, spans):
    """`приговор бывшему директору ТОО` (a title, no name follows): a legal form alone is no
    organisation; `ТОО «Нур»` is one, and a quote or a name after it stays with it."""
    return [span for span in spans if span.label_ != 'ORG' or len(span) != 1
            or span.text.lower() not in LEGAL_FORMS]


# `Областной суд`, `Районный акимат`: a level of the state and a body's noun, with no place
LEVEL_ADJECTIVES = frozenset('областной районный городской сельский'.split())
LEVEL_BODIES = frozenset('суд акимат маслихат прокуратура больница'.split())


def is_bare_level_body(span):
    """`Областной суд`, `районного акимата`: a level adjective and a body's noun alone name no one
    body (which region's court?); `Мангистауский областной суд` and `Верховный суд` do."""
    return len(span) == 2 and all(token.is_alpha for token in span) and span[1].text.islower() \
        and lemma(span[0].text.lower()) in LEVEL_ADJECTIVES and lemma(span[1].text) in LEVEL_BODIES


def bare_level_bodies(doc, spans):
    """`Областной суд в Актау оставил в силе приговор`: a level and a body's noun without its place
    is no organisation's name."""
    return [span for span in spans
            if span.label_ != 'ORG' or span_value(span, 'canonical') or not is_bare_level_body(span)]


LOCATIVE_PREPOSITIONS = frozenset('в во на'.split())


def is_locative_place(token):
    """`Костанае`, `Шымкенте`: a capitalised word pymorphy3 knows as a place, in the locative; a place's
    adjective (`в Сеульском национальном госпитале`) agrees with the noun after it, which is its head."""
    return token.text[:1].isupper() and token.text.isalpha() and any(
        'Geox' in parsed.tag and parsed.tag.POS == 'NOUN' and parsed.tag.case == 'loct'
        for parsed in parse(token.text)[:2])


def is_genitive_place(token):
    """`Кордая`, `Тасарыка`, `Жалал-Абада`: a capitalised word (maybe hyphened) pymorphy3 does not know, or
    knows as a place only."""
    if not token.text[:1].isupper() or not token.text.replace('-', '').isalpha() or token.text.isupper():
        return False
    parses = parse(token.text)[:3]
    # a guess from the ending (`Кордая` as a woman's name) is no evidence
    if any(parsed.is_known and tag in parsed.tag for parsed in parses for tag in ('Orgn', 'Name', 'Surn', 'Patr')):
        return False
    return all(not parsed.is_known or 'Geox' in parsed.tag for parsed in parses)


# the prepositions of place that take the genitive (`у Кордая бригады будут дежурить`, `из Нарынкола группы
# идут`, `до Кегена автобусы`), after which the lower-case subject or object of the clause may follow the place
ALL_PLACE_PREPOSITIONS = frozenset(GENITIVE_PLACE_PREPOSITIONS) | LOCATIVE_PREPOSITIONS
# those of where something is: `place-then-noun` takes a place after them though it reads as an adjective too
# (`у Кордая`: кордый), before `place-from-noun` tests the others
WHERE_PREPOSITIONS = frozenset('у близ возле около вблизи'.split())


def is_adjective(token):
    """`Алматинской` of `из Алматинской городской коллегии адвокатов`: a word pymorphy3 reads as an adjective,
    which agrees with the noun after it, the name's head."""
    return any(parsed.tag.POS in ('ADJF', 'PRTF') for parsed in parse(token.text))


def listed_after_place(doc, span, places_by_end):
    """`Бахты пациентов` in `в Таскескене и Бахты пациентов`: `span` follows `и` or a comma after a place
    that a preposition of place opens."""
    if span.start < 2 or doc[span.start - 1].text not in LIST_JOINERS:
        return False
    before = places_by_end.get(span.start - 1)
    return before is not None and before.start > 0 and doc[before.start - 1].text.lower() in ALL_PLACE_PREPOSITIONS


def places_then_nouns(doc, spans):
    """`открыло в Костанае завод по выпуску комбайнов` read as an ORG `Костанае завод` -> LOC
    `Костанае`: after `в`/`на` a place in the locative ends the phrase; the lower-case words after it
    are the verb's object, no part of a name (`в Алматы завод` alike; `Банк развития` has no place first).
    So after `у`/`близ` a place in the genitive: `у Кордая бригады будут дежурить` -> LOC `Кордая`."""
    result = []
    for span in spans:
        if span.label_ == 'ORG' and len(span) > 1 and span.start > 0 \
                and all(token.text.islower() for token in span[1:]):
            before = doc[span.start - 1].text.lower()
            if before in LOCATIVE_PREPOSITIONS and is_locative_place(span[0]) \
                    or before in WHERE_PREPOSITIONS and is_genitive_place(span[0]):
                span = make_span(doc, span.start, span.start + 1, 'LOC', 'place-then-noun')
        result.append(span)
    return result


def places_from_then_nouns(doc, spans):
    """`из Нарынкола группы идут к пику`, `из Чолпон-Аты и Жалал-Абада группы приезжают`, `в Таскескене и
    Бахты пациентов ждут` read as an ORG -> LOC `Нарынкола`, `Жалал-Абада`, `Бахты`: a capitalised word no
    dictionary knows but as a place, after `из`/`от`/`до` (any preposition of place that takes the genitive:
    after `у` `places_then_nouns` took it) or after `и` or a comma closing a list of places a preposition of
    place opens, and lower-case words after it: the words are the clause's subject or object, no part of a
    name (`Банк развития` has no place first; `из Банка развития`: `банк` a common noun; `из Алматинской городской
    коллегии адвокатов`: an adjective, agreeing with its head; a name the gazetteer knows stays whole)."""
    places_by_end = {span.end: span for span in spans if span.label_ == 'LOC'}
    result = []
    for span in spans:
        if span.label_ == 'ORG' and len(span) > 1 and span.start > 0 and not span_value(span, 'canonical') \
                and all(token.text.islower() and token.is_alpha for token in span[1:]) \
                and (doc[span.start - 1].text.lower() in GENITIVE_PLACE_PREPOSITIONS
                     or listed_after_place(doc, span, places_by_end)) \
                and is_genitive_place(span[0]) and not is_adjective(span[0]):
            span = make_span(doc, span.start, span.start + 1, 'LOC', 'place-from-noun')
        result.append(span)
    return result


# the last word of a region's name after a plural head: `Партии` `Павлодарской области`
REGION_WORDS = frozenset('область район край округ'.split())


def is_plural_subject(doc, span):
    """`Партии` `Павлодарской области` `готовятся`: the span opens its sentence with a kind of organisation
    that reads as a nominative plural, and the word after the span is a verb in the plural."""
    first = span[0]
    if not first.is_sent_start or not first.is_alpha or lemma(first.text.lower()) not in BODY_HEADS:
        return False
    if not any(parsed.tag.case == 'nomn' and parsed.tag.number == 'plur' for parsed in parse(first.text)[:6]):
        return False
    if span.end >= len(doc):
        return False
    # `перешли`: pymorphy3 reads an imperative first
    return any(parsed.tag.POS == 'VERB' and parsed.tag.number == 'plur' and parsed.tag.mood == 'indc'
               for parsed in parse(doc[span.end].text)[:3])


def plural_heads(doc, spans):
    """`Партии Павлодарской области готовятся к выборам` (ORG) -> LOC `Павлодарской области`: a plural
    head before a plural verb names many bodies, no organisation (`Партия Павлодарской области
    готовится`, singular, stays); the words after it stay a place only if they name a region. A one-word
    organisation the gazetteer names by a word in the singular, written in its plural (`Яблоки` for «Яблоко»),
    is the common noun, no name (`is_plural_of_name`)."""
    result = []
    for span in spans:
        if span.label_ == 'ORG' and is_plural_of_name(span):
            continue  # `Яблоки в этом году подешевели`: the fruit, not the party «Яблоко»
        if span.label_ == 'ORG' and len(span) > 1 and not span_value(span, 'canonical') and is_plural_subject(doc, span):
            if lemma(span[-1].text.lower()) in REGION_WORDS:
                result.append(make_span(doc, span.start + 1, span.end, 'LOC', 'plural-head'))
            continue
        result.append(span)
    return result


def is_plural_of_name(span):
    """`Яблоки` (the gazetteer's `партия «Яблоко»`): one word read only as a plural whose lemma is a word of
    the canonical name in the nominative singular; not a name that is itself plural (`Известия`,
    `Ведомости`: a genitive singular too)."""
    canonical = span_value(span, 'canonical')
    if not canonical or len(span) != 1 or not span[0].is_alpha:
        return False
    parses = parse(span.text.lower())
    if not parses or any(parsed.tag.number != 'plur' for parsed in parses):
        return False
    lemmas = {parsed.normal_form for parsed in parses}
    return any(parsed.normal_form in lemmas and parsed.tag.number == 'sing' and parsed.tag.case == 'nomn'
               for word in canonical.replace('«', ' ').replace('»', ' ').split() if word.isalpha()
               for parsed in parse(word.lower()))
