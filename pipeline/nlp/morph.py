"""pymorphy3 at the boundary: cached parses, lemmas and inflection.

Every other module asks this one, never pymorphy3 directly, so the analyser is
loaded once per process and frequent words are parsed once.
"""

import heapq
import re
from functools import lru_cache

from pipeline.nlp.kazakh import fold, has_kazakh


# the lexemes pymorphy3 keeps built: a name's parses are inflected (`inflect` builds the
# parse's lexeme) and then expanded to their paradigms (`wordforms.paradigm`), so each was
# built twice, and building them was half the time of reading a name
LEXEMES_KEPT = 256


@lru_cache(maxsize=1)
def get_analyzer():
    import pymorphy3
    analyzer = pymorphy3.MorphAnalyzer()
    # an instance attribute, read by `Parse.lexeme` and `inflect` alike (a lexeme is fixed by
    # its parse); a pickled analyser (`__reduce__`) comes back as pymorphy3's own
    lexeme = analyzer.get_lexeme
    analyzer.get_lexeme = lru_cache(maxsize=LEXEMES_KEPT)(lambda form: tuple(lexeme(form)))
    # `tag.POS`, `tag.case` as plain strings: pymorphy3 wraps each in a str subclass whose `==`
    # checks the other side is a grammeme of that attribute (a guard against typos), a new
    # object per access; those accesses were a twentieth of the time of a run
    analyzer.TagClass.typed_grammemes = False
    # and each computed once per tag: pymorphy3 intersects the tag's grammemes with the attribute's
    # set at every access (a frozenset, then an iterator), and the rules ask the same few thousand
    # tags again and again (580 K accesses on NEREL train, three times the time of a look-up)
    for name, attribute in list(vars(analyzer.TagClass).items()):
        if type(attribute).__name__ == '_select_grammeme_from':
            setattr(analyzer.TagClass, name, TagAttribute(attribute))
    # `parsed.is_known` kept by the word: pymorphy3 looks the word up in the dictionary's DAWG (with its
    # ё/е substitutes) at every access, and the name, place and repair rules ask it of the same few
    # thousand words again and again (100 K asks on NEREL train, a hundredth of the run); the answer
    # depends on the word alone. The parse class is this analyser's own subclass (`_result_type`).
    analyzer._result_type.is_known = property(known_word_of(analyzer))
    return analyzer


def known_word_of(analyzer):
    """`Parse.is_known` of `analyzer`'s parses, one dictionary look-up per word."""
    dictionary, substitutes = analyzer.dictionary, analyzer.char_substitutes

    @lru_cache(maxsize=200_000)
    def known(word):
        return dictionary.word_is_known(word=word, substitutes_compiled=substitutes)

    return lambda parsed: known(parsed.word)


class TagAttribute:
    """A grammeme attribute of pymorphy3's tags (`tag.case`, `tag.POS`), kept by the tag's string:
    one string always has the same grammemes, and a tag has `__slots__` to keep nothing in."""

    def __init__(self, attribute):
        self.attribute = attribute
        self.values = {}

    def __get__(self, instance, owner):
        if instance is None:
            return self
        try:
            return self.values[instance._str]
        except KeyError:
            value = self.values[instance._str] = self.attribute.__get__(instance, owner)
            return value


# a word of two Russian letters or more, no hyphen: pymorphy3's analysers of such a word read it lower-cased
# (the dictionary, the prefix and suffix guesses, the probabilities); the others look at its case (an
# initial `А`, Latin and Roman letters) or at a hyphen
CASE_FREE_RE = re.compile(r'[а-яё]{2,}')


@lru_cache(maxsize=200_000)
def parse(word):
    """All pymorphy3 parses of a word (Kazakh letters folded), best first; of a hyphenated
    pair of nouns, without the readings that keep a declined first half as written (`kept_halves`)."""
    folded = fold(word)
    lower = folded.lower()
    if lower != folded and CASE_FREE_RE.fullmatch(lower):
        # `Москва`, `МОСКВА` parse as `москва` does, parsed once for the three (a sixth of the parses
        # of NEREL train); not a parse that keeps the word as written (UnknAnalyzer's, none found)
        parses = parse(lower)
        if not any(keeps_case(parsed) for parsed in parses):
            return parses
    parses = get_analyzer().parse(folded)
    return tuple(kept_halves(parses) if '-' in word else parses)


def keeps_case(parsed):
    """A parse whose method keeps the word as written: pymorphy3's UnknAnalyzer, which parses a
    word that no other analyser does."""
    return any(type(method[0]).__name__ == 'UnknAnalyzer' for method in parsed.methods_stack)


def first_half(parsed):
    """`школа` of `школа-лицей`: the first half of a hyphenated lemma."""
    return parsed.normal_form.split('-')[0]


# a proper name's readings (`Эмилии-Романьи` as a man's name) are pymorphy3's guesses, no evidence
PROPER_TAGS = frozenset('Name Surn Patr Geox'.split())


