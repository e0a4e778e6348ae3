"""Person names: nominative forms with gender kept (what each word is and first/middle/last: name_parts.py).

pymorphy3 knows Russian names but guesses at most Kazakh ones (`Ермаганбет`
parses best as a verb), so each word is analysed twice: by pymorphy3's
Name/Surn/Patr parses and by the declension patterns of Russian and Kazakh
names. The (case, gender) that explains every word of the span wins,
nominative first, unless the context says otherwise:

- `cases`: what the words before the name require (`координатора` -> the
  name is genitive or accusative; no preposition -> not locative);
- `evidence`: the nominatives of the document's other names (`Маулен
  Ашимбаев` makes `Маулену Ашимбаеву` a masculine dative, not a feminine
  accusative).
"""

import re
from functools import lru_cache

from pipeline.nlp.kazakh import fold, has_kazakh
from pipeline.nlp.lexicons import first_names
from pipeline.nlp.morph import inflect, parse, restore_yo
from pipeline.nlp.name_parts import (EAST_ASIAN_SURNAMES, GIVEN_NAME_SOFT_OBLIQUE, KAZAKH_PATRONYMIC, SEPARATOR_RE,
                                     SURNAME_STEMS, declined_given_syllable, first_name_gender, is_east_asian_surname,
                                     is_initial, is_name_particle, kazakh_patronymic_gender, korean_middle, title_capitals)
from pipeline.nlp.wordforms import is_inflection

CASES = ('nomn', 'gent', 'datv', 'accs', 'ablt', 'loct')


# ending of the inflected form -> (cases, ending of the nominative), per pattern
MASCULINE_SURNAME = {'': ('nomn',), 'а': ('gent', 'accs'), 'у': ('datv',), 'ым': ('ablt',), 'е': ('loct',)}
FEMININE_SURNAME = {'а': ('nomn',), 'ой': ('gent', 'datv', 'ablt', 'loct'), 'у': ('accs',)}
MASCULINE_NAME = {'': ('nomn',), 'а': ('gent', 'accs'), 'у': ('datv',), 'ом': ('ablt',), 'е': ('loct',)}
MASCULINE_NAME_SOFT = {'й': ('nomn',), 'я': ('gent', 'accs'), 'ю': ('datv',), 'ем': ('ablt',), 'е': ('loct',)}
# Гиллель, Ломбаль: Гиллеля, Гиллелю, Гиллелем
MASCULINE_NAME_SOFT_SIGN = {'ь': ('nomn',), 'я': ('gent', 'accs'), 'ю': ('datv',), 'ем': ('ablt',), 'е': ('loct',)}
FEMININE_NAME = {'а': ('nomn',), 'ы': ('gent',), 'е': ('datv', 'loct'), 'у': ('accs',), 'ой': ('ablt',)}
FEMININE_NAME_SOFT = {'я': ('nomn',), 'и': ('gent', 'datv', 'loct'), 'ю': ('accs',), 'ей': ('ablt',)}
# Жансая, Гульсая, Зоя: after a vowel a woman's -я name takes -е in the dative and the locative
# (`вручили Жансае`, `о Гульсае`), as `Зое`, `Майе` do; the other cases are FEMININE_NAME_SOFT's
FEMININE_NAME_VOWEL_YA = {'я': ('nomn',), 'е': ('datv', 'loct')}
VOWEL_YA_WEIGHT = 0.3
# Джорджа, Айша, Наташа: after ж, ш, ч, щ a name in -а takes -и in the genitive and -ей in the
# instrumental (Джорджи, Джорджей), as Russian spelling wants
FEMININE_NAME_SIBILANT = {'а': ('nomn',), 'и': ('gent',), 'е': ('datv', 'loct'), 'у': ('accs',), 'ей': ('ablt',)}
# ... and after г, к, х the genitive is -и as well (Хельги, Ники), the instrumental -ой
FEMININE_NAME_VELAR = {'а': ('nomn',), 'и': ('gent',), 'е': ('datv', 'loct'), 'у': ('accs',), 'ой': ('ablt',)}
VELARS = set('гкх')
HUSHING = set('жшчщ')

