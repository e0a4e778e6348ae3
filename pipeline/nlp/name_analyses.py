"""The readings of one word of a person's name: (case, gender, nominative, weight) from pymorphy3's
Name/Surn/Patr parses and from the declension patterns of Russian and Kazakh names (`analyses`), a word
with parts declined part by part (`analyse_part`). Which reading a name takes: names.py.
"""

import re
from functools import lru_cache

from pipeline.nlp.kazakh import fold, has_kazakh
from pipeline.nlp.lexicons import first_names
from pipeline.nlp.morph import inflect, parse
from pipeline.nlp.name_parts import (
    SEPARATOR_RE, SURNAME_STEMS, VOWELS, consonant_class, first_name_gender, is_initial, kazakh_patronymic_gender)
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

# the oblique cases of a word in -ич (Петровича, Петровичу, Петровичем, Петровиче)
DECLINED_ICH = re.compile(r'ич(?:а|у|ем|е)$')
# the endings of a name that declines in -а: Мирна, Мирны, Мирне, Мирну, Мирной
FIRST_DECLENSION_ENDINGS = ('а', 'ы', 'е', 'у', 'ой')
MASCULINE_A_WEIGHT = 0.2
INSTRUMENTAL_ENDINGS = ('ом', 'ым', 'ем', 'им', 'ём')
ADJECTIVE_WEIGHT = 0.6
UNKNOWN_WEIGHT = 0.5
# Ермаганбет, Айдарбек, Нурлыбай, Алихан: Kazakh men's names end so
MALE_NAME_ENDINGS = ('бек', 'бет', 'бай', 'хан', 'мурат', 'болат', 'гали')
MALE_ENDING_WEIGHT = 0.3
FIRST_NAME_WEIGHT = 0.6
# Яуке, Шрале, Мулви, Кусто: a foreign name ending in a vowel other than а/я
# may well not decline; pymorphy3 guesses a locative of `Яук` for `Яуке`
INDECLINABLE_WEIGHT = 0.5
# ... but less for a word in -у after a consonant (ж too: `Бражу` is Браж's dative as well as a word as written)
DATIVE_U = re.compile(consonant_class() + 'у$')
DATIVE_U_INDECLINABLE_WEIGHT = 0.3
KNOWN_AS_WRITTEN_WEIGHT = 0.05
# Юрки, Ники: a known name's oblique form in -и after a consonant, which may be a foreign name as written;
# not after ж, ч, ш, щ (Саши, Маши: a Russian name's genitive)
CONSONANT_I = re.compile(consonant_class('жчшщ') + 'и$')
# Катайненом: the instrumental ending -ом after a consonant
# (not after ж, ц, ч, ш, щ, which take -ем: SIBILANTS)
INSTRUMENTAL_OM = re.compile(consonant_class('жцчшщ') + 'ом$')
# Фараж, Митч: the stem letters after which the instrumental ends in -ем
SIBILANTS = set('жшчщц')
# a word with Kazakh letters kept as written in any case (Бақытжан, Сейітқали), below its declined readings
KAZAKH_AS_WRITTEN_WEIGHT = 0.5


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


# per word: her adjective reading of a word in -овой, -евой, -иной below her -ова surname's (a tie else)
RUSSIAN_PATTERN_OVER_ADJECTIVE = 0.05


def adjective_weight(lower, gender):
    """The weight of a surname read as an adjective: less for her word in -овой, -евой, -иной, which a
    Russian-pattern surname explains as well (`Айжан Калиевой`, `Анне Кедровой`: Калиева, Кедрова, not the
    adjectives `калиевая`, `кедровая`; a document that writes `Луговая` decides for it)."""
    if gender == 'femn' and lower.endswith(RUSSIAN_SURNAME_FEMININE_OBLIQUE):
        return ADJECTIVE_WEIGHT - RUSSIAN_PATTERN_OVER_ADJECTIVE
    return ADJECTIVE_WEIGHT


def normal_case(case):
    return {'acc2': 'accs', 'gen2': 'gent', 'loc2': 'loct'}.get(case, case)


def common_prefix(one, other):
    size = 0
    while size < min(len(one), len(other)) and one[size] == other[size]:
        size += 1
    return size


def as_written(lower, gender, weight):
    """The readings of a word kept as written (`lower`) in every case."""
    return tuple((case, gender, lower, weight) for case in CASES)


