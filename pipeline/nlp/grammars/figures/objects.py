"""UNIT and COUNTED: what a figure is measured in or counts.

    UNIT       `%`, `процентов`, `тенге`, `₸`, `руб.`, `$`, `евро` ...
    COUNTED    ADJ* NOUN {и ADJ* NOUN}           `общественных организаций`, `97 сел`,
               | ABBREVIATION                    `5 км`, `28 м/с`, `3 млн куб. м`, `5 тыс. МРП`

The counted phrase may follow the number restated in words: `120 (сто двадцать) человек`.
An adverb grading an adjective stays inside it (`19 социально значимых продуктов`, `12 особо охраняемых
территорий`), and a word pymorphy3 reads first as a noun but that agrees as an adjective with the noun after
it is that noun's adjective (`46 пожарных машин`: machines, not firemen).  `голов` counts heads beside a
place that keeps livestock too (`ферм на 400–600 голов`), and a unit of flow is kept whole like one of
speed (`480 кубометров в секунду`).  `судов` after the adjective of a court's level counts courts, not ships
(`15 районных судов`).
Tried and left out (round figures33): a medal's metal standing for the award noun nearest before it (`не менее 6
наград, в том числе 3 золотые`: награда, as written_figures7 annotates it): written_figures7 FIG .980 -> .982, but
kz-dev tune .996 -> .976 and written_figures3 1.000 -> .984, whose gold counts `9 наград: 3 золотые` as medals.
"""

from pipeline.nlp.grammars.figures.amounts import amount_at
from pipeline.nlp.grammars.figures.vocabulary import (
    ABBREVIATED_NOUNS, ADJECTIVAL_ADVERB_ENDINGS, ADJECTIVE_POS, CAPITAL_RATES, CAPITAL_UNITS, CASELESS_ABBREVIATIONS, CLOSE_QUOTES, COMPOUND_ABBREVIATIONS, COORDINATORS, COURT,
    COURT_ADJECTIVES,
    DEGREE_ADVERBS, ELLIPTIC_ADJECTIVES, ENERGY_ONE_WORDS, ENERGY_UNIT_MARKS, ENERGY_UNITS, LIVESTOCK_HEAD, LIVESTOCK_LEMMAS,
    LIVESTOCK_WINDOW, MAX_ADJECTIVES, MEDAL, MEDAL_ADJECTIVES, OF_TOTAL, OPEN_QUOTES, PERCENT_POINT_ABBREVIATION,
    PERCENT_POINTS, POSSESSIVE_PRONOUNS, RATE_WORDS, SPEED_UNITS, SCALE_ABBREVIATIONS, SCALE_WORDS, THESE_OPENERS,
    UNIT_ABBREVIATIONS, UNIT_COMPLEMENTS, UNIT_LEMMAS, UNIT_WORDS, VESSEL)
from pipeline.nlp.grammars.figures.words import word_info


def unit_at(tokens, index):
    """UNIT at tokens[index]: (code, next index) or None."""
    if index >= len(tokens):
        return None
    token = tokens[index]
    code = UNIT_WORDS.get(token.norm)
    if code is None and token.kind == 'word':
        info = word_info(token.norm)
        code = next((UNIT_LEMMAS[lemma] for lemma in info.lemmas if lemma in UNIT_LEMMAS), None)
        if code is not None and info.pos not in ('NOUN', None):
            code = None
    if code is None:
        return None
    end = index + 1
    if end < len(tokens) and tokens[end].text == '.' and tokens[end].glued and token.norm in UNIT_ABBREVIATIONS:
        end += 1
    if end < len(tokens) and tokens[end].norm in UNIT_COMPLEMENTS:
        end += 1
    return code, end


def takes_genitive_plural(amount):
    """The counted noun after this amount is a genitive plural: 97 сел, 5 тыс. МРП, тысячи сел
    (not 2 села, 21 село, 1,5 тонны)."""
    if amount.scale is not None or amount.bare_plural:
        return True
    value = amount.value
    if value != value.to_integral_value():
        return False
    value = int(value)
    return value % 10 in (0, 5, 6, 7, 8, 9) or 11 <= value % 100 <= 14


def restatement_end(tokens, end, value):
    """After `120 (сто двадцать)`: the index after the closing parenthesis, else `end`."""
    if end + 2 >= len(tokens) or tokens[end].text != '(':
        return end
    inner = amount_at(tokens, end + 1)
    if inner is None or inner.value != value or inner.end >= len(tokens) or tokens[inner.end].text != ')':
        return end
    return inner.end + 1


