"""pymorphy3's guesses about a one-word place it does not know, and the ones a place name rules out.

pymorphy3 guesses a lemma for an unknown word from the endings of the words it knows, and some of
its guesses are shapes a foreign or Kazakh place name does not have:

    жители Камлупса     камлупёс (a fleeting vowel, as in пёс: пса)    -> Камлупс
    вокруг Джаспера     джасперо (a neuter noun in -о)                 -> Джаспер
    от Чунджи           чунджи (an indeclinable name)                  -> Чунджа
    через Мерке         мерка (the dative or locative of a noun)       -> Мерке

A fleeting vowel is a Russian suffix's (-ец, -ок, -ек: `Кременец`, `Кременца`), which a borrowed
name has not; a neuter noun that declines in -о is a Russian village's (-ово, -ево, -ино: `Тимирязево`);
`дж` is no Kazakh spelling (Kazakh writes ж), so a name in -джи is a borrowed noun in -джа in
the genitive (`Кульджа`, `Чунджа`: `из Кульджи`), not a Kazakh name in -жы that does not decline
(`Акши`, `Бозащи`, `kazakh_places.undeclined_normal`).
"""

import re

from pipeline.nlp.morph import match_case, parse
from pipeline.nlp.wordforms import NEUTER_STEMS, is_inflection, key

# the Russian suffixes with a fleeting vowel: Кременец/Кременца, Городок/Городка, Зеленчук aside
FLEETING_SUFFIXES = ('ец', 'ёк', 'ек', 'ок', 'ень')
FLEETING_VOWELS = set('еёо')
VOWELS = set('аеёиоуыэюя')
CONSONANTS = set('бвгджзйклмнпрстфхцчшщ')
# `Чэнду`, `Тэгу`, `Гуанчжоу`, `Цзилинь`: э after a consonant, чж and цз are the marks of a Chinese or
# Korean name in Russian transcription (Russian words have them hardly ever: мэр, сэр)
EAST_ASIAN_MARKS = ('чж', 'цз')
# `из Жанаозена в Тенге`: the prepositions that open a route and those that end it
ROUTE_STARTS = ('из', 'от')
DIRECTION_PREPOSITIONS = ('в', 'во', 'на')


def is_east_asian(word):
    """`Чэнду`, `Тэгу`, `Гуанчжоу`: a Chinese or Korean place name, which does not decline."""
    lower = key(word)
    return any(mark in lower for mark in EAST_ASIAN_MARKS) or any(
        char == 'э' and before in CONSONANTS for before, char in zip(lower, lower[1:]))


def has_made_up_vowel(lemma, word):
    """`камлупёс` of `Камлупса`: a lemma with a vowel the word has not, before its last consonant."""
    lemma, word = key(lemma), key(word)
    shared = 0
    while shared < min(len(lemma), len(word)) and lemma[shared] == word[shared]:
        shared += 1
    if shared < 3 or shared >= len(lemma) or lemma[shared] not in FLEETING_VOWELS or len(lemma) - shared > 3:
        return False
    return word.startswith(lemma[:shared] + lemma[shared + 1:]) and not lemma.endswith(FLEETING_SUFFIXES)


def is_made_up_neuter(parsed, word):
    """`джасперо` of `Джаспера`: a guessed neuter noun in -о on a consonant stem that is no Russian
    village's (-ово, -ино)."""
    lemma = key(parsed.normal_form)
    stem = lemma[:-1]
    return parsed.tag.gender == 'neut' and lemma.endswith('о') and len(stem) >= 4 and stem[-1] not in VOWELS \
        and key(word).startswith(stem) and not stem.endswith(NEUTER_STEMS)


def drop_made_up_guesses(options, word):
    """The (pos, case, number, gender, parse) readings of a one-word place `word` without pymorphy3's
    guesses of a shape no borrowed name has (`has_made_up_vowel`, `is_made_up_neuter`), unless
    nothing else is left."""
    kept = [option for option in options if getattr(option[4], 'tag', None) is None or option[4].is_known
            or not (has_made_up_vowel(option[4].normal_form, word) or is_made_up_neuter(option[4], word))]
    return kept or options


def borrowed_genitive_normal(span):
    """`от Чунджи`, `в сторону Кульджи` -> Чунджа, Кульджа: a one-word place pymorphy3 does not know,
    in -джи, is the genitive of a noun in -джа; else None."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or len(word) < 5 or not word[:1].isupper() or not word.isalpha() \
            or not key(word).endswith('джи') or any(parsed.is_known for parsed in parse(word)):
        return None
    normal = word[:-1] + match_case('а', word[-1:])
    return normal if is_inflection(normal, word) else None


def is_route_end(doc, span):
    """`из Жанаозена в Тенге`, `от Шетпе на Бейнеу`: a place after в/на right after a place after из/от is
    where a route goes, in the accusative (the place where something is would take the locative)."""
    index = span.start
    if index < 3 or doc[index - 1].text.lower() not in DIRECTION_PREPOSITIONS:
        return False
    start = doc[index - 2].text
    return start[:1].isupper() and all(part.isalpha() for part in start.split('-')) \
        and doc[index - 3].text.lower() in ROUTE_STARTS


def undeclined_accusative_normal(doc, span, prepositions):
    """`через Мерке`, `сквозь Шетпе`, `из Жанаозена в Тенге` -> as written: a one-word place in -е after a
    preposition of the accusative alone (`prepositions`) or at the end of a route (`is_route_end`) that
    pymorphy3 cannot read as an accusative does not decline (`мерке` is a dative or a locative of мерка,
    a case such a preposition does not take); else None."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or len(word) < 4 or span.start == 0 or not word[:1].isupper() \
            or not word.isalpha() or key(word)[-1] != 'е' \
            or doc[span.start - 1].text.lower() not in prepositions and not is_route_end(doc, span):
        return None
    parses = parse(word)
    if not parses or any(parsed.tag.case == 'accs' for parsed in parses):
        return None
    return word


# Прииртышье, Приаралье, Прибалхашье, Забайкалье, Подмосковье: the land along a river, a lake or the mountains
# named by при-, за-, по-, пред-, под-, меж- and a name, a neuter noun in -ье (pymorphy3 knows the old ones; the
# Kazakh ones it guesses a made-up `прииртышие` or a name `приаралья`); под- is по- and a name to the pattern
REGION_RE = re.compile(r'^(?:При|Пред|За|По|Меж)[а-яё]{4,}ь(?:е|я|ю|ем)$')


def is_region_shaped(word):
    """`Прииртышья`, `Приаралье`: a land named by a prefix and a name in -ье, which pymorphy3 does not know."""
    return bool(REGION_RE.match(word)) and not any(parsed.is_known for parsed in parse(word))


def region_normal(span):
    """`боры Прииртышья`, `в Приаралье` -> Прииртышье, Приаралье: the nominative of a one-word place shaped as a
    land along a river or a lake (`is_region_shaped`); else None."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or not is_region_shaped(word):
        return None
    normal = word[:word.rindex('ь') + 1] + match_case('е', word[-1:])
    return normal if is_inflection(normal, word) else None