@lru_cache(maxsize=100_000)
def analyses(word):
    """(case, gender, nominative, weight) readings of one name word (no hyphen)."""
    lower = word.lower()
    if is_initial(word):
        return as_written(lower, None, 1.0)
    patronymic_gender = kazakh_patronymic_gender(word)
    if patronymic_gender:
        return as_written(lower, patronymic_gender, 1.0)
    if has_kazakh(word):
        # Нұрмаханова, Нұржана: a Kazakh spelling declines as its Russian-letter look-alike
        # does, the nominative in the word's own letters; as written, it counts for less
        folded = fold(lower)
        declined = tuple((case, gender, lower[:common_prefix(form, folded)] + form[common_prefix(form, folded):],
                          weight) for case, gender, form, weight in analyses(folded))
        return declined + as_written(lower, None, KAZAKH_AS_WRITTEN_WEIGHT)
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
                found.append((normal_case(tag.case), tag.gender, form, adjective_weight(lower, tag.gender)))
    for gender, pattern in surname_patterns(word):
        found.extend(pattern_analyses(word, [pattern], gender, 0.6))
    # Агаларовы, о Петрове: a Russian-pattern surname in -ы is the family's plural, in -е his
    # locative; her genitive is Петровой, so these are no forms of an -а name
    russian_surname = any(lower.endswith((stem + 'ы', stem + 'е')) for stem in SURNAME_STEMS)
    # Петровича, Вучичу: a man's patronymic or surname in -ич declined, never a woman's -а name
    # (`тренера Сергея Петровича Бондаренко` is his genitive, no woman's `Петровича` as written)
    russian_surname = russian_surname or bool(DECLINED_ICH.search(lower))
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
    if lower[-1:] not in VOWELS and not (lower.endswith(('ов', 'ев', 'ёв')) and len(lower) > 5) \
            and not (INSTRUMENTAL_OM.search(lower) and len(lower) > 6):
        # Унзилы Шапак: a woman's consonant-final surname does not decline; -ов, -ев is his alone
        # (`Гани Сарсенов`: his name as written, not her genitive `Гани` of a `Ганя` Сарсенов); a long word
        # in -ом after a consonant is his instrumental (`с Юрки Катайненом`), no woman's surname as written
        found.extend(as_written(lower, 'femn', 0.2))
    # Сауле, Мади, Алие: a first name in -е, -и as such, though pymorphy3 reads `Сауле` as Саул's locative
    if lower[-1:] in VOWELS - {'а', 'я', 'ы'} and (not known or lower in first_names()):
        # Яуке Шрале, Мади, Кусто: keep as written in any case; -у after a consonant is more
        # often the dative of a name that ends in it (Корбину, Юнкеру) than a name (Крецу)
        weight = INDECLINABLE_WEIGHT if not DATIVE_U.search(lower) else DATIVE_U_INDECLINABLE_WEIGHT
        found.extend(as_written(lower, None, weight))
    elif DATIVE_U.search(lower) or CONSONANT_I.search(lower):
        # `директор Паулу Мендеш пообещал`: pymorphy3 knows `Паулу` only as her accusative, yet it may be
        # his name as written, far below it, for the context (a nominative, a man's verb) to choose;
        # so `Юрки` (to pymorphy3 only Юрка's genitive) in `Юрки Катайнен заявил`, `с Юрки Катайненом`
        found.extend(as_written(lower, None, KNOWN_AS_WRITTEN_WEIGHT))
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
        found = list(as_written(lower, None, 0.1))
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


def kept_first_part_cases(head, head_readings):
    """(case, gender) of the readings that keep the first part of a hyphenated name as written; not the
    little-weighed reading of a name pymorphy3 knows only declined (`Карлу-Хайнцу`, `Мохаммаду-Али`: `Карлу`
    is Карл's dative, so the first part declines with the last, as in `Карлом-Хайнцем`)."""
    lower = head.lower()
    return {(case, gender) for case, gender, form, weight in head_readings
            if form == lower and weight > KNOWN_AS_WRITTEN_WEIGHT}


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
        # `Жан-Поля`: a last part read in the other gender than the first part's first name (`Поля`, hers)
        # is no reading of the name; the first part's gender stands
        first_gender = first_name_gender(head.lower())
        if first_gender:
            found = [reading for reading in found if reading[1] in (first_gender, None)] or found
        # Анну-Марию, Петрова-Водкина: the first part agrees when it can; before an indeclinable
        # last part (`Ольге Петровой-Ким`) it alone shows the gender
        head_readings = analyses(head)
        kept_head = kept_first_part_cases(head, head_readings)
        unwritten = set()
        for case, gender, form, weight in list(found):
            changed = [(w, f, g or gender) for c, g, f, w in head_readings
                       if c == case and (g in (gender, None) or gender is None) and f != head.lower() and case != 'nomn']
            if changed:
                head_weight, head_form, head_gender = max(changed)
                found.append((case, head_gender, head_form + '-' + form.split('-', 1)[1],
                              (weight + head_weight) / 2 + 0.1))
                if not any(None in (g, gender) or g == gender for c, g in kept_head if c == case):
                    # `Ханса-Петера`, `Хансом-Петером`: a first part that declines in this case and is
                    # no form of it as written (`Ханса` is only Ханс's genitive) declines with the last
                    # part; `Жан-Люка` (`Жан` has no genitive of its own here) keeps it as written
                    unwritten.add((case, gender, form))
        found = [reading for reading in found if reading[:3] not in unwritten] or found
        if head.lower().endswith(DECLINED_SURNAME_ENDINGS) and len(head) > 6:
            # `Петровой-`, `Кожахметову-`: a first part declined as a Russian-pattern surname is
            # never a nominative, so the name is not kept with it as written
            found = [reading for reading in found if not reading[2].startswith(prefix)] or found
    return tuple(found)
