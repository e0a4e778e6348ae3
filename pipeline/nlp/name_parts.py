"""What each word of a person's name is (first name, patronymic, surname, initial, particle) and
where it stands: `split_name` gives first/middle/last, `name_order` the `Имя (Отчество) Фамилия`
order. The declension of the words is `names.py`'s.
"""

import re
from functools import lru_cache

from pipeline.nlp.kazakh import has_kazakh, russian_spellings
from pipeline.nlp.lexicons import first_names
from pipeline.nlp.morph import parse


# Кемелулы, Карашкызы, Кенжеханулы, Қасымұлы: Kazakh patronymics never decline
# and give the gender (-улы a son, -кызы a daughter)
KAZAKH_PATRONYMIC = {'улы': 'masc', 'ұлы': 'masc', 'уулу': 'masc', 'кызы': 'femn', 'қызы': 'femn'}


RUSSIAN_PATRONYMIC = ('ович', 'евич', 'ьич', 'овна', 'евна', 'ична', 'инична')


# Токаев, Ашимбаев, Пономарёв, Каримов, Путин: Russian-pattern surnames
SURNAME_STEMS = ('ов', 'ев', 'ёв', 'ин', 'ын')
# Петрова/Петров, Ильина/Ильин, Вишневская/Вишневский, Зацкая/Зацкий: her nominative ending and his
SURNAME_GENDER_ENDINGS = (('ская', 'ский'), ('цкая', 'цкий')) + tuple((stem + 'а', stem) for stem in SURNAME_STEMS)
# Петровы, Ильины: a family's surname in the plural
PLURAL_SURNAME_ENDINGS = tuple(stem + 'ы' for stem in SURNAME_STEMS)


# Чжан, Ли, Пак: a Chinese or Korean surname written before the given name does not decline,
# only the given name after it may (`с Чжан Вэйминем`, `у Ли Сяохун`)
# (Чо, Кан, Квон, Мун, Хон, Шин, Пан, Чан and the Kazakhstan Koreans' Тен, Тян, Югай, Огай, Когай: `с Чо Хён Суком`,
# `Пан Ги Муна`;
# not Лим, whose oblique forms are Лима's, a capital's)
EAST_ASIAN_SURNAMES = frozenset('чжан ван ли лю чэнь чжао чжоу сюй сунь чжу линь гао цзян си ху вэнь мао дэн ши '
                                 'ким пак цой чой чон юн хван чхве чо кан квон мун хон шин тен тян югай огай когай '
                                 'пан чан'.split())


# the consonant letters, for the patterns of a word's last two letters (`consonant_class`)
CONSONANTS = 'бвгджзклмнпрстфхцчшщ'


def consonant_class(left_out=''):
    """A regex class of the consonants but those `left_out`: `[бвгдзклмнпрстфхцчшщ]` without `ж`."""
    return '[' + ''.join(letter for letter in CONSONANTS if letter not in left_out) + ']'


# the parts of a name word: Касым-Жомарт, О'Лири, О’Лири
SEPARATOR_RE = re.compile(r"([-'’])")


ROMAN_DIGITS = set('IVXLCDM')


# Марин Ле Пен, Шарль де Голль, Леонардо Ди Каприо, Отто фон Бисмарк: a particle that opens a surname
SURNAME_PARTICLES = frozenset('ле ла де дю ди да дель делла фон'.split())


# ... and the particles inside a name, which never decline: `Питера ван дер Берга`, `Мухаммеда бин
# Салмана`, `Карле дель Понте`, `Тамима бин Хамада Аль Тани`, and the Arabic `Абдель` before the rest of
# a first name (`Абдель Фаттаха ас-Сиси`); `ван` in lower case only (`Ван Ли` is a Chinese surname)
NAME_PARTICLES = SURNAME_PARTICLES | frozenset('ван дер ден бин бен ибн бинт аль эль уль ад ас ат абдель абдуль'.split())


def is_name_particle(word, inner=False):
    """`ван`, `дер`, `бин`, `фон`, `Аль`, `Абдель`: a particle of a name; `Ван` capitalised only inside
    a name (`inner`: `Винсента Ван Гога`), for a name it opens may be Chinese."""
    lower = word.lower()
    return lower in NAME_PARTICLES and (word.islower() or lower != 'ван' or inner)


