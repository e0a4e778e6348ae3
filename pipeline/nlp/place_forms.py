"""One place, one normal form in a document.

A one-word place unknown to pymorphy3 is normalised from each form alone, so the forms
of one name may get different nominatives:

    В Курчуме открылась больница ... в селе Курчум    -> Курчума, Курчум
    турнир в Будве ... приехавших в Будву               -> Будва, Будву (taken as indeclinable)

The mentions whose forms are inflections of each other's nominatives are one place. Of
the nominatives given, the one of which every form is a singular form wins (a place's name
is singular: `Курчум` is no singular form of `Курчума`, `Будве` is one of `Будва`, not of
`Будву`); of several, the one most mentions gave; a tie changes nothing. When none fits, the
forms kept as written (`в Будве`, `в Будву`: a guessed noun in -а is no evidence alone) take
the nominative in -а that alone explains them all.

Besides, the readings of a one-word place that the normaliser does not trust: an unknown
name in -у/-ю or -и that does not decline (`Жетысу`, `Кальяри`, `Чэнду`), pymorphy3's guesses of a
plural (`Модлин`) or of a noun in -а (`в Гатвике`), and the towns named after a man (`Сатпаева`);
and the gender of an unknown place in -е after a preposition of place, which its letters tell when
the places pymorphy3 knows agree on it (`в Доссоре` -> Доссор, `в Озерянке` -> Озерянка; `на Майорке`
alone stays a tie), and the nouns in -ь (`в Тургени` -> Тургень).
"""

from collections import Counter
from functools import lru_cache

from pipeline.nlp.doc import span_value
from pipeline.nlp.kazakh import has_feminine_place_element, is_undeclined_place, is_water_name
from pipeline.nlp.morph import inflect, match_case, parse
from pipeline.nlp.place_adjectives import agree_adjective_places
from pipeline.nlp.place_ellipsis import LONGEST_LIST, list_end
from pipeline.nlp.place_guesses import CONSONANTS, drop_made_up_guesses, is_east_asian
from pipeline.nlp.wordforms import is_inflection, key, neuter_nominative, unexplained

AGREEING = ('ADJF', 'PRTF')
VOWELS = set('аеёиоуыэюя')


def _one_word_noun(span):
    """A capitalised one-word mention that is not an adjective (`Кембриджском` may name
    a university as well as a county)."""
    if len(span) != 1 or not span.text[:1].isupper() or not span.text.isalpha() or not span_value(span, 'normal'):
        return False
    parses = parse(span.text)
    return not parses or parses[0].tag.POS not in AGREEING


def _groups(spans):
    """Mentions of one place: linked when one's form inflects from the other's nominative.
    Each distinct (form, nominative) is compared once, so a place named a thousand times
    costs what it costs named once."""
    by_form = {}
    for span in spans:
        by_form.setdefault((span.text, span_value(span, 'normal')), []).append(span)
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


HARD_CONSONANTS = set('бвгдзклмнпрстфхцжш')
SOFT_MASCULINE_ENDINGS = ('я', 'ю', 'е', 'ем')
MASCULINE_ENDINGS = ('а', 'у', 'ом', 'е')
FIRST_DECLENSION = {'а': ('ы', 'и', 'е', 'у', 'ой', 'ою'), 'я': ('и', 'е', 'ю', 'ей', 'ею')}


