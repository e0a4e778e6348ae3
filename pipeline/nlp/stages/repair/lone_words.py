"""One word, which type: a lone capitalised word that slovnet typed as a person or a place against the
evidence a reader of regional news uses.

- `place-after-preposition`: a village after a preposition of place, in a text about districts and
  villages, is no person (`лед сошел у Тайпака и Индербора`, `скот пасли у Тажена`, `до самого
  Кошкарата`) unless the word is a name: a first name, a surname's shape, a word of a person of the text;
- `place-shape`: a Russian village in -овка or -ово/-ево, or a land along a river (`боры Прииртышья`), is never
  a person (`бывшей Ванновки`, `пострадали Боконбаево`);
- `place-after-in`: a one-word person after `в` in a place's shape there (`В Сарайшыке мне показали`, `переехала
  в Темирлан`) is a place;
- `lone-common-noun`: a one-word person that opens a sentence or a headline and reads first as a thing
  or as a plural (`Семена хозяйство купило`, `Шубат из Бейнеу повезут`, `Отары идут на пастбища`) names
  nobody unless the text names that person;
- `place-of-residents`: a word in the genitive after a noun for the people who live or work somewhere
  (`Фермеры Атакента и Асыкаты`, `о рыбаках Арала`, `Рисоводы Жосалы`) is that place when neither it nor its nominative is a
  name and the text names no person by it;
- `place-renamed`: a one-word person that is a place's old or new name (`Гурьев стал Атырау`, `Актобе
  раньше называли Актюбинском`) is a place;
- `surname-place`: a word of a surname's shape that is the surname of a person named in full in the text is
  that person, not a place (`Динара Жумагулова` ... `Назначения Сагындыкова и Жумагуловой`).
"""

import re

from pipeline.nlp.doc import span_value, token_texts
from pipeline.nlp.kazakh import has_name_element, is_undeclined_place
from pipeline.nlp.settlements import settlement_cases
from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.name_subjects import subject_gender
from pipeline.nlp.name_parts import (KAZAKH_PATRONYMIC, first_name_gender, is_east_asian_surname, is_first_name,
                                     is_patronymic, is_surname_like)
# NAMING_LEMMAS: `Актобе раньше называли Актюбинском`, `поселок назывался Кировом`, a verb of naming before an old name
from pipeline.nlp.kazakh_places import NAMING_LEMMAS, masculine_nominative
from pipeline.nlp.place_forms import CONSONANTS
from pipeline.nlp.place_guesses import is_region_shaped
from pipeline.nlp.stages.repair.lone_places import PLACE_PREPOSITIONS as GENITIVE_PLACE_WORDS, is_common_animate
from pipeline.nlp.stages.repair.name_edges import person_words
from pipeline.nlp.stages.repair.persons import (HONORIFIC_GENITIVES, is_given_name, is_known_name, is_word, opens_sentence,
                                                same_name)
from pipeline.nlp.stages.repair.spans import DASHES, give_back, make_span

# `у Тайпака`, `от Жосалы`, `близ Отара`: the prepositions of the genitive after which a one-word name is
# where something is
PLACE_PREPOSITIONS = frozenset(GENITIVE_PLACE_WORDS + ('мимо',))
# the endings of a woman's surname that are also a man's genitive: Жансугурова, Сапарова, Ильина
WOMEN_ENDINGS = ('ова', 'ева', 'ёва', 'ина', 'ына')
# `до самого Кошкарата`: a word of emphasis between the preposition and the name
EMPHASIS = frozenset(('самого', 'самой', 'самых'))
# the nouns that make a text one about districts and villages (lemmas)
REGIONAL_NOUNS = frozenset(('район', 'село', 'аул', 'поселок', 'посёлок', 'станция', 'область', 'округ'))
# `Бекболатулы`, `Маратулы`, `Сапаркызы`: a Kazakh patronymic used as a surname
PATRONYMIC_ENDINGS = tuple(KAZAKH_PATRONYMIC)


