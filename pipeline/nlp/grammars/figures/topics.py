"""Fronted topics: a genitive plural noun opening a clause before its number names what a bare number counts.

    Уголовных дел поступило 27 400                         -> 27 400 дел
    Лошадей в регионе 152 тыс., верблюдов – 6 800          -> 152 тыс. лошадей, 6 800 верблюдов
    Аварий на водопроводе за прошлый год произошло 1 120   -> 1 120 аварий
    Из них иностранцев – 85 тыс.                           -> 85 тыс. иностранцев

The topic opens its sentence or a clause (after a comma or colon, `, но` / `, а`, `Из них` / `среди них`), may
take coordinated or graded adjectives, a participle clause between commas or prepositional phrases before its
verb, and reaches its number across a few words, an aside or an age (elided.py gives the noun; its docstring
tells the rules and their figures).  Split from elided.py when it passed 600 lines; the rules are unchanged.
A comparative right after the topic's verb leads it to the size of the difference (`Краж стало меньше на 214, до
1 112`: thefts, and the new value takes them from it; round figures33, its figures in durations.py)."""

from pipeline.nlp.grammars.figures.objects import noun_at
from pipeline.nlp.grammars.figures.tokens import LIST_DASHES
from pipeline.nlp.grammars.figures.vocabulary import NUMBER_WORDS, PART_OF_THEM
from pipeline.nlp.grammars.figures.words import VERB_LIKE_POS, is_verb_like, word_info

# уголовных дел поступило 27 400, заявок подано 120: a verb or a short participle (VERB_LIKE_POS) stands between
# the noun and the number; the words of a prepositional phrase before it are neither it nor a second preposition
PHRASE_STOP_POS = VERB_LIKE_POS | {'PREP'}


def fronted_nouns(tokens):
    """{number index: (noun index, lemma)} of a genitive plural noun opening a clause right before its
    verb, the number after the verb: `Уголовных дел поступило 27 400`, `..., жалоб поступило 120`; and
    the same for a number a few words after the noun (`Лошадей в регионе 152 тыс., верблюдов – 6 800`),
    which yields to a noun the sentence's figures named before (`Поголовье овец составляет 860 тыс.
    голов, коз – 240 тыс.`: heads)."""
    found, gapped, topics = {}, {}, {}
    for index, token in enumerate(tokens):
        if token.kind != 'word' or not (index == 0 or tokens[index - 1].sentence != token.sentence
                                        or tokens[index - 1].text in CLAUSE_OPENERS or _after_contrast(tokens, index)
                                        or _after_part_cue(tokens, index)):
            continue
        noun = noun_at(tokens, index, capitals=True)
        if noun is None or ('gent', 'plur') not in noun[1]:
            opening = index == 0 or tokens[index - 1].sentence != token.sentence
            noun = _modified_topic(tokens, index) or _dashed_adjective(tokens, noun, opening)
        if noun is None or ('gent', 'plur') not in noun[1]:
            continue
        verb = _after_prepositional_phrases(tokens, _after_participle_clause(tokens, noun[2]))
        if verb + 1 < len(tokens) and tokens[verb].kind == 'word' and word_info(tokens[verb].norm).pos in VERB_LIKE_POS:
            found[verb + 1] = (index, noun[0])
            compared = _compared_size_at(tokens, verb + 1)
            if compared is not None:
                found[compared] = (index, noun[0])  # Краж стало меньше на 214
            topics.setdefault(token.sentence, (index, noun[0]))
            continue
        number = _gapped_fronted(tokens, index, noun[2])
        if number is not None:
            gapped[number] = (index, noun[0], noun[0] in KIND_HEADS and _has_kind(tokens, noun[2]))
    return found, gapped, topics


# Краж стало меньше на 214: a comparative right after the topic's verb, then the size of the difference
TOPIC_COMPARATIVES = frozenset('больше меньше'.split())


def _compared_size_at(tokens, at):
    """The index of `на` opening the size of a difference right after a fronted topic's verb (`Краж стало
    меньше на 214, до 1 112`: thefts, and the new value after it takes them too), or None."""
    if at + 2 < len(tokens) and tokens[at].norm in TOPIC_COMPARATIVES and tokens[at + 1].norm == 'на' \
            and tokens[at + 2].kind == 'num':
        return at + 1
    return None


# вакансий врачей, случаев кори, заявок фермеров: nouns counting posts or cases of a kind their genitive names
# (not `Учителей школ – 1 200, воспитателей – 800`: teachers, then carers)
KIND_HEADS = frozenset('вакансия ставка случай заявка обращение жалоба'.split())