@lru_cache(maxsize=20_000)
def singular_forms(normal):
    """The singular forms of `normal` read as a nominative singular (keys), itself included:
    a place's name is singular, so `Талдыкорган` is no form of `Талдыкоргана`."""
    forms = {key(normal)}
    nominative = False
    for parsed in parse(normal):
        if parsed.tag.case == 'nomn' and parsed.tag.number != 'plur':
            nominative = True
            forms.update(key(form.word) for form in parsed.lexeme if form.tag.number != 'plur')
    if key(normal)[-1:] in ('а', 'я') and not any(
            parsed.tag.case == 'nomn' and parsed.tag.gender == 'femn' and 'Fixd' not in parsed.tag
            for parsed in parse(normal)):
        # `Майорка`, which pymorphy3 reads only as an indeclinable abbreviation: a place in -а/-я
        # declines as a noun in -а/-я, `на Майорку`, `на Майорке`
        stem = key(normal)[:-1]
        forms.update(stem + ending for ending in FIRST_DECLENSION[key(normal)[-1]])
    if key(normal).endswith('ь') and len(key(normal)) > 3:
        # `в Ухань ... в Ухани`, `Лодзь`: pymorphy3 guesses a masculine noun, but a place in -ь is
        # as often feminine, whose oblique forms end in -и (and -ью)
        forms.update(key(normal)[:-1] + ending for ending in ('и', 'ью'))
        # `жители Тургеня ... в Тургене ... в Тургень`: and a masculine one's, which pymorphy3 does not
        # make of a name it reads only as feminine
        forms.update(key(normal)[:-1] + ending for ending in SOFT_MASCULINE_ENDINGS)
    if key(normal)[-1:] == 'й' and key(normal)[-2:-1] in VOWELS and len(key(normal)) > 4:
        # `на курортах Амирсой ... у Амирсоя`: pymorphy3 may read a name in -ой/-ей only as an instrumental
        # of a noun in -а, but a place in a vowel + -й declines as a masculine noun (Алтай, Алтая, Алтае)
        forms.update(key(normal)[:-1] + ending for ending in SOFT_MASCULINE_ENDINGS)
    if not nominative and key(normal)[-1:] in HARD_CONSONANTS:
        # `Модлин`, which pymorphy3 reads only as a genitive plural of `модлина`: a place
        # named with a consonant declines as a masculine noun, `в Модлине`, `из Модлина`
        forms.update(key(normal) + ending for ending in MASCULINE_ENDINGS)
    return frozenset(forms)


def _best_normal(group):
    """The given nominative of which every form of the place is a singular form, or None;
    of several, the one most mentions gave."""
    votes = Counter(span_value(span, 'normal') for span in group)
    texts = {key(span.text) for span in group}
    fitting = sorted((normal for normal in votes if texts <= singular_forms(normal)), key=lambda n: -votes[n])
    if len(fitting) == 1 or (len(fitting) > 1 and votes[fitting[0]] > votes[fitting[1]]):
        return fitting[0]
    if len(fitting) > 1:
        # `на Майорку ... на Майорке`: a masculine `Майорк` explains `Майорку` only as a dative,
        # which no preposition of place takes; the noun in -а explains it as an accusative
        feminine = [normal for normal in fitting if normal[-1:].lower() in ('а', 'я')
                    and key(normal)[:-1] + ACCUSATIVE_OF[key(normal)[-1]] in texts]
        if len(feminine) == 1:
            return feminine[0]
        # `сёла Талапкер и Коянды` ... `жители Коянды`: a nominative some mention was left in as written
        # (by its list or its settlement noun) over pymorphy3's guess of a genitive (`Коянда`)
        written = [normal for normal in fitting if key(normal) in texts]
        if len(written) == 1:
            return written[0]
    if not fitting and len(texts) > 1:
        # `в Будве ... в Будву`, each kept as written: two forms that only a noun in -а explains
        lemmas = {match_case(lemma, span.text) for span in group for lemma in first_declension_lemmas(span.text)}
        fitting = [lemma for lemma in lemmas if texts <= singular_forms(lemma)]
        if len(fitting) == 1:
            return fitting[0]
    return None


def first_declension_lemmas(word):
    """The lemmas in -а/-я of pymorphy3's singular noun readings of `word` (`Будве` -> будва), and the noun in -а
    a form in a hard consonant + -ы is the genitive of (`Чезены`, which pymorphy3 reads only as a plural)."""
    ending = {key(word)[:-1] + 'а'} if key(word)[-1:] == 'ы' and key(word)[-2:-1] in HARD_CONSONANTS else set()
    return ending | {parsed.normal_form for parsed in parse(word) if parsed.tag.POS == 'NOUN'
                     and parsed.tag.number == 'sing' and parsed.normal_form.endswith(('а', 'я'))}


def agree_place_normals(doc):
    """Give the one-word place mentions of one place in `doc` the same normal form (`place_adjectives` too)."""
    places = [span for span in doc.ents if span.label_ == 'LOC' and _one_word_noun(span)]
    for group in _groups(places):
        if len({span_value(span, 'normal') for span in group}) < 2:
            continue
        best = _best_normal(group)
        if best is None:
            continue
        for span in group:
            # `в Саумалколе` ... `у Саумалколя`: pymorphy3 makes no `Саумалколь` of the first, so it keeps
            # its own reading rather than break the guarantee of normal forms (`wordforms`)
            if not unexplained(best, span.text):
                span._.normal = match_case(best, span.text)  # a dateline's БРЮССЕЛЬ stays in capitals
    agree_adjective_places(doc)


