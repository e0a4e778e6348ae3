"""Nominative normal forms of mentions.

- Persons: `names.person_normal` (gender kept, Kazakh patronymics as written)
  and first/middle/last. The words before a name tell its case
  (`координатора переговоров Кирана Мулви`: genitive or accusative, so
  `Киран`; `к Маулену`: dative), and the other names of the document tell
  which reading of an ambiguous form is meant (`Маулен Ашимбаев` elsewhere
  makes `Маулена Ашимбаева` a man in the genitive).
- Organisations and places: only the head phrase, the adjectives and the
  first noun, is put in the nominative; dependants and quoted names stay as
  written (`Политического совета Казахстанской партии зелёных` ->
  `Политический совет Казахстанской партии зелёных`). An abbreviation in
  capitals stays as written (`АНСА`, `ДСКЦ`); a place prefers pymorphy3's
  geographical reading (`Львова` -> `Львов`, not the surname `Львова`).
- ё as the text writes it: `Пономарёва` -> `Пономарёв`, `Кельна` -> `Кельн`.
"""

import re
from collections import namedtuple
from functools import lru_cache

from spacy.language import Language

from pipeline.nlp.doc import Stage, set_span_value
from pipeline.nlp.kazakh import follow_kazakh, is_kazakh_adjective
from pipeline.nlp.label_readings import label_preference
from pipeline.nlp.lexicons import masculine_nouns
from pipeline.nlp.mention_case import governed_case, is_given_in_nominative, name_head_normal
from pipeline.nlp.morph import inflect, match_case, parse
from pipeline.nlp.name_context import QUOTE_CHARS, is_cyrillic_word, person_case_weights
from pipeline.nlp.name_pairs import paired_case_weights
from pipeline.nlp.name_parts import split_name
from pipeline.nlp.name_evidence import Evidence
from pipeline.nlp.names import follow_yo, normal_case, person_normal
from pipeline.nlp.place_apposition import head_adjective_normal, listed_nominative_normal
from pipeline.nlp.place_ellipsis import elliptic_head_normal
from pipeline.nlp.place_forms import (adjective_noun_place_normal, adjective_place_normal, agree_place_normals,
                                      agreed_place_normal, is_indeclinable_place, is_undeclined_compound, masculine_locative,
                                      person_town_normal, soft_feminine_normal, soft_sign_normal, trusted_place_readings)
from pipeline.nlp.place_genitives import unknown_case_normal
from pipeline.nlp.place_guesses import region_normal
from pipeline.nlp.kazakh_places import kazakh_place_normal
from pipeline.nlp.org_forms import agree_org_normals
from pipeline.nlp.settlements import named_after_person_normal, neuter_village_normal, settlement_normal, sk_village_normal
from pipeline.nlp.stages.repair.places import is_direction_span
from pipeline.nlp.wordforms import follow_capitals, is_inflection
from pipeline.resources import resolve_model_path

AGREEING = ('ADJF', 'PRTF')
# the lemma endings of surnames that decline as adjectives (`Глубоковский`, `Потоцкий`)
ADJECTIVE_SURNAMES = ('ский', 'цкий', 'ской', 'цкой')

# the words of a person mention: `А.`, `Касым-Жомарт`, `О'Лири` (razdel cuts
# `О'Лири` into three tokens)
NAME_WORD_RE = re.compile(r"[^\W\d_]\.|[^\W\d_]+(?:[-'’][^\W\d_]+)*")



def mention_words(span):
    """(token, text) pairs of a span, spaces dropped."""
    return [token for token in span if not token.is_space]


def join_tokens(tokens, forms):
    """Rebuild the span text with `forms` in place of the tokens' texts."""
    parts = []
    for token, form in zip(tokens, forms):
        parts.append(form)
        if token.whitespace_:
            parts.append(' ')
    return ''.join(parts).strip()


# маслихата, маслихату, маслихатом, маслихате: a masculine consonant stem
MASCULINE_ENDINGS = {'': ('nomn', 'accs'), 'а': ('gent',), 'у': ('datv',), 'ом': ('ablt',), 'е': ('loct',)}


class LexiconParse:
    """A pymorphy3-like parse of a word from the stage's noun list (models/nouns.tsv)."""

    def __init__(self, lemma):
        self.lemma = lemma
        self.score = 1.0

    def inflect(self, grammemes):
        return self


