"""The nominative of a one-word Kazakh place that pymorphy3 does not know, from its case form and
the preposition before it.

A Kazakh name has no gender of its own; in Russian it declines by its last letters:

    ends in a consonant   masculine    у Тогузака, в Нарынколе, к Жаркенту -> Тогузак, Нарынкол, Жаркент
    ends in -ай/-ей/-ой   masculine    у Сарытогая, к Аманкарагаю          -> Сарытогай, Аманкарагай
    ends in -кала/-дала   feminine     в Камыскале                         -> Камыскала
    ends in -и after ш/ж/ч/щ, in -ли   does not decline   в Акши, в Кендерли -> as written

The preposition tells the case, and so which letters are the ending: after у/от/до/из a
name in -а/-я is a masculine genitive (a feminine noun has -ы/-и there: `из Кызылорды`),
after к/по one in a consonant + -у or in -ю a masculine dative (`к Жаркенту`, `к Тургеню`; a feminine
noun has -е there: `к Аланье`, and after к one in a consonant + -е is a noun in -а: `к Асыкате`).
"""

from functools import lru_cache

from pipeline.nlp.kazakh import KAZAKH_ADJECTIVE_ROOTS, fold, has_feminine_place_element, is_undeclined_place
from pipeline.nlp.morph import lemma, match_case, parse
from pipeline.nlp.place_guesses import borrowed_genitive_normal, undeclined_accusative_normal
from pipeline.nlp.place_forms import (ACCUSATIVE_PREPOSITIONS, CONSONANTS, COORDINATORS, HARD_CONSONANTS,
                                      LOCATIVE_PREPOSITIONS, VOWELS, after_preposition, is_east_asian)
from pipeline.nlp.wordforms import is_inflection

# the prepositions that take the genitive alone (`с` takes the instrumental too, `за` the accusative)
GENITIVE_PREPOSITIONS = ('у', 'от', 'до', 'из', 'около', 'возле', 'близ', 'вблизи', 'для', 'без', 'вдоль',
                         'среди', 'мимо', 'после', 'напротив')
# `на берегу Каратала`, `в устье Чарына`, `в долину Шарына`: the nouns of a river's or a lake's parts, whose
# place is in the genitive
GENITIVE_NOUNS = ('берег', 'берега', 'берегу', 'береге', 'берегом', 'побережье', 'побережья', 'побережью',
                  'устье', 'устья', 'устью', 'верховья', 'верховьях', 'низовья', 'низовьях', 'долина', 'долины',
                  'долине', 'долину', 'долиной', 'окрестности', 'окрестностях', 'бассейн', 'бассейна', 'бассейне',
                  # `жителей Айтея`: the people of a place
                  'жители', 'жителей', 'жителям', 'жителями', 'житель', 'жителя', 'жительница', 'жительницы',
                  'уроженец', 'уроженка')
# `к Жаркенту`, `по Тургеню`: the prepositions that take the dative alone
DATIVE_PREPOSITIONS = ('к', 'ко', 'по')
# `под Лодзью`, `между Ухтой и Лодзью`: the prepositions that take the instrumental (`за`, `под` also
# the accusative, `за Аланью`, so only where the word cannot be an accusative in -ю of a noun in -ья)
INSTRUMENTAL_PREPOSITIONS = ('под', 'подо', 'над', 'перед', 'между', 'с', 'со', 'за')
# Камыскала, Бетпакдала: a Kazakh name ending in кала `town` or дала `steppe` is a noun in -а
FEMININE_ELEMENTS = ('кала', 'дала')
# Нарынкол, Бесколь (көл `lake`), Карабулак, Узынагаш, Теренозек (өзек `channel`), Жаркент (кент `town`),
# Каракайнар (қайнар `spring`), Тасбогет (бөгет `dam`), Мойынкум (құм `sand`): Kazakh elements that end a
# masculine name
MASCULINE_ELEMENTS = ('кол', 'коль', 'агаш', 'булак', 'кудук', 'жар', 'тобе', 'тоган', 'озек',
                      'кент', 'кайнар', 'богет', 'кум')