# Конаев, Сатпаев, Курчатов: towns named after a person, a masculine surname in -ов/-ев;
# the case ending of each oblique form: Сатпаева (gent), Сатпаеву (datv), Сатпаеве (loct), Сатпаевом (ablt)
PERSON_TOWN_ENDINGS = {'ова': 'а', 'ева': 'а', 'ёва': 'а', 'ову': 'у', 'еву': 'у', 'ове': 'е', 'еве': 'е',
                       'овом': 'ом', 'евом': 'ом'}
PERSON_TOWN_LETTERS = 5
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
    # `в Бове` is no town of a man `Бов`: a surname has a stem before -ов/-ев
    if ending is None or len(word) - len(ending) < PERSON_TOWN_LETTERS:
        return None
    parses = parse(word)
    if any('Geox' in parsed.tag for parsed in parses):
        return None
    case = PERSON_TOWN_CASES[ending]
    if not any('Surn' in parsed.tag and parsed.tag.gender == 'masc' and parsed.tag.case == case
               for parsed in parses):
        return None
    return match_case(word[:-len(ending)], word)


def soft_feminine_normal(span):
    """`в Ханье`, `из Ханьи` -> Ханья: a one-word place in -нье or -ньи that pymorphy3 does not know
    (it guesses an indeclinable name, or a neuter `хание`) is an oblique form of a noun in -нья
    (`Ханья`, `Корунья`); the few
    places in -ье that are neuter (`Поморье`, `Подмосковье`) it knows, and the French ones end in
    another consonant (`Монпелье`, `Пуатье`). `в Брешии`, `из Фессалии` -> Брешия, Фессалия: one in -ии
    is an oblique form of a noun in -ия (pymorphy3 guesses a neuter `брешие`, but of the places it
    knows 185 end in -ия and none in -ие). `в Паттайе` -> Паттайя: й before the -е of a locative is the
    stem of a noun in -йя (a masculine `Сарытогай` has -ае there: `в Сарытогае`); else None."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or len(word) < 5 or not word[:1].isupper() or not word.isalpha() \
            or not word.lower().endswith(('нье', 'ньи', 'ии', 'йе')) or any(parsed.is_known for parsed in parse(word)):
        return None
    normal = word[:-1] + match_case('я', word[-1:])
    return normal if is_inflection(normal, word) else None


# the nominative ending of a feminine noun whose accusative ends so: Жирону -> Жирона, Сеговию -> Сеговия
ACCUSATIVE_ENDINGS = {'у': 'а', 'ю': 'я'}
ACCUSATIVE_OF = {'а': 'у', 'я': 'ю'}
# `в Ригу`, `на Майорку`: the prepositions of place take the accusative or the locative, never the
# dative, so an unknown name in -у after them is no masculine dative (`Майорк`); the masculine
# locatives in -у (`в Крыму`, `на Кипру`) are of names pymorphy3 knows
PLACE_PREPOSITIONS = ('в', 'во', 'на')
# `через Жаланаш и Чунджу`, `сквозь Бетпак-Далу`: the prepositions that take the accusative alone; a masculine
# name's accusative is its nominative, so an unknown name in -у/-ю after them is a noun in -а/-я
ACCUSATIVE_PREPOSITIONS = ('через', 'сквозь')


def agreed_place_normal(doc, span):
    """`в испанскую Жирону`, `в Братиславу и Любляну`, `на Майорку`, `через Чунджу` -> Жирона, Любляна,
    Майорка, Чунджа: a one-word place in -у/-ю that pymorphy3 does not know (so taken as an indeclinable
    Kazakh name, `Жетысу`) shown to be in the feminine accusative singular (`feminine_accusative_before`, or
    right after `в`/`на`/`через`, `PLACE_PREPOSITIONS`, `ACCUSATIVE_PREPOSITIONS`) is a feminine noun in
    -а/-я; else None."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or span.start == 0 or not word[:1].isupper() \
            or not word.isalpha() or word[-1:].lower() not in ACCUSATIVE_ENDINGS:
        return None
    # `на Коксу`: a Kazakh name in -су, not the accusative of a Russian river Кокса; `в Северо-Казахстанскую,
    # Костанайскую ... области`: -ую is an adjective's accusative
    if is_undeclined_place(word) or is_east_asian(word) or key(word).endswith(('ую', 'юю')):
        return None
    if any(parsed.is_known for parsed in parse(word)):
        return known_accusative_normal(doc, span)
    if not feminine_accusative_before(doc, span.start) and not (
            after_preposition(doc, span, PLACE_PREPOSITIONS + ACCUSATIVE_PREPOSITIONS) and len(word) >= 5):
        return None
    normal = word[:-1] + match_case(ACCUSATIVE_ENDINGS[word[-1:].lower()], word[-1:])
    return normal if is_inflection(normal, word) else None


