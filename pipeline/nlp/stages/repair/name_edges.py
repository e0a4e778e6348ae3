"""Persons at the edges of a sentence, a list or a street sign.

- `person-sentence`: `Шахтинска – Виталий Пак. Кима аким похвалил` -> PER `Виталий Пак`
  and PER `Кима`: a sentence's full stop ends a name; so does a first name and surname before a
  capitalised common word (`говорит Ольга Серябкина Просто захотели`: the full stop left out);
- `person-initials`: `Ткаченко О.И.` at a sentence end -> the initials keep their last period;
  `по Шымкенту Б. К. Абдрахманов` -> PER `Б. К. Абдрахманов`: a preposition's word before both initials
  is no first name;
- `person-particle`: `Позже Ле Пен заявила` (PER `Пен`) -> PER `Ле Пен`: a surname's particle is in it;
- `person-opener`: `Партнёром Жумабековой стал ...`, `Племянник Ерлана Ахметова возглавил ...` -> PER
  `Жумабековой`, `Ерлана Ахметова`: a common word that opens a sentence stays outside the name after it;
- `person-function-word`: `Ох Похоже что секрет разболтали`, `свадьбу в узком кругу Размечтались`
  -> no PER: a capitalised word pymorphy3 knows only as a word no name is (an adverb, a verb, a
  pronoun, a particle, an ordinal) names nobody, wherever it stands;
- `person-listed-place`: `Сарани – Олжас Нурпеисов, Шахтинска – Виталий Пак` -> LOC `Сарани`:
  a place pymorphy3 knows, paired by a dash with the person who heads it;
- `person-surname-org`: `В комиссию вошли Сейтказиев Б.Е. ... Председателем избран Сейтказиев` (ORG)
  -> PER: a surname of the document's person is that person, not an organisation;
- `person-dash-end`: `брат Ивана — Олег \xad— уехал` (PER `Олег \xad—`) -> PER `Олег`: a dash glued
  to a soft hyphen is no part of the name before it;
- `person-street`: `на улице Абая`, `переименовать улицу Ленина в улицу Ахмета Байтурсынова`
  -> LOC `улица Абая`: a street named after a person is a place, not that person;
- `person-trailing-name`: `Дочь Асылбека Нуржанова Айгерим окончила ...` (one PER), `Жена Марата` (PER)
  `Оспанова Гульмира` (PER) -> PER `Асылбека Нуржанова`, PER `Айгерим`: a first name after a first name and
  a surname read together in an oblique case is another person, named in the nominative;
- `person-namesake-place`: `Аким района имени Габита` (LOC) + `Мусрепова Ерлан Болатович Сапаров` (PER)
  -> LOC `района имени Габита Мусрепова`, PER `Ерлан Болатович Сапаров`: the name after `имени` runs on
  until the full name of the person who heads the place.
"""

from pipeline.nlp.doc import span_value
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.names import choose_reading, person_normal
from pipeline.nlp.settlements import HONORIFIC_FORMS
from pipeline.nlp.name_parts import (
    SURNAME_GENDER_ENDINGS,
    is_east_asian_surname,
    is_first_name,
    is_initial,
    is_listed_first_name,
    is_patronymic,
    is_surname_like,
    is_surname_particle,
)
from pipeline.nlp.stages.repair.persons import full_name_end, is_word, same_name
from pipeline.nlp.stages.repair.spans import DASHES, NAME_TAGS, give_back, is_geo, make_span

SENTENCE_END = '.'
# `Пак.`, `Ли.` end a sentence; `Дж.`, `Ст.`, `им.` are abbreviations
MIN_WORD = 3
VOWELS = frozenset('аеёиоуыэюяәөұүіaeiouy')


def ends_word(token):
    """A word a sentence may end on: three letters or more, or two capitalised with a vowel
    (`Ли`, `Ан`; not `Дж`)."""
    text = token.text
    if not token.is_alpha or len(text) < 2:
        return False
    return len(text) >= MIN_WORD or text[0].isupper() and not VOWELS.isdisjoint(text.lower())