def is_regional(doc):
    """The text speaks of districts, villages, regions or stations (`района`, `села`, `области`)."""
    cached = doc.user_data.get('lone-words-regional')
    if cached is None:
        # the token texts, not a Token per word (`token.is_alpha` is `str.isalpha`): the walk runs
        # over the whole text, and a Token per word was most of its time
        cached = any(text.islower() and text.isalpha() and lemma(text) in REGIONAL_NOUNS for text in token_texts(doc))
        doc.user_data['lone-words-regional'] = cached
    return cached


def after_place_preposition(doc, start, prepositions=PLACE_PREPOSITIONS):
    """`у Тайпака`, `до самого Кошкарата`, `у Тайпака и Индербора`: a preposition of place before
    token `start`, maybe across an emphasis word or a list of capitalised words."""
    index = start - 1
    for _ in range(4):
        if index < 0:
            return False
        word = doc[index].text.lower()
        if word in prepositions:
            return True
        if word in EMPHASIS:
            index -= 1
        elif word in ('и', ',') and index >= 1 and doc[index - 1].text[:1].isupper() and doc[index - 1].is_alpha:
            index -= 2
        else:
            return False
    return False


def genitive_nominatives(word):
    """The nominatives a masculine genitive may come from (`Тайпака` -> Тайпак, `Кордая` -> Кордай,
    `Тургеня` -> Тургень) or the word itself when it does not decline (`Жосалы`); empty otherwise."""
    last, stem = word[-1:].lower(), word[:-1]
    nominative = masculine_nominative(stem, last) if last == 'я' or last == 'а' and stem[-1:].lower() in CONSONANTS \
        else None
    if nominative:
        return [nominative]
    if is_undeclined_place(word):
        return [word]
    return []


# `к Торгаю и Иргизу`: the preposition of direction, with the dative
TOWARDS = frozenset(('к', 'ко'))


def dative_nominatives(word):
    """The nominatives a masculine dative may come from (`Иргизу` -> Иргиз, `Торгаю` -> Торгай, `Тургеню`
    -> Тургень) or the word itself when it does not decline (`Жосалы`); empty otherwise (`Аспаре`)."""
    last, stem = word[-1:].lower(), word[:-1]
    nominative = masculine_nominative(stem, last) if last == 'ю' or last == 'у' and stem[-1:].lower() in CONSONANTS \
        else None
    if nominative:
        return [nominative]
    return [word] if is_undeclined_place(word) else []


def is_name_word(word):
    """A first name, a known surname, a Kazakh first name's element, a surname's or a patronymic's shape."""
    lower = word.lower()
    return is_known_name(word) or is_first_name(word) or has_name_element(word) or is_surname_like(word) \
        or lower.endswith(PATRONYMIC_ENDINGS) or is_east_asian_surname(word) or is_common_animate(word)


def names_no_one(word, nominatives):
    """A genitive with the nominatives it may come from, none of them nor the word itself a name's."""
    return bool(nominatives) and not is_name_word(word) and not any(is_name_word(form) for form in nominatives)


def is_lone_word(span, label):
    return span.label_ == label and len(span) == 1 and span[0].is_alpha and span.text[:1].isupper() \
        and not span.text.isupper() and len(span.text) > 3


def other_people(spans, candidates, by_text=False):
    """The words of the text's persons besides `candidates`: those of the persons of two words or more, and the
    one-word persons that are no candidate (by position; `by_text`, by form: the same form elsewhere is no
    other evidence of a person)."""
    if by_text:
        texts = {span.text for span in candidates}
        lone = [span.text for span in spans if is_lone_word(span, 'PER') and span.text not in texts]
    else:
        starts = {span.start for span in candidates}
        lone = [span.text for span in spans if is_lone_word(span, 'PER') and span.start not in starts]
    return person_words(spans) + lone