# the endings of a name that declines in -а: Мирна, Мирны, Мирне, Мирну, Мирной
FIRST_DECLENSION_ENDINGS = ('а', 'ы', 'е', 'у', 'ой')
MASCULINE_A_WEIGHT = 0.2
VOWELS = set('аеёиоуыэюяәөұүі')
INSTRUMENTAL_ENDINGS = ('ом', 'ым', 'ем', 'им', 'ём')
NOMINATIVE_BONUS = 0.05
ADJECTIVE_WEIGHT = 0.6
UNKNOWN_WEIGHT = 0.5
# Ермаганбет, Айдарбек, Нурлыбай, Алихан: Kazakh men's names end so
MALE_NAME_ENDINGS = ('бек', 'бет', 'бай', 'хан', 'мурат', 'болат', 'гали')
MALE_ENDING_WEIGHT = 0.3
FIRST_NAME_WEIGHT = 0.6
# Яуке, Шрале, Мулви, Кусто: a foreign name ending in a vowel other than а/я
# may well not decline; pymorphy3 guesses a locative of `Яук` for `Яуке`
INDECLINABLE_WEIGHT = 0.5
# ... but less for a word in -у after a consonant
DATIVE_U = re.compile(r'[бвгдзклмнпрстфхцчшщ]у$')
DATIVE_U_INDECLINABLE_WEIGHT = 0.3
KNOWN_AS_WRITTEN_WEIGHT = 0.05
# Фараж, Митч: the stem letters after which the instrumental ends in -ем
SIBILANTS = set('жшчщц')
# a word with Kazakh letters kept as written in any case (Бақытжан, Сейітқали), below its declined readings
KAZAKH_AS_WRITTEN_WEIGHT = 0.5
# per word: a reading whose nominative the document writes elsewhere
EVIDENCE_WEIGHT = 1.0
# per word: a case the context requires, or rules out
CASE_HINT_WEIGHT = 0.6
# per word: a locative with no preposition before the name, which Russian never writes
NO_PREPOSITION_LOCATIVE_WEIGHT = 2.0
# per word: a reading that shows the gender the context requires (`ведущей Опре`: the
# feminine dative of `Опра`) over one that shows none (an indeclinable `Опре`)
GENDER_SHOWN_WEIGHT = 0.3

EAST_ASIAN_SURNAME_WEIGHT = 0.4
# per word: a name read in two cases, its first name in the nominative and the rest declined
SPLIT_CASE_PENALTY = 0.5


# the oblique endings of a Russian-pattern surname (-ов, -ев, -ин): `Жақсылықова`, `Сейтовым`
RUSSIAN_SURNAME_OBLIQUE = tuple(stem + ending for stem in SURNAME_STEMS for ending in ('а', 'у', 'ым', 'е'))


# Петровой, Кожахметову, Сейтовым: the endings of a Russian-pattern surname that no nominative has
DECLINED_SURNAME_ENDINGS = tuple(stem + ending for stem in SURNAME_STEMS for ending in ('ой', 'у', 'ым', 'е'))


# Сатпаева, Ревякина, Бородина: a woman's Russian-pattern surname, declined as an adjective
RUSSIAN_SURNAME_FEMININE = tuple(stem + 'а' for stem in SURNAME_STEMS)
# Ордабаеву, Сейтовым: his surname in an oblique case (hers in -ову), never a name as written
AS_WRITTEN_NEVER = tuple(stem + ending for stem in ('ов', 'ев', 'ёв') for ending in ('у', 'ым'))
# Сейтказиновой, Ахметовой: her surname in an oblique case, never a man's name as written
RUSSIAN_SURNAME_FEMININE_OBLIQUE = tuple(stem + 'ой' for stem in SURNAME_STEMS)


def pattern_analyses(word, patterns, gender, weight):
    lower = word.lower()
    for pattern in patterns:
        nominative_ending = next(ending for ending, cases in pattern.items() if 'nomn' in cases)
        for ending, cases in pattern.items():
            if ending and not lower.endswith(ending):
                continue
            stem = lower[:len(lower) - len(ending)] if ending else lower
            if len(stem) < 2:
                continue
            # Теа, Сайкыа: a vowel before the ending is no masculine stem
            if gender == 'masc' and nominative_ending == '' and stem[-1] in VOWELS:
                continue
            reading_weight = weight
            if not ending:
                # a bare stem ends in a consonant: Ерлан, Токаев
                if stem[-1] in VOWELS:
                    continue
                # Жомартом, Токаевым look like bare stems but are instrumental
                if lower.endswith(INSTRUMENTAL_ENDINGS):
                    reading_weight = weight / 4
            for case in cases:
                yield case, gender, stem + nominative_ending, reading_weight


