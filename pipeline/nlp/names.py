"""Person names: nominative forms with gender kept (what each word is and first/middle/last: name_parts.py).

pymorphy3 knows Russian names but guesses at most Kazakh ones (`Ермаганбет`
parses best as a verb), so each word is analysed twice: by pymorphy3's
Name/Surn/Patr parses and by the declension patterns of Russian and Kazakh
names (name_analyses.py). The (case, gender) that explains every word of the span wins,
nominative first, unless the context says otherwise:

- `cases`: what the words before the name require (`координатора` -> the
  name is genitive or accusative; no preposition -> not locative);
- `evidence`: the nominatives of the document's other names (`Маулен
  Ашимбаев` makes `Маулену Ашимбаеву` a masculine dative, not a feminine
  accusative).
"""

import re
from functools import lru_cache

from pipeline.nlp.lexicons import first_names
from pipeline.nlp.morph import parse, restore_yo
# (CASES, normal_case, analyse_part: also imported from here by the stages)
from pipeline.nlp.name_analyses import (CASES, KNOWN_AS_WRITTEN_WEIGHT, MASCULINE_NAME_SOFT, VOWELS,  # noqa: F401
                                        RUSSIAN_SURNAME_FEMININE, analyse_part, as_written, normal_case)
from pipeline.nlp.name_parts import (EAST_ASIAN_SURNAMES, GIVEN_NAME_SOFT_OBLIQUE, KAZAKH_PATRONYMIC, SEPARATOR_RE,
                                     SURNAME_STEMS, consonant_class, declined_given_syllable, first_name_gender,
                                     is_east_asian_surname, is_initial, is_name_particle, korean_middle, title_capitals)
from pipeline.nlp.wordforms import is_inflection

NOMINATIVE_BONUS = 0.05
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
# the genders a name's reading may show
GENDERS = ('masc', 'femn')


# the oblique endings of a Russian-pattern surname (-ов, -ев, -ин): `Жақсылықова`, `Сейтовым`
RUSSIAN_SURNAME_OBLIQUE = tuple(stem + ending for stem in SURNAME_STEMS for ending in ('а', 'у', 'ым', 'е'))


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
    """The analyses of each word of a name: a particle, the father's name of a two-word patronymic (`Бақытжан
    ұлы`: never declines, takes its gender), a Chinese or Korean surname and given name, and a surname in -и
    each have readings of their own; then `whole_name_adjustments` for a name of two words or more."""
    readings = []
    for index, word in enumerate(words):
        following = words[index + 1].lower() if index + 1 < len(words) else ''
        if is_name_particle(word, inner=index > 0) and following:
            # `ван дер Бергу`: a particle fits every case and gender, the surname after it shows them
            # (read as a word, `дер` is her indeclinable name, and `Бергу` her accusative of `Берга`)
            readings.append(as_written(word.lower(), None, 1.0))
        elif following in KAZAKH_PATRONYMIC and word[:1].isupper():
            readings.append(as_written(word.lower(), KAZAKH_PATRONYMIC[following], 1.0))
        elif index == 0 and following and word.lower() in EAST_ASIAN_SURNAMES:
            readings.append(analyse_part(word) + as_written(word.lower(), None, EAST_ASIAN_SURNAME_WEIGHT))
        elif index == 1 and len(words) == 3 and is_east_asian_surname(words[0]) and korean_middle(words):
            # `Ли Сон Хуна`, `Киму Чен Ыну`: the first syllable of a Korean given name never declines,
            # the last one shows the case (`Ким Анны Викторовны` is a first name and a patronymic)
            readings.append(as_written(word.lower(), None, 1.0))
        elif index and index == len(words) - 1 and len(words) in (2, 3) and is_east_asian_surname(words[0]) \
                and (len(words) == 2 or korean_middle(words)) and declined_given_syllable(word, len(words) == 3):
            readings.append(east_asian_given_readings(word))
        elif index and index == len(words) - 1 and SURNAME_IN_I.search(word):
            readings.append(surname_in_i_readings(word))
        else:
            readings.append(analyse_part(word))
    return whole_name_adjustments(words, readings) if len(words) > 1 else readings