def is_lower_word(token):
    """A lower-case word outside a date."""
    return token.kind == 'word' and not token.skip and token.text[:1].islower()


def _may_be_counted(token, capitals):
    """A word of a counted phrase: lower case, or any case where capitals are allowed
    (but not an all-caps abbreviation: 2 МВД)."""
    if token.kind != 'word' or token.skip:
        return False
    return token.text[:1].islower() or (capitals and not (len(token.text) > 1 and token.text.isupper()))


def _close_quote(tokens, end, quoted):
    """Take a closing quote along after a quoted counted phrase."""
    if quoted and end < len(tokens) and tokens[end].text in CLOSE_QUOTES and tokens[end].glued:
        return end + 1
    return end


def _abbreviation_at(tokens, index):
    """5 км, 10 га, 28 м/с, 3 млн куб. м, 5 тыс. МРП: (lemma, next index) or None."""
    n = len(tokens)
    token = tokens[index]
    if token.norm in ENERGY_ONE_WORDS:
        return ENERGY_ONE_WORDS[token.norm], index + 1  # 120 кВтч
    if (token.norm in ENERGY_UNITS and index + 2 < n and tokens[index + 1].text in ENERGY_UNIT_MARKS
            and tokens[index + 1].glued and tokens[index + 2].glued and tokens[index + 2].norm == 'ч'):
        return ENERGY_UNITS[token.norm], index + 3  # 90 кВт·ч, 2 млрд кВт*ч
    if token.text in CAPITAL_UNITS:
        rate = tuple(other.text for other in tokens[index:index + 3])
        if rate in CAPITAL_RATES and tokens[index + 1].glued and tokens[index + 2].glued:
            return CAPITAL_RATES[rate], index + 3  # 30 Гкал/ч
        return CAPITAL_UNITS[token.text], index + 1
    if token.norm not in ABBREVIATED_NOUNS or not (token.text[:1].islower() or token.norm in CASELESS_ABBREVIATIONS):
        return None
    stop = index + 1
    if stop < n and tokens[stop].text == '.' and tokens[stop].glued:
        stop += 1
    # a second word: м/с, км/ч (glued by a slash), куб. м, кв. км
    if stop + 1 < n and tokens[stop].text == '/' and tokens[stop].glued and tokens[stop + 1].glued:
        second, after = (tokens[stop].text, tokens[stop + 1].norm), stop + 2
    elif stop < n and tokens[stop].kind == 'word':
        second, after = (tokens[stop].norm,), stop + 1
    else:
        second = None
    if second is not None and (token.norm, *second) in COMPOUND_ABBREVIATIONS:
        if after < n and tokens[after].text == '.' and tokens[after].glued and len(second) == 1:
            after += 1
        return COMPOUND_ABBREVIATIONS[(token.norm, *second)], after
    return ABBREVIATED_NOUNS[token.norm], stop


# the other readings a genitive plural noun may hide behind (сел: сесть); not пять из (из, иза)
CONTENT_POS = frozenset({'VERB', 'INFN', 'PRTS', 'ADJS', 'ADVB'})


def _noun_reading(info, genitive_plural):
    """The noun lemma of a word; after a number that takes a genitive plural, a rare
    genitive plural noun reading wins (в 97 сел: село, not сесть)."""
    if info.noun_lemma:
        return info.noun_lemma, info.noun_forms
    if genitive_plural and info.genitive_plural and info.pos in CONTENT_POS:
        return info.genitive_plural, frozenset({('gent', 'plur')})
    return None, None


def _is_number(token):
    """A number in digits or words (2, две, пять): the start of the next amount in a list."""
    return token.kind == 'num' or word_info(token.norm).pos == 'NUMR'


def _shared_head(tokens, index):
    """The noun coordinated adjectives share, after the first of them ends at `index`:
    (lemma, forms, next index) or None.

        27 междугородних и пригородных автобусных рейсов   -> рейс, to the noun
        4 золотые, 2 серебряные и 3 бронзовые медали        -> медаль, the span stays `4 золотые`
        трое пострадавших и двое раненых                    -> None: no noun, the adjective counts
    """
    n = len(tokens)
    at = index
    gapped = False
    for _ in range(MAX_ADJECTIVES):
        if at >= n or not (tokens[at].norm in COORDINATORS or tokens[at].text == ','):
            return None
        at += 1
        if at < n and _is_number(tokens[at]):
            gapped = True  # another amount: its noun is ours too, our span stays ours
            at += 1
        seen = 0
        while at < n and is_lower_word(tokens[at]) and word_info(tokens[at].norm).pos in ADJECTIVE_POS:
            at += 1
            seen += 1
        if not seen:
            return None
        if at < n and is_lower_word(tokens[at]):
            info = word_info(tokens[at].norm)
            if info.noun_lemma:
                return info.noun_lemma, info.noun_forms, (index if gapped else at + 1)
    return None