def surname_patterns(word):
    lower = word.lower()
    found = []
    for stem in SURNAME_STEMS:
        for ending, cases in MASCULINE_SURNAME.items():
            if lower.endswith(stem + ending) and len(lower) > len(stem + ending) + 1:
                found.append(('masc', MASCULINE_SURNAME))
        for ending in FEMININE_SURNAME:
            if lower.endswith(stem + ending) and len(lower) > len(stem + ending) + 1:
                found.append(('femn', FEMININE_SURNAME))
    return found


def normal_case(case):
    return {'acc2': 'accs', 'gen2': 'gent', 'loc2': 'loct'}.get(case, case)


def common_prefix(one, other):
    size = 0
    while size < min(len(one), len(other)) and one[size] == other[size]:
        size += 1
    return size


@lru_cache(maxsize=100_000)
def analyses(word):
    """(case, gender, nominative, weight) readings of one name word (no hyphen)."""
    lower = word.lower()
    if is_initial(word):
        return tuple((case, None, lower, 1.0) for case in CASES)
    patronymic_gender = kazakh_patronymic_gender(word)
    if patronymic_gender:
        return tuple((case, patronymic_gender, lower, 1.0) for case in CASES)
    if has_kazakh(word):
        # Нұрмаханова, Нұржана: a Kazakh spelling declines as its Russian-letter look-alike
        # does, the nominative in the word's own letters; as written, it counts for less
        folded = fold(lower)
        declined = tuple((case, gender, lower[:common_prefix(form, folded)] + form[common_prefix(form, folded):],
                          weight) for case, gender, form, weight in analyses(folded))
        return declined + tuple((case, None, lower, KAZAKH_AS_WRITTEN_WEIGHT) for case in CASES)
    found = []
    known = False
    for parsed in parse(word):
        tag = parsed.tag
        if not ({'Name', 'Surn', 'Patr'} & set(tag.grammemes)) or tag.number == 'plur' or not tag.case:
            continue
        known = known or parsed.is_known
        # Мулви, Лири: an indeclinable name has no gender to agree with, but one that ends in a
        # consonant and does not decline is a woman's (`Айжан Смагулова`: her nominative, never
        # his genitive `Смагулов`, whatever man of that surname the document names)
        fixed_woman = 'Fixd' in tag and 'Name' in tag and tag.gender == 'femn' and parsed.is_known \
            and lower[-1:] not in VOWELS
        gender = tag.gender if tag.gender in ('masc', 'femn') and ('Fixd' not in tag or fixed_woman) else None
        grammemes = {'nomn', 'sing'} | ({gender} if gender else set())
        form = inflect(parsed, grammemes) or parsed.normal_form
        # `о Сатпаеве`: pymorphy3 guesses a woman's `Сатпаева` (as `Ева`) in the dative or the
        # locative, but a woman's surname in -ова, -ева, -ина takes -ой there; the -е is his locative
        if not parsed.is_known and gender == 'femn' and tag.case in ('datv', 'loct') \
                and form.lower().endswith(RUSSIAN_SURNAME_FEMININE) and form.lower() not in first_names():
            continue
        # a guess for a word pymorphy3 does not know (`Маулена`: a woman's
        # name?) counts for less than a dictionary reading
        found.append((normal_case(tag.case), gender, form, (1.0 if parsed.is_known else UNKNOWN_WEIGHT) + parsed.score))
    for parsed in parse(word):
        # Долгорукому, Белого: a surname that declines as an adjective
        tag = parsed.tag
        # (a pronoun is none: `Ту` in `исследовательницу Ту Юю` is no form of `та`)
        if (tag.POS == 'ADJF' and parsed.is_known and tag.number == 'sing' and tag.gender in ('masc', 'femn')
                and tag.case and 'Poss' not in tag and 'Apro' not in tag):
            form = inflect(parsed, {'nomn', 'sing', tag.gender})
            if form:
                found.append((normal_case(tag.case), tag.gender, form, ADJECTIVE_WEIGHT))
    for gender, pattern in surname_patterns(word):
        found.extend(pattern_analyses(word, [pattern], gender, 0.6))
    # Агаларовы, о Петрове: a Russian-pattern surname in -ы is the family's plural, in -е his
    # locative; her genitive is Петровой, so these are no forms of an -а name
    russian_surname = any(lower.endswith((stem + 'ы', stem + 'е')) for stem in SURNAME_STEMS)
    if lower.endswith(FIRST_DECLENSION_ENDINGS) and not russian_surname:
        # Мирны, Кориной, Опре: a name in -а declines like `мама` in every case, whether
        # pymorphy3 knows it or not; a woman's mostly, a man's at times (Никита, Дерипаской),
        # though never a Russian-pattern surname (`Петрова` is his genitive or her nominative)
        found.extend(pattern_analyses(word, [FEMININE_NAME], 'femn', 0.3))
        if not surname_patterns(word):
            found.extend(pattern_analyses(word, [FEMININE_NAME], 'masc', MASCULINE_A_WEIGHT))
    if not russian_surname:
        # Джорджей, Джорджи, Хельги, Дерипаски: the -а names whose stem ends in a hushing or a velar
        # letter; a woman's mostly, a man's at times, as above
        for pattern, letters in ((FEMININE_NAME_SIBILANT, HUSHING), (FEMININE_NAME_VELAR, VELARS)):
            for gender, weight in (('femn', 0.3), ('masc', MASCULINE_A_WEIGHT)):
                found.extend(reading for reading in pattern_analyses(word, [pattern], gender, weight)
                             if reading[2][-2:-1] in letters)
    if lower[-1:] in ('я',) or lower.endswith(('и', 'ю', 'ей')):
        found.extend(pattern_analyses(word, [FEMININE_NAME_SOFT], 'femn', 0.2))
    # (not after и: `Алие` is a name as written, and Алия's dative is Алии)
    if lower.endswith('е') and lower[-2:-1] in VOWELS - {'и'}:
        found.extend(reading for reading in pattern_analyses(word, [FEMININE_NAME_VOWEL_YA], 'femn', VOWEL_YA_WEIGHT)
                     if reading[0] != 'nomn')
    if lower.endswith(('й', 'я', 'ю', 'ем', 'е')):
        found.extend(pattern_analyses(word, [MASCULINE_NAME_SOFT], 'masc', 0.2))
    if lower.endswith(('ь', 'я', 'ю', 'ем', 'е')):
        found.extend(pattern_analyses(word, [MASCULINE_NAME_SOFT_SIGN], 'masc', 0.2))
    found.extend(pattern_analyses(word, [MASCULINE_NAME], 'masc', 0.4))
    if lower.endswith('ем') and lower[-3:-2] in SIBILANTS and len(lower) > 4:
        # Фаражем, Митчем: a stem in ж, ш, ч, щ, ц takes -ем in the instrumental, not -ом
        found.append(('ablt', 'masc', lower[:-2], 0.4))
    if lower[-1:] not in VOWELS and not (lower.endswith(('ов', 'ев', 'ёв')) and len(lower) > 5):
        # Унзилы Шапак: a woman's consonant-final surname does not decline; -ов, -ев is his alone
        # (`Гани Сарсенов`: his name as written, not her genitive `Гани` of a `Ганя` Сарсенов)
        found.extend((case, 'femn', lower, 0.2) for case in CASES)
    # Сауле, Мади, Алие: a first name in -е, -и as such, though pymorphy3 reads `Сауле` as Саул's locative
    if lower[-1:] in VOWELS - {'а', 'я', 'ы'} and (not known or lower in first_names()):
        # Яуке Шрале, Мади, Кусто: keep as written in any case; -у after a consonant is more
        # often the dative of a name that ends in it (Корбину, Юнкеру) than a name (Крецу)
        weight = INDECLINABLE_WEIGHT if not DATIVE_U.search(lower) else DATIVE_U_INDECLINABLE_WEIGHT
        found.extend((case, None, lower, weight) for case in CASES)
    elif DATIVE_U.search(lower):
        # `директор Паулу Мендеш пообещал`: pymorphy3 knows `Паулу` only as her accusative, yet it may be
        # his name as written, far below it, for the context (a nominative, a man's verb) to choose
        found.extend((case, None, lower, KNOWN_AS_WRITTEN_WEIGHT) for case in CASES)
    if lower.endswith(RUSSIAN_SURNAME_FEMININE_OBLIQUE + AS_WRITTEN_NEVER) and len(lower) > 6:
        # `учительница Жанар Сейтказиновой`: -овой, -иной end her surname declined (or Зиной, Полиной),
        # never a name as written, his (a stem in -й) or hers (an indeclinable one); so do -ову, -овым
        # (`Ордабаеву возразила Аида ...`: his dative, though a verb follows)
        found = [reading for reading in found if reading[2] != lower]
    # the guarantee: a nominative is the word itself or a form pymorphy3 generates from it
    # (`Ломбаля` -> `ломбаль`, never the made-up `ломбалй` of the -й pattern)
    # (once per distinct form: the six cases of a pattern share one)
    inflections = {form: is_inflection(form, word) for form in {reading[2] for reading in found}}
    found = [reading for reading in found if inflections[reading[2]]]
    if not found:
        found = [(case, None, lower, 0.1) for case in CASES]
    # `Ерлана`: `ерлан` is a first name natasha knows, `ерлана` is not
    names = first_names()
    return tuple((case, gender, form, weight + (FIRST_NAME_WEIGHT if form in names and of_gender(form, gender) else 0.0)
                  + (MALE_ENDING_WEIGHT if gender == 'masc' and form.endswith(MALE_NAME_ENDINGS) else 0.0))
                 for case, gender, form, weight in found)