def split_at_sentences(doc, spans):
    """`Виталий Пак. Кима` -> `Виталий Пак`, `Кима`: a PER over a full stop after a word
    (not an initial: `А. Ахметов`) and before a capitalised word is two mentions."""
    result = []
    for span in spans:
        if span.label_ != 'PER' or len(span) < 3 or SENTENCE_END not in span.text:
            result.append(span)
            continue
        start = span.start
        for index in range(span.start + 1, span.end - 1):
            token = doc[index]
            # (`Дж.Коми`, `им.Г.Тукая`: an abbreviation's period, no space after it)
            if token.text == SENTENCE_END and token.whitespace_ and ends_word(doc[index - 1]) \
                    and doc[index + 1].text[:1].isupper() and index > start:
                result.append(make_span(doc, start, index, 'PER', 'person-sentence'))
                start = index + 1
        result.append(span if start == span.start else make_span(doc, start, span.end, 'PER', 'person-sentence'))
    return [unpunctuated_end(doc, span) for span in result]


def unpunctuated_end(doc, span):
    """`говорит Ольга Серябкина Просто захотели`: a first name and a Russian-pattern surname are
    a whole name, so a capitalised word after them that pymorphy3 knows as no name nor place, with
    the sentence going on in small letters after it, opens the next sentence, its full stop left out."""
    if span.label_ != 'PER' or len(span) != 3 or not all(token.is_alpha for token in span):
        return span
    first, surname, last = (token.text for token in span)
    if not (is_listed_first_name(first) and is_surname_like(surname) and last[:1].isupper() and last[1:].islower()):
        return span
    # (the sentence goes on after it: `Полное имя — Михаил Горбачёв Дом.` is a whole name)
    following = doc[span.end] if span.end < len(doc) else None
    if following is None or not (following.is_alpha and following.text.islower()):
        return span
    parses = parse(last)
    if not parses or not all(parsed.is_known for parsed in parses[:2]) or any(
            tag in parsed.tag for parsed in parses for tag in NAME_TAGS + ('Geox',)):
        return span
    return make_span(doc, span.start, span.end - 1, 'PER', 'person-sentence', span_value(span, 'canonical'))


def close_initials(doc, spans):
    """`Ткаченко О.И` + `.` -> `Ткаченко О.И.`: a name that ends on an initial letter takes the
    period after it (the tokenizer gave it to the sentence); a word between a preposition and
    two initials is no word of the name after them (`opened_by_governed_word`)."""
    result = []
    for span in spans:
        if opened_by_governed_word(doc, span):
            span = make_span(doc, span.start + 1, span.end, 'PER', 'person-initials', span_value(span, 'canonical'))
        end = span.end
        if span.label_ == 'PER' and len(span) > 1 and end < len(doc) and doc[end].text == SENTENCE_END \
                and not span[-1].whitespace_ and is_initial(span[-1].text) and span[-2].text == SENTENCE_END:
            span = make_span(doc, span.start, end + 1, 'PER', 'person-initials', span_value(span, 'canonical'))
        result.append(span)
    return result


def opened_by_governed_word(doc, span):
    """`руководитель департамента по Шымкенту Б. К. Абдрахманов`: a PER of a word, two initials and
    a surname, the word right after a preposition, is the preposition's noun before a name: a first
    name is never written before both initials (one may come before a middle initial: `Джордж У. Буш`)."""
    words = [token for token in span if token.text != SENTENCE_END]
    if span.label_ != 'PER' or len(words) != 4 or span.start == 0 or not words[0].is_alpha \
            or not (is_initial(words[1].text) and is_initial(words[2].text)) or is_initial(words[3].text):
        return False
    before = doc[span.start - 1]
    return before.text.islower() and any(parsed.tag.POS == 'PREP' for parsed in parse(before.text)[:1])


def dash_ends(doc, spans):
    """`Олег \xad—` -> `Олег`: a PER of two words or more whose last token holds no letter or
    digit (a dash after a soft hyphen the tokenizer kept as one token) ends before it."""
    result = []
    for span in spans:
        if span.label_ == 'PER' and len(span) > 1 and not any(char.isalnum() for char in span[-1].text) \
                and span[-1].text.strip('\xad') in DASHES:
            span = make_span(doc, span.start, span.end - 1, 'PER', 'person-dash-end', span_value(span, 'canonical'))
        result.append(span)
    return result


