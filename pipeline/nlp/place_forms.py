"""One place, one normal form in a document.

A one-word place unknown to pymorphy3 is normalised from each form alone, so the forms
of one name may get different nominatives:

    В Курчуме открылась больница ... в селе Курчум    -> Курчума, Курчум
    турнир в Будве ... приехавших в Будву               -> Будва, Будву (taken as indeclinable)

The mentions whose forms are inflections of each other's nominatives are one place. Of
the nominatives given, the one of which every form is a singular form wins (a place's name
is singular: `Курчум` is no singular form of `Курчума`, `Будве` is one of `Будва`, not of
`Будву`); of several, the one most mentions gave; a tie changes nothing.
"""

from collections import Counter
from functools import lru_cache

from pipeline.nlp.morph import match_case, parse
from pipeline.nlp.wordforms import is_inflection, key

AGREEING = ('ADJF', 'PRTF')


def _one_word_noun(span):
    """A capitalised one-word mention that is not an adjective (`Кембриджском` may name
    a university as well as a county)."""
    if len(span) != 1 or not span.text[:1].isupper() or not span.text.isalpha() or not span._.normal:
        return False
    parses = parse(span.text)
    return not parses or parses[0].tag.POS not in AGREEING


def _groups(spans):
    """Mentions of one place: linked when one's form inflects from the other's nominative.
    Each distinct (form, nominative) is compared once, so a place named a thousand times
    costs what it costs named once."""
    by_form = {}
    for span in spans:
        by_form.setdefault((span.text, span._.normal), []).append(span)
    groups = []  # lists of (form, nominative) pairs
    for text, normal in by_form:
        # forms of one name share their first two letters: no paradigm is built for the others
        joined = [group for group in groups if any(
            key(other_text)[:2] == key(text)[:2]
            and (is_inflection(text, other_normal) or is_inflection(other_text, normal))
            for other_text, other_normal in group)]
        merged = [(text, normal)] + [pair for group in joined for pair in group]
        groups = [group for group in groups if group not in joined] + [merged]
    return [[span for pair in group for span in by_form[pair]] for group in groups]


@lru_cache(maxsize=20_000)
def singular_forms(normal):
    """The singular forms of `normal` read as a nominative singular (keys), itself included:
    a place's name is singular, so `Талдыкорган` is no form of `Талдыкоргана`."""
    forms = {key(normal)}
    for parsed in parse(normal):
        if parsed.tag.case == 'nomn' and parsed.tag.number != 'plur':
            forms.update(key(form.word) for form in parsed.lexeme if form.tag.number != 'plur')
    return frozenset(forms)


def _best_normal(group):
    """The given nominative of which every form of the place is a singular form, or None;
    of several, the one most mentions gave."""
    votes = Counter(span._.normal for span in group)
    texts = {key(span.text) for span in group}
    fitting = sorted((normal for normal in votes if texts <= singular_forms(normal)), key=lambda n: -votes[n])
    if len(fitting) == 1 or (len(fitting) > 1 and votes[fitting[0]] > votes[fitting[1]]):
        return fitting[0]
    return None


def agree_place_normals(doc):
    """Give the one-word place mentions of one place in `doc` the same normal form."""
    places = [span for span in doc.ents if span.label_ == 'LOC' and _one_word_noun(span)]
    for group in _groups(places):
        if len({span._.normal for span in group}) < 2:
            continue
        best = _best_normal(group)
        if best is None:
            continue
        for span in group:
            span._.normal = match_case(best, span.text)  # a dateline's БРЮССЕЛЬ stays in capitals


# Конаев, Сатпаев, Курчатов: towns named after a person, a masculine surname in -ов/-ев;
# the case ending of each oblique form: Сатпаева (gent), Сатпаеву (datv), Сатпаеве (loct), Сатпаевом (ablt)
PERSON_TOWN_ENDINGS = {'ова': 'а', 'ева': 'а', 'ёва': 'а', 'ову': 'у', 'еву': 'у', 'ове': 'е', 'еве': 'е',
                       'овом': 'ом', 'евом': 'ом'}
PERSON_TOWN_CASES = {'а': 'gent', 'у': 'datv', 'е': 'loct', 'ом': 'ablt'}


def person_town_normal(span):
    """`Аким Сатпаева`, `жителя Конаева`, `в Сатпаеве` -> Сатпаев, Конаев: a one-word place in
    -ова/-ева (-ову, -ове, -овом) that pymorphy3 knows as no place is a town named after a man,
    in an oblique case (a place of that shape in the nominative, `Молдова`, `Женева`, is one it
    knows); else None."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or not word[:1].isupper() or not word.isalpha():
        return None
    ending = next((PERSON_TOWN_ENDINGS[tail] for tail in PERSON_TOWN_ENDINGS if word.lower().endswith(tail)), None)
    if ending is None:
        return None
    parses = parse(word)
    if any('Geox' in parsed.tag for parsed in parses):
        return None
    case = PERSON_TOWN_CASES[ending]
    if not any('Surn' in parsed.tag and parsed.tag.gender == 'masc' and parsed.tag.case == case
               for parsed in parses):
        return None
    return match_case(word[:-len(ending)], word)