def of_gender(form, gender):
    """`form` may be a first name of `gender`: `бьянка` is hers, so `Луки Бьянки` is no man's `Бьянка`
    on the strength of the first-name list (a listed name in -а, -я that pymorphy3 does not know as
    his, as it knows `Никита`, `Лука`, is a woman's)."""
    known = first_name_gender(form)
    if known is None and gender == 'masc' and form.endswith(('а', 'я')):
        return any('Name' in parsed.tag and parsed.is_known and parsed.tag.gender in ('masc', 'ms-f')
                   for parsed in parse(form))
    return gender is None or known is None or known == gender


@lru_cache(maxsize=100_000)
def analyse_part(word):
    """Analyses of a word that may have parts: `Касым-Жомартом` declines its
    last part, `Римского-Корсакова` both, `О'Лири` none but the last."""
    pieces = SEPARATOR_RE.split(word)
    if len(pieces) < 3 or not pieces[-1]:
        return analyses(word)
    head, separator, tail = ''.join(pieces[:-2]), pieces[-2], pieces[-1]
    if not head:
        return analyses(word)
    prefix = head.lower() + separator
    found = [(case, gender, prefix + form, weight) for case, gender, form, weight in analyses(tail)]
    if separator == '-' and len(pieces) == 3:
        # Анну-Марию, Петрова-Водкина: the first part agrees when it can; before an indeclinable
        # last part (`Ольге Петровой-Ким`) it alone shows the gender
        head_readings = analyses(head)
        for case, gender, form, weight in list(found):
            changed = [(w, f, g or gender) for c, g, f, w in head_readings
                       if c == case and (g in (gender, None) or gender is None) and f != head.lower() and case != 'nomn']
            if changed:
                head_weight, head_form, head_gender = max(changed)
                found.append((case, head_gender, head_form + '-' + form.split('-', 1)[1],
                              (weight + head_weight) / 2 + 0.1))
        if head.lower().endswith(DECLINED_SURNAME_ENDINGS) and len(head) > 6:
            # `Петровой-`, `Кожахметову-`: a first part declined as a Russian-pattern surname is
            # never a nominative, so the name is not kept with it as written
            found = [reading for reading in found if not reading[2].startswith(prefix)] or found
    return tuple(found)