def is_surname_particle(word):
    """`Ле`, `де`, `фон` (not `ван`: `Ван Ли` is a Chinese surname)."""
    return word.lower() in SURNAME_PARTICLES


def is_east_asian_surname(word):
    """`Ху`, `Чжан`, `Ким`, and a Korean surname declined (`Кима Чен Ира`): a surname that
    a Chinese or Korean name puts before the given name."""
    lower = word.lower()
    return lower in EAST_ASIAN_SURNAMES or (lower[-1:] in ('а', 'у', 'е') and lower[:-1] in EAST_ASIAN_SURNAMES) \
        or (lower.endswith('ом') and lower[:-2] in EAST_ASIAN_SURNAMES)


def is_korean_list_surname(word):
    """`Огай`, `Ким`, `Цой` as written before a first name (`Огай Елена`): a Korean or Chinese surname
    in the nominative, capitalised only at its start."""
    return word.lower() in EAST_ASIAN_SURNAMES and word[:1].isupper() and word[1:].islower()


def is_initial(word):
    return len(word.rstrip('.')) == 1 and word[:1].isupper()


def kazakh_patronymic_gender(word):
    """'masc' for `Кемелулы`, 'femn' for `Карашкызы` and for the second word of
    `Бақытжан қызы`, else None."""
    lower = word.lower()
    if lower in KAZAKH_PATRONYMIC:
        return KAZAKH_PATRONYMIC[lower]
    for ending, gender in KAZAKH_PATRONYMIC.items():
        if lower.endswith(ending) and len(lower) > len(ending) + 1 and not is_declined_first_name(word):
            return gender
    return None


@lru_cache(maxsize=20_000)
def is_declined_first_name(word):
    """`Урсулы`, `Паулы`: the genitive of a first name pymorphy3 knows, which merely ends as
    a Kazakh patronymic does (`Кемелулы`)."""
    return any('Name' in parsed.tag and parsed.is_known and parsed.tag.case != 'nomn'
               and parsed.normal_form != word.lower() for parsed in parse(word))


# the word predicates below are pure functions of a word's text, asked again for every mention
# and reading of a name (split_name alone 26 K times on NEREL train, the predicates 100 K times:
# 0.87 s of CPU uncached); cached, they cost what the distinct words cost
WORDS_KEPT = 100_000


@lru_cache(maxsize=WORDS_KEPT)
def is_patronymic(word):
    lower = word.lower()
    return bool(kazakh_patronymic_gender(word)) or lower.endswith(RUSSIAN_PATRONYMIC) or any(
        'Patr' in parsed.tag for parsed in parse(word)[:3]
    )


@lru_cache(maxsize=WORDS_KEPT)
def is_russian_patronymic_only(word):
    """`Васильевич`: a patronymic that is not also a surname (`Абрамович`)."""
    parses = parse(word)
    return (any('Patr' in parsed.tag for parsed in parses)
            and not any('Surn' in parsed.tag for parsed in parses))


@lru_cache(maxsize=WORDS_KEPT)
def is_first_name(word):
    lower = word.lower()
    # Касым-Жомарт: a hyphenated name of first names
    if lower in first_names() or ('-' in lower and all(part in first_names() for part in lower.split('-'))):
        return True
    # Нұржан, Әсел, Мейрамгүл: the list writes Kazakh names in Russian letters
    if has_kazakh(word) and not first_names().isdisjoint(russian_spellings(word)):
        return True
    return any('Name' in parsed.tag and parsed.is_known and parsed.score >= 0.2 for parsed in parse(word))


@lru_cache(maxsize=WORDS_KEPT)
def is_surname_like(word):
    lower = word.lower()
    for stem in SURNAME_STEMS:
        for ending in ('', 'а', 'у', 'ым', 'е', 'ой'):
            if lower.endswith(stem + ending) and len(lower) > len(stem + ending) + 2:
                return True
    return lower.endswith(('ский', 'цкий', 'ская', 'цкая', 'ского', 'ской', 'скому', 'ским'))


