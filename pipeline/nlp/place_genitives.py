"""The nominative of a one-word place pymorphy3 does not know, in a masculine genitive after a preposition
that takes the genitive:

    Из Эрдэнэта в Мурэн отправили колонну         -> Эрдэнэт (not Эрдэнэта)
    фермер из Тургеня рассказал                     -> Тургень
    у Кордая и Сулутора                             -> Кордай

pymorphy3 guesses such a word as a nominative in -а/-я. After `из`, `от`, `до`, `у` ... a noun in -а/-я
would be in -ы/-и (`из Караганды`), so a form in -а after a hard consonant is a masculine genitive of the
stem (`Эрдэнэт`), one in -я a genitive of a name in -й after a vowel (`Кордай`) or in -ь after a consonant
(`Тургень`). A Kazakh name that does not decline (`из Жосалы`, `kazakh.is_undeclined_place`) and a word
pymorphy3 knows are left alone, and so is a nominative the word's paradigm does not explain (the normal
forms' guarantee, `wordforms.is_inflection`).
"""

from pipeline.nlp.kazakh import is_undeclined_place
from pipeline.nlp.morph import match_case, parse
from pipeline.nlp.place_forms import (GENITIVE_PLACE_PREPOSITIONS, HARD_CONSONANTS, VOWELS, after_preposition,
                                      unknown_locative_normal)
from pipeline.nlp.place_guesses import CONSONANTS
from pipeline.nlp.wordforms import is_inflection


def genitive_nominative(word):
    """`Эрдэнэта` -> Эрдэнэт, `Кордая` -> Кордай, `Тургеня` -> Тургень: the masculine nominative a
    genitive in -а/-я comes from; None for other endings."""
    stem, last, before = word[:-1], word[-1:].lower(), word[-2:-1].lower()
    if last == 'а' and before in HARD_CONSONANTS:
        return stem
    if last == 'я' and before in VOWELS:
        return stem + match_case('й', word[-1:])
    if last == 'я' and before in CONSONANTS:
        return stem + match_case('ь', word[-1:])
    return None


def unknown_genitive_normal(doc, span):
    """`Из Эрдэнэта` -> Эрдэнэт, `из Тургеня` -> Тургень: a one-word place pymorphy3 does not know, in
    -а/-я after a preposition that takes the genitive (`place_forms.GENITIVE_PLACE_PREPOSITIONS`), is a masculine genitive
    (`genitive_nominative`); else None."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or len(word) < 5 or not word[:1].isupper() or not word.isalpha() \
            or word[-1:].lower() not in 'ая' or not after_preposition(doc, span, GENITIVE_PLACE_PREPOSITIONS):
        return None
    if any(parsed.is_known for parsed in parse(word)) or is_undeclined_place(word):
        return None
    normal = genitive_nominative(word)
    return normal if normal and is_inflection(normal, word) else None


def unknown_case_normal(doc, span):
    """The nominative of an unknown one-word place after a preposition of place: from a locative in -е
    (`place_forms.unknown_locative_normal`) or from a masculine genitive (`unknown_genitive_normal`)."""
    return unknown_locative_normal(doc, span) or unknown_genitive_normal(doc, span)