def form_evidence(form, word, evidence):
    """How strongly the document supports `form` as the nominative of `word`."""
    if not evidence:
        return 0.0
    return EVIDENCE_WEIGHT * evidence.get(form, 0.0)


def word_evidence(word, readings, evidence):
    """form -> `form_evidence` for the readings of one word; the word kept as an indeclinable one gets none
    when the document also supports a declined form of it: `на Силву` after `Рафаэла Силвы` and `Рафаэла
    Силву` is Силва's accusative, and the `Силву` another mention vouches for is that mention's own undecided
    reading (`Петрова`, her nominative as much as his genitive, keeps what `Анна Петрова` says)."""
    lower = word.lower()
    found = {form: form_evidence(form, word, evidence) for form in {reading[2] for reading in readings}}
    if found.get(lower) and any(weight for form, weight in found.items() if form != lower) \
            and all(gender is None for _, gender, form, _ in readings if form == lower):
        found[lower] = 0.0
    return found


def name_readings(words):
    """The analyses of each word of a name; the father's name of a two-word
    patronymic (`Бақытжан ұлы`) never declines and takes its gender."""
    readings = []
    for index, word in enumerate(words):
        following = words[index + 1].lower() if index + 1 < len(words) else ''
        if is_name_particle(word, inner=index > 0) and following:
            # `ван дер Бергу`: a particle fits every case and gender, the surname after it shows them
            # (read as a word, `дер` is her indeclinable name, and `Бергу` her accusative of `Берга`)
            readings.append(tuple((case, None, word.lower(), 1.0) for case in CASES))
        elif following in KAZAKH_PATRONYMIC and word[:1].isupper():
            readings.append(tuple((case, KAZAKH_PATRONYMIC[following], word.lower(), 1.0) for case in CASES))
        elif index == 0 and following and word.lower() in EAST_ASIAN_SURNAMES:
            readings.append(analyse_part(word) + tuple((case, None, word.lower(), EAST_ASIAN_SURNAME_WEIGHT)
                                                       for case in CASES))
        elif index == 1 and len(words) == 3 and is_east_asian_surname(words[0]) and korean_middle(words):
            # `Ли Сон Хуна`, `Киму Чен Ыну`: the first syllable of a Korean given name never declines,
            # the last one shows the case (`Ким Анны Викторовны` is a first name and a patronymic)
            readings.append(tuple((case, None, word.lower(), 1.0) for case in CASES))
        elif index and index == len(words) - 1 and len(words) in (2, 3) and is_east_asian_surname(words[0]) \
                and (len(words) == 2 or korean_middle(words)) and declined_given_syllable(word, len(words) == 3):
            readings.append(east_asian_given_readings(word))
        elif index and index == len(words) - 1 and SURNAME_IN_I.search(word):
            readings.append(surname_in_i_readings(word))
        else:
            readings.append(analyse_part(word))
    return readings