@lru_cache(maxsize=100_000)
def is_capitals(word):
    """`САПАРОВА`, `ТӨЛЕУ-БЕКОВ`; not an initial nor a Roman numeral (`II`)."""
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 3 and all(char.isupper() for char in letters) and not set(letters) <= ROMAN_DIGITS


def title_capitals(words):
    """A surname in capitals after a name in small letters, as a name is written:
    `Айгерім САПАРОВА` -> `Айгерім Сапарова`; a name all in capitals (`PSY`) stays."""
    if all(is_capitals(word) for word in words):
        return list(words)
    return [''.join(part[:1] + part[1:].lower() for part in SEPARATOR_RE.split(word)) if is_capitals(word) else word
            for word in words]


@lru_cache(maxsize=WORDS_KEPT)
def is_first_name_in_in(word):
    """`Мохсин`, `Амин`, `Нурдин`: a word in -ин that pymorphy3 reads as no surname, not even by guess, is an
    Arabic or Central Asian first name shaped as a Russian surname, so `Мохсин Хан` keeps its order
    (`Мусин Ерлан`, `Кадырбекин Ерлан` are a list's surname first)."""
    lower = word.lower()
    return lower.endswith(('ин', 'ын')) and not any('Surn' in parsed.tag for parsed in parse(word))


def is_listed_first_name(word):
    """A first name of the name list itself (`Валентин`, `Нұржан`), not a reading of pymorphy3's."""
    names = first_names()
    return word.lower() in names or not names.isdisjoint(russian_spellings(word))


def name_order(words):
    """The words of a name as `Имя (Отчество) Фамилия`: `Ахметов Нурлан` -> `Нурлан Ахметов`,
    `Ахметов Нурлан Серикович` -> `Нурлан Серикович Ахметов` (a list's surname-first order),
    `Жакупов Б. К.` -> `Б. К. Жакупов` (initials after the surname)."""
    if len(words) in (2, 3) and not is_initial(words[0]) and all(is_initial(word) for word in words[1:]):
        return list(words[1:]) + [words[0]]
    first, middle, last = split_name(words)
    if len(words) not in (2, 3) or first is None or last is None or words[0] != last:
        return list(words)
    # `Ху Цзиньтао`, `Ким Ир Сен` keep their surname first; `Ким Виктор` (a list's order) does not
    # (`Ли Мэн`, `Ким Ир Сен`: a short given name may be on the list as well)
    listed = is_listed_first_name(words[1]) and len(words[1]) > 3 and (len(words) == 2 or is_patronymic(words[2]))
    if is_east_asian_surname(words[0]) and not listed:
        return list(words)
    return [first] + middle.split() + [last] if middle else [first, last]


def split_name(words):
    """(first, middle, last) of a person's name words, None where absent."""
    words = [word for word in words if word.strip('.')]
    if not words:
        return None, None, None
    if len(words) == 1:
        word = words[0]
        # `Мадина` alone is her first name, though shaped as a surname (-ина): the name list knows it
        first = is_listed_first_name(word) or is_first_name(word) and not is_surname_like(word)
        return (word, None, None) if first else (None, None, word)
    # `Марин Ле Пен`, `Ле Пен`: the particle and the word after it are one surname
    if len(words) in (2, 3) and is_surname_particle(words[-2]) and words[-1][:1].isupper():
        return (words[0] if len(words) == 3 else None), None, ' '.join(words[-2:])
    # `Ахметов Н. С.`, `Ким В.`: a list's surname before its initials
    if len(words) in (2, 3) and not is_initial(words[0]) and all(is_initial(word) for word in words[1:]):
        return words[1], ' '.join(words[2:]) or None, words[0]
    # `Ху Цзиньтао`, `Ким Ир Сен`, `Кима Чен Ира`: a Chinese or Korean surname before the given name
    if len(words) in (2, 3) and is_east_asian_surname(words[0]) and not is_initial(words[1]) \
            and not is_patronymic(words[1]):
        return words[1], ' '.join(words[2:]) or None, words[0]
    if len(words) == 2:
        one, two = words
        # Токаев Касым-Жомарт: surname first when the second word is the known name
        # (`Ахметов` is no first name, though pymorphy3 reads it as Ахмет's plural genitive)
        if is_surname_like(one) and not is_surname_like(two) and is_first_name(two) and not is_listed_first_name(one) \
                and not is_first_name_in_in(one):
            return two, None, one
        # Илья Васильевич, but Роман Абрамович and Виктор Янукович are surnames
        if is_russian_patronymic_only(two):
            return one, two, None
        return one, None, two
    if len(words) == 3:
        one, two, three = words
        # Асхат Бақытжан ұлы: a patronymic in two words, no surname
        if three.lower() in KAZAKH_PATRONYMIC:
            return one, f'{two} {three}', None
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