def surname_particles(doc, spans):
    """`Позже Ле Пен заявила` read as PER `Пен`: a particle that opens a surname (`Ле`, `Ди`,
    `фон`; names.is_surname_particle) right before a person's name, in no other mention, is part of it."""
    taken = {token.i for span in spans for token in span}
    result = []
    for span in spans:
        start = span.start
        # (`Иван да Марья`: a first name after `да` is a second person, not a surname)
        if span.label_ == 'PER' and start > 0 and start - 1 not in taken and span[0].text[:1].isupper() \
                and is_surname_particle(doc[start - 1].text) and doc[start - 1].whitespace_ \
                and not is_listed_first_name(span[0].text):
            span = make_span(doc, start - 1, span.end, 'PER', 'person-particle', span_value(span, 'canonical'))
        result.append(span)
    return result


# a word of these parts of speech opens a sentence, names nobody (`Обсуждавшие закон ...`,
# `Тринадцатым стал ...`, `Похоже, ...`), and is no surname either, unlike a noun or an adjective
# (`Кузнец`, `Белый`)
NO_NAME_POS = frozenset({'VERB', 'INFN', 'PRTF', 'PRTS', 'GRND', 'ADVB', 'PRED', 'NPRO', 'NUMR', 'COMP'})


def sentence_openers(doc, spans):
    """`Партнёром Жумабековой стал Айдос ...`, `Племянник Ерлана Ахметова возглавил ...`,
    `Отрешить Соловьева ...`: a capitalised word that opens a sentence, a noun or a verb form
    pymorphy3 knows with no reading of a name or a place and no first name of the list, is
    no part of the name after it; a PER of such a word alone that no noun could be is no person.
    A noun before a patronymic is a first name (`Алмаз Каримович`), one before a first name that
    ends the name or comes before a patronymic a surname (`Соловей Андрей Петрович`), and an
    adjective may open a name (`Святой Пётр`)."""
    result = []
    for span in spans:
        if span.label_ == 'PER' and not span_value(span, 'canonical') and opens_with_common_word(doc, span):
            if len(span) == 1:
                if all(parsed.tag.POS in NO_NAME_POS for parsed in parse(span.text)[:2]):
                    continue
            elif span[1].text[:1].isupper() and not is_patronymic(span[1].text) and not surname_first(span) \
                    and not may_be_first_name(span) and not east_asian_opener(span):
                span = make_span(doc, span.start + 1, span.end, 'PER', 'person-opener')
        result.append(span)
    return result


def opens_reply(doc, index):
    """The token opens a line of dialogue: right after a dash that opens its sentence (`– Рыбак из ...`)."""
    before = index - 1
    while before >= 0 and doc[before].is_space and '\n' not in doc[before].text:
        before -= 1
    return before >= 0 and doc[before].text in DASHES and (doc[before].is_sent_start or before == 0
                                                           or '\n' in doc[before - 1].text)


# the readings of a word no name is: `Ни`, `Тут`, `Размечтались`; a short adjective or participle
# (`Суха`, `Морено`) and an imperative (`Мори`) are also foreign names, a later reading only
# (`Похоже`: an adverb first) counts
FUNCTION_POS = (NO_NAME_POS - {'PRTS'}) | {'PRCL', 'CONJ', 'INTJ', 'PREP'}
SHORT_FORMS = frozenset({'ADJS', 'PRTS'})


def is_function_reading(parsed, first=True):
    """A reading no name has: FUNCTION_POS (no imperative), a pronoun's adjective (`Это`), an
    ordinal (`Тринадцатым`), or past the first reading a short form."""
    tag = parsed.tag
    if not parsed.is_known or 'impr' in tag:
        return False
    return tag.POS in FUNCTION_POS or tag.POS == 'ADJF' and ('Apro' in tag or 'Anum' in tag) \
        or not first and tag.POS in SHORT_FORMS


# `Курбан айт`, `Ораза айта`: the feast's word after a name that is also a feast's
FEAST_WORDS = frozenset('айт айта айту айтом айте'.split())


def function_words(doc, spans):
    """`Ох Похоже что ...`, `в узком кругу Размечтались`: a one-word PER that pymorphy3 reads only
    as a word no name is (every reading: `is_function_reading`), no first name nor a surname's
    shape, is no person (`Слуцкий`, `Надежда`, `Добрый` keep a name's or a noun's reading); nor is
    a first name that names a feast with the word after it (`в дни Курбан айта`)."""
    result = []
    for span in spans:
        if span.label_ == 'PER' and len(span) == 1 and span[0].is_alpha and not span_value(span, 'canonical'):
            text = span.text
            parses = parse(text)
            if parses and all(is_function_reading(parsed, index == 0) for index, parsed in enumerate(parses)) \
                    and not (is_first_name(text) or is_surname_like(text)):
                continue
            if span.end < len(doc) and span[0].whitespace_ and doc[span.end].text.lower() in FEAST_WORDS:
                continue
        result.append(span)
    return result