# per word: the declined reading of a Chinese or Korean given name over the word as written
EAST_ASIAN_GIVEN_WEIGHT = 1.0
EAST_ASIAN_AS_WRITTEN_WEIGHT = 0.3


@lru_cache(maxsize=20_000)
def east_asian_given_readings(word):
    """The readings of a declined Chinese or Korean given name closing the name (`Ли Вэя`, `Пак Сон Мина`):
    his name in the case its ending shows, the word as written counting for less; a woman's
    given name does not decline, so the -а, -я of a stem in a consonant is never her nominative
    (`Мина` is a Russian word and a name besides, but `Пак Сон Мина` is Пак Сон Мин's genitive)."""
    lower = word.lower()
    readings = analyse_part(word)
    declined = tuple((case, 'masc', form, EAST_ASIAN_GIVEN_WEIGHT) for case, gender, form, weight in readings
                     if gender == 'masc' and form != lower and case != 'nomn' and form[-1:] not in VOWELS)
    # `Юя`, `Юем`: a one-letter stem is too short for the patterns of `analyses`, yet declines as Андрей
    declined = declined or tuple((case, 'masc', lower[:-len(ending)] + 'й', EAST_ASIAN_GIVEN_WEIGHT) for ending, cases
                                 in MASCULINE_NAME_SOFT.items() if ending in GIVEN_NAME_SOFT_OBLIQUE and lower.endswith(ending)
                                 and is_inflection(lower[:-len(ending)] + 'й', lower) for case in cases)
    if not declined:
        return readings
    return declined + tuple((case, None, lower, EAST_ASIAN_AS_WRITTEN_WEIGHT) for case in CASES)


# Кази, Бьянки, аль-Хашими: a surname in -и after a consonant
SURNAME_IN_I = re.compile(r'[бвгджзклмнпрстфхцчшщ]и$', re.I)


@lru_cache(maxsize=20_000)
def surname_in_i_readings(word):
    """The readings of a surname in -и closing a name, but for its guessed nominative in -я: a foreign
    surname in -и does not decline (`Лейлы Кази`, `Фатимы аль-Хашими`), and a declined `Казя` is
    a first name's pattern; a name pymorphy3 or the first-name list knows in -я (`Ивановой Вали`) stays."""
    readings = analyse_part(word)
    kept = tuple(reading for reading in readings
                 if not reading[2].endswith('я') or reading[2] in first_names() or is_known_name(reading[2]))
    return kept or readings