def lexicon_readings(word, nouns):
    """Readings of a form of a masculine noun in `nouns` (`маслихата`: gent)."""
    lower = word.lower()
    for ending, cases in MASCULINE_ENDINGS.items():
        stem = lower[:len(lower) - len(ending)] if ending else lower
        if (not ending or lower.endswith(ending)) and stem in nouns:
            return [('NOUN', case, 'sing', 'masc', LexiconParse(stem)) for case in cases]
    return []


@lru_cache(maxsize=200_000)
def readings(word, nouns):
    """(pos, case, number, gender, parse) of a Cyrillic word's parses;
    `nouns`: lemmas of masculine nouns read before pymorphy3 (`lexicons.masculine_nouns`)."""
    result = lexicon_readings(word, nouns)
    if result:
        return tuple(result)
    for parsed in parse(word):
        tag = parsed.tag
        if tag.POS in AGREEING + ('NOUN',) and tag.case:
            result.append((tag.POS, normal_case(tag.case), tag.number, tag.gender, parsed))
    # `Глубоковском районе`: pymorphy3 knows the word only as a surname, whose
    # paradigm is an adjective's; it may also be read as one
    result.extend(('ADJF', case, number, gender, parsed) for pos, case, number, gender, parsed in list(result)
                  if pos == 'NOUN' and 'Surn' in parsed.tag and parsed.normal_form.endswith(ADJECTIVE_SURNAMES))
    result.extend(town_adjective_readings(word, result))
    return tuple(result)


# `в Казалинском районе`, `в Аральском и Казалинском районах`: -ском is the locative of an adjective in -ский
# as well as the instrumental of a town in -ск, and pymorphy3, knowing the town (`Казалинск`), gives only that
TOWN_INSTRUMENTAL = ('ском', 'цком')


def town_adjective_readings(word, found):
    """The readings of `word` in -ском/-цком as the adjective made of the town in -ск it names in the
    instrumental, when pymorphy3 reads it only as that noun (`Казалинском` -> казалинский: loct, masc and neut)."""
    if not word[:1].isupper() or not word.lower().endswith(TOWN_INSTRUMENTAL) or not found \
            or any(reading[0] in AGREEING for reading in found) \
            or not all(reading[0] == 'NOUN' and reading[1] == 'ablt' and not isinstance(reading[4], LexiconParse)
                       and reading[4].is_known and 'Geox' in reading[4].tag for reading in found):
        return []
    lower = word.lower()
    adjectives = [parsed for parsed in parse(lower[:-2] + 'ий') if parsed.tag.POS == 'ADJF' and parsed.tag.case == 'nomn']
    if not adjectives:
        return []
    return [('ADJF', normal_case(form.tag.case), form.tag.number, form.tag.gender, form)
            for form in adjectives[0].lexeme if form.word == lower and form.tag.case]


def nominative(parsed, grammemes):
    if isinstance(parsed, LexiconParse):
        return parsed.lemma
    if 'Supr' in parsed.tag:
        return superlative_form(parsed, frozenset(grammemes))
    return cached_inflect(parsed, frozenset(grammemes))


def superlative_form(parsed, grammemes):
    """`Высшей аудиторской палаты` -> `Высшая`: pymorphy3 files `высший` and `высочайший` under one
    lemma (`высокий`) and inflects to the first; of the lexeme's superlative forms in `grammemes`, the
    one that shares most letters with the written word."""
    forms = [form.word for form in parsed.lexeme if 'Supr' in form.tag and grammemes <= form.tag.grammemes]
    if not forms:
        return cached_inflect(parsed, grammemes)
    return max(forms, key=lambda form: common_prefix(form, parsed.word))


def common_prefix(one, other):
    """The number of letters two words start with alike."""
    count = 0
    for first, second in zip(one, other):
        if first != second:
            break
        count += 1
    return count


# adjectives in -ской with a stressed ending (`городской`, `донской`) are few and pymorphy3 knows them
STRESSED_ADJECTIVE_ENDINGS = ('ской', 'цкой')