def opens_with_common_word(doc, span):
    """The span's first word opens a sentence and is a common word (`Партнёром`, `Есть`)."""
    first = span[0]
    text = first.text
    if not (first.is_sent_start and first.is_alpha and text[:1].isupper() and text[1:].islower()):
        return False
    parses = parse(text)[:2]
    if not parses or not all(parsed.is_known for parsed in parses) or any(
            tag in parsed.tag for parsed in parse(text) for tag in NAME_TAGS + ('Geox', 'Orgn')):
        return False
    if any(parsed.tag.POS == 'ADJF' for parsed in parses):
        return False
    return not (is_first_name(text) or is_surname_like(text) or is_patronymic(text))


SHORT_OPENER = 3


def east_asian_opener(span):
    """`Си Цзиньпин`, `Хан Сон Ми`: a Chinese or Korean surname, or a word of three letters before
    a word of no Russian surname's shape, opens a name of the East's order (`Сын Ахметова` does not)."""
    first = span[0].text
    return is_east_asian_surname(first) or len(first) <= SHORT_OPENER and not is_surname_like(span[1].text)


def surname_first(span):
    """`Соловей Андрей`, `Соловей Андрей Петрович`: a first name after the first word that ends
    the name or comes before a patronymic makes that word the surname of a list's order."""
    words = [token.text for token in span]
    return is_first_name(words[1]) and (len(words) == 2 or is_patronymic(words[2]))


# the nominative of a Russian-pattern surname, hers and his
SURNAME_NOMINATIVES = (('femn', tuple(hers for hers, _ in SURNAME_GENDER_ENDINGS)),
                       ('masc', tuple(his for _, his in SURNAME_GENDER_ENDINGS)))


def may_be_first_name(span):
    """`Заря Ахметова выступила`, `Алмаз Сафин`: a noun in the nominative before a surname in the
    nominative of its gender may be a first name the list lacks (not `Соратник Ахметова`, his genitive)."""
    surname = span[1].text.lower()
    genders = {gender for gender, endings in SURNAME_NOMINATIVES
               if any(surname.endswith(ending) and len(surname) > len(ending) + 2 for ending in endings)}
    return any(parsed.tag.case == 'nomn' and parsed.tag.number == 'sing' and parsed.tag.gender in genders
               for parsed in parse(span[0].text)[:2])


def listed_places(doc, spans):
    """`Темиртау – Кайрат Ким, Сарани – Олжас Нурпеисов`: a one-word PER that pymorphy3 knows as a
    place and as no name, followed by a dash and a person, is the place the person heads;
    `Абайского – Ерлан Жумабеков` (района left out): an adjective is no person and no place."""
    by_start = {span.start: span for span in spans if span.label_ == 'PER'}
    result = []
    for span in spans:
        end = span.end
        if (span.label_ == 'PER' and len(span) == 1 and end + 1 < len(doc) and doc[end].text in DASHES
                and end + 1 in by_start):
            if span.text.endswith(ADJECTIVE_GENITIVES):
                continue
            if is_place_not_name(span[0].text):
                span = make_span(doc, span.start, end, 'LOC', 'person-listed-place', span_value(span, 'canonical'))
        result.append(span)
    return result


# Абайского, Бухар-Жырауского, Жамбылской: a district's or a region's adjective with its noun left out
ADJECTIVE_GENITIVES = ('ского', 'ской', 'цкого', 'цкой')


def is_place_not_name(text):
    """`Сарани`, `Шахтинска`: a place to pymorphy3 and no first name or surname it knows."""
    parses = parse(text)[:3]
    # a place pymorphy3 knows, not one it guesses from an ending (`Нисипяну — Топалов`)
    if not any('Geox' in parsed.tag and parsed.is_known for parsed in parses[:2]) or is_first_name(text):
        return False
    return not any(tag in parsed.tag for parsed in parses for tag in NAME_TAGS if parsed.is_known)


# улица Абая, проспект Абылай хана, переулок Гоголя, бульвар Бухар-Жырау, площадь Республики
STREET_NOUNS = frozenset('улица проспект переулок бульвар площадь микрорайон шоссе набережная'.split())
STREET_PREFIXES = tuple({noun[:2] for noun in STREET_NOUNS})