def known_accusative_normal(doc, span):
    """`рейсы на Самару`, `через Самару` -> Самара: a place pymorphy3 knows, in -у/-ю after `в`/`на`/`через`,
    whose first reading is a masculine dative (`самар`) is the feminine place noun it also reads as in the
    accusative: those prepositions never take the dative; else None."""
    parses = [parsed for parsed in parse(span.text) if parsed.tag.POS == 'NOUN']
    if not parses or parses[0].tag.case != 'datv' \
            or not after_preposition(doc, span, PLACE_PREPOSITIONS + ACCUSATIVE_PREPOSITIONS):
        return None
    for parsed in parses:
        if parsed.is_known and 'Geox' in parsed.tag and FEMININE_ACCUSATIVE <= parsed.tag.grammemes:
            return match_case(parsed.normal_form, span.text)
    return None


FEMININE_ACCUSATIVE = frozenset(('femn', 'sing', 'accs'))
COORDINATORS = ('и', ',')


def feminine_accusative_before(doc, index):
    """Whether what comes before token `index` shows it is in the feminine accusative: an
    adjective in that case (`в испанскую Жирону`), or a place noun pymorphy3 knows in that case
    and in no other, joined to it by `и` or a comma (`в Братиславу и Любляну`, `в Ригу, Любляну`):
    coordinated nouns share their case."""
    before = doc[index - 1].text if index > 0 else ''
    if before not in COORDINATORS:
        return before.isalpha() and before.islower() and any(
            parsed.tag.POS in AGREEING and FEMININE_ACCUSATIVE <= parsed.tag.grammemes for parsed in parse(before))
    if index < 2:
        return False
    word = doc[index - 2].text
    if not word[:1].isupper() or not word.isalpha():
        return False
    parses = [parsed for parsed in parse(word) if parsed.is_known and parsed.tag.POS == 'NOUN']
    return bool(parses) and all(FEMININE_ACCUSATIVE <= parsed.tag.grammemes for parsed in parses)


def is_indeclinable_place(tokens, label):
    """`Жетысу`, `Кокшетау`: a one-word place pymorphy3 does not know, ending in -у/-ю,
    is a Kazakh name that does not decline (so is one in -лы: `Курайлы`, `kazakh.is_undeclined_place`); `в Кальяри`, `из Сассари`: one in -и that
    pymorphy3 can only read as a form of a feminine noun in -ь (`кальярь`) is a foreign
    name that does not decline (Russian towns in -ь, `Тверь`, `Пермь`, it knows)."""
    if label != 'LOC' or len(tokens) != 1:
        return False
    text = tokens[0].text
    parses = parse(text)
    # `в верховьях Коксу`: a Kazakh river's name, though pymorphy3 reads `коксу` as the dative of кокс
    # (or the accusative of the Altai river Кокса)
    if is_water_name(text):
        return True
    if any(parsed.is_known for parsed in parses):
        return False
    if text.lower().endswith(('у', 'ю')) or is_undeclined_place(text):
        return True
    # `из Лодзи`: a feminine noun in -ь is short; the foreign names in -и are of three syllables or more
    nouns = [parsed for parsed in parses if parsed.tag.POS == 'NOUN']
    return text.lower().endswith('и') and sum(char in VOWELS for char in text.lower()) >= 3 and bool(nouns) and all(
        parsed.normal_form == text.lower()[:-1] + 'ь' for parsed in nouns)