def agreeing_reading(token_options, case, number, gender, shared=False):
    """The parse of an adjective agreeing with its noun in `case`, `number`, `gender`; a guessed
    lemma in -ский before one in -ской (`Зерендинском районе`: pymorphy3 guesses `зерендинской` first).
    `shared`: the adjective is part of a plural head made singular (`сельских` of `Раевском и
    Дамсинском сельских округах`), its plural reading in `case` agrees too."""
    matching = [r[4] for r in token_options if r[1] == case and r[2] == number and (number == 'plur' or r[3] in (gender, None))]
    if not matching and shared:
        matching = [r[4] for r in token_options if r[1] == case and r[2] == 'plur']
    return min(matching, key=lambda parsed: not isinstance(parsed, LexiconParse) and not parsed.is_known
               and parsed.normal_form.endswith(STRESSED_ADJECTIVE_ENDINGS))


@lru_cache(maxsize=100_000)
def cached_inflect(parsed, grammemes):
    return inflect(parsed, grammemes)


# a token as `phrase_normal` sees it, for the cache
Word = namedtuple('Word', 'text whitespace_')


@lru_cache(maxsize=100_000)
def cached_phrase_normal(words, label, nouns, coordinated=False, governed=None):
    """`phrase_normal` of ((text, whitespace), ...): names repeat a lot."""
    return phrase_normal([Word(text, space) for text, space in words], label, nouns, coordinated, governed)


def shares_head(token, noun, made_singular, adjective_number):
    """A lower-case plural adjective before a plural head made singular belongs to the shared head
    (`сельских` in `Дамсинском сельских округах` -> `Дамсинский сельский округ`); a capitalised one is
    a name of its own and keeps the head plural (`Балеарских и Канарских островах`)."""
    return adjective_number == 'plur' and id(noun) in made_singular and token.text.islower()


def head_phrase(tokens, nouns, coordinated=False):
    """Index range [0, stop) of the leading adjectives and the first noun."""
    for index, token in enumerate(tokens):
        if not is_cyrillic_word(token) or is_abbreviation(token.text) or ends_in_capitals(token.text):
            return index
        kinds = [reading[0] for reading in readings(token.text, nouns)]
        if not kinds:
            return index
        # `Министерства`, `совета`: a noun ends the head; `Политического`: go on
        if kinds[0] == 'NOUN' or 'NOUN' in kinds and not set(kinds) & set(AGREEING):
            # `Улытауской области`: pymorphy3 guesses a noun `улытауска` first, but the
            # adjective reading agrees with the noun after it, so the head goes on
            if index + 1 < len(tokens) and agrees_with_next(token, tokens[index + 1], nouns, coordinated):
                continue
            return index + 1
        if not set(kinds) & set(AGREEING):
            return index
    return len(tokens)


def agrees_with_next(token, following, nouns, coordinated=False):
    """An adjective reading of `token` agrees in case, number and gender with a noun reading of
    `following` (`Улытауской области`, `Атырауском нефтеперерабатывающем`); in a coordinated
    pair a singular adjective agrees with the shared plural head (`Атырауской областях`)."""
    if not is_cyrillic_word(following) or is_abbreviation(following.text) or not following.text[:1].islower():
        return False
    heads = [r for r in readings(following.text, nouns) if r[0] in ('NOUN',) + AGREEING]
    return any(case == n_case and (number == n_number and (number == 'plur' or gender in (n_gender, None))
                                   or coordinated and n_number == 'plur')
               for pos, case, number, gender, _ in readings(token.text, nouns) if pos in AGREEING
               for _, n_case, n_number, n_gender, _ in heads)


def is_abbreviation(text):
    """`АНСА`, `ДСКЦ`, `РК`: capitals do not decline."""
    letters = [char for char in text if char.isalpha()]
    return len(letters) > 1 and all(char.isupper() for char in letters)


def ends_in_capitals(text):
    """`КазНУ`, `КарГТУ`: a word ending in two capitals is an abbreviation, which does not
    decline (`КазМунайГаза` ends in small letters and does)."""
    return len(text) > 2 and text[-2:].isalpha() and text[-2:].isupper()


def leading_name(tokens, nouns):
    """`Кабанбай батырского сельского округа`: the number of words (0 or 1) of a name an adjective
    after it is made of (`Кабанбай батыр` -> `Кабанбай батырский`): a capitalised word pymorphy3
    knows neither as a word nor as an adjective, that can be a nominative, before a small-letter
    adjective that agrees with the noun after it. The name stays as written."""
    if len(tokens) < 3 or not is_cyrillic_word(tokens[0]) or not tokens[0].text[:1].isupper() \
            or not tokens[1].text[:1].islower() or not is_cyrillic_word(tokens[1]):
        return 0
    # in the nominative: `Принсциллой медицинского факультета` is no name of an adjective
    parses = parse(tokens[0].text)
    if any(parsed.is_known or parsed.tag.POS in AGREEING for parsed in parses) \
            or parses and not any(parsed.tag.case == 'nomn' for parsed in parses):
        return 0
    return 1 if agrees_with_next(tokens[1], tokens[2], nouns) else 0