def is_street_noun(token):
    text = token.text
    return text.islower() and text.startswith(STREET_PREFIXES) and lemma(text) in STREET_NOUNS


def named_after_noun(doc, spans, is_head, rule):
    """A person (PER), or a place of a person's name's shape (`names_person`), right after a noun that
    `is_head(doc, span)` accepts -> LOC `rule` of the noun and the name (`person-street`, `peak-named-after`)."""
    result = []
    for span in spans:
        head = span.start - 1
        if span.label_ in ('PER', 'LOC') and head >= 0 and span.text[:1].isupper() and is_head(doc, span) \
                and (span.label_ == 'PER' or names_person(span)):
            give_back(doc, result, head)
            span = make_span(doc, head, span.end, 'LOC', rule)
        result.append(span)
    return result


def is_street_head(doc, span):
    """`улицу` + `Ленина`: a street noun in the singular before the span."""
    return is_street_noun(doc[span.start - 1]) and is_singular(doc[span.start - 1])


def streets(doc, spans):
    """`улицу Ленина` (PER `Ленина`), `на улице Абая` (LOC `Абая`) -> LOC `улица ...`: the name of
    a person after a street noun in the singular is the street's, no mention of that person
    (`на улицах Каира`, `улицы Лондона`: a city's streets, the city stays a place)."""
    return named_after_noun(doc, spans, is_street_head, 'person-street')


def is_singular(token):
    return any(parsed.tag.number == 'sing' for parsed in parse(token.text)[:2])


def names_person(span):
    """`Абая`, `Бухар-Жырау`? the last word is a first name or a surname pymorphy3 knows (not a
    place: `Каира`), or a surname's shape (`Ерубаева`)."""
    text = span[-1].text
    # `улице Айтеке би`, `улица Богенбай батыра`: a man's name and his title
    if len(span) > 1 and text in HONORIFIC_FORMS and span[0].text[:1].isupper():
        return True
    parses = parse(text)[:3]
    # `улица Кирова`: a surname pymorphy3 reads first (Киров the town second) is the person's
    if any(tag in parses[0].tag for tag in NAME_TAGS) and parses[0].is_known:
        return True
    # `улице Советской`, `Пушкинской улицы`: an adjective names the street, no person
    if is_geo(parses[:2]) or any(parsed.tag.POS == 'ADJF' and parsed.is_known for parsed in parses):
        return False
    return is_surname_like(text) or is_first_name(text) or any(
        tag in parsed.tag for parsed in parses for tag in NAME_TAGS if parsed.is_known)


def person_words(spans):
    """The words of the persons named by more than one word."""
    return [token.text for span in spans if span.label_ == 'PER' and len(span) > 1 for token in span if token.is_alpha]


def person_surnames(spans):
    """The surnames of the document's persons of two or three words: a word of a surname's shape
    (`Сейтказиев` of `Сейтказиев Б.Е.`), or the last word after a first name, whatever its shape
    (`Бергманн` of `Клаус Бергманн`, read `в лаборатории Бергманна`)."""
    surnames = set()
    for span in spans:
        if span.label_ != 'PER' or len(span) < 2:
            continue
        words = [token.text for token in span if token.is_alpha]
        surnames.update(word for word in words if len(word) > 3 and is_surname_like(word))
        if len(words) in (2, 3) and is_first_name(words[0]) and len(words[-1]) > 3 and words[-1][:1].isupper() \
                and not is_initial(words[-1]):
            surnames.add(words[-1])
    return surnames


def surname_orgs(doc, spans):
    """`Председателем избран Сейтказиев` read as ORG after `Сейтказиев Б.Е.` (PER): a one-word
    organisation no gazetteer knows that is a case form of the surname of a person in the
    document (`person_surnames`), is that person."""
    surnames = person_surnames(spans)
    if not surnames:
        return spans
    people = set(person_words(spans))
    result = []
    for span in spans:
        if span.label_ == 'ORG' and not span_value(span, 'canonical'):
            stop = person_before_noun(span, surnames, people)
            if stop:
                span = make_span(doc, span.start, span.start + stop, 'PER', 'person-surname-org')
        result.append(span)
    return result