# the roots long enough to tell a Kazakh compound by its start (`ак`, `кок` begin Russian words too)
LONG_ROOTS = tuple(root for root in KAZAKH_ADJECTIVE_ROOTS if len(root) >= 4)
# the hushing consonants, after which Russian spelling writes и for the Kazakh ы: Акши (Ақшы), Бозащи
HUSHING = set('шжчщ')
SHORTEST = 4


def unknown_place(span):
    """The word of a one-word LOC that pymorphy3 does not know, or None."""
    if span.label_ != 'LOC' or len(span) != 1:
        return None
    return _unknown_word(span.text)


@lru_cache(maxsize=100_000)
def _unknown_word(word):
    """`unknown_place` of the word itself, cached: six rules ask it of each one-word place."""
    # `из Баян-Улгия`: a hyphened name declines by its last part
    if len(word) < SHORTEST or not word[:1].isupper() or not all(part.isalpha() for part in word.split('-')) \
            or any(parsed.is_known for parsed in parse(word)):
        return None
    return word


def is_kazakh_compound(stem):
    """`сарыжаз`, `нарынкол`, `бескол`: a stem that starts with a long Kazakh adjective root or ends
    with a Kazakh element of a masculine name."""
    folded = fold(stem.lower())
    return any(folded.startswith(root) and len(folded) > len(root) + 1 for root in LONG_ROOTS) or any(
        folded.endswith(element) and len(folded) > len(element) + 1 for element in MASCULINE_ELEMENTS)


def masculine_nominative(stem, ending):
    """The nominative of a masculine noun whose oblique form is `stem` + `ending` (а/у/е or я/ю):
    `Тогузак`+а -> Тогузак, `Сарытога`+я -> Сарытогай, `Тургень`... `Турген`+ю -> Тургень."""
    if ending in 'аеу':
        return stem
    last = stem[-1:].lower()
    if last in VOWELS:
        return stem + match_case('й', stem[-1:])
    if last in CONSONANTS:
        return stem + match_case('ь', stem[-1:])
    return None


GENITIVE_CASES = ('gent', 'gen2')


def follows_genitive_place(doc, span):
    """`школы Караула и Кайнара`, `жители Аральска, Камыстыбаса`: a name joined by `и` or a comma to a place
    pymorphy3 knows only as a genitive noun shares its case."""
    if span.start < 2 or doc[span.start - 1].text not in COORDINATORS:
        return False
    before = doc[span.start - 2].text
    if not before[:1].isupper() or not before.isalpha():
        return False
    known = [parsed for parsed in parse(before) if parsed.is_known and parsed.tag.POS == 'NOUN']
    return bool(known) and all(parsed.tag.case in GENITIVE_CASES for parsed in known)


def genitive_normal(doc, span):
    """`у Сарытогая`, `от Бесколя`, `из Карабалыка, Федоровки и Тогузака`, `на берегу Каратала` -> Сарытогай,
    Бесколь, Тогузак, Каратал: an unknown place in -а/-я after a preposition of the genitive, after a noun of
    a river's or a lake's part (`GENITIVE_NOUNS`), or listed after a known genitive (`follows_genitive_place`)
    is a masculine genitive."""
    word = unknown_place(span)
    if word is None or word[-1:].lower() not in 'ая' or not after_preposition(doc, span, GENITIVE_PREPOSITIONS) \
            and not after_preposition(doc, span, GENITIVE_NOUNS) and not follows_genitive_place(doc, span):
        return None
    # `у Жанакалы` is a noun in -а; one named so in -а after у would be an undeclined name
    if word.lower().endswith(FEMININE_ELEMENTS) or is_east_asian(word):
        return None
    return masculine_nominative(word[:-1], word[-1:].lower())