# a first name pymorphy3 reads so at least this surely (`Владимир` .98; `Нурлан` .33 may be hers)
FIRST_NAME_SCORE = 0.9


@lru_cache(maxsize=20_000)
def first_name_gender(word):
    """'masc' for `Владимир`, `Борис`, `Ербол`, 'femn' for `Анна`, `Мария`: pymorphy3 knows the word
    as a first name of that gender in the nominative above all its other readings, and never as one
    of the other gender (`Саша`, `Нурлан` may be either); else None."""
    parses = [parsed for parsed in parse(word) if 'Name' in parsed.tag and parsed.is_known]
    for gender, other in (('masc', ('femn', 'ms-f')), ('femn', ('masc', 'ms-f'))):
        if any(parsed.tag.gender == gender and parsed.tag.case == 'nomn' and parsed.tag.number == 'sing'
               and parsed.score >= FIRST_NAME_SCORE for parsed in parses) \
                and not any(parsed.tag.gender in other and parsed.tag.number == 'sing' for parsed in parses):
            return gender
    return None


def korean_middle(words):
    """The middle word of a three-word name after a Chinese or Korean surname is the first syllable of a
    Korean given name: `Сон` in `Ли Сон Хуна`, and `Чон` in `Пак Чон Хуна` though `Чон` is a first name
    to pymorphy3, for no patronymic follows it (`Ким Ян Сергеевич` is a first name and a patronymic)."""
    return is_korean_syllable(words[1]) or len(words[1]) <= 3 and not is_patronymic(words[2])


def is_korean_syllable(word):
    """`Сон`, `Чен`, `Мин`: a syllable of a Korean given name, three letters at most and no Russian first name."""
    return len(word) <= 3 and word.lower() not in first_names() and not first_name_gender(word)


# the endings of a man's given name declined after a consonant: `Пак Сон Мина`, `Пак Сон Мину`
GIVEN_NAME_OBLIQUE = ('а', 'у', 'ом', 'е')
VOWELS = frozenset('аеёиоуыэюяәөұүі')


def declined_given_syllable(word, korean=False):
    """`Мина`, `Хуна`: the last word of a Chinese or Korean name (`Пак Сон Мина`, `Пак Чон Хуна`), a syllable
    ending in a consonant with a case ending on it; not a Russian first name (`Ким Анна`) unless it closes
    a Korean given name of two syllables (`korean`: `Чхве Мин Джуна`, where no Russian `Джуна` can stand),
    nor a syllable that ends in a vowel itself (`Ли На`, `Ван Хуа`: no syllable is left before the -а).
    A syllable in a vowel and -й declines as Андрей does (`Ли Вэя`, `Чэнь Юем` of Вэй, Юй)."""
    lower = word.lower()
    if len(word) > 6 or not korean and (lower in first_names() or first_name_gender(word)):
        return False
    for ending in GIVEN_NAME_OBLIQUE:
        stem = lower[:-len(ending)]
        if lower.endswith(ending) and len(stem) >= 2 and stem[-1] not in VOWELS and any(c in VOWELS for c in stem):
            return True
    # `Вэя`, `Юю`, `Юем`: -я, -ю, -ем right after the syllable's vowel (`Ли Ся`, `Ван Ию` are no such)
    return any(lower.endswith(ending) and 1 <= len(lower) - len(ending) <= 2 and lower[-len(ending) - 1] in SOFT_STEM_VOWELS
               for ending in GIVEN_NAME_SOFT_OBLIQUE)


# `Вэя`, `Юем`: the oblique endings of a syllable in a vowel and -й, and the vowels such a syllable has
GIVEN_NAME_SOFT_OBLIQUE = ('я', 'ю', 'ем')
SOFT_STEM_VOWELS = frozenset('аэоую')
