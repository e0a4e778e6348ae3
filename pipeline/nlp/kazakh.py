"""Kazakh letters seen through Russian eyes.

navec, slovnet and pymorphy3 know only the Russian alphabet: `Қазақстан` is an
unknown word to them (slovnet's morph tagger even takes it for punctuation).
`fold` maps each Kazakh letter to the Russian letter it is usually written as,
one character for one character, so offsets in the folded text are the
offsets in the original.
"""

import re

KAZAKH = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі'
RUSSIAN = 'АаГгКкНнОоУуУуХхИи'

FOLD_TABLE = str.maketrans(KAZAKH, RUSSIAN)
# Most words have no Kazakh letter: one regex search finds that a third as fast as `translate`
# maps a word, and some five times as fast as a loop over its letters (`recognize` folds every
# token, pymorphy3's look-ups fold every word: 310 K words on NEREL train)
KAZAKH_LETTER = re.compile(f'[{KAZAKH}]')


def fold(text):
    """Replace Kazakh letters with Russian look-alikes; len(fold(t)) == len(t)."""
    return text.translate(FOLD_TABLE) if KAZAKH_LETTER.search(text) else text


def has_kazakh(text):
    """The text has a Kazakh letter (`Қазақстан`)."""
    return KAZAKH_LETTER.search(text) is not None


# Қостанайской, Жамбылского (Жамбыл), Ақмолинская: a Russian adjective in -ский/-цкий made from a
# Kazakh name declines as a Russian adjective, its stem's Kazakh letters and all
RUSSIAN_SUFFIXED = re.compile(r'(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|им|ую|ом|их|ими|ою)$')


def is_russian_adjective(word):
    """A word with Kazakh letters and a Russian adjective ending (`Қостанайской`)."""
    return bool(RUSSIAN_SUFFIXED.search(word.lower()))


def follow_kazakh(form, original):
    """`Костанайская`, made from `Қостанайской` -> `Қостанайская`: the written word's Kazakh
    letters put back where the form has their Russian look-alikes (fold keeps positions)."""
    if not has_kazakh(original):
        return form
    chars = list(form)
    for index, char in enumerate(original[:len(form)]):
        if char in KAZAKH and fold(char).lower() == chars[index].lower():
            chars[index] = char if chars[index].isupper() == char.isupper() else char.swapcase()
    return ''.join(chars)


# Гүлнар, Мейрамгүл: natasha writes the element `гүл` as `гуль` (Гульнар, Мейрамгуль)
SOFT_L_ELEMENTS = (('гул', 'гуль'),)
# Нұрлан, Мейрамгүл, Ерболат, Айдарбек, Бекжан, Ақбота: the elements Kazakh first
# names are built from, at the end of the word (folded spelling)
FIRST_NAME_ELEMENTS = ('гул', 'гуль', 'бек', 'бай', 'хан', 'жан', 'болат', 'гали', 'нур', 'айым',
                       'бота', 'мурат', 'султан', 'булат', 'бол', 'ерке')


def russian_spellings(word):
    """How a Russian-letter list may write a Kazakh name: `Әсел` -> асел, асель;
    `Гүлнар` -> гулнар, гульнар (lower case)."""
    folded = fold(word.lower())
    spellings = {folded}
    for plain, soft in SOFT_L_ELEMENTS:
        if plain in folded and soft not in folded:
            spellings.add(folded.replace(plain, soft))
    if folded.endswith('л'):
        spellings.add(folded + 'ь')
    return spellings


def has_name_element(word):
    """`Мейрамгүл`, `Ерболат`, `Нұрсұлтан`: a word that ends in an element of
    Kazakh first names and is long enough to have another before it."""
    folded = fold(word.lower())
    return any(folded.endswith(element) and len(folded) >= len(element) + 2 for element in FIRST_NAME_ELEMENTS)