def _adverb_of_adjective(tokens, index, info):
    """An adverb made of an adjective right before an adjective inside a counted phrase: `социально`
    in `19 социально значимых продуктов`, `особо` in `12 особо охраняемых территорий`."""
    if info.pos != 'ADVB' or not (tokens[index].norm.endswith(ADJECTIVAL_ADVERB_ENDINGS)
                                  or tokens[index].norm in DEGREE_ADVERBS):
        return False
    return index + 1 < len(tokens) and is_lower_word(tokens[index + 1]) \
        and word_info(tokens[index + 1].norm).pos in ADJECTIVE_POS


def _adjective_of_noun(tokens, index, info):
    """A word read as a noun that may be an adjective (пожарный, учёный) before a noun it agrees with:
    `46 пожарных машин` counts machines, `12 учёных советов` councils (not `25 рабочих завода`)."""
    if info.pos != 'NOUN' or not info.adjective_forms or index + 1 >= len(tokens) \
            or not is_lower_word(tokens[index + 1]):
        return False
    after = word_info(tokens[index + 1].norm)
    return after.pos == 'NOUN' and bool(after.noun_forms & info.adjective_forms & info.noun_forms)


def noun_at(tokens, index, capitals=False, single=False, genitive_plural=False):
    """ADJ* NOUN at tokens[index]: (lemma, {(case, number)}, next index) or None.

    With `capitals`: a capitalised phrase (пять Золотых мячей, but not a name) or a
    quoted one (два «Оскара»), the closing quote taken along.  Adjectives with no
    noun after them stand for one when plural (трёх пострадавших, двое неизвестных),
    or after один (`single`: одного задержанного).
    """
    n = len(tokens)
    end = index
    adjectives = []
    if tuple(t.norm for t in tokens[index:index + 4]) == PERCENT_POINT_ABBREVIATION:
        return PERCENT_POINTS, frozenset(), index + 4
    if index < n and (tokens[index].text in CAPITAL_UNITS or tokens[index].norm in ENERGY_ONE_WORDS):
        lemma, after = _abbreviation_at(tokens, index)  # 50 МВт, 90 кВт·ч
        return lemma, frozenset(), after
    if index < n and tokens[index].norm in CASELESS_ABBREVIATIONS:
        lemma, after = _abbreviation_at(tokens, index)  # 34 Мбит/с
        return lemma, frozenset(), after
    quoted = capitals and index + 1 < n and tokens[index].text in OPEN_QUOTES and tokens[index + 1].glued
    if quoted:
        end += 1
    while end < n and _may_be_counted(tokens[end], capitals):
        token = tokens[end]
        abbreviation = _abbreviation_at(tokens, end)
        if abbreviation is not None:
            return abbreviation[0], frozenset(), abbreviation[1]
        if len(token.norm) == 1:
            break  # п, с: an abbreviation we do not know, or и, в after an adjective
        info = word_info(token.norm)
        if not quoted and not token.text[:1].islower() and info.proper:
            break  # 2019 Путин
        if info.pos in ADJECTIVE_POS and len(adjectives) < MAX_ADJECTIVES:
            adjectives.append(info)
            end += 1
            continue
        if _adverb_of_adjective(tokens, end, info):
            end += 1  # 19 социально значимых продуктов, 12 особо охраняемых территорий
            continue
        lemma, forms = _noun_reading(info, genitive_plural)
        if lemma and len(adjectives) < MAX_ADJECTIVES and _adjective_of_noun(tokens, end, info):
            adjectives.append(info)  # 46 пожарных машин: пожарных agrees with машин, not the firemen
            end += 1
            continue
        if lemma:
            if lemma == 'пункт' and adjectives and 'процентный' in adjectives[-1].lemmas:
                return PERCENT_POINTS, forms, end + 1
            # 25 метров в секунду: a unit of speed kept whole
            rate = tuple(t.norm for t in tokens[end + 1:end + 3])
            if lemma in SPEED_UNITS and rate in RATE_WORDS:
                return f'{lemma} {RATE_WORDS[rate]}', forms, end + 3
            if lemma == VESSEL and any(adjective.lemmas & COURT_ADJECTIVES for adjective in adjectives):
                lemma = COURT  # 15 районных судов: courts, not ships (both are `судов`)
            if lemma == LIVESTOCK_HEAD[0] and (_near_livestock(tokens, end) or _after_scale(tokens, index)):
                lemma = LIVESTOCK_HEAD[1]  # 1,5 млн голов скота; свыше 560 тыс. голов
            return lemma, forms, _close_quote(tokens, end + 1, quoted)
        break
    if adjectives and end < n and tokens[end].text in CAPITAL_UNITS:
        return CAPITAL_UNITS[tokens[end].text], frozenset(), end + 1  # 14 новых АЗС
    if adjectives:
        shared = _shared_head(tokens, end)
        if shared is not None:
            return shared
    if adjectives and adjectives[-1].adjective in MEDAL_ADJECTIVES:
        return MEDAL, frozenset(), _close_quote(tokens, end, quoted)  # 4 золотые, 1 бронзовую
    if adjectives and adjectives[-1].adjective in ELLIPTIC_ADJECTIVES:
        return None  # 42 из 49 возможных: the noun (баллов) is left out
    if adjectives and adjectives[-1].adjective and (adjectives[-1].plural or single):
        # трёх пострадавших: the last adjective is the counted word
        number = 'plur' if adjectives[-1].plural else 'sing'
        return adjectives[-1].adjective, frozenset({(None, number)}), _close_quote(tokens, end, quoted)
    return None