def undeclined_lead(tokens):
    """`Кара Булаке`, `Жана Жолом` -> 1: a name of two capitalised words opening with a Kazakh adjective
    (`kazakh.is_kazakh_adjective`), which stays as written while the noun after it declines;
    `Назарбаев Интеллектуальных школах`, `Назарбаев Университета` -> 1: a name opening with a man's
    surname in the nominative, which names the body after him and does not decline with it; else 0."""
    if len(tokens) < 2 or not all(token.text[:1].isupper() and token.text.isalpha() for token in tokens[:2]):
        return 0
    if len(tokens) == 2 and is_kazakh_adjective(tokens[0].text):
        return 1
    return 1 if is_nominative_surname(tokens[0].text) and not any(
        {'Name', 'Surn', 'Patr'} & parsed.tag.grammemes for parsed in parse(tokens[1].text)) else 0


def is_nominative_surname(word):
    """pymorphy3 reads the word only as a man's surname, in the nominative (`Назарбаев`, `Сатпаев`)."""
    parses = [parsed for parsed in parse(word) if parsed.tag.POS == 'NOUN']
    return bool(parses) and all('Surn' in parsed.tag for parsed in parses) and any(
        parsed.tag.case == 'nomn' and parsed.tag.gender == 'masc' for parsed in parses)


# capitals that are no abbreviation: at least this many letters
CAPITAL_NAME_LETTERS = 5


def is_capitals_name(tokens):
    """`ИЗ БРЮССЕЛЯ`, `в ЕВРОПЕЙСКУЮ КОМИССИЮ`: a mention in capitals whose every word is a
    dictionary word of five letters or more that pymorphy3 knows as no abbreviation and no
    person's name (`АНСА` reads as the name `Анс`, `НАТО` is an abbreviation): it declines."""
    words = [token.text for token in tokens if is_cyrillic_word(token)]
    if not words or len(words) != len(tokens) or not all(is_abbreviation(word) for word in words):
        return False
    for word in words:
        parses = parse(word)
        if sum(char.isalpha() for char in word) < CAPITAL_NAME_LETTERS or not parses or not all(
                parsed.is_known and not {'Abbr', 'Name', 'Surn', 'Patr'} & parsed.tag.grammemes for parsed in parses):
            return False
    return True


def names_one_place(tokens, stop, label):
    """A place whose head is one lower-case noun before a capitalised name
    (`автодорогах Петропавл – Жезказган`, `областях Абай`)."""
    return label == 'LOC' and stop == 1 and len(tokens) > 1 and tokens[0].text.islower() \
        and tokens[1].text[:1].isupper()