def is_bare_plural(parsed, word):
    """`Аэропорт Модлин`, `город Мобил`: pymorphy3 reads a consonant-final name as the
    genitive plural of a noun in -а (`модлина`, `мобила`); a place so named is a singular
    in the nominative, so the reading is dropped (one it knows as a place stays:
    `Мытищ` of `Мытищи`)."""
    if getattr(parsed, 'tag', None) is None or parsed.tag.number != 'plur' or 'Geox' in parsed.tag:
        return False
    if parsed.tag.case not in ('gent', 'accs'):
        return False
    # `Сатпаев`, `Королёв`: a town named after a person has a surname's shape, which pymorphy3,
    # not knowing the word, guesses as the genitive plural of a noun in -й/-Ø (`сатпай`)
    if not parsed.is_known and word.lower().endswith(SURNAME_SHAPED):
        return True
    return len(parsed.normal_form) > len(word) and parsed.normal_form.startswith(word.lower().replace('ё', 'е'))


SURNAME_SHAPED = ('ов', 'ев', 'ёв')


def first_declension_oblique(parsed):
    """A reading of a form in -е/-у as the dative, locative or accusative singular of a noun in
    -а/-я that pymorphy3 gives no place tag (`Гатвике`: гатвика; `Бове`: the surname Бова)."""
    if getattr(parsed, 'tag', None) is None or 'Geox' in parsed.tag:
        return False
    tag = parsed.tag
    return tag.number == 'sing' and tag.case in ('datv', 'loct', 'accs') \
        and parsed.normal_form.endswith(('а', 'я'))


def masculine_locative(word):
    """`в Корке` -> Корк: the nominative of a one-word place in -е after a hard consonant once
    every reading of it was dropped (`trusted_place_readings`: `корка` is a common noun, no
    place): a place named with a consonant declines as a masculine noun (`в Модлине`); else None, also
    when the stem is no form the word's paradigm explains (the normal forms' guarantee, `wordforms`)."""
    lower = word.lower()
    if len(word) < 4 or not lower.endswith('е') or lower[-2] not in HARD_CONSONANTS:
        return None
    # only a common noun's reading was dropped; a surname's (`в Бове`: Бова) leaves the word as written
    common = any(parsed.is_known and parsed.tag.POS == 'NOUN' and not {'Name', 'Surn', 'Patr'} & parsed.tag.grammemes
                 for parsed in parse(word))
    return word[:-1] if common and is_inflection(word[:-1], word) else None


def trusted_place_readings(options, word):
    """The (pos, case, number, gender, parse) readings of a one-word place `word` worth a normal form.

    Dropped: a genitive plural of a consonant-final name (`is_bare_plural`), and a noun in -а/-я
    for a form in -е/-у (`first_declension_oblique`) that is a person's name (`в Бове`: the
    surname Бова) or a common noun pymorphy3 knows (`в Корке`: корка), or a guess when a
    masculine reading is there too (`в Гатвике`, `в Лутоне`: Гатвик, Лутон as often as not).
    A guess alone stays (`в Остраве` -> Острава); so does a place pymorphy3 knows or guesses
    as one (`в Пизе`, `в Жироне`), and a Kazakh name ending in a word in -а (`в Кызылорде`,
    `kazakh.has_feminine_place_element`) keeps only that reading; the document's nominative
    settles the rest (`agree_place_normals`).
    """
    kept = [option for option in drop_made_up_guesses(options, word) if not is_bare_plural(option[4], word)]
    # `в Кызылорде`: a Kazakh name ending in the word `орда` is a noun in -а, not a masculine `Кызылорд`
    elements = [option for option in kept if first_declension_oblique(option[4])
                and has_feminine_place_element(option[4].normal_form)]
    if elements:
        return elements
    masculine = any(not first_declension_oblique(option[4]) and option[3] == 'masc' for option in kept)
    return [option for option in kept if not first_declension_oblique(option[4]) or not (
        masculine or option[4].is_known or {'Name', 'Surn', 'Patr'} & option[4].tag.grammemes)]