def common_noun_genitive_normal(doc, span):
    """`на стоянке близ Отара`, `из Сарыбулака`, `из Сенека` -> Отар, Сарыбулак, Сенек: a one-word place in a hard consonant + -а after a
    preposition of the genitive that pymorphy3 knows only as a common noun with no genitive reading (`отара`
    `flock`, whose genitive is `отары`) is the genitive of a masculine name in that consonant; else None."""
    word = span.text
    if len(word) < 5 or not word[:1].isupper() or not word.isalpha() or word[-1:].lower() != 'а' \
            or word[-2:-1].lower() not in HARD_CONSONANTS or not after_preposition(doc, span, GENITIVE_PREPOSITIONS):
        return None
    # a person's reading (`Отар`, a first name, in the genitive) is no place's and tells nothing
    readings = parse(word)
    parses = [parsed for parsed in readings if not {'Name', 'Surn', 'Patr'} & parsed.tag.grammemes]
    # `из Сенека`: a word pymorphy3 knows only as a person's name, in -а and with no genitive reading
    # (that of `Сенека` is `Сенеки`), is the genitive of a masculine place's name all the same
    parses = parses or readings
    if not parses or not all(parsed.is_known for parsed in parses) or any(
            parsed.tag.case in GENITIVE_CASES or parsed.tag.POS != 'NOUN' or 'Geox' in parsed.tag for parsed in parses):
        return None
    return word[:-1]


def undeclined_genitive_normal(doc, span):
    """`стаи видели у Мерке`, `дорога от Жосалы` -> as written: a one-word place after a preposition of the
    genitive that pymorphy3 cannot read as a genitive at all does not decline (`мерке` is a dative or a
    locative of мерка, a case no such preposition takes); else None."""
    word = span.text
    if len(word) < SHORTEST or not word[:1].isupper() or not word.isalpha() \
            or not after_preposition(doc, span, GENITIVE_PREPOSITIONS):
        return None
    parses = parse(word)
    if not parses or any(parsed.tag.case in GENITIVE_CASES for parsed in parses):
        return None
    return word


