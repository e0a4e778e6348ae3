"""Places named after a person: a town named by a man's surname, a village by the surname in the neuter.

A one-word place in -ова/-ева (-ову, -ове, -овом) that pymorphy3 reads as a man's surname and
knows as no place is in an oblique case, and its nominative is either the surname itself or the
surname in the neuter:

    Аким Сатпаева, в Конаеве        a Kazakh surname pymorphy3 only guesses   -> Сатпаев, Конаев
    в Смирнове, у Тимирязева        a Russian surname in pymorphy3's dictionary -> Смирново, Тимирязево

Kazakhstan's towns named after a man keep the man's name (Сатпаев, Конаев, Курчатов, Жансугуров),
while its villages named after a Russian surname are Soviet `село` names in the neuter (Смирново,
Тимирязево, Солдатово, Чкалово, Булаево); the Russian towns named after a man that a newsroom names
(Киров, Чехов, Королёв, Курчатов) pymorphy3 knows as places (Geox), so they never come here.
"""

from pipeline.nlp.morph import match_case, parse


# Конаев, Сатпаев, Курчатов: towns named after a person, a masculine surname in -ов/-ев;
# the case ending of each oblique form: Сатпаева (gent), Сатпаеву (datv), Сатпаеве (loct), Сатпаевом (ablt)
PERSON_TOWN_ENDINGS = {'ова': 'а', 'ева': 'а', 'ёва': 'а', 'ову': 'у', 'еву': 'у', 'ове': 'е', 'еве': 'е',
                       'овом': 'ом', 'евом': 'ом'}
PERSON_TOWN_LETTERS = 5
PERSON_TOWN_CASES = {'а': 'gent', 'у': 'datv', 'е': 'loct', 'ом': 'ablt'}


def person_town_normal(span):
    """`Аким Сатпаева`, `жителя Конаева`, `в Сатпаеве` -> Сатпаев, Конаев; `в Смирнове` -> Смирново: a
    one-word place in -ова/-ева (-ову, -ове, -овом) that pymorphy3 knows as no place is a town named
    after a man, or a village named after a Russian surname (the module's docstring), in an oblique
    case (a place of that shape in the nominative, `Молдова`, `Женева`, is one it knows); else None."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or not word[:1].isupper() or not word.isalpha():
        return None
    ending = next((PERSON_TOWN_ENDINGS[tail] for tail in PERSON_TOWN_ENDINGS if word.lower().endswith(tail)), None)
    # `в Бове` is no town of a man `Бов`: a surname has a stem before -ов/-ев
    if ending is None or len(word) - len(ending) < PERSON_TOWN_LETTERS:
        return None
    parses = parse(word)
    if any('Geox' in parsed.tag for parsed in parses):
        return None
    case = PERSON_TOWN_CASES[ending]
    surnames = [parsed for parsed in parses
                if 'Surn' in parsed.tag and parsed.tag.gender == 'masc' and parsed.tag.case == case]
    if not surnames:
        return None
    stem = word[:-len(ending)]
    # `в Смирнове`, `у Тимирязева`: a Russian surname pymorphy3 knows names a village, in the neuter
    return match_case(village_name(stem) if any(parsed.is_known for parsed in surnames) else stem, word)


def village_name(surname):
    """`Смирнов` -> Смирново, `Тимирязев` -> Тимирязево: a village named after a surname in -ов/-ев."""
    return surname + 'о'