@lru_cache(maxsize=20_000)
def is_known_name(form):
    """pymorphy3 knows `form` as a first name or a surname in the nominative."""
    return any(parsed.is_known and {'Name', 'Surn'} & set(parsed.tag.grammemes) and parsed.tag.case == 'nomn'
               for parsed in parse(form))


def choose_reading(words, cases=None, evidence=None):
    """The (case, gender) that explains every word best; nominative preferred.

    `cases`: case (or gender) -> weight per word from the context (positive: required,
    negative: ruled out); `evidence`: from `collect_evidence`.
    """
    case, gender, _ = choose_reading_split(words, cases, evidence)
    return case, gender


def scored_readings(words, evidence):
    """Per word, case -> [(gender, weight with the evidence, nominative form)]: scored once, not once
    per case and gender tried (that filtering was most of the time of names in `normalize`)."""
    scored = []
    for word, options in zip(words, name_readings(words)):
        by_case = {}
        supported = word_evidence(word, options, evidence)
        for c, g, form, weight in options:
            by_case.setdefault(c, []).append((g, weight + supported[form], form))
        scored.append(by_case)
    return scored


def reading_total(scored, case, gender, shown, declined=None):
    """The best weights of the words in (case, gender) summed, None when a word has no such reading;
    `declined`: the words as written, when each must be read as a form other than itself."""
    total = 0.0
    for index, by_case in enumerate(scored):
        fitting = [weight + (shown if g == gender else 0.0) for g, weight, form in by_case.get(case, ())
                   if g in (gender, None) and (declined is None or form != declined[index])]
        if not fitting:
            return None
        total += max(fitting)
    return total


def best_weights(scored):
    """Per word, (case, gender or None) -> the best weight of its readings so: `reading_total`
    without `declined` looks these up instead of filtering the readings (12 (case, gender)
    tried per name, 176 K totals on NEREL train)."""
    bests = []
    for by_case in scored:
        best = {}
        for case, options in by_case.items():
            for g, weight, _ in options:
                if (case, g) not in best or weight > best[case, g]:
                    best[case, g] = weight
        bests.append(best)
    return bests


def best_total(bests, case, gender, shown):
    """`reading_total(scored, case, gender, shown)` from `best_weights(scored)`: the same sum
    (adding `shown` to the best weight of the gender is adding it to each and taking the best)."""
    total = 0.0
    for best in bests:
        own, neutral = best.get((case, gender)), best.get((case, None))
        if own is None:
            if neutral is None:
                return None
            total += neutral
        else:
            total += own + shown if neutral is None else max(own + shown, neutral)
    return total


def kept_as_written(by_case, case, gender, word):
    """The best reading of a word in (case, gender) is the word as written (`Владимир` read as her
    indeclinable name), not a declined form (`Кирана` as the genitive of `Киран`)."""
    fitting = [(weight, form) for g, weight, form in by_case.get(case, ()) if g in (gender, None)]
    return bool(fitting) and max(fitting)[1] == word.lower()


def choose_reading_split(words, cases=None, evidence=None):
    """(case, gender, first name left in the nominative): `choose_reading`, and besides the
    reading of a first name left in the nominative before the declined surname (`по указу Владимир
    Путина`, `грамоту Михаил Кузнецову`, `у Анна Петровой`), tried only when the name's best reading
    is of the other gender with the first name as written (his first name read as her indeclinable
    one; `Кирана Мулви` is Киран's genitive), the nominative (`Джонсона` kept as written) or none,
    and weighed against it."""
    cases = cases or {}
    scored = scored_readings(words, evidence)
    bests = best_weights(scored)
    best = None
    for case in CASES:
        for gender in ('masc', 'femn'):
            shown = GENDER_SHOWN_WEIGHT if cases.get(gender, 0.0) > 0 else 0.0
            total = best_total(bests, case, gender, shown)
            if total is None:
                continue
            total += (cases.get(case, 0.0) + cases.get(gender, 0.0)) * len(words)
            if case == 'nomn':
                total += NOMINATIVE_BONUS * len(words)
            if best is None or total > best[0]:
                best = (total, case, gender, False)
    first_gender = first_name_gender(words[0]) if len(words) > 1 else None
    if first_gender and (best is None or best[1] == 'nomn' or best[2] != first_gender
                         and kept_as_written(scored[0], best[1], best[2], words[0])):
        first = max((weight for g, weight, form in scored[0].get('nomn', ())
                     if g == first_gender and form == words[0].lower()), default=None)
        rest = [word.lower() for word in words[1:]]
        for case in CASES[1:] if first is not None else ():
            total = reading_total(scored[1:], case, first_gender, 0.0, rest)
            if total is None:
                continue
            total += first + (cases.get(case, 0.0) + cases.get(first_gender, 0.0) - SPLIT_CASE_PENALTY) * len(words)
            if best is None or total > best[0]:
                best = (total, case, first_gender, True)
    if best is None:
        return None, None, False
    return best[1], best[2], best[3]