# Сейтказы, Сатыбалды: a surname in -ы after a consonant closing a name, and the weight of it as written
# (not after г, к, х, ж, ч, ш, щ, which Russian spelling never follows with ы)
SURNAME_IN_Y = re.compile(consonant_class('гкхжчшщ') + 'ы$', re.I)
SURNAME_IN_Y_AS_WRITTEN_WEIGHT = 0.1
# per word: a surname in -ию as written, under pymorphy3's declined guesses (0.2) and over them with the
# nominative's bonus: the case the context shows decides
SURNAME_IN_IU_AS_WRITTEN_WEIGHT = 0.18
# per word: a woman's first name in -е as written, which pymorphy3 knows only declined (`Маргрете`)
FOREIGN_E_AS_WRITTEN_WEIGHT = 0.1
# Маргрете, Сабине, Беате, Ренате: the -е after a consonant of a German or Nordic woman's name
# (ж left out since the rule was written; untried with it)
FOREIGN_E = re.compile(consonant_class('ж') + 'е$', re.I)


def keeps_as_written(lower, word_readings):
    """Some reading of the word keeps it as written (`lower`)."""
    return any(form == lower for _, _, form, _ in word_readings)


def whole_name_adjustments(words, readings):
    """The readings of a name of two words or more, adjusted where one word shows what another is: a first
    name in -ии is never as written, nor is a first name in -и after a consonant read as the oblique case of an
    unknown name in -я, -а; a surname in -ы or a foreign one in -е may be as written, a surname in -а, -я may be
    his after a man's first name in that case, a woman's foreign first name in -е may be as written before a
    surname that does not decline, and a surname in -ию counts as written for less than as the accusative of an -ия
    surname (a surname in -ы stays as written after a known first name declined, too: the rules below, one each)."""
    first, last = words[0].lower(), words[-1].lower()
    if SURNAME_IN_I.search(first) and keeps_as_written(first, readings[0]):
        # `Сатоси Накамура заявил`, `вручили Такэси Кобаяси`: a first name in -и after a consonant (Japanese,
        # Arabic, Persian) does not decline; the genitive of a guessed `Сатося` is a Russian diminutive's
        # pattern, kept only for a name pymorphy3 or the first-name list knows in -я, -а (`Саши`, `Ильи`, `Айши`)
        readings[0] = unknown_given_oblique_dropped(first, readings[0])
    if is_declined_ia_name(words[0], readings[0]):
        # `Сесилии Мальмберг`, `Аурелии Бранд`: a first name in -ии is the genitive, dative or locative of her
        # -ия name, never a nominative as written (pymorphy3's guess of an indeclinable `Сесилии` weighs as
        # much, and a tie keeps the word); not a surname (`Такаси Фудзии`)
        readings[0] = tuple(reading for reading in readings[0] if reading[2] != first)
    if is_declined_ia_surname(last, readings[-1]):
        # `встретили Пабло Сорию`: a surname in -ию is the accusative of an -ия one (or the dative of an -ий one);
        # pymorphy3's guess of an indeclinable `Сорию` outweighed the declined readings whatever the context
        # said, so it counts for less than they do, kept only where no case is shown (`Пабло Сорию` alone);
        # not -ии, which a Japanese surname keeps as written (`Такаси Фудзии`)
        readings[-1] = tuple(reading[:3] + (min(reading[3], SURNAME_IN_IU_AS_WRITTEN_WEIGHT),) if reading[2] == last
                             else reading for reading in readings[-1])
    if SURNAME_IN_Y.search(last) and not keeps_as_written(last, readings[-1]) \
            and (first[-1:] not in VOWELS or declines_known_name(first, readings[0])):
        # `ученик Алихан Сейтказы взял`, `врач Асхат Сатыбалды`: a Kazakh surname in -ы (Қазы, Балды) does not
        # decline; read only as the genitive of an -а name it needs the first name in a case of its own, so it
        # may stay as written, counting for less than a declined reading that agrees (`Ивана Мазепы`: Мазепа);
        # not after a first name in a vowel, which may not decline itself (`Бруну Лейвы` is Лейва's genitive),
        # unless it reads as a name the first-name list knows declined (`Мартину Черны`: Мартин's dative)
        readings[-1] += as_written(last, None, SURNAME_IN_Y_AS_WRITTEN_WEIGHT)
    if FOREIGN_E.search(last) and not last.endswith(RUSSIAN_SURNAME_OBLIQUE) \
            and not keeps_as_written(last, readings[-1]):
        # `председателя банка Жан-Клода Трише`: a surname in -е that pymorphy3 knows only as the dative or
        # locative of a name (`Триша`) may be a foreign one as written, far below the declined reading, for
        # the context to choose (not a Russian-pattern surname's locative, `о Сергее Петрове`)
        readings[-1] += as_written(last, None, KNOWN_AS_WRITTEN_WEIGHT)
    readings[-1] += his_surname_in_a(first, readings[0], last, readings[-1])
    if foreign_woman_name_in_e(words[0], readings[0], readings[1:]):
        readings[0] += as_written(first, 'femn', FOREIGN_E_AS_WRITTEN_WEIGHT)
    return readings


