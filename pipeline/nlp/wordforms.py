"""The guarantee of normal forms: every word is the surface word or an inflection of it.

An inflection is a form pymorphy3 can generate from the surface word: a form of
the paradigm of one of its parses, known or predicted for an unknown word
(`Гиллелем` -> `Гиллель`, never the made-up `Гиллелй`), or, for a word pymorphy3 has no
paradigm for (`Вэй`, `Сая`), a form of the one Russian declension its spelling allows
(`SOFT_DECLENSIONS`), or a form of a place in -ово/-ево/-ино by the declension of the neuter places in -о
(`Смирнове` of `Смирново`: `neuter_place_declension`). Kazakh letters are
folded before the look-up (`Қасымұлы`), ё counts as е, case does not count;
a word with parts (`Касым-Жомартом`, `О’Лири`) may also be checked part by part.
"""

import re
from functools import lru_cache

from pipeline.nlp.kazakh import fold
from pipeline.nlp.morph import inflect, lexeme_words, match_case, parse

# the words of a normal form: `А.`, `Касым-Жомарт`, `О’Лири`
WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SEPARATOR_RE = re.compile(r"[-'’]")


@lru_cache(maxsize=200_000)
def key(word):
    """Case-, ё- and Kazakh-letter-insensitive spelling of a word (cached: the same few thousand
    words are looked up again for every reading of every mention, 170 K calls on 300 NEREL texts)."""
    return fold(word).lower().replace('ё', 'е')


@lru_cache(maxsize=200_000)
def paradigm(word):
    """Every form of every parse of `word` (keys), the word itself included."""
    forms = {key(word)}
    for parsed in parse(word):
        forms.update(key(word) for word in lexeme_words(parsed))
    return frozenset(forms)


@lru_cache(maxsize=200_000)
def name_paradigm(word):
    """Every form of the name parses (Surn, Name, Patr) of `word`: `ревякин` -> `ревякина`."""
    forms = set()
    for parsed in parse(word):
        if {'Surn', 'Name', 'Patr'} & set(parsed.tag.grammemes) and parsed.tag.number != 'plur':
            forms.update(key(word) for word in lexeme_words(parsed))
    return frozenset(forms)


# a name ending in a vowel and -й or -я declines as Андрей or Зоя whether pymorphy3 knows it or not:
# `Ли Вэя`, `Чэнь Юем` -> Вэй, Юй; `Сае Мухамедьяровой` -> Сая. (After a consonant a -й is no Russian
# spelling: `Ломбалй` is made up, and stays refused.)
SOFT_DECLENSIONS = {'й': ('я', 'ю', 'ем', 'е'), 'я': ('и', 'е', 'ю', 'ей', 'ею')}
SOFT_VOWELS = frozenset('аеёиоуыэюя')
# a place in a consonant and -ь declines as Тургень or Гиллель (`в Саумалколе`, `у Саумалколя`,
# `за Саумалколем` -> Саумалколь), where pymorphy3 predicts only a hard `Саумалкол` for the first:
# the masculine endings of the soft declension; the feminine (`Лодзи`, `Лодзью`) pymorphy3 predicts
SOFT_SIGN_ENDINGS = SOFT_DECLENSIONS['й']
# the consonants a masculine noun in -ь ends in (Гиллель, Тургень, Игорь, Лось): after г, к, х or a hushing
# one the soft sign is no masculine spelling (`Сергем`, a slip for Сергеем, makes no `Сергь`)
SOFT_SIGN_CONSONANTS = frozenset('лнрсзтдвмпбф')


def soft_declension(form, surface):
    """`surface` is a form of `form` by the declension of a name in a vowel and -й or -я
    (`Вэя` of `Вэй`, `Сае` of `Сая`) or of a masculine in a consonant and -ь (`Саумалколе` of
    `Саумалколь`), where pymorphy3 has no paradigm for `form`."""
    form, surface = key(form), key(surface)
    if len(form) < 2:
        return False
    if form[-1] == 'ь' and form[-2] in SOFT_SIGN_CONSONANTS:
        endings = SOFT_SIGN_ENDINGS
    elif form[-2] in SOFT_VOWELS and form[-1] in SOFT_DECLENSIONS:
        endings = SOFT_DECLENSIONS[form[-1]]
    else:
        return False
    # the endings first: is_inflection asks this of every pair its paradigms leave unexplained
    if any(parsed.is_known for parsed in parse(form)):
        return False
    stem = form[:-1]
    return any(surface == stem + ending for ending in endings)