def shape_like(form, original):
    """Give a lower-case `form` the capitals of `original`, part by part:
    `касым-жомарт` like `Касым-Жомартом`, `о’лири` like `О’лири`."""
    if original.isupper() and len(original) > 1 and any(char.isalpha() for char in original):
        return form.upper()
    parts, originals = SEPARATOR_RE.split(form), SEPARATOR_RE.split(original)
    if len(parts) != len(originals):
        return form[:1].upper() + form[1:] if original[:1].isupper() else form
    shaped = []
    for part, model in zip(parts, originals):
        if SEPARATOR_RE.fullmatch(model or ' '):
            shaped.append(model)
        elif model.isupper() and len(model) > 1:
            shaped.append(part.upper())
        elif model[:1].isupper():
            shaped.append(part[:1].upper() + part[1:])
        else:
            shaped.append(part)
    return ''.join(shaped)


def follow_yo(form, original):
    """ё as the text writes it: kept where the text has it, not added where it has е."""
    if 'ё' in original.lower():
        return restore_yo(form, original)
    return form.replace('ё', 'е').replace('Ё', 'Е')


def person_normal(words, cases=None, evidence=None):
    """Nominative forms of the words of a person's name, gender kept.

    >>> person_normal(['Алмы', 'Карашкызы'])
    ['Алма', 'Карашкызы']
    """
    words = [word for word in words if word.strip()]
    if not words:
        return []
    if evidence is None:
        # plain str keys: pymorphy3's gender values refuse to be compared with a case
        return list(plain_person_normal(tuple(words), tuple(sorted((str(key), weight)
                                                                  for key, weight in (cases or {}).items()))))
    return evidenced_person_normal(words, cases, evidence)


@lru_cache(maxsize=100_000)
def plain_person_normal(words, case_items):
    """`person_normal` with no evidence, cached: a name and its context weights recur
    in a document and across documents."""
    return tuple(evidenced_person_normal(list(words), dict(case_items), None))


def evidenced_person_normal(words, cases, evidence):
    """`person_normal` of the non-blank `words`."""
    case, gender, split = choose_reading_split(words, cases, evidence)
    if case is None or case == 'nomn':
        return title_capitals(words)
    shown = GENDER_SHOWN_WEIGHT if (cases or {}).get(gender, 0.0) > 0 else 0.0
    result = []
    for index, (word, readings) in enumerate(zip(words, name_readings(words))):
        if split and index == 0:
            result.append(word)
            continue
        # `Тимура Болатовича Жақсылықова`: a word that declines in the name's case and gender is not
        # read as indeclinable because the document writes it once more alone (`защиту Жақсылықова`)
        declines = gender is not None and word.lower().endswith(RUSSIAN_SURNAME_OBLIQUE) and any(
            c == case and g == gender for c, g, _, _ in readings)
        supported = word_evidence(word, readings, evidence)
        options = [
            (weight + (0.0 if g is None and declines else supported[form])
             + (shown if g == gender else 0.0), form)
            for c, g, form, weight in readings if c == case and g in (gender, None)
        ]
        if not options or is_initial(word):
            result.append(word)
            continue
        # a tie of readings is no evidence: the word as written (`Лейлы Кази`: her indeclinable
        # `Кази` as much as the genitive of a `Казя`), not the form that sorts last
        best = max(options, key=lambda option: (option[0], option[1] == word.lower(), option[1]))
        form = follow_yo(shape_like(best[1], word), word)
        # the guarantee, once more for the whole word (`Анну-Марию` agrees part by part)
        result.append(form if is_inflection(form, word) else word)
    return title_capitals(result)