# her nominative endings of a Russian-pattern surname, which never close a man's name (Петрова, Вишневская)
RUSSIAN_FEMININE_SURNAME = RUSSIAN_SURNAME_FEMININE + ('ая', 'яя')


def his_surname_in_a(first, first_readings, last, last_readings):
    """The readings to add to a surname in -а, -я that the analyses decline only as hers, when the first name
    shows a man in that case: `с Луисом Гарсией`, `допросил Рохита Варму` (Гарсия, Варма, Мехта decline for
    him as for her: his reading weighs as hers, over pymorphy3's guess of a man's name for less). Not a
    Russian-pattern surname (`Ивана Петрову` is no man's), nor a case the first name shows only as written."""
    if SURNAME_IN_I.search(last):
        # `Луки Бьянки`: a foreign surname in -и does not decline (`surname_in_i_readings`)
        return ()
    his_cases = {case for case, gender, form, _ in first_readings
                 if gender == 'masc' and case != 'nomn' and form != first}
    return tuple((case, 'masc', form, weight) for case, gender, form, weight in last_readings
                 if gender == 'femn' and case in his_cases and form != last
                 and form.endswith(('а', 'я')) and not form.endswith(RUSSIAN_FEMININE_SURNAME))


def unknown_given_oblique_dropped(lower, word_readings):
    """The readings of a first name in -и (`lower`) without those that decline it from a nominative in -я or
    -а that is no name pymorphy3 or the first-name list knows (`сатоси` read as the genitive of `сатося`)."""
    return tuple(reading for reading in word_readings
                 if reading[2] == lower or not reading[2].endswith(('я', 'а')) or reading[2] in first_names()
                 or is_known_name(reading[2]))


def is_declined_ia_name(word, word_readings):
    """`Сесилии`: a word in -ии whose readings hold a woman's -ия nominative (the caller drops the word as
    written, which the readings may or may not hold)."""
    return holds_ia_nominative(word.lower(), 'ии', word_readings, 'femn')


def declines_known_name(lower, word_readings):
    """`якубу`: a first name read in an oblique case of a name the first-name list knows (Якуб), not as written."""
    return any(case != 'nomn' and form != lower and form in first_names() for case, _, form, _ in word_readings)


def is_declined_ia_surname(lower, word_readings):
    """`сорию`: a surname in -ию whose readings hold its -ия nominative (the caller weighs its as-written reading
    under the declined ones)."""
    return holds_ia_nominative(lower, 'ию', word_readings)


def holds_ia_nominative(lower, ending, word_readings, gender=None):
    """`lower` (longer than four letters) ends in `ending` (-ии, -ию) and one of its readings is its -ия
    nominative (of `gender`, when given)."""
    return len(lower) > 4 and lower.endswith(ending) and any(
        form == lower[:-1] + 'я' and (gender is None or reading_gender == gender)
        for _, reading_gender, form, _ in word_readings)


def foreign_woman_name_in_e(word, word_readings, rest_readings):
    """`Маргрете Вестагер`, `с Сабине Мюллер`: a first name in -е that the analyses read only as the dative or
    locative of a woman's -а name (no reading keeps it as written) before surnames that do not decline for a
    woman (consonant-final, as written in every case) may be her name as written; it counts for little, so
    it wins only where the context rules the dative and the locative out (`Сабине Мюллер заявила`,
    `заявление Маргрете Вестагер`). Not before a surname declined (`Анне Ивановой` is Анна's), nor for a name
    the first-name list knows in -а (`Ирине Беккер`, `Сабине Ким`: Ирина's, Сабина's dative)."""
    lower = word.lower()
    declined = {form for _, gender, form, _ in word_readings if gender == 'femn'}
    if not FOREIGN_E.search(lower) or not declined or lower in first_names() \
            or keeps_as_written(lower, word_readings) or not declined.isdisjoint(first_names()):
        return False
    return all(forms_as_written(readings) for readings in rest_readings)


def forms_as_written(readings):
    """The nominative form a surname's readings keep in every case, or None (`мюллер`: hers, not declined)."""
    nominatives = {form for case, gender, form, _ in readings if case == 'nomn' and gender == 'femn'}
    kept = [form for form in nominatives
            if all(any(c == case and g == 'femn' and f == form for c, g, f, _ in readings) for case in CASES)]
    return kept[0] if kept else None


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
    return declined + as_written(lower, None, EAST_ASIAN_AS_WRITTEN_WEIGHT)


# Кази, Бьянки, аль-Хашими: a surname in -и after a consonant
SURNAME_IN_I = re.compile(consonant_class() + 'и$', re.I)


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
        for gender in GENDERS:
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