def village_words(doc, spans):
    """`у Тайпака и Индербора`, `пасли у Тажена`, `до самого Кошкарата` -> LOC: in a text about districts and
    villages, a one-word person after a preposition of place, in a masculine genitive or undeclined, whose
    nominative is no name (`у Асхата`, `от Сапарова`, `у Ли` stay persons) nor a word of a person of the text
    (`Ерлан Тажиев` ... `у Тажиева`; `с Байденом` ... `от Байдена`); or any word the text names as a
    one-word place elsewhere (`сел Чапаев` ... `у Чапаева`)."""
    genitives = [span for span in spans if is_lone_word(span, 'PER') and after_place_preposition(doc, span.start)]
    datives = [span for span in spans if is_lone_word(span, 'PER') and after_place_preposition(doc, span.start, TOWARDS)]
    candidates = genitives + datives
    if not candidates or not is_regional(doc):
        return spans
    # `встреча с Байденом` ... `от Байдена`: a word the text names as a person elsewhere stays one
    people = other_people(spans, candidates)
    # `у сел Чапаев и Базартобе` ... `у Тайпака и Чапаева`: a word the text names as a place elsewhere is
    # that place again, whatever its shape
    places = [span.text for span in spans if is_lone_word(span, 'LOC')]
    changed = set()
    for span in candidates:
        word = span.text
        if any(same_name(word, other) for other in people):
            continue
        # `у Урунхайки` (Урунхайка): a feminine genitive too; `к Торгаю` (Торгай): a dative after `к`
        nominatives = dative_nominatives(word) if span in datives else genitive_place_nominatives(word)
        if any(same_name(word, place) for place in places) or names_no_one(word, nominatives):
            changed.add(span.start)
    if not changed:
        return spans
    return [make_span(doc, span.start, span.end, 'LOC', 'place-after-preposition', span_value(span, 'canonical'))
            if span.start in changed and span.label_ == 'PER' else span for span in spans]


# Ванновки, Казталовку, Федоровкой: the cases of a Russian village in -овка/-евка
VILLAGE_RE = re.compile(r'^[А-ЯЁ][а-яё]{2,}[оеё]вк(?:а|и|е|у|ой)$')
# Боконбаево, Тимирязево, Ахметово: a village named by a possessive in -ово/-ево, which
# does not decline in the press (`в Боконбаево`, `у Ахметово`); a surname declines (-ов, -ова, -ову,
# -овым, -ове) and never ends so
POSSESSIVE_VILLAGE_RE = re.compile(r'^[А-ЯЁ][а-яё]{3,}[оеё]во$')


def is_place_shaped(word, people):
    """`Ванновки`, `Боконбаево`, `Прииртышья`: a Russian village's shape or a land's along a river
    (`place_guesses.is_region_shaped`), and no word of a person of the text. (A region in -ия, `Кахетии`, is
    no such shape: foreign women's names in -ия, `королева Летисия`, outside the lexicon of first names,
    share it.)"""
    return bool(VILLAGE_RE.match(word) or POSSESSIVE_VILLAGE_RE.match(word) or is_region_shaped(word)) \
        and not any(same_name(word, other) for other in people)


def shaped_places(doc, spans):
    """`села Турар Рыскулов, бывшей Ванновки`, `пострадали Боконбаево и Тамга` -> LOC: a one-word person in
    the shape of a Russian village in -овка or -ово/-ево, or of a land in -ье after a prefix of place (`Боры
    Прииртышья`, `Фермеры Приаралья`)."""
    people = None
    result = []
    for span in spans:
        if is_lone_word(span, 'PER'):
            people = person_words(spans) if people is None else people
            if is_place_shaped(span.text, people):
                span = make_span(doc, span.start, span.end, 'LOC', 'place-shape', span_value(span, 'canonical'))
        result.append(span)
    return result