def person_before_noun(span, surnames, people=()):
    """The length of the person's name an organisation is made of, or 0: the whole one-word span
    (`избран Сейтказиев`), or the capitalised words before lower-case ones, the last of them the surname
    of a person of the document and the others words of the document's persons (`Людмилу Петрову и Марата
    Сагиева суд оставил` -> `Марата Сагиева`: the verb's subject after its object, no name of a body;
    `Фонд Сагиева поддержки` stays)."""
    words = [token.text for token in span]
    if len(words) == 1:
        return 1 if words[0][1:].islower() and any(same_name(words[0], word) for word in surnames) else 0
    names = 0
    while names < len(words) and words[names][:1].isupper() and words[names][1:].islower() and words[names].isalpha():
        names += 1
    if not names or names > 3 or names == len(words) or not all(word.isalpha() and word.islower() for word in words[names:]):
        return 0
    if not all(any(same_name(word, other) for other in people) for word in words[:names - 1]):
        return 0
    return names if any(same_name(words[names - 1], word) for word in surnames) else 0


# Сейдахметов, Мусабаев, Ерёмин, Бородин: a man's surname in the nominative, never a preposition's case
NOMINATIVE_SURNAME_ENDINGS = ('ов', 'ев', 'ёв', 'ин', 'ын')


def after_preposition(doc, start):
    """A preposition right before token `start` (`до`, `на`, `из`; `До` opening a sentence)."""
    return start > 0 and doc[start - 1].text[1:].islower() and any(
        parsed.tag.POS == 'PREP' for parsed in parse(doc[start - 1].text.lower())[:1])


def is_name_part(word):
    """A word that may stand before a surname in one name: a first name, a patronymic, an initial, a surname's
    particle, an East Asian surname, or a surname's shape (`Сапарова Айгуль`, `Ахметов-Сапаров`)."""
    return is_first_name(word) or is_listed_first_name(word) or is_patronymic(word) or is_initial(word) \
        or is_surname_particle(word) or is_east_asian_surname(word) or is_surname_like(word)


def glued_heads(doc, spans):
    """`Нуржан Абилович Сейдахметов` ... `До Казпочты Сейдахметов пас` (PER `Казпочты Сейдахметов`) -> PER
    `Сейдахметов`: after a preposition, a word before a man's surname in the nominative (`-ов`, `-ин`: the
    preposition's own word cannot be in that case) of a person the text names in full, no word of any
    person's name of the text and no word a name may hold before a surname (`is_name_part`), is the
    preposition's word glued to the surname (`с Беньямином Нетаньяху`, `для Тарека Салеха` stay: no
    nominative shows there); it keeps the type the text gives it alone (`Казпочта запустила` -> ORG) or
    none."""
    glued = [span for span in spans if span.label_ == 'PER' and len(span) == 2 and all(token.is_alpha for token in span)
             and span[0].text[1:].islower() and span[1].text.endswith(NOMINATIVE_SURNAME_ENDINGS)
             and after_preposition(doc, span.start) and not is_name_part(span[0].text)]
    if not glued:
        return spans
    changed = {}
    for span in glued:
        others = [other for other in spans if other.start != span.start]
        if any(same_name(span[1].text, surname) for surname in person_surnames(others)) \
                and not any(same_name(span[0].text, word) for word in person_words(others)):
            label = next((other.label_ for other in others if len(other) == 1 and other.label_ != 'PER'
                          and same_name(span[0].text, other.text)), None)
            changed[span.start] = label
    if not changed:
        return spans
    result = []
    for span in spans:
        if span.label_ == 'PER' and span.start in changed:
            if changed[span.start]:
                result.append(make_span(doc, span.start, span.start + 1, changed[span.start], 'person-glued-head'))
            span = make_span(doc, span.start + 1, span.end, 'PER', 'person-glued-head')
        result.append(span)
    return result


# `района имени Габита Мусрепова`, `села имени Абая`: the places a name after `имени` may name
NAMESAKE_PLACE_HEADS = frozenset('район село аул посёлок поселок микрорайон округ'.split())