# Курайлы, Кайнарлы, Жосалы: a place named with the Kazakh suffix -лы (`with`) does not decline
# (a Russian noun in -ла whose genitive ends so is rare among the places of the region)
UNDECLINED_PLACE_SUFFIXES = ('лы',)
# Кызылорда, Жанакала, Сарыарка, Бетпак-Дала: a place made of a Kazakh word in -а (орда, кала, дала,
# арка) after a Kazakh adjective (кызыл `red`, жана `new`, сары `yellow`) or a hyphen declines as a
# Russian noun in -а, `в Кызылорде`, never as a masculine `Кызылорд`; `Конкорд`, `Ньюарк`, `Грин-парк`
# are no such compound
FEMININE_PLACE_ELEMENTS = ('орда', 'кала', 'дала', 'арка')
# (үлкен `big`, кіші `small`, орта `middle`: `Улкен Нарын`, `Киши Алматы`, `Орта Жуз`)
KAZAKH_ADJECTIVE_ROOTS = ('кызыл', 'ак', 'кара', 'сары', 'жана', 'кок', 'улы', 'ески', 'бетпак', 'улкен', 'киши',
                          'орта')


# Жетысу, Аксу (су `water`), Кокшетау, Каратау (тау `mountain`): Kazakh names in -су and in a vowel + у
# do not decline either; a Russian feminine noun whose accusative ended so would be in -са or -аа
UNDECLINED_U_ENDINGS = ('су', 'ау', 'еу', 'оу', 'уу', 'ыу', 'иу')


# Жезды (жез `copper`), Талды, Бахты (бақ): the same suffix -лы takes the shape -ды after л, м, з, ж and
# -ты after a voiceless consonant; a Russian genitive of a noun in -да/-та shows no such agreement
# (`Кызылорды`, `Аулие-Аты`, `Ялты`: р, a vowel, л before the ending). After н Russian made some of these
# names nouns in -а (Зеренді, Қарағанды -> `в Зеренде`, `Караганды`) and left others (`в Коянды`): no
# evidence either way
ASSIMILATED_SUFFIXES = {'ды': frozenset('лмзж'), 'ты': frozenset('кпстшх')}


def has_with_suffix(folded):
    """`жезды`, `талды`, `бахты`: a Kazakh word in the suffix -ды/-ты after a consonant that takes it."""
    before = ASSIMILATED_SUFFIXES.get(folded[-2:])
    return before is not None and len(folded) > 4 and folded[-3] in before


def is_undeclined_place(word):
    """`Курайлы`, `Кайнарлы`, `Жезды`, `Жетысу`, `Кокшетау`: a Kazakh place name in -лы (-ды, -ты),
    -су or a vowel + у, which does not decline."""
    folded = fold(word.lower())
    return folded.endswith(UNDECLINED_PLACE_SUFFIXES) and len(folded) > 4 or folded.endswith(UNDECLINED_U_ENDINGS) \
        or has_with_suffix(folded)


# Коксу, Аксу, Карасу, Сарысу, Жетысу: су `water` after a Kazakh adjective or жеты `seven` names a river
# or a town, which does not decline even where its letters make a Russian noun's form (`коксу`, dative of кокс)
WATER_ROOTS = KAZAKH_ADJECTIVE_ROOTS + ('жеты',)


def is_water_name(word):
    """`Коксу`, `Карасу`, `Жетысу`: a Kazakh adjective (or жеты) and су `water`, a name that does not decline."""
    folded = fold(word.lower())
    return folded.endswith('су') and folded[:-2] in WATER_ROOTS


def has_feminine_place_element(lemma):
    """`кызылорда`, `сарыарка`, `бетпак-дала`: a lemma made of a Kazakh adjective (or any word and a
    hyphen) and a Kazakh word in -а."""
    folded = fold(lemma.lower())
    for element in FEMININE_PLACE_ELEMENTS:
        if folded.endswith(element):
            before = folded[:-len(element)]
            return before.endswith('-') and len(before) > 2 or before.rstrip('-') in KAZAKH_ADJECTIVE_ROOTS
    return False


def is_kazakh_adjective(word):
    """`Жана`, `Ак`, `Кызыл`, `Сары`, `Улы`, `Кара`: a Kazakh adjective written apart before the noun of a
    name (`Жана Жол`, `Кара Булак`); it does not decline, and is no short form of a Russian adjective."""
    return fold(word.lower()) in KAZAKH_ADJECTIVE_ROOTS