def surname_places(doc, spans):
    """`Динара Жумагулова` ... `Назначения Сагындыкова и Жумагуловой` -> PER: a one-word place of a surname's
    shape that is a form of the last word of a person named in full in the text, not after a settlement noun
    (`села Чапаева` stays a place) and not known to the gazetteer. A woman's surname in -ова/-ина explains no
    such form after a preposition of place (`Дина Жансугурова` ... `из Жансугурова`: hers is `из Жансугуровой`)."""
    surnames = [span for span in spans if span.label_ == 'PER' and len(span) > 1 and span[-1].is_alpha]
    if not surnames:
        return spans
    result = []
    for span in spans:
        after_place_word = span.start > 0 and doc[span.start - 1].text.lower() in PLACE_PREPOSITIONS
        if is_lone_word(span, 'LOC') and not span_value(span, 'canonical') and is_surname_like(span.text) \
                and any(same_name(span.text, person[-1].text) and not (after_place_word and is_womans(doc, person, span.text))
                        for person in surnames) \
                and not (span.start > 0 and settlement_cases(doc[span.start - 1])):
            span = make_span(doc, span.start, span.end, 'PER', 'surname-place', span_value(span, 'canonical'))
        result.append(span)
    return result


def is_womans(doc, person, word):
    """`Дина Жансугурова`, word `Жансугурова`: a woman's surname in -ова/-ева/-ина written as `word`, a form
    (nominative) no preposition takes; a woman by her first name or by the verb after her (`предупредила`)."""
    surname, first = person[-1].text, person[0].text
    if surname != word or not surname.lower().endswith(WOMEN_ENDINGS):
        return False
    # `Дина`, which pymorphy3 also reads as a man's name: a first name in -а/-я that is no man's in the
    # genitive (`Ерлана Сапарова` is his)
    return first_name_gender(first) == 'femn' or subject_gender(doc, person) == 'femn' or first.lower().endswith(('а', 'я')) and not any(
        'Name' in parsed.tag and parsed.tag.gender == 'masc' and parsed.tag.case in ('gent', 'accs')
        for parsed in parse(first))


def ends_as_surname(span):
    """The span's last word is a surname: of a surname's shape and no patronymic (`Нурлан Ермеков`), or a
    Kazakh patronymic used as a surname (`Нурлан Бекболатулы`) after a district's name that cannot be a
    surname before a first name (`района Шал акына`, `района Байдибек`; not `Сапаров Нурлан Ерланулы`, a
    surname first)."""
    last = span[-1].text
    if is_surname_like(last) and not is_patronymic(last):
        return True
    if not last.lower().endswith(PATRONYMIC_ENDINGS):
        return False
    head = span[:-2]
    return any(token.text in HONORIFIC_GENITIVES for token in head) or len(head) == 1 and not is_surname_like(head[0].text)


def district_persons(doc, spans, positions):
    """`аким района Байдибек Нурлан Ермеков` read as one person -> LOC `района Байдибек`, PER `Нурлан
    Ермеков`: after `района` (any case) the words before a first name and a surname name the district (a
    district named after a person keeps that person's name, `района Бейимбета Майлина`); the person's surname
    may be a Kazakh patronymic (`аким района Шал акына Нурлан Бекболатулы`)."""
    result = []
    for span in spans:
        before = span.start - 1
        # `района Байдибек`, `района Шал акына`, `района Биржан сала` (a first name before a poet's honorific):
        # a district's name of one or two words before the person's two
        if span.label_ == 'PER' and 3 <= len(span) <= 4 and before >= 0 and doc[before].text[:3].lower() == 'рай' \
                and lemma(doc[before].text) == 'район' \
                and is_given_name(span[-2], positions) and ends_as_surname(span) \
                and all(is_word(token) or token.text in HONORIFIC_GENITIVES for token in span[:-2]) \
                and (not is_given_name(span[0], positions) or span[1].text in HONORIFIC_GENITIVES):
            head = span.end - 2
            give_back(doc, result, before)
            result.append(make_span(doc, before, head, 'LOC', 'district-head'))
            span = make_span(doc, head, span.end, 'PER', 'district-head')
        result.append(span)
    return result