def kept_halves(parses):
    """`школы-лицея`: pymorphy3 reads it as `школа-лицей` in the genitive (both halves declined)
    and, scored higher, as a masculine `школы-лицей` (the first half kept as written); where a
    reading declines the first half, the noun readings that keep it as written are dropped, so
    `Школы-лицей №5` becomes `Школа-лицей №5` and `Школу-лицей` (no nominative `школу-лицей`) `Школа-лицей`.
    A first half no reading declines stays as written (`интернет-магазина` -> `интернет-магазин`), and so
    does one only a proper name's reading declines (`Эмилии-Романьи`)."""
    written = parses[0].word.split('-')[0] if parses else ''
    if not any(parsed.tag.POS == 'NOUN' and '-' in parsed.normal_form and first_half(parsed) != written
               and PROPER_TAGS.isdisjoint(parsed.tag.grammemes) for parsed in parses):
        return parses
    return [parsed for parsed in parses if not (parsed.tag.POS == 'NOUN' and first_half(parsed) == written)]


@lru_cache(maxsize=200_000)
def lemma(word):
    """Dictionary form of the most probable parse, lower case."""
    parses = parse(word)
    if not parses:
        return word.lower()
    return parses[0].normal_form


# the analysers whose lexemes are a dictionary paradigm's forms as they stand: a dictionary word's,
# and a word predicted from a known ending (pymorphy3 inflects it on the paradigm it borrowed)
PARADIGM_STACKS = {('DictionaryAnalyzer',), ('FakeDictionary', 'KnownSuffixAnalyzer')}
# `сверх|прибыль`, `пол|года`: a dictionary word after a prefix; its lexeme is the paradigm's forms each
# after the prefix (pymorphy3's `_PrefixAnalyzer.lexemizer`); the most frequent parses that were left
# to `Parse.lexeme` (1.4 K of 1.7 K on 300 NEREL texts)
PREFIX_STACKS = {('DictionaryAnalyzer', 'UnknownPrefixAnalyzer'), ('DictionaryAnalyzer', 'KnownPrefixAnalyzer')}


def lexeme_forms(parsed):
    """(word, tag) of each form of the lexeme of a parse whose lexeme is a paradigm's
    (`PARADIGM_STACKS`), read off the paradigm as pymorphy3's `get_lexeme` builds them (prefix +
    stem + suffix, the paradigm's tag) without a Parse and a method stack per form, which were
    most of the time of `paradigm` and `inflect`; else None."""
    stack = parsed.methods_stack
    units = tuple(type(method[0]).__name__ for method in stack)
    if units in PARADIGM_STACKS:
        prefix, word = '', parsed.word
    elif units in PREFIX_STACKS:
        prefix = stack[1][1]
        word = parsed.word[len(prefix):]
    else:
        return None
    unit, _, para_id, index = stack[0]
    dictionary = unit.dict
    forms = dictionary.paradigms[para_id]
    size = len(forms) // 3
    stem = dictionary.build_stem(forms, index, word)
    prefixes, suffixes, tags = dictionary.paradigm_prefixes, dictionary.suffixes, dictionary.gramtab
    return [(prefix + prefixes[forms[2 * size + position]] + stem + suffixes[forms[position]],
             tags[forms[size + position]]) for position in range(size)]


def lexeme_words(parsed):
    """The words of a parse's lexeme, `[form.word for form in parsed.lexeme]`."""
    forms = lexeme_forms(parsed)
    if forms is None:
        return [form.word for form in parsed.lexeme]
    return [word for word, _ in forms]


def inflect(parsed, grammemes):
    """The word form of a pymorphy3 parse in the given grammemes, or None."""
    try:
        forms = lexeme_forms(parsed)
        if forms is None:
            form = parsed.inflect(set(grammemes))
            return form.word if form else None
        # pymorphy3's `MorphAnalyzer._inflect` over the forms: those with every grammeme
        # required (else with rare cases made common), the one most like the parse's tag
        required = set(grammemes)
        possible = [form for form in forms if required <= form[1].grammemes]
        if not possible:
            required = get_analyzer().TagClass.fix_rare_cases(required)
            possible = [form for form in forms if required <= form[1].grammemes]
        wanted = parsed.tag.updated_grammemes(required)
        best = heapq.nlargest(1, possible, key=lambda form: len(wanted & form[1].grammemes)
                              - 0.1 * len(wanted ^ form[1].grammemes))
    except (ValueError, KeyError):
        return None
    return best[0][0] if best else None


def match_case(form, original):
    """Give a lower-case `form` the capitalisation pattern of `original`."""
    if original.isupper() and len(original) > 1:
        return form.upper()
    if original[:1].isupper():
        # keep inner capitals of hyphenated forms: Касым-Жомартом -> Касым-Жомарт
        parts = form.split('-')
        originals = original.split('-')
        if len(parts) == len(originals):
            return '-'.join(
                part[:1].upper() + part[1:] if orig[:1].isupper() else part
                for part, orig in zip(parts, originals)
            )
        return form[:1].upper() + form[1:]
    return form


def restore_yo(form, original):
    """pymorphy3 may write е where the text has ё: keep the text's letter."""
    if 'ё' not in original.lower() or 'ё' in form:
        return form
    chars = list(form)
    for index, char in enumerate(original[:len(form)]):
        if char in 'ёЁ' and chars[index] in 'еЕ':
            chars[index] = char if form[index].isupper() == char.isupper() else char.swapcase()
    return ''.join(chars)


# «Ак жол», "Ак жол" and “Ак жол” are the same name
QUOTES = set('«»“”„"\'‘’')


def token_lemma(text):
    """The lemma the pipeline matches on: pymorphy3's for Russian words,
    the lower-cased text for Kazakh-lettered, Latin and other tokens, `"` for quotes."""
    if text in QUOTES:
        return '"'
    if text.replace('-', '').isalpha() and not has_kazakh(text):
        return lemma(text)
    return text.lower()