def namesake_place_start(doc, span, positions):
    """`Аким района имени Габита` + PER `Мусрепова Ерлан Болатович Сапаров`: a full name opens
    at the person's second word, and the first word (with the one word or none between it and
    `имени`) ends a name after `имени` whose head is a district or a settlement; the index of
    that head, or None. (`школы имени Абая ...` is an organisation, `tails`' own.)"""
    if not is_word(span[0]) or full_name_end(doc, span.start + 1, positions) != span.end:
        return None
    for namesake in (span.start - 1, span.start - 2):
        if namesake < 1 or doc[namesake].text.lower() not in ('имени', 'им.') \
                or not all(is_word(doc[index]) for index in range(namesake + 1, span.start)):
            continue
        head = doc[namesake - 1]
        if head.is_alpha and head.text.islower() and lemma(head.text) in NAMESAKE_PLACE_HEADS:
            return head.i
    return None


def namesake_places(doc, spans, positions):
    """`Аким района имени Габита Мусрепова Ерлан Болатович Сапаров` -> LOC `района имени Габита
    Мусрепова`, PER `Ерлан Болатович Сапаров`: a person mention that begins with the last word of
    a district's namesake gives that word to the district. (`район имени` or `им.` + a genitive first name
    and surname is `district-named-after`'s, named_districts.py, which runs first; this rule keeps a
    one-word namesake and the settlements' heads.)"""
    result = []
    for span in spans:
        if span.label_ == 'PER' and len(span) >= 3 \
                and (head := namesake_place_start(doc, span, positions)) is not None:
            give_back(doc, result, head)
            result.append(make_span(doc, head, span.start + 1, 'LOC', 'person-namesake-place'))
            span = make_span(doc, span.start + 1, span.end, 'PER', 'person-namesake-place')
        result.append(span)
    return result


def is_given(word):
    """A first name of the lists that is no patronymic nor a Russian-pattern surname."""
    return (is_first_name(word) or is_listed_first_name(word)) and not is_patronymic(word) and not is_surname_like(word)


# a weight that rules the nominative out of a name's readings
OBLIQUE_ONLY = 10.0


def trailing_name_split(words):
    """`Асылбека Нуржанова Айгерим`, `Ерланом Нурмухамбетовым Айдос Сагатов` -> 2: a first name, a surname
    (not a first name) and then a first name, or a first name and a surname: the first two may be read in an
    oblique case (`Асылбека Нуржанова`, his genitive), the rest read best as a nominative; None for names
    all in the nominative (`Иван Петров Сергей Иванов`) or a name with a patronymic."""
    if len(words) not in (3, 4) or not all(word.isalpha() and word[:1].isupper() and word[1:].islower() for word in words):
        return None
    first, surname, rest = words[0], words[1], words[2:]
    if not (is_given(rest[0]) and is_surname_like(surname)) or is_first_name(surname) or is_patronymic(surname) \
            or len(rest) == 2 and not is_surname_like(rest[1]):
        return None
    # (`Нурлана Абенова` alone reads best as her nominative; before another first name it is his genitive)
    oblique = {'nomn': -OBLIQUE_ONLY}
    if choose_reading([first, surname], oblique)[0] is None or choose_reading(rest)[0] != 'nomn':
        return None
    declined = person_normal([first, surname], oblique)
    # (`Айгуль Мусиной Данияр`: her first name does not decline, her surname does)
    changed = [word.lower() for word in declined] != [first.lower(), surname.lower()]
    return 2 if changed and is_given(declined[0]) else None


def trailing_names(doc, spans):
    """`Дочь Асылбека Нуржанова Айгерим`: a PER of three or four words, or a one-word first name and a PER of two
    right after it (`Марата` + `Оспанова Гульмира`), that `trailing_name_split` parts are two persons:
    the full name in its oblique case and the first name after it (a kinship noun's dependant and the kin)."""
    result = []
    for span in spans:
        previous = result[-1] if result else None
        if span.label_ != 'PER':
            result.append(span)
            continue
        if len(span) in (3, 4) and trailing_name_split([token.text for token in span]):
            result.append(make_span(doc, span.start, span.start + 2, 'PER', 'person-trailing-name'))
            result.append(make_span(doc, span.start + 2, span.end, 'PER', 'person-trailing-name'))
            continue
        if len(span) == 2 and previous is not None and previous.label_ == 'PER' and len(previous) == 1 \
                and previous.end == span.start and previous[0].whitespace_ == ' ' \
                and trailing_name_split([previous.text] + [token.text for token in span]):
            result[-1] = make_span(doc, previous.start, span.start + 1, 'PER', 'person-trailing-name')
            result.append(make_span(doc, span.start + 1, span.end, 'PER', 'person-trailing-name'))
            continue
        result.append(span)
    return result
