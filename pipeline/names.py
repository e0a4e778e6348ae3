"""Person names: nominative forms with gender kept, and first/middle/last.

pymorphy3 knows Russian names but guesses at most Kazakh ones (`Ермаганбет`
parses best as a verb), so each word is analysed twice: by pymorphy3's
Name/Surn/Patr parses and by the declension patterns of Russian and Kazakh
names. The case that explains every word of the span wins, nominative first.
"""

from functools import lru_cache

from .kazakh import has_kazakh
from .morph import inflect, match_case, parse, restore_yo

CASES = ('nomn', 'gent', 'datv', 'accs', 'ablt', 'loct')

# Кемелулы, Карашкызы, Кенжеханулы, Қасымұлы: Kazakh patronymics never decline
KAZAKH_PATRONYMIC = ('улы', 'ұлы', 'уулу', 'кызы', 'қызы')
RUSSIAN_PATRONYMIC = ('ович', 'евич', 'ьич', 'овна', 'евна', 'ична', 'инична')
# Токаев, Ашимбаев, Пономарёв, Каримов, Путин: Russian-pattern surnames
SURNAME_STEMS = ('ов', 'ев', 'ёв', 'ин', 'ын')

# ending of the inflected form -> (cases, ending of the nominative), per pattern
MASCULINE_SURNAME = {'': ('nomn',), 'а': ('gent', 'accs'), 'у': ('datv',), 'ым': ('ablt',), 'е': ('loct',)}
FEMININE_SURNAME = {'а': ('nomn',), 'ой': ('gent', 'datv', 'ablt', 'loct'), 'у': ('accs',)}
MASCULINE_NAME = {'': ('nomn',), 'а': ('gent', 'accs'), 'у': ('datv',), 'ом': ('ablt',), 'е': ('loct',)}
MASCULINE_NAME_SOFT = {'й': ('nomn',), 'я': ('gent', 'accs'), 'ю': ('datv',), 'ем': ('ablt',), 'е': ('loct',)}
FEMININE_NAME = {'а': ('nomn',), 'ы': ('gent',), 'е': ('datv', 'loct'), 'у': ('accs',), 'ой': ('ablt',)}
FEMININE_NAME_SOFT = {'я': ('nomn',), 'и': ('gent', 'datv', 'loct'), 'ю': ('accs',), 'ей': ('ablt',)}

VOWELS = set('аеёиоуыэюяәөұүі')
INSTRUMENTAL_ENDINGS = ('ом', 'ым', 'ем', 'им', 'ём')
NOMINATIVE_BONUS = 0.15


@lru_cache(maxsize=1)
def first_names():
    """natasha's list of first names (lower case), shipped in its wheel."""
    from importlib.resources import files
    text = files('natasha.data').joinpath('dict/first.txt').read_text(encoding='utf-8')
    return frozenset(line.split('#')[0].strip() for line in text.splitlines() if line.strip())


def is_initial(word):
    return len(word.rstrip('.')) == 1 and word[:1].isupper()


def is_patronymic(word):
    lower = word.lower()
    return lower.endswith(KAZAKH_PATRONYMIC) or lower.endswith(RUSSIAN_PATRONYMIC) or any(
        'Patr' in parsed.tag for parsed in parse(word)[:3]
    )


def is_first_name(word):
    lower = word.lower()
    if lower in first_names():
        return True
    return any('Name' in parsed.tag and parsed.score >= 0.2 for parsed in parse(word))


def is_surname_like(word):
    lower = word.lower()
    for stem in SURNAME_STEMS:
        for ending in ('', 'а', 'у', 'ым', 'е', 'ой'):
            if lower.endswith(stem + ending) and len(lower) > len(stem + ending) + 2:
                return True
    return lower.endswith(('ский', 'цкий', 'ская', 'цкая', 'ского', 'ской', 'скому', 'ским'))


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