def phrase_normal(tokens, label, nouns, coordinated=False, governed=None):
    """Normal form of an organisation or place mention (`nouns`: as for `readings`).

    `coordinated`: the mention is one of a pair sharing one plural head (`Целиноградском и
    Аршалынском районах`): its singular adjectives go with the head in the singular
    (`Аршалынский район`). `governed`: the case a preposition before the mention demands
    (`из Байзака`: gent), preferred when the head has a reading in it. A head word whose
    nominative is not an inflection of it (`wordforms.is_inflection`) leaves the whole mention
    as written.
    """
    if not tokens or tokens[0].text in QUOTE_CHARS:
        return join_tokens(tokens, [token.text for token in tokens])
    if is_capitals_name(tokens):
        # declined as a capitalised name, put back in capitals: `БРЮССЕЛЯ` -> `БРЮССЕЛЬ`
        titled = [Word(token.text[:1] + token.text[1:].lower(), token.whitespace_) for token in tokens]
        normal = phrase_normal(titled, label, nouns, coordinated)
        if normal == join_tokens(titled, [token.text for token in titled]):
            return join_tokens(tokens, [token.text for token in tokens])
        return normal.upper()
    if label == 'LOC' and is_undeclined_compound([token.text for token in tokens]):
        return join_tokens(tokens, [token.text for token in tokens])
    lead = leading_name(tokens, nouns) or undeclined_lead(tokens)
    if lead:
        prefix = ''.join(token.text + token.whitespace_ for token in tokens[:lead])
        return prefix + phrase_normal(tokens[lead:], label, nouns, coordinated, governed)
    stop = head_phrase(tokens, nouns, coordinated)
    head = tokens[:stop]
    if not head or is_indeclinable_place(tokens, label):
        return join_tokens(tokens, [token.text for token in tokens])
    options = [readings(token.text, nouns) for token in head]
    noun_options = [r for r in options[-1] if r[0] == 'NOUN'] or options[-1]
    noun_options = [r for r in noun_options if r[1] == governed] or noun_options
    adjective_options = options[:-1]
    best = None
    if coordinated and adjective_options or names_one_place(tokens, stop, label):
        # the plural head of `Аршалынском районах` is shared: each adjective agrees with one
        # singular head (plural adjectives, `Балеарских и Канарских островах`, keep it plural);
        # `автодорогах Петропавл – Жезказган`: a head before its name names one place
        singular = []
        for pos, case, number, gender, noun in noun_options:
            inflected = None if isinstance(noun, LexiconParse) or number != 'plur' else noun.inflect({'sing', case})
            if inflected is not None:
                singular.append((pos, case, 'sing', inflected.tag.gender, inflected))
        noun_options = singular + list(noun_options)
        made_singular = {id(option[4]) for option in singular}
    else:
        made_singular = set()
    if label == 'LOC' and len(tokens) == 1:
        trusted = trusted_place_readings(noun_options, tokens[0].text)
        stem = masculine_locative(tokens[0].text) if noun_options and not trusted else None
        if stem:
            return stem
        noun_options = trusted
    for pos, case, number, gender, noun in noun_options:
        fits = all(
            any(a_case == case and (a_number == number and (number == 'plur' or a_gender in (gender, None))
                                    or shares_head(token, noun, made_singular, a_number))
                for _, a_case, a_number, a_gender, _ in adjective)
            for token, adjective in zip(head, adjective_options)
        )
        if not fits:
            continue
        # names are singular far more often than not: `Министерства` is the
        # genitive of `Министерство`, not `министерства` (plural nominative)
        score = (noun.score + (0.6 if number == 'sing' else 0.0) + (0.5 if case == 'nomn' else 0.0)
                 + label_preference(noun, label, head[-1].text))
        if best is None or score > best[0]:
            best = (score, case, number, gender, noun)
    # a nominative stays as written, unless its plural head was made singular (`области Абай`)
    if best is None or best[1] == 'nomn' and id(best[4]) not in made_singular:
        return join_tokens(tokens, [token.text for token in tokens])
    _, case, number, gender, noun = best
    forms = []
    for token, token_options in zip(head[:-1], adjective_options):
        parsed = agreeing_reading(token_options, case, number, gender, shared=id(noun) in made_singular
                                  and token.text.islower())
        grammemes = {'nomn', number} | ({gender} if number == 'sing' and gender else set())
        form = nominative(parsed, grammemes)
        forms.append(follow_kazakh(follow_yo(match_case(form, token.text), token.text), token.text) if form else token.text)
    form = nominative(noun, {'nomn', number})
    last = head[-1].text
    forms.append(follow_capitals(follow_yo(match_case(form, last), last), last) if form else last)
    if not all(is_inflection(form, token.text) for form, token in zip(forms, head)):
        return join_tokens(tokens, [token.text for token in tokens])
    forms.extend(token.text for token in tokens[stop:])
    return join_tokens(tokens, forms)


COORDINATORS = ('и', 'или')
# `Акмолинской, Костанайской и Павлодарской областях`: a comma joins the first members of a list
LIST_JOINERS = COORDINATORS + (',',)
LONGEST_LIST = 8


def has_plural_head(token, nouns):
    """`районах`, `областей`: a word that is only a plural noun (not `области`, singular too)."""
    if not is_cyrillic_word(token):
        return False
    nominal = [r for r in readings(token.text, nouns) if r[0] == 'NOUN']
    return bool(nominal) and all(r[2] == 'plur' for r in nominal)


def is_adjective_mention(span, nouns):
    """Every word of the mention can be a singular adjective (`Зайсанском`)."""
    words = [token for token in mention_words(span) if is_cyrillic_word(token)]
    return bool(words) and all(any(r[0] in AGREEING and r[2] == 'sing' for r in readings(token.text, nouns))
                               for token in words)