# The nominative of an unknown place in -е after a preposition of place (`в Майорке`, `в Доссоре`) is
# in -Ø (masculine) or in -а (feminine), and a locative alone does not tell which: the letters
# before -е do, as among the places pymorphy3 knows (its dictionary's nominatives, masculine : feminine):
# в, н, т, й, л, ш, м + к: the suffix -ка (`Ивановка`, `Каменка`, `Камчатка`; вк 0:274, нк 0:97, тк 0:18,
# йк 2:9, лк 1:7, шк 0:6, мк 0:4); not рк (5:17), whose masculine names are the foreign ones (`Ньюарк`,
# `Йорк`), so that `на Майорке` alone stays a tie
FEMININE_K_BEFORE = set('внтйлшм')
# an obstruent before a sonorant, which no Russian word ends in (`Иматра`, `Вытегра`, `Десна`: тр 2:10,
# гр 0:6, др 1:5, сн 0:5, шм 0:5, тв 0:5), and a doubled stop (`Валлетта`, `Мекка`: тт 0:6, кк 1:4)
FEMININE_CLUSTERS = ('тр', 'др', 'гр', 'бр', 'кр', 'пр', 'вр', 'сн', 'зн', 'шм', 'тв', 'сл', 'тт', 'кк', 'пп')
# a vowel before н, с, р (`Доссор`, `Сувон`, `Шамалган`: н 418:82, с 151:12, р 195:64), and the
# masculine suffixes -ск, -цк, -бург (ск 452:8, цк 29:0, рг 37:5)
MASCULINE_AFTER_VOWEL = set('нср')
# but the regions named with the suffix -щина/-чина are feminine (`на Тамбовщине`, `на Полтавщине`)
FEMININE_SUFFIXES = ('щин', 'чин')
MASCULINE_CLUSTERS = ('ск', 'цк', 'рг')
# a Kazakh name ending in the word ағаш `tree`, бұлақ `spring` or құдық `well` is masculine in Russian
# (`в Узынагаше` -> Узынагаш, `в Бесагаше`, `в Карабулаке`, `в Аккудуке`), whatever letter ends it
KAZAKH_MASCULINE_ELEMENTS = ('агаш', 'булак', 'кудук')
LOCATIVE_PREPOSITIONS = ('в', 'во', 'на', 'о', 'об', 'при')
# the prepositions of place that take the genitive: `из Тимирязева`, `до Жеке батыра`, `вдоль Сырдарьи`
GENITIVE_PLACE_PREPOSITIONS = ('из', 'изо', 'от', 'до', 'у', 'около', 'возле', 'близ', 'вблизи', 'вдоль', 'мимо', 'из-под')


def locative_gender(stem):
    """'femn', 'masc' or None (the letters do not tell) for the stem of an unknown place in -е."""
    stem = key(stem)
    if len(stem) < 3:
        return None
    if stem.endswith(FEMININE_SUFFIXES):
        return 'femn'
    if stem.endswith(KAZAKH_MASCULINE_ELEMENTS) and len(stem) > 5:
        return 'masc'
    if stem.endswith(MASCULINE_CLUSTERS) or stem[-1] in MASCULINE_AFTER_VOWEL and stem[-2] in VOWELS:
        return 'masc'
    if stem.endswith(FEMININE_CLUSTERS) or stem[-1] == 'к' and stem[-2] in FEMININE_K_BEFORE:
        return 'femn'
    return None


def after_preposition(doc, span, prepositions):
    """Right after one of `prepositions`, or after a one-word name that is (`в Кульсарах и Доссоре`,
    `в Трабзон и Аланью`, `в Милане, Болонье`: coordinated places share the preposition)."""
    index = span.start - 1
    for _ in range(LONGEST_LIST):
        if index < 0:
            return False
        if doc[index].text.lower() in prepositions:
            return True
        if doc[index].text not in COORDINATORS or index < 2 or not doc[index - 1].text[:1].isupper() \
                or not doc[index - 1].text.replace('-', '').isalpha():  # `из Баян-Улгия и Ховда`
            return False
        index -= 2
    return False