def _after_scale(tokens, index):
    """A scale word (тыс., млн, тысяч) right before tokens[index]: goals are never counted in thousands,
    so `560 тыс. голов` counts heads of animals."""
    at = index - 1
    if at >= 0 and tokens[at].text == '.':
        at -= 1
    return at >= 0 and (tokens[at].norm in SCALE_ABBREVIATIONS or tokens[at].norm in SCALE_WORDS)


def _near_livestock(tokens, index):
    """A word of livestock within a few words of tokens[index]: `поголовье ... 1,5 млн голов`,
    `40 тыс. голов крупного рогатого скота`."""
    for token in tokens[max(0, index - LIVESTOCK_WINDOW):index + LIVESTOCK_WINDOW]:
        if token.kind == 'word' and (token.norm in LIVESTOCK_LEMMAS or word_info(token.norm).lemmas & LIVESTOCK_LEMMAS):
            return True
    return False


def total_counted_at(tokens, index):
    """`из 17 регионов` at tokens[index], after a bare number (`в 14 из 17 регионов`): the total's
    (unit, lemma) for the number before it, or None."""
    if index + 1 >= len(tokens) or tokens[index].norm != OF_TOTAL:
        return None
    total = amount_at(tokens, index + 1)
    if total is None or total.bare:
        return None
    unit = unit_at(tokens, total.end)
    if unit is not None:
        return unit[0], None
    counted = noun_at(tokens, total.end, genitive_plural=takes_genitive_plural(total))
    return (None, counted[0]) if counted is not None else None


def these_noun_at(tokens, index):
    """`Из этих квартир`, `из всех аварий` at tokens[index]: the genitive plural noun after `из` and a word
    pointing back (lemma, {(case, number)}, next index), the things the bare numbers after it count; or None."""
    if index + 2 >= len(tokens) or tokens[index].norm != OF_TOTAL or tokens[index + 1].norm not in THESE_OPENERS:
        return None
    noun = noun_at(tokens, index + 2, genitive_plural=True)
    return noun if noun is not None and ('gent', 'plur') in noun[1] else None


def _after_possessive(tokens, index, genitive_plural):
    """`двое его сообщников`, `три их заместителя`: the genitive noun after a possessive pronoun
    that stands between the number and its noun, or None."""
    if index + 1 >= len(tokens) or tokens[index].norm not in POSSESSIVE_PRONOUNS:
        return None
    noun = noun_at(tokens, index + 1, genitive_plural=genitive_plural)
    if noun is None or not any(case == 'gent' for case, _ in noun[1]):
        return None
    return noun


def counted_at(tokens, index, capitals=False, single=False, genitive_plural=False, possessive=False):
    """COUNTED at tokens[index]: (lemma, {(case, number)}, next index) or None;
    takes coordinated nouns along; with `possessive`, a possessive pronoun may come first
    (`двое его сообщников`, but the span of `около ста миллионов его записей` ends at the scale)."""
    noun = noun_at(tokens, index, capitals, single, genitive_plural)
    if noun is None and possessive:
        noun = _after_possessive(tokens, index, genitive_plural)
    if noun is None:
        return None
    lemma, forms, end = noun
    # предложений и обращений: the same case and number after и/или
    while end + 1 < len(tokens) and tokens[end].norm in COORDINATORS:
        other = noun_at(tokens, end + 1)
        if other is None or not (forms & other[1]):
            break
        end = other[2]
    return lemma, forms, end