def dative_place_normal(doc, span):
    """`дорога к Жаркенту` -> Жаркент, `по Талдыкоргану` -> Талдыкорган: a one-word place pymorphy3 does not
    know, in a consonant + -у after к/по (maybe in a list, `к Каркаралинску и Егиндыбулаку`), that pymorphy3 can read as a masculine noun in the
    dative, is that noun; a Kazakh name that does not decline (`к Кокшетау`, `по Жетысу`,
    `kazakh.is_undeclined_place`) and a Chinese or Korean one (`к Чэнду`) stay as written; else None."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or len(word) < 5 or span.start == 0 or not word[:1].isupper() \
            or not word.isalpha() or word[-1:].lower() != 'у' or word[-2:-1].lower() not in CONSONANTS:
        return None
    # `к Каркаралинску и Егиндыбулаку`: coordinated places share the preposition
    if not after_preposition(doc, span, DATIVE_PREPOSITIONS) or is_undeclined_place(word) or is_east_asian(word):
        return None
    parses = parse(word)
    if any(parsed.is_known for parsed in parses) or not any(
            parsed.tag.POS == 'NOUN' and parsed.tag.case == 'datv' and parsed.tag.gender == 'masc'
            and parsed.tag.number == 'sing' for parsed in parses):
        return None
    normal = word[:-1]
    return normal if is_inflection(normal, word) else None


def soft_dative_normal(doc, span):
    """`к Тургеню`, `по Аманкарагаю` -> Тургень, Аманкарагай: an unknown place in -ю after к/по is the
    dative of a masculine noun in -ь or -й (a noun in -я has -е there: `к Аланье`)."""
    word = unknown_place(span)
    if word is None or word[-1:].lower() != 'ю' or not after_preposition(doc, span, DATIVE_PREPOSITIONS) \
            or is_east_asian(word):
        return None
    return masculine_nominative(word[:-1], 'ю')


# `к Асыкате`: to a village; the dative prepositions that take no locative (`по` does: `по приезде`)
TO_PREPOSITIONS = ('к', 'ко')


def feminine_dative_normal(doc, span):
    """`к Жетысаю и Асыкате`, `дорога к Сарыкамысе` -> Асыката, Сарыкамыса: an unknown place in a consonant + -е
    after к is the dative of a noun in -а (a masculine noun has -у there, one in -ь -и); a name that does not
    decline (`к Шетпе`) and an East Asian one are left to the other rules; else None."""
    word = unknown_place(span)
    if word is None or word[-1:].lower() != 'е' or word[-2:-1].lower() not in CONSONANTS \
            or not after_preposition(doc, span, TO_PREPOSITIONS) or is_undeclined_labial(word) or is_east_asian(word):
        return None
    return word[:-1] + match_case('а', word[-1:])


def instrumental_normal(doc, span):
    """`под Лодзью` -> Лодзь: an unknown place in a consonant + -ью after a preposition of the
    instrumental is a feminine noun in -ь; one in -нью, -лью, -рью may be an accusative of a noun in -ья
    (`за Аланью`, `под Марбелью`) and stays to the other rules."""
    word = unknown_place(span)
    if word is None or not word.lower().endswith('ью') or word[-3:-2].lower() in 'нлр' \
            or word[-3:-2].lower() not in CONSONANTS or not after_preposition(doc, span, INSTRUMENTAL_PREPOSITIONS):
        return None
    return word[:-2] + match_case('ь', word[-2:-1])


def kazakh_locative_normal(doc, span):
    """`в Нарынколе`, `в Сарыжазе` -> Нарынкол, Сарыжаз; `в Камыскале` -> Камыскала; `в Айтее` -> Айтей: an
    unknown Kazakh compound in -е after a preposition of place is masculine unless it ends in кала/дала."""
    word = unknown_place(span)
    if word is None or word[-1:].lower() != 'е' or not after_preposition(doc, span, LOCATIVE_PREPOSITIONS):
        return None
    stem = word[:-1]
    if stem[-1:].lower() in 'аео' and len(stem) > 3:
        # `в Айтее`, `в Сарытогае`: a name in -ай/-ей/-ой is masculine (`masculine_nominative`)
        return masculine_nominative(stem, 'я')
    if stem[-1:].lower() not in CONSONANTS:
        return None
    # `в Кызылорде`, `в Сарыарке`: a Kazakh adjective and a word in -а make a noun in -а
    if (stem.lower() + 'а').endswith(FEMININE_ELEMENTS) and len(stem) > 5 or has_feminine_place_element(stem + 'а'):
        return stem + match_case('а', stem[-1:])
    # `в Нарынколе`: көл `lake` is written -коль in most names (Алаколь, Сасыкколь) but -кол in some (Нарынкол,
    # Каракол), which the locative does not tell apart: the stem as written
    return stem if is_kazakh_compound(stem) else None


# Шетпе, Сумбе, Уштобе (төбе `hill`): a Kazakh name in -пе/-бе after a consonant does not decline;
# a Russian noun whose locative ended so (`на Эльбе`, `в Арбе`) has л or р before it
UNDECLINED_LABIALS = ('пе', 'бе')
HILLS = ('тобе', 'тюбе', 'тубе')
HILL_ENDINGS = tuple('-' + hill for hill in HILLS)
SONORANTS_BEFORE_LABIAL = set('лр')


def is_undeclined_labial(word):
    """`Шетпе`, `Сумбе`: -пе/-бе after a consonant other than л, р; or after о (`Уштобе`)."""
    folded = fold(word.lower())
    before = folded[-3:-2]
    return folded.endswith(UNDECLINED_LABIALS) and len(folded) > 4 and (
        before in CONSONANTS and before not in SONORANTS_BEFORE_LABIAL or folded.endswith(HILLS))


def undeclined_normal(span):
    """`в Акши`, `на Бозащи`, `в Кендерли` -> as written: an unknown place in -и after ш/ж/ч/щ (the Kazakh
    -ы, which Russian spelling writes so) or in -ли (the Kazakh -лы/-лі) does not decline; pymorphy3's
    guesses (`акша`, `кендерль`) are forms it made up. So for `жители Шетпе`, `в Сумбе` (not `Шетп`,
    `Сумба`)."""
    word = unknown_place(span)
    if word is not None and is_undeclined_labial(word):
        return word
    # `в Кок-Тюбе`, `у Ак-Тобе`: a hyphened name ending in төбе `hill`
    if span.label_ == 'LOC' and len(span) == 1 and '-' in span.text and span.text[:1].isupper() \
            and fold(span.text.lower()).endswith(HILL_ENDINGS):
        return span.text
    if word is None or word[-1:].lower() != 'и':
        return None
    if word[-2:-1].lower() in HUSHING or word.lower().endswith('ли') and len(word) > 5 or is_undeclined_place(word):
        return word
    return None


# Кошкарата, Асыката (ата `grandfather`, `saint`): a Kazakh name ending in ата declines in Russian as a
# noun in -а; its forms in -аты, -атой no masculine name in -ат has (`Макат`: Маката, Макату, Макате)
ATA_STEM = 'ат'
ATA_CASE_ENDINGS = ('ы', 'ой', 'ою')
# Таскала, Кендала (қала `town`, дала `steppe`): every oblique form of a name in кала/дала is a noun's in -а
ELEMENT_STEMS = tuple(element[:-1] for element in FEMININE_ELEMENTS)
ELEMENT_CASE_ENDINGS = ('ы', 'е', 'у', 'ой', 'ою')
SHORTEST_STEM = 3


def feminine_element_normal(span):
    """`из Кошкараты`, `за Асыкатой`, `в Шопан-Ате`, `жители Таскалы`, `в Кендале` -> Кошкарата, Асыката,
    Шопан-Ата, Таскала, Кендала:
    an unknown place ending in the Kazakh ата, кала or дала in an oblique case of a noun in -а, or in кала/дала
    itself (`у горы Шеркала`, as written); Mongolian,
    Chinese and Korean names are left to the other rules; else None."""
    word = unknown_place(span)
    if word is None or is_east_asian(word):
        return None
    folded = fold(word.lower())
    # `у горы Шеркала`: a name in кала/дала is its own nominative, whatever case its head noun is in (its
    # genitive is in -ы); pymorphy3's guess of a masculine genitive (`шеркал`) is a form it made up
    if any(folded.endswith(element) and len(folded) - len(element) >= SHORTEST_STEM for element in FEMININE_ELEMENTS):
        return word
    for ending in ELEMENT_CASE_ENDINGS:
        stem = folded[:-len(ending)]
        if not folded.endswith(ending) or len(stem) - 2 < SHORTEST_STEM:
            continue
        # `в Чолпон-Ате`, `к Шопан-Ату`: ата as the hyphened last part of a name is the noun itself
        if stem.endswith(ELEMENT_STEMS) or stem.endswith(ATA_STEM) and (
                ending in ATA_CASE_ENDINGS or stem.endswith('-' + ATA_STEM)):
            return word[:-len(ending)] + match_case('а', word[-len(ending):])
    return None


# `Тачэн раньше называли Чугучаком`, `поселок назывался Жанатасом`: the verbs of naming, which put a place's
# other name in the instrumental
NAMING_LEMMAS = frozenset(('называть', 'называться', 'именовать', 'именоваться'))


def named_instrumental_normal(doc, span):
    """`называли Чугучаком`, `назывался Аксаем` -> Чугучак, Аксай: an unknown place in a consonant + -ом or a
    vowel + -ем right after a verb of naming is a masculine noun in the instrumental; else None."""
    word = unknown_place(span)
    if word is None or span.start == 0 or lemma(doc[span.start - 1].text.lower()) not in NAMING_LEMMAS:
        return None
    lower = word.lower()
    if lower.endswith('ом') and lower[-3:-2] in CONSONANTS:
        return word[:-2]
    if lower.endswith('ем') and lower[-3:-2] in VOWELS:
        return word[:-2] + match_case('й', word[-3:-2])
    return None


def kazakh_place_normal(doc, span):
    """The nominative of a one-word Kazakh place pymorphy3 does not know, from its form and the
    preposition before it; else None."""
    # every rule below reads a one-word LOC only: the other mentions (half of them) are turned
    # away here once, not by each rule building the span's text again
    if span.label_ != 'LOC' or len(span) != 1:
        return None
    normal = feminine_element_normal(span) or dative_place_normal(doc, span) or genitive_normal(doc, span) or soft_dative_normal(doc, span) \
        or feminine_dative_normal(doc, span) or instrumental_normal(doc, span) \
        or kazakh_locative_normal(doc, span) or borrowed_genitive_normal(span) or undeclined_normal(span) \
        or common_noun_genitive_normal(doc, span) or undeclined_genitive_normal(doc, span) \
        or undeclined_accusative_normal(doc, span, ACCUSATIVE_PREPOSITIONS) or named_instrumental_normal(doc, span)
    if normal is None or normal == span.text:
        return normal
    return normal if is_inflection(normal, span.text) else None