# `в`, `во`: the preposition of where and where to
IN_PREPOSITIONS = frozenset(('в', 'во'))
# the nominatives a locative in -е may come from: `Сарайшыке` <- Сарайшык, `Ерлане` <- Ерлан, `Алие` <- Алия
LOCATIVE_NOMINATIVE_ENDINGS = ('', 'а', 'я', 'ь', 'й')


def is_place_after_in(word):
    """The shape a place has after `в` and a person's name has not: a locative in -е whose nominative is no
    first name (`в Сарайшыке`; not `в Ерлане`), a locative in -ии (`в Кахетии`; not `в Марии`), or a bare
    word ending in a consonant, the accusative of a thing (`переехала в Темирлан`: a man would be `в
    Темирлана`), unless a woman's first name (`в Кэтрин`), an East Asian surname (`в Ким`) or a surname's
    shape."""
    lower = word.lower()
    if is_surname_like(word) or is_east_asian_surname(word):
        return False
    if lower.endswith('ии'):
        return not is_first_name(word[:-1] + 'я')
    if lower.endswith('е'):
        return not any(is_first_name(word[:-1] + ending) for ending in LOCATIVE_NOMINATIVE_ENDINGS)
    return lower[-1:] in CONSONANTS and first_name_gender(word) != 'femn'


def in_places(doc, spans):
    """`– В Сарайшыке мне показали письма`, `сестра переехала в Темирлан` -> LOC: a one-word person right
    after `в`/`во` in a place's shape there (`is_place_after_in`), no word of a person the text names
    elsewhere (`Мария Ли` ... `в Ли` stays)."""
    candidates = [span for span in spans if is_lone_word(span, 'PER') and span.start > 0
                  and doc[span.start - 1].text.lower() in IN_PREPOSITIONS and is_place_after_in(span.text)]
    if not candidates:
        return spans
    # (the same form elsewhere, `в Махамбете и Сарайшыке`, is no other evidence of a person)
    people = other_people(spans, candidates, by_text=True)
    changed = {span.start for span in candidates if not any(same_name(span.text, other) for other in people)}
    return [make_span(doc, span.start, span.end, 'LOC', 'place-after-in', span_value(span, 'canonical'))
            if span.start in changed and span.label_ == 'PER' else span for span in spans]