def _has_kind(tokens, at):
    """A genitive plural noun at tokens[at] right after a fronted topic names its kind (`Вакансий врачей –
    девятнадцать`): the list items after it may name only another kind (`медсестер – одиннадцать`)."""
    if at >= len(tokens) or tokens[at].kind != 'word':
        return False
    info = word_info(tokens[at].norm)
    return info.pos == 'NOUN' and ('gent', 'plur') in info.noun_forms


# ..., жалоб поступило 120; Педагогов не хватает: вакансий учителей – 25: the marks a fronted topic may follow
CLAUSE_OPENERS = frozenset({',', ':'})
# 1 140 медиков, но вакансий фельдшеров около 60: a clause a contrast opens after its comma
CONTRASTS = frozenset({'но', 'а', 'однако'})


def _after_contrast(tokens, index):
    """tokens[index] opens a clause after `, но` / `, а` (`..., но вакансий фельдшеров по-прежнему около 60`)."""
    return index >= 2 and tokens[index - 1].norm in CONTRASTS and tokens[index - 2].text == ',' \
        and tokens[index - 2].sentence == tokens[index].sentence


# Из них иностранцев – 85 тыс., среди них женщин – 40%: a cue of a part opening the clause before its topic
PART_CUE_OPENERS = PART_OF_THEM | {('среди', 'них')}


def _after_part_cue(tokens, index):
    """tokens[index] follows `Из них` / `из которых` / `среди них` opening its clause (`Из них иностранцев – 85
    тыс.`: foreigners, not the tourists of the sentence before)."""
    if index < 2 or (tokens[index - 2].norm, tokens[index - 1].norm) not in PART_CUE_OPENERS:
        return False
    at = index - 2
    return at == 0 or tokens[at - 1].sentence != tokens[at].sentence or tokens[at - 1].text in CLAUSE_OPENERS


# Иностранцев, поставленных на учет, стало ...: the participle clause a fronted noun may take between commas
PARTICIPLE_CLAUSE = 8


def _after_participle_clause(tokens, at):
    """The index after a participle clause between commas at tokens[at] (`, поставленных на учет,`), or `at`."""
    if not (at + 1 < len(tokens) and tokens[at].text == ',' and tokens[at + 1].kind == 'word'
            and word_info(tokens[at + 1].norm).pos == 'PRTF'):
        return at
    for close in range(at + 2, min(len(tokens), at + 2 + PARTICIPLE_CLAUSE)):
        if tokens[close].sentence != tokens[at].sentence or tokens[close].kind == 'num':
            return at
        if tokens[close].text == ',':
            return close + 1
    return at


# Аварий на водопроводе за прошлый год произошло 1 120: the prepositional phrases a fronted topic may take before
# its verb (a preposition and the few words it governs each)
TOPIC_PHRASES = 2
TOPIC_PHRASE_WORDS = 3


def _after_prepositional_phrases(tokens, at):
    """The index after the prepositional phrases at tokens[at] (`на водопроводе за прошлый год`) when a verb of
    the topic's clause follows them, or `at`: `Аварий на водопроводе за прошлый год произошло 1 120`."""
    sentence = tokens[at].sentence if at < len(tokens) else None
    end = at
    for _ in range(TOPIC_PHRASES):
        if end >= len(tokens) or tokens[end].kind != 'word' or tokens[end].sentence != sentence \
                or word_info(tokens[end].norm).pos != 'PREP':
            break
        words = end + 1
        while words < len(tokens) and words - end <= TOPIC_PHRASE_WORDS and tokens[words].kind == 'word' \
                and tokens[words].sentence == sentence and word_info(tokens[words].norm).pos not in PHRASE_STOP_POS:
            words += 1
        if words == end + 1:
            break
        end = words
        if end < len(tokens) and tokens[end].kind == 'word' and word_info(tokens[end].norm).pos in VERB_LIKE_POS:
            return end
    return at


# Тяжких и особо тяжких преступлений – 126, Особо крупных хищений – 58: the words before the noun's own adjectives
TOPIC_JOINERS = frozenset({'и', 'или'})
TOPIC_MODIFIER_POS = frozenset({'ADJF', 'PRTF', 'ADVB'})
TOPIC_MODIFIERS = 5