def unknown_locative_normal(doc, span):
    """`на Майорке` -> Майорка, `в Доссоре` -> Доссор: a one-word place in -е that pymorphy3 does not
    know, after a preposition of place, in the gender its letters make likely (`locative_gender`);
    else None (pymorphy3's own guess stands)."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or len(word) < 5 or not word[:1].isupper() or not word.isalpha() \
            or word[-1:].lower() != 'е' or not after_preposition(doc, span, LOCATIVE_PREPOSITIONS):
        return None
    if any(parsed.is_known for parsed in parse(word)) or is_undeclined_place(word):
        return None
    gender = locative_gender(word[:-1])
    if gender is None:
        return None
    normal = word[:-1] + (match_case('а', word[-1:]) if gender == 'femn' else '')
    return normal if is_inflection(normal, word) else None


def soft_sign_normal(doc, span):
    """`в Тургень` -> Тургень, `в Тургени` -> Тургень: a one-word place pymorphy3 does not know, in -ь,
    is a nominative (or accusative) of a noun in -ь (pymorphy3 guesses the plural genitive of a name
    `тургеня`); one in -ни after a preposition of place is the locative of a feminine noun in -нь
    (`Казань`: в Казани, `Ухань`), the places in -нь being many and those in -ни that do not decline
    few (the foreign names in -и that do not decline end otherwise: `в Кальяри`, `в Зугдиди`,
    `is_indeclinable_place`); else None."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or len(word) < 4 or not word[:1].isupper() or not word.isalpha() \
            or any(parsed.is_known for parsed in parse(word)):
        return None
    if word[-1:].lower() == 'ь':
        return word
    if not word.lower().endswith('ни') or not after_preposition(doc, span, LOCATIVE_PREPOSITIONS):
        return None
    normal = word[:-1] + match_case('ь', word[-1:])
    return normal if is_inflection(normal, word) else None


# `в Боровом`, `в Новоишимском`: a place named with an adjective alone, which pymorphy3 reads also as a
# noun in the instrumental (`боров`, a guessed `новоишимск`), a case no preposition of place takes. The
# locative of the adjective is masculine or neuter alike; of the adjective-shaped places pymorphy3 knows,
# 90 are neuter (`Бологое`, `Агинское`: villages, село) and about 50 masculine (`Мирный`, `Жуковский`),
# so the neuter is taken. A place read only as an adjective keeps pymorphy3's masculine (`в Рудном`).
AMBIGUOUS_GENDERS = frozenset(('masc', 'neut'))


def noun_after_list(doc, index, case):
    """Whether a lower-case noun in `case`, maybe after lower-case adjectives, follows the list of
    capitalised words that starts at token `index` (`Уланском и Глубоковском районах`, `Есильском
    сельских округах`: the noun the list's adjectives share; `Боровом и Щучинске`, `Боровом всю
    зиму`: none)."""
    index = list_end(doc, index)
    while index < len(doc) and doc[index].text.isalpha() and doc[index].text.islower():
        parses = parse(doc[index].text)
        if parses[0].tag.POS == 'PREP':  # `у Абатского в Тюменской области`: `в` is no noun (вольт)
            return False
        if any(parsed.tag.POS == 'NOUN' and parsed.tag.case == case for parsed in parses):
            return True
        if not any(parsed.tag.POS in AGREEING and parsed.tag.case == case for parsed in parses):
            return False
        index += 1
    return False


def adjective_place_normal(doc, span):
    """`в Боровом` -> Боровое, `в Новоишимском` -> Новоишимское: a one-word place after a preposition of
    place that pymorphy3 reads as a noun in the instrumental and as an adjective in the locative,
    masculine and neuter alike, that it knows as no place (`с Новороссийском` stays), and not followed
    by its noun, is a neuter adjective; else None."""
    word = span.text
    if span.label_ != 'LOC' or len(span) != 1 or len(word) < 5 or not word[:1].isupper() or not word.isalpha() \
            or not after_preposition(doc, span, LOCATIVE_PREPOSITIONS) or noun_after_list(doc, span.end, 'loct'):
        return None
    parses = parse(word)
    if any('Geox' in parsed.tag and parsed.is_known for parsed in parses) or not any(
            parsed.tag.POS == 'NOUN' and parsed.tag.case == 'ablt' for parsed in parses):
        return None
    adjectives = [parsed for parsed in parses if parsed.tag.POS == 'ADJF' and parsed.tag.number == 'sing'
                  and parsed.tag.case == 'loct']
    if not AMBIGUOUS_GENDERS <= {parsed.tag.gender for parsed in adjectives}:
        return None
    neuter = next(parsed for parsed in adjectives if parsed.tag.gender == 'neut')
    return neuter_nominative(neuter, word)