# the tags of a reading that names someone or somewhere
NAME_READING_TAGS = ('Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'anim')


def reads_as_thing(word):
    """pymorphy3's first reading of the word is a thing's noun, no name's and no living being's (`Семена`:
    seeds before Семён; `Надежда`, `Отара`), a dictionary word or, when pymorphy3 only guesses, no word of
    a name's shape either (`Шубат`; not `Ермаганбет`, `Кандасы`)."""
    parses = parse(word)
    if not parses:
        return False
    first = parses[0]
    if first.tag.POS != 'NOUN' or any(tag in first.tag for tag in NAME_READING_TAGS):
        return False
    return first.is_known or not is_name_word(word)


def reads_as_plural(word):
    """pymorphy3 reads the word first as a plural and never as one person's name (`Отары идут на пастбища`:
    flocks, or Отар's namesakes; `Кандасы обживаются`: repatriates): a headline's or a sentence's first word
    so read names a group of people or of things, no one person (`Маржаны`, which may be one woman's name,
    stays)."""
    parses = parse(word)
    return bool(parses) and parses[0].tag.number == 'plur' and not any(
        parsed.tag.number == 'sing' and {'Name', 'Surn', 'Patr'} & parsed.tag.grammemes for parsed in parses)


def same_word(word, other):
    """`same_name` with ё read as е (`Семён`, `Семена`), or a short name and its case form (`Хэтч`, `Хэтча`)."""
    word, other = word.lower().replace('ё', 'е'), other.lower().replace('ё', 'е')
    return same_name(word, other) or len(word) >= 4 and other.startswith(word) and len(other) - len(word) <= 2


def common_nouns(doc, spans):
    """`Семена хозяйство купило на кредит`, `Шубат из Бейнеу повезут в Китай` -> no PER: a one-word person
    that opens a sentence or a headline, where any word is capitalised, and reads first as a thing
    (`reads_as_thing`) or as a plural (`reads_as_plural`: `Отары идут на пастбища`) is that thing, unless a word of a person the text names elsewhere (`Надежда Ивановна
    Гончаренко` ... `Надежда рассказала` stays); a word the text types otherwise elsewhere takes that type
    (`Фольксваген может перейти` ... `акции «Фольксвагена»` ORG)."""
    candidates = [span for span in spans if is_lone_word(span, 'PER') and opens_sentence(doc, span.start)
                  and (reads_as_thing(span.text) or reads_as_plural(span.text))]
    if not candidates:
        return spans
    people = other_people(spans, candidates, by_text=True)
    typed = [(span.text, span.label_) for span in spans if len(span) == 1 and span.label_ != 'PER']
    changed = {}
    for span in candidates:
        if not any(same_word(span.text, other) for other in people):
            # `Отары идут` ... `близ Отара`: a plural is no other mention's place or company either
            changed[span.start] = None if reads_as_plural(span.text) else next(
                (label for text, label in typed if same_word(span.text, text)), None)
    result = []
    for span in spans:
        if span.start in changed and span.label_ == 'PER' and len(span) == 1:
            if not changed[span.start]:
                continue
            span = make_span(doc, span.start, span.end, changed[span.start], 'lone-common-noun',
                             span_value(span, 'canonical'))
        result.append(span)
    return result


# the people of a place: `Фермеры Атакента`, `о рыбаках Арала`, `жителям Коянды` (lemmas); a person's
# people are other nouns (`родители`, `сторонники`, `дети`)
RESIDENT_NOUNS = frozenset('''
житель сельчанин селянин горожанин уроженец фермер рыбак чабан пастух животновод скотовод хлопкороб хлебороб
аграрий овощевод садовод шахтер шахтёр горняк нефтяник
рисовод хлопковод бахчевод свекловод пчеловод коневод овцевод птицевод рыбовод виноградарь
'''.split())


def after_residents(doc, start):
    """`Фермеры Атакента`, `о рыбаках Арала`, `Фермеры Атакента и Асыкаты`: a noun for the people of a
    place right before token `start`, maybe across a list of capitalised words."""
    index = start - 1
    for _ in range(4):
        if index < 0:
            return False
        token = doc[index]
        if token.is_alpha and token.text[1:].islower() and lemma(token.text.lower()) in RESIDENT_NOUNS:
            return True
        if token.text in ('и', ',') and index >= 1 and doc[index - 1].text[:1].isupper() and doc[index - 1].is_alpha:
            index -= 2
        else:
            return False
    return False


def genitive_place_nominatives(word):
    """`genitive_nominatives`, and for a word in -ы/-и the noun in -а/-я it may be the genitive of
    (`Асыкаты` -> Асыката, `Коянды` -> Коянда)."""
    forms = genitive_nominatives(word)
    lower = word.lower()
    if lower.endswith('ы') and lower[-2:-1] in CONSONANTS:
        forms = forms + [word[:-1] + 'а']
    elif lower.endswith('и') and lower[-2:-1] in CONSONANTS:
        forms = forms + [word[:-1] + 'а', word[:-1] + 'я']
    return forms


def residents_places(doc, spans):
    """`Фермеры Атакента и Асыкаты просят воду`, `фильм о рыбаках Арала` -> LOC: a one-word person in the
    genitive after a noun for the people of a place (`after_residents`), that pymorphy3 only guesses,
    whose nominatives are no name (`жители Марата`... stays a person) and no word of a person of the text."""
    candidates = [span for span in spans if is_lone_word(span, 'PER') and after_residents(doc, span.start)]
    if not candidates:
        return spans
    people = other_people(spans, candidates)
    changed = set()
    for span in candidates:
        word = span.text
        nominatives = genitive_place_nominatives(word)
        if names_no_one(word, nominatives) and not any(parsed.is_known for parsed in parse(word)) \
                and not any(same_name(word, other) for other in people):
            changed.add(span.start)
    return [make_span(doc, span.start, span.end, 'LOC', 'place-of-residents', span_value(span, 'canonical'))
            if span.start in changed else span for span in spans]


# `Гурьев стал Атырау`, `Семипалатинск стал Семеем`: a verb of becoming between a place's old and new names
BECOMING = frozenset(('стал', 'стала', 'стало', 'стали'))


def sentence_before(doc, index):
    """The tokens of the sentence before token `index` (its start as `opens_sentence` finds it)."""
    start = index
    while not opens_sentence(doc, start):
        start -= 1
    return doc[start:index]


def is_adverb(word):
    """`Панфилов снова стал Жаркентом`: a lower-case adverb between a name and its verb."""
    return word.isalpha() and word.islower() and any(parsed.tag.POS == 'ADVB' for parsed in parse(word))


def is_renamed_place(doc, span, by_start, by_end):
    """The lone person `span` is a place's other name: next to a place across a verb of becoming (`Гурьев стал
    Атырау`, `Панфилов снова стал Жаркентом`, `Семипалатинск стал Семеем`), before a dash and a place after such a verb (`..., Шевченко –
    Актау`), or in the instrumental after a verb of naming in a sentence about a place (`Актобе раньше
    называли Актюбинском`, `поселок назывался Кировом`; not `его называли Батыром`), or before `, как город
    назывался` (`дома Сидоренко, как поселок назывался до 1992 года`)."""
    if is_named_as_settlement(doc, span.end):
        return True
    before = sentence_before(doc, span.start)
    verb = span.end + 1 if span.end + 1 < len(doc) and is_adverb(doc[span.end].text) else span.end
    after = doc[verb].text.lower() if verb < len(doc) else ''
    place_after = by_start.get(verb + 1)
    if place_after is not None and place_after.label_ == 'LOC' and (
            after in BECOMING or after in DASHES and any(token.text.lower() in BECOMING for token in before)):
        return True
    previous = before[-1].text.lower() if len(before) else ''
    place_before = by_end.get(span.start - 1)
    if previous in BECOMING and place_before is not None and place_before.label_ == 'LOC':
        return True
    if not previous or lemma(previous) not in NAMING_LEMMAS or not any(
            parsed.tag.case == 'ablt' for parsed in parse(span.text)):
        return False
    return any(other.label_ == 'LOC' and other.end <= span.start and other.start >= before.start for other in by_start.values()) \
        or any(settlement_cases(token) for token in before)


def is_named_as_settlement(doc, end):
    """`, как город назывался`, `, как называли поселок` from token `end`: a settlement's noun and a verb of naming
    within the three words after `, как`."""
    if end + 2 >= len(doc) or doc[end].text != ',' or doc[end + 1].text.lower() != 'как':
        return False
    words = doc[end + 2:end + 5]
    return any(settlement_cases(token) for token in words) and any(lemma(token.text.lower()) in NAMING_LEMMAS for token in words)


def renamed_places(doc, spans):
    """`Гурьев стал Атырау`, `Тачэн, который раньше называли Чугучаком` -> LOC: a one-word person that is a
    place's old or new name (`is_renamed_place`)."""
    candidates = [span for span in spans if is_lone_word(span, 'PER')]
    if not candidates:
        return spans
    by_start = {span.start: span for span in spans}
    by_end = {span.end: span for span in spans}
    changed = {span.start for span in candidates if is_renamed_place(doc, span, by_start, by_end)}
    return [make_span(doc, span.start, span.end, 'LOC', 'place-renamed', span_value(span, 'canonical'))
            if span.start in changed else span for span in spans]