@lru_cache(maxsize=100_000)
def analyses(word):
    """(case, gender, nominative, weight) readings of one name word."""
    lower = word.lower()
    if is_initial(word) or has_kazakh(word) or lower.endswith(KAZAKH_PATRONYMIC):
        return tuple((case, None, lower, 1.0) for case in CASES)
    found = []
    for parsed in parse(word):
        tag = parsed.tag
        if not ({'Name', 'Surn', 'Patr'} & set(tag.grammemes)) or tag.number == 'plur' or not tag.case:
            continue
        gender = tag.gender if tag.gender in ('masc', 'femn') else None
        grammemes = {'nomn', 'sing'} | ({gender} if gender else set())
        form = inflect(parsed, grammemes) or parsed.normal_form
        case = 'accs' if tag.case == 'acc2' else 'gent' if tag.case in ('gen2',) else 'loct' if tag.case == 'loc2' else tag.case
        found.append((case, gender, form, 1.0 + parsed.score))
    for gender, pattern in surname_patterns(word):
        found.extend(pattern_analyses(word, [pattern], gender, 0.6))
    if lower[-1:] in ('а',):
        found.extend(pattern_analyses(word, [FEMININE_NAME], 'femn', 0.3))
    if lower[-1:] in ('я',) or lower.endswith(('и', 'ю', 'ей')):
        found.extend(pattern_analyses(word, [FEMININE_NAME_SOFT], 'femn', 0.2))
    if lower.endswith(('й', 'я', 'ю', 'ем', 'е')):
        found.extend(pattern_analyses(word, [MASCULINE_NAME_SOFT], 'masc', 0.2))
    found.extend(pattern_analyses(word, [MASCULINE_NAME], 'masc', 0.4))
    if lower[-1:] not in VOWELS:
        # Унзила Шапак: a woman's consonant-final surname does not decline
        found.append(('nomn', 'femn', lower, 0.2))
    if lower[-1:] in VOWELS - {'а', 'я'} and not found:
        # Шоқан-style indeclinable ends: keep as written in any case
        found.extend((case, None, lower, 0.3) for case in CASES)
    if not found:
        found = [(case, None, lower, 0.1) for case in CASES]
    return tuple(found)


def analyse_part(word):
    """Analyses of a possibly hyphenated word: `Касым-Жомартом` declines its last part."""
    if '-' not in word.strip('-'):
        return [(case, gender, form, weight) for case, gender, form, weight in analyses(word)]
    head, _, tail = word.rpartition('-')
    return [(case, gender, head.lower() + '-' + form, weight) for case, gender, form, weight in analyses(tail)]


def choose_reading(words):
    """The (case, gender) that explains every word best; nominative preferred."""
    readings = [analyse_part(word) for word in words]
    best = None
    for case in CASES:
        for gender in ('masc', 'femn'):
            total = 0.0
            for options in readings:
                fitting = [weight for c, g, _, weight in options if c == case and g in (gender, None)]
                if not fitting:
                    total = None
                    break
                total += max(fitting)
            if total is None:
                continue
            if case == 'nomn':
                total += NOMINATIVE_BONUS * len(words)
            if best is None or total > best[0]:
                best = (total, case, gender)
    if best is None:
        return None, None
    return best[1], best[2]


def person_normal(words):
    """Nominative forms of the words of a person's name, gender kept."""
    words = [word for word in words if word.strip()]
    if not words:
        return []
    case, gender = choose_reading(words)
    if case is None or case == 'nomn':
        return list(words)
    result = []
    for word in words:
        options = [
            (weight, form) for c, g, form, weight in analyse_part(word)
            if c == case and g in (gender, None)
        ]
        if not options or is_initial(word):
            result.append(word)
            continue
        form = max(options)[1]
        result.append(restore_yo(match_case(form, word), word))
    return result


def split_name(words):
    """(first, middle, last) of a person's name words, None where absent."""
    words = [word for word in words if word.strip('.')]
    if not words:
        return None, None, None
    if len(words) == 1:
        word = words[0]
        return (word, None, None) if is_first_name(word) and not is_surname_like(word) else (None, None, word)
    if len(words) == 2:
        one, two = words
        # Токаев Касым-Жомарт: surname first when the second word is the known name
        if is_surname_like(one) and not is_surname_like(two) and is_first_name(two) and not is_first_name(one):
            return two, None, one
        if is_patronymic(two) and not two.lower().endswith(KAZAKH_PATRONYMIC):
            return one, two, None
        return one, None, two
    if len(words) == 3:
        one, two, three = words
        if is_patronymic(two):
            return one, two, three
        if is_patronymic(three):
            return two, three, one
        return one, two, three
    return words[0], ' '.join(words[1:-1]), words[-1]


def looks_like_person(span):
    """A run of 2-3 capitalised words of which one is a known first name or a surname."""
    words = [token.text for token in span if not token.is_punct and not token.is_space]
    if not 1 < len(words) <= 3 or not all(word[:1].isupper() for word in words):
        return False
    return any(is_first_name(word) or is_surname_like(word) or is_patronymic(word) for word in words)