# a place in -ово/-ево/-ино/-ыно declines as the neuter villages pymorphy3 knows (Булаево, Пущино: Булаева,
# Булаеву, Булаевом, Булаеве), where pymorphy3 reads an oblique form of one it does not know only as a surname's
# (`в Смирнове`: Смирнов) and so generates no Смирново from it
# the Russian villages in -о that decline: Тимирязево, Смирново, Бородино, Ершово (the stems of the Russian surnames)
NEUTER_STEMS = ('ов', 'ев', 'ёв', 'ин', 'ын')
# (-ёво too: `key` folds ё to е before the test)
NEUTER_PLACE_ENDINGS = tuple(stem + 'о' for stem in NEUTER_STEMS)
NEUTER_PLACE_CASES = ('о', 'а', 'у', 'ом', 'е')
SHORTEST_NEUTER_PLACE = 6


def neuter_place_declension(form, surface):
    """`surface` is a form of `form`, a place in -ово/-ево/-ино/-ыно, by the declension of the neuter places in
    -о (`Смирнове` of `Смирново`, `Ганюшкине` of `Ганюшкино`)."""
    form, surface = key(form), key(surface)
    if len(form) < SHORTEST_NEUTER_PLACE or not form.endswith(NEUTER_PLACE_ENDINGS):
        return False
    return any(surface == form[:-1] + ending for ending in NEUTER_PLACE_CASES)


def is_inflection(form, surface):
    """`form` is `surface` itself or a form pymorphy3 generates from it; or, for a name,
    `surface` is a form of `form` as a surname or a first name (`Ревякина`, to pymorphy3 only
    the genitive of the village `Ревякино`, is also that of the surname `Ревякин`)."""
    folded = key(form)
    if folded == key(surface) or folded in paradigm(surface) or key(surface) in name_paradigm(form) \
            or soft_declension(form, surface) or neuter_place_declension(form, surface):
        return True
    parts, surface_parts = SEPARATOR_RE.split(form), SEPARATOR_RE.split(surface)
    if len(parts) > 1 and len(parts) == len(surface_parts):
        return all(key(part) == key(model) or key(part) in paradigm(model)
                   for part, model in zip(parts, surface_parts))
    return False


def unexplained(normal, surface, shared=()):
    """The words of `normal` that are neither a word of `surface` (or of `shared`,
    the head a coordinated mention shares: `Целиноградском и Аршалынском районах`)
    nor an inflection of one; empty when the normal form keeps the guarantee."""
    models = WORD_RE.findall(surface) + [word for text in shared for word in WORD_RE.findall(text)]
    return [word for word in WORD_RE.findall(normal or '')
            if not any(is_inflection(word, model) for model in models)]


def aligned(normal_words, surface_words):
    """Each normal word is its surface word or an inflection of it (same count, same order)."""
    return len(normal_words) == len(surface_words) and all(
        is_inflection(form, word) for form, word in zip(normal_words, surface_words))


def follow_capitals(form, original):
    """`казмунайгаз` made from `КазМунайГаза` -> `КазМунайГаз`: the written word's inner capitals
    put back where the form has the same letter."""
    chars = list(form)
    for index, char in enumerate(original[:len(form)]):
        if char.isupper() and chars[index].lower() == char.lower():
            chars[index] = chars[index].upper()
    return ''.join(chars)


def neuter_nominative(parsed, word):
    """The neuter nominative singular of the adjective reading `parsed` of `word`, in its letter case, when it
    is an inflection of the word (`Переметном` -> Переметное), else None: the name of a village named by an
    adjective."""
    form = inflect(parsed, {'nomn', 'sing', 'neut'}) if parsed is not None else None
    if not form:
        return None
    form = match_case(form, word)
    return form if is_inflection(form, word) else None