def _modified_topic(tokens, index):
    """A fronted noun whose adjectives are coordinated or graded (`Тяжких и особо тяжких преступлений`,
    `Особо крупных хищений`): noun_at from the last adjective run before the noun, or None."""
    start = None
    for at in range(index, min(len(tokens), index + TOPIC_MODIFIERS)):
        token = tokens[at]
        if token.kind != 'word' or token.sentence != tokens[index].sentence:
            return None
        pos = word_info(token.norm).pos
        if token.norm in TOPIC_JOINERS or pos == 'ADVB':
            start = at + 1  # the adjectives of the noun start after the joiner or the adverb
        elif pos not in TOPIC_MODIFIER_POS:
            break
    if start is None or start == index:
        return None
    noun = noun_at(tokens, start, capitals=True)
    return noun if noun is not None and noun[2] > start + 1 else None  # an adjective before the noun


def _dashed_adjective(tokens, noun, opening):
    """A plural adjective standing for a noun as the topic of a dash (`Прибывших – 2 400`, `Пострадавших –
    12`), maybe, opening its sentence, with a prepositional phrase of its own before the dash (`Родившихся за
    месяц – 2 035`; after a comma the adjective is rather a kind of the noun before it, `свыше 420 атлетов,
    казахстанских среди них – 24`): read as a genitive plural, since a case pymorphy3 cannot tell is the
    topic's genitive here."""
    if noun is None or noun[1] != frozenset({(None, 'plur')}):
        return None
    at = noun[2]
    if opening and at < len(tokens) and tokens[at].kind == 'word' and word_info(tokens[at].norm).pos == 'PREP':
        while at < len(tokens) and at - noun[2] <= FRONTED_GAP and tokens[at].kind == 'word':
            at += 1
    if at + 1 >= len(tokens) or tokens[at].text not in LIST_DASHES:
        return None
    return noun[0], frozenset({('gent', 'plur')}), noun[2]


# Лошадей в регионе 152 тыс.: the words a fronted noun may stand from its number
FRONTED_GAP = 4


def _gapped_fronted(tokens, index, noun_end):
    """The index of a number a few words after a fronted genitive plural noun, in its clause: `Лошадей в
    регионе 152 тыс.`, `..., верблюдов – 6 800`, `Трехсменных школ в городе осталось 9`; or None.
    A one-word aside between commas (`мошенничеств, напротив, стало больше – 912`) and an age (`Детей до
    14 лет в стране почти 5,8 млн`) stand in the gap without counting in it, and so do the tokens of a date."""
    sentence = tokens[index].sentence
    at, words, dashed = noun_end, 0, False
    while at < len(tokens) and words <= FRONTED_GAP:
        token = tokens[at]
        if token.sentence != sentence or token.text in (';', ':', '(', '.'):
            return None
        if token.text == ',':
            if not (at + 2 < len(tokens) and tokens[at + 1].kind == 'word' and tokens[at + 2].text == ','
                    and word_info(tokens[at + 1].norm).pos in ASIDE_POS):
                return None
            at += 3  # , напротив,
            continue
        if token.skip:
            at += 1  # a date's day stands in the gap, no count: `Вакансий врачей на 1 октября оставалось 75`
            continue
        if token.kind == 'num' or (dashed and token.norm in NUMBER_WORDS) or (  # больниц – три
                token.norm in NUMBER_WORDS and is_verb_like(tokens[at - 1].norm)):  # выявлено сорок
            if _is_age(tokens, at):
                at += 2  # до 14 лет
                continue
            return at
        at += 1
        # after the dash only the figure's qualifier stands before its number: the topic's words are counted
        # up to the dash (`Вакансий на электронной бирже труда – около 6 тыс.`)
        dashed = dashed or token.text in LIST_DASHES
        words += not dashed
    return None


# Детей до 14 лет ..., лиц старше 65 лет: an age bounding a fronted noun, not its number
AGE_BOUNDS = frozenset({'до', 'от', 'старше', 'младше', 'свыше'})
AGE_NOUNS = frozenset({'лет', 'года', 'год'})
# напротив, например, также, впрочем: the one-word asides a fronted noun may stand before
ASIDE_POS = frozenset({'ADVB', 'CONJ', 'PRCL'})


def _is_age(tokens, at):
    """`до 14 лет` at tokens[at] (the number): an age after a bounding preposition."""
    return (at > 0 and tokens[at - 1].norm in AGE_BOUNDS and at + 1 < len(tokens)
            and tokens[at + 1].norm in AGE_NOUNS)