def adjective_noun_place_normal(span):
    """`жители Старого Оскола` -> Старый Оскол, `из Малого Ярославца` -> Малый Ярославец: a two-word place
    of an adjective and a place noun pymorphy3 knows (Geox) in an oblique case; the adjective that
    pymorphy3 also reads as a noun (`старое`, `малое`: `the old`, `the small`) agrees with the place
    noun, so both go to the nominative in the noun's number and gender; else None."""
    if span.label_ != 'LOC' or len(span) != 2 \
            or not all(token.text[:1].isupper() and token.text.isalpha() for token in span):
        return None
    first, second = span[0].text, span[1].text
    first_parses = parse(first)
    if not any(parsed.tag.POS == 'NOUN' for parsed in first_parses):
        return None
    pair = nominative_pair([noun for noun in parse(second) if 'Geox' in noun.tag and noun.is_known],
                           [parsed for parsed in first_parses if parsed.tag.POS == 'ADJF'])
    if pair is None:
        return masculine_adjective_noun_normal(first, second, first_parses)
    head, modifier = pair
    if not head or not modifier:
        return None
    normal = f'{match_case(modifier, first)} {match_case(head, second)}'
    return normal if is_inflection(modifier, first) and is_inflection(head, second) else None


def nominative_pair(nouns, adjectives):
    """An adjective and the noun it agrees with, both in the nominative singular (the adjective in the noun's
    gender): (noun form, adjective form) of the first singular noun reading in an oblique case that one of
    `adjectives` agrees with, a form None where pymorphy3 cannot make it; None when no reading agrees."""
    for noun in nouns:
        if noun.tag.POS != 'NOUN' or noun.tag.number != 'sing' or noun.tag.case in (None, 'nomn'):
            continue
        grammemes = {noun.tag.case, 'sing', noun.tag.gender}
        adjective = next((parsed for parsed in adjectives if grammemes <= parsed.tag.grammemes), None)
        if adjective is not None:
            return inflect(noun, {'nomn', 'sing'}), inflect(adjective, {'nomn', 'sing', noun.tag.gender})
    return None


# the case endings of a masculine noun named with a consonant, for the adjective's case before it
MASCULINE_CASE_ENDINGS = {'gent': 'а', 'datv': 'у', 'loct': 'е', 'ablt': 'ом'}


def masculine_adjective_noun_normal(first, second, first_parses):
    """`у Малого Арала`, `к Малому Аралу` -> Малый Арал: a place noun pymorphy3 does not know after an
    adjective that can only be masculine (or neuter) in an oblique case; the noun's ending is that case's
    ending of a masculine noun named with a consonant, so its nominative is the stem; else None."""
    if any(parsed.is_known for parsed in parse(second)):
        return None
    adjectives = [parsed for parsed in first_parses if parsed.tag.POS == 'ADJF' and parsed.tag.number == 'sing'
                  and parsed.tag.case in MASCULINE_CASE_ENDINGS]
    if not adjectives or any(parsed.tag.gender == 'femn' for parsed in adjectives):
        return None
    for adjective in adjectives:
        ending = MASCULINE_CASE_ENDINGS[adjective.tag.case]
        stem = second[:-len(ending)]
        if adjective.tag.gender != 'masc' or not second.lower().endswith(ending) or len(stem) < 3 \
                or stem[-1:].lower() not in HARD_CONSONANTS:
            continue
        modifier = inflect(adjective, {'nomn', 'sing', 'masc'})
        if not modifier:
            return None
        normal = f'{match_case(modifier, first)} {stem}'
        return normal if is_inflection(modifier, first) and is_inflection(stem, second) else None
    return None


# `через Толе би`, `у Казыбек би`: honorifics that do not decline, after the name they close
UNDECLINED_TITLES = ('би', 'жырау')


def is_undeclined_compound(words):
    """`в горах Иле Алатау`, `через Толе би`: the words of a place, two: a name pymorphy3 reads as no adjective
    and a word that does not decline (a Kazakh name in -тау, -су, -лы, `kazakh.is_undeclined_place`, or the
    honorific би): a Kazakh compound, whose first word stays as written too (pymorphy3 reads `Иле`, `Толе`
    as locatives of `Ил`, `Тола`). `Таласского Алатау`, whose first word is an adjective, declines it."""
    if len(words) != 2 or not all(word.isalpha() for word in words) or not words[0][:1].isupper():
        return False
    last = words[1]
    if not (last in UNDECLINED_TITLES or last[:1].isupper() and is_undeclined_place(last)):
        return False
    parses = parse(words[0])
    return not parses or parses[0].tag.POS not in AGREEING