def coordinated_head(doc, span, entity_starts, nouns):
    """The plural head a mention of adjectives shares with the mentions after it, its tokens:
    `Целиноградском` in `Целиноградском и Аршалынском районах` -> `районах`;
    `Акмолинской` and `Костанайской` in `Акмолинской, Костанайской и Павлодарской областях`
    -> `областях`; `Раевском` in `Раевском и Дамсинском сельских округах` -> `сельских округах`
    (the lower-case adjectives before the noun with it); else None."""
    # the list's shape first: the words' readings only for a mention with another after `и` or `,`
    after = span.end
    if after + 1 >= len(doc) or doc[after].text.lower() not in LIST_JOINERS or after + 1 not in entity_starts:
        return None
    if not is_adjective_mention(span, nouns):
        return None
    current = span
    for _ in range(LONGEST_LIST):
        index = current.end
        if index + 1 >= len(doc) or doc[index].text.lower() not in LIST_JOINERS:
            return None
        other = entity_starts.get(index + 1)
        if other is None or other.label_ != span.label_:
            return None
        head = doc[other.end - 1]
        if other.end - other.start > 1 and is_cyrillic_word(head) and any(
                r[0] == 'NOUN' and r[2] == 'plur' for r in readings(head.text, nouns)):
            start = other.end - 1
            while start - 1 > other.start and doc[start - 1].text.islower() and is_cyrillic_word(doc[start - 1]):
                start -= 1
            return doc[start:other.end]
        if not is_adjective_mention(other, nouns):
            return None
        current = other
    return None


def follows_coordinated(doc, span, entity_starts_by_end, nouns):
    """`Аршалынском районах` after `Целиноградском и` (or after `Акмолинской,`):
    the last of a list of adjectives sharing one plural head."""
    index = span.start - 1
    if index < 1 or doc[index].text.lower() not in LIST_JOINERS:
        return False
    other = entity_starts_by_end.get(index)
    if other is None or other.label_ != span.label_:
        return False
    return doc[index].text != ',' or has_plural_head(doc[span.end - 1], nouns)


def shared_leading_head(doc, span, entity_starts_by_end, nouns):
    """The plural head noun that opens the mention before `и` or a comma and that this
    place shares: `автодорогах` for `Петропавл – граница РФ` in `на автодорогах Петропавл –
    Жезказган и Петропавл – граница РФ`; else None."""
    index = span.start - 1
    if span.label_ != 'LOC' or index < 1 or doc[index].text.lower() not in LIST_JOINERS \
            or not span.text[:1].isupper():
        return None
    other = entity_starts_by_end.get(index)
    if other is None or other.label_ != 'LOC' or other.end - other.start < 2:
        return None
    head = doc[other.start]
    if not head.text.islower() or not has_plural_head(head, nouns) or not doc[other.start + 1].text[:1].isupper():
        return None
    return head


def name_words(span):
    """The words of a person mention, initials with their dot."""
    return NAME_WORD_RE.findall(span.text)


class Normalizer(Stage):
    """Sets `span._.normal` on every mention, and first/middle/last on persons.

    `nouns`: the noun list of the config (nouns.tsv), read before pymorphy3.
    """

    def __init__(self, nlp, name, nouns):
        super().__init__(nlp, name)
        self.nouns = masculine_nouns(resolve_model_path(nouns))

    def __call__(self, doc):
        ents = doc.ents  # built anew, a Token per mention, on every access; this stage only reads them
        persons = [(span, name_words(span)) for span in ents if span.label_ == 'PER']
        entity_tokens = {token.i: ent.label_ for ent in ents for token in ent}
        hints = paired_case_weights(doc, [span for span, _ in persons], [words for _, words in persons],
                                    [person_case_weights(doc, span, entity_tokens) for span, _ in persons])
        normals = [person_normal(words, cases) for (_, words), cases in zip(persons, hints)]
        if len(persons) > 1:
            # again, with the other names of the document as evidence: one name per written form,
            # so that a form repeated (`Ивана Белу` twice) does not vouch for its own reading
            first_of = {}
            for index, (_, words) in enumerate(persons):
                first_of.setdefault(written_form(words), index)
            position = {form: number for number, form in enumerate(first_of)}
            evidence = Evidence([normals[index] for index in first_of.values()])
            normals = [person_normal(words, cases, evidence.without(position[written_form(words)]))
                       for (_, words), cases in zip(persons, hints)]
        for (span, words), normal in zip(persons, normals):
            if not words:
                set_span_value(span, 'normal', span.text)
                continue
            # in the text's order: `Ахметов Нурлан` (link orders the entity's name)
            set_span_value(span, 'normal', ' '.join(normal))
            for part, value in zip(('first', 'middle', 'last'), split_name(normal)):
                set_span_value(span, part, value)
        by_start = {span.start: span for span in ents}
        by_end = {span.end: span for span in ents}
        for span in ents:
            if span.label_ != 'PER':
                if is_direction_span(doc, span) and len(span) > 1:
                    # `на севере Казахстана`, `на юг Карагандинской области`: the part of a place is
                    # named in the entity tables by the place it is a part of (Казахстан)
                    part = doc[span.start + 1:span.end]
                    part.label_ = span.label_
                    set_span_value(span, 'normal', self.own_normal(doc, part))
                    continue
                apposed = name_head_normal(span) or elliptic_head_normal(doc, span) or settlement_normal(doc, span) \
                    or named_after_person_normal(doc, span) or listed_nominative_normal(doc, span) \
                    or neuter_village_normal(doc, span) or person_town_normal(span) or region_normal(span) \
                    or agreed_place_normal(doc, span) \
                    or soft_feminine_normal(span) or soft_sign_normal(doc, span) or unknown_case_normal(doc, span) \
                    or adjective_place_normal(doc, span) or sk_village_normal(doc, span) or adjective_noun_place_normal(span) \
                    or head_adjective_normal(span) or kazakh_place_normal(doc, span)
                if apposed is not None:
                    set_span_value(span, 'normal', apposed)
                    continue
                words = tuple((token.text, token.whitespace_) for token in mention_words(span))
                head = coordinated_head(doc, span, by_start, self.nouns)
                leading = shared_leading_head(doc, span, by_end, self.nouns)
                if span.label_ == 'ORG' and is_given_in_nominative(doc, span):
                    normal = span.text
                elif head is not None:
                    words = words[:-1] + ((words[-1][0], ' '),) + tuple(
                        (token.text, token.whitespace_ if token.i < head.end - 1 else '') for token in head)
                    normal = cached_phrase_normal(words, span.label_, self.nouns, True)
                elif leading is not None:
                    words = ((leading.text, ' '),) + words
                    normal = cached_phrase_normal(words, span.label_, self.nouns)
                else:
                    normal = cached_phrase_normal(words, span.label_, self.nouns,
                                                  follows_coordinated(doc, span, by_end, self.nouns),
                                                  governed_case(doc, span, by_end))
                set_span_value(span, 'normal', capitalised(normal) if span.label_ == 'ORG' else normal)
        for span in doc.spans.get('inner', ()):
            set_span_value(span, 'normal', self.own_normal(doc, span))
        agree_place_normals(doc)
        agree_org_normals(doc)
        return doc

    def own_normal(self, doc, span):
        """The normal form of a place without the words around it: a mention inside another (`Щучинска`
        of `трассы Астана – Щучинск`, whose words belong to the mention it lies in), and the place a
        direction's mention names (`Казахстана` of `на севере Казахстана`)."""
        words = tuple((token.text, token.whitespace_) for token in mention_words(span))
        # `прокуратуры города Конаева`: a town named after a man, which doc.ents name by the gazetteer's name
        town = person_town_normal(span) if span._.rule == 'org-region' else None
        return kazakh_place_normal(doc, span) or town or cached_phrase_normal(words, span.label_, self.nouns)


def written_form(words):
    """The words of a name as written, case aside: `Ивана Белу` and `ИВАНА БЕЛУ` are one form."""
    return tuple(word.lower() for word in words)


def capitalised(name):
    """An organisation's name starts with a capital: `районный суд Алмалинского района`
    -> `Районный суд Алмалинского района` (Latin names as written: `eBay`)."""
    first = name[:1]
    if 'а' <= first <= 'я' or first == 'ё':
        return first.upper() + name[1:]
    return name


@Language.factory(
    'normalize',
    default_config={'nouns': 'nouns.tsv'},
    assigns=['span._.normal', 'span._.first', 'span._.middle', 'span._.last'],
)
def make_normalizer(nlp, name, nouns):
    return Normalizer(nlp, name, nouns)
