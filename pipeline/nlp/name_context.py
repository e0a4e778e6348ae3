"""What the words around a person's name say of its case and gender.

A name is read in the case its context allows: the preposition before it (`к Маулену`),
the role noun it stands in apposition to (`спикер Сената Маулен`), a noun whose dependant
it is (`по словам Ерлана`), the past-tense verb it is the subject of (`Петрова рассказала`), a thing's noun in an oblique
case that owns it (`по пьесе Г. Мусрепова`: his genitive, unless a verb after it may be its), a role noun
before two names (`Жена Марата Оспанова Гульмира`: the first is its genitive, the second its apposition),
a noun of address or devotion before it (`Письмо Тому Хэнксу`: the dative one it goes to, or the writer's
genitive), a subject and its transitive verb before it (`Суд приговорил Нурлана Ибраева`: the accusative object),
an adjective that agrees with it (`26-летнего Райана Куглера`), a work's title in quotes before it (`«Сияние»
Стэнли Кубрика`: the author's genitive). `normalize` turns these into weights for `names.choose_reading`
(and `name_pairs` hands the case one of two joined names shows to the other).
"""

import re
from functools import lru_cache

from pipeline.nlp.mention_case import CLOSING_QUOTES, OPENING_QUOTES
from pipeline.nlp.morph import parse
# (is_cyrillic_word: also imported from here by normalize)
from pipeline.nlp.name_verbs import (is_cyrillic_text, is_cyrillic_word, is_giving_verb, is_plural_transitive,  # noqa: F401
                                     is_speech_verb, object_after_subject_verb, verb_before)
from pipeline.nlp.name_subjects import PAIR_JOINERS, SENTENCE_MARKS, subject_gender, subject_verb_after, subject_verb_before
from pipeline.nlp.names import normal_case

QUOTE_CHARS = set('«»“”„"\'')

# the case a preposition right before a name requires: `к Маулену`, `с Ерланом`
PREPOSITION_CASES = {
    'о': ('loct',), 'об': ('loct',), 'обо': ('loct',), 'при': ('loct',),
    'в': ('accs', 'loct'), 'во': ('accs', 'loct'), 'на': ('accs', 'loct'),
    'к': ('datv',), 'ко': ('datv',), 'по': ('datv',), 'благодаря': ('datv',), 'согласно': ('datv',),
    'с': ('ablt', 'gent'), 'со': ('ablt', 'gent'), 'за': ('ablt', 'accs'), 'под': ('ablt', 'accs'),
    'над': ('ablt',), 'перед': ('ablt',), 'между': ('ablt',), 'про': ('accs',), 'через': ('accs',),
    'у': ('gent',), 'от': ('gent',), 'до': ('gent',), 'для': ('gent',), 'без': ('gent',), 'из': ('gent',),
    'около': ('gent',), 'после': ('gent',), 'против': ('gent',), 'кроме': ('gent',), 'среди': ('gent',),
    'возле': ('gent',), 'вокруг': ('gent',), 'напротив': ('gent',), 'вместо': ('gent',),
}
# по словам Ерғали Сапарбекова, под председательством Арманжана Түйтебаева, по информации
# Н. Абенова: nouns of speech, data and leadership whose dependant name is a genitive
# (a time noun, `в пятницу Асхат Ерланов провёл`, is no such head: the name is the subject);
# `турнир памяти Бауыржана Момышулы`, `вечер в честь Мукагали Макатаева`: a person honoured is
# named in the genitive, whatever verb follows (`турнир памяти ... прошёл` is the tournament's)
GENITIVE_HEADS = frozenset('''
слово данные информация мнение оценка подсчёт сообщение заявление рассказ признание
председательство руководство участие приглашение инициатива поручение просьба указание
распоряжение приказ требование отношение адрес польза имя память честь
'''.split())
# `каждый год Айгуль Петрова приезжает`: a time noun before a name is no thing the name owns
TIME_NOUNS = frozenset('''
год месяц неделя день ночь утро вечер время раз лето зима осень весна сезон век час минута
понедельник вторник среда четверг пятница суббота воскресенье
'''.split())
# `письмо Найджелу Фаражу`, `памятник Абаю`: nouns of address, sending and devotion, whose person after them
# may be the dative one the thing goes to or honours
ADDRESS_NOUNS = frozenset('''
письмо звонок послание обращение телеграмма телефонограмма открытка посылка подарок памятник монумент
помощь благодарность претензия соболезнование поздравление ответ упрёк иск жалоба
'''.split())
# what ends the look-back for a noun in apposition (`пригласила ... министра`)
CLAUSE_POS = ('VERB', 'INFN', 'PRTS', 'PRTF', 'GRND', 'CONJ', 'PRCL', 'NPRO', 'ADVB', 'PRED', 'NUMR')
LOOK_BACK = 8
# a word read as a thing this many times more surely than as a person is no role noun
THING_OVER_ROLE = 2.0
# японца Кэнту Мацумото, француза Матье Леклерка: a noun of nationality or origin that has its own
# word for a woman (японка, француженка) names a man; `министр`, `аким` are said of women too
MALE_ORIGIN_NOUNS = frozenset('''
японец китаец кореец француз немец грузин армянин американец британец англичанин итальянец испанец
турок бразилец аргентинец мексиканец канадец австралиец казахстанец казах россиянин русский узбек киргиз
таджик туркмен азербайджанец украинец белорус поляк чех австриец швейцарец швед норвежец финн голландец
бельгиец португалец иранец индиец монгол уроженец житель
'''.split())
# `Раиса Абишева, урожденная Нуркина`, `в девичестве Нуркина`: the words before a birth surname
MAIDEN_WORDS = frozenset(('урожденная', 'урождённая', 'урожд', 'девичестве'))

# the lemmas compared with е for ё, once (pymorphy3 writes either)
ADDRESS_NOUNS_FOLDED = frozenset(noun.replace('ё', 'е') for noun in ADDRESS_NOUNS)


def is_address_noun(token):
    """`Письмо`, `памятник`: a noun of `ADDRESS_NOUNS` in the nominative or accusative."""
    return any(parsed.tag.POS == 'NOUN' and parsed.tag.case in ('nomn', 'accs')
               and parsed.normal_form.replace('ё', 'е') in ADDRESS_NOUNS_FOLDED
               for parsed in parse(token.text.lower())[:2])


def is_preposition(token):
    return any(parsed.tag.POS == 'PREP' for parsed in parse(token.text)[:2]) and token.text.islower()


def role_readings(token):
    """(case, gender) of a token read as a role noun: an animate noun in the singular
    (`координатора`: gent and accs, masc) or a noun-like adjective (`ведущей`: femn).
    A plural is no role of one person: `энергетики`, `политики` in `министра энергетики
    Ивана Белова`, `по вопросам политики Анне Ковач` are the genitives of the field."""
    return word_role_readings(token.text)


@lru_cache(maxsize=100_000)
def word_role_readings(text):
    """`role_readings` of a word, cached: the words before names recur, and each is read
    anew for every name it comes before."""
    if not is_cyrillic_text(text):
        return frozenset()
    found = set()
    role_score = thing_score = 0.0
    thing_genitive = False
    for parsed in parse(text):
        tag = parsed.tag
        if tag.POS == 'NOUN' and 'inan' in tag:
            thing_score += parsed.score
            thing_genitive = thing_genitive or tag.case == 'gent' and tag.number == 'sing'
        if not tag.case or {'Name', 'Surn', 'Patr'} & set(tag.grammemes) or tag.number == 'plur':
            continue
        if tag.POS == 'NOUN' and 'anim' in tag or tag.POS == 'ADJF' and 'Subx' in tag:
            found.add((normal_case(tag.case), tag.gender))
            role_score += parsed.score
    # `директора парка Серика`: `парка` is the park's genitive far more often than the garment
    # or the goddess, so it is a dependant that hands the role on to `директора`, no role itself
    # (`главе района`: a dative or locative thing is no dependant, `главе` stays a role)
    if thing_genitive and thing_score > THING_OVER_ROLE * role_score:
        return frozenset()
    return frozenset(found)


def governs_genitive(token):
    """`словам`, `председательством`, `информации`: a noun (any case) whose
    dependant name after it is in the genitive."""
    return word_governs_genitive(token.text)


@lru_cache(maxsize=100_000)
def word_governs_genitive(text):
    """`governs_genitive` of a word, cached as `word_role_readings` is."""
    if not is_cyrillic_text(text):
        return False
    return any(parsed.tag.POS == 'NOUN' and parsed.normal_form.replace('ё', 'е') in
               {noun.replace('ё', 'е') for noun in GENITIVE_HEADS} for parsed in parse(text)[:3])


def apposition(doc, span, entity_tokens=None):
    """(cases allowed by the words before a person mention or None, 'femn', 'masc' or None,
    whether the cases are a role noun's).

    `к Маулену`: the preposition's cases; `спикер Сената Маулен`,
    `Заместитель председателя Сената Жакип`: the cases of the head noun
    (`спикер`, `Заместитель`; a genitive dependant does not count). A feminine head
    (`журналистки`, `ведущей`) makes the name a woman's; a masculine one does not
    make it a man's (`министр` is said of women too) unless it is a noun of nationality
    or origin (`японца`: a woman is `японка`). A name after a role noun may also
    be its genitive dependant (`советник Трампа`), which the third value tells.
    """
    index = span.start - 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    if index < 0:
        return ({'accs'}, accusative_gender(span), False) if object_before_plural_verb(doc, span) else (None, None, False)
    before = doc[index]
    if is_maiden_name(span):
        # `урожденная Петрова`: a woman's surname in the nominative
        return {'nomn'}, 'femn', False
    # (`О Бекзате Жанибекове рассказали`: a preposition opening the sentence is capitalised)
    if before.text.lower() in PREPOSITION_CASES and (before.text.islower() or opens_sentence(before)):
        return set(PREPOSITION_CASES[before.text.lower()]), None, False
    if entity_tokens is None:
        entity_tokens = {token.i: ent.label_ for ent in doc.ents for token in ent}
    shared = preposition_of_list(doc, index, entity_tokens)
    if shared:
        # `с Реджепом Эрдоганом и Мевлютом Чавушоглу`: a name joined to one after a preposition shares its
        # case (a clause joined by `, и` is no such list: `с Иваном, и Мевлют рассказал`)
        return set(PREPOSITION_CASES[shared]), None, False
    opener = list_opener(doc, index, entity_tokens) or before
    if opener.text.islower() and is_giving_verb(opener):
        # `грамоты вручили Руслану Ахметову`, `вручили Дине Мусаевой и Руслану Ахметову`: the person a verb
        # of awarding goes to is a dative (his, not the accusative of a woman's `Руслана`); a genitive is
        # not ruled out (`вручили Ивановой Вали`: the school's way, surname first, a first name as said)
        return {'datv', 'gent'}, None, False
    if before.text.islower() and is_speech_verb(before):
        # `сообщила Дина Сабитова`, `сказал Руслану Ахметову`: after a verb of saying a person is its speaker
        # put last or the one spoken to, no accusative (`Дин Сабитов`'s, `Руслана`'s)
        return {'nomn', 'datv'}, None, False
    if is_plural_transitive(before) and before.text.islower() and not opens_list(doc, span, entity_tokens):
        # `журналисты встретили Кьяру Пьяццу`: one person after a plural transitive verb is no subject of
        # it but its object, an accusative (her `Кьяра`, not the dative of a `Кьяр`); a list of names
        # after it may be its subjects (`письма получили Исабекова Гульнара, Тлеубаев Асет и ...`)
        return {'accs'}, accusative_gender(span), False
    if object_after_subject_verb(doc, index) and not entity_tokens.get(index - 1):
        return {'accs'}, accusative_gender(span), False
    # (a word ending an organisation's name governs nothing: `Эксперт Института международных
    # отношений Шарлотта Беккер` is in apposition to `Эксперт`)
    if (before.text.islower() or before.is_sent_start) and governs_genitive(before) \
            and not entity_tokens.get(index):
        return {'gent'}, None, False
    if owned_by_name(doc, index, entity_tokens):
        # `Письмо Найджелу Фаражу`, `Памятник Абаю`: the one a letter goes to or a monument honours is a dative
        # (the writer's genitive stays possible: `письмо Найджела Фаража`)
        return ({'datv', 'gent'} if is_address_noun(before) else {'gent'}), None, False
    if before.text in PAIR_JOINERS and owned_in_oblique_case(doc, index, span, entity_tokens):
        return {'gent'}, None, False
    head = None
    preposition = None
    for position in range(index, max(-1, index - LOOK_BACK), -1):
        token = doc[position]
        if token.is_space or token.text in QUOTE_CHARS:
            continue
        if entity_tokens.get(position) == 'PER' or (token.is_punct and token.text not in QUOTE_CHARS):
            break
        if entity_tokens.get(position):
            continue
        lower = token.text.lower()
        if lower in PREPOSITION_CASES and token.text.islower():
            preposition = lower
            break
        if lower in PAIR_JOINERS:
            # `Нападающий «Реала» и сборной Португалии Криштиану Роналду`: `и` is passed over (pymorphy3 also
            # reads it as an abbreviated noun in every case, which made it a role noun of every case)
            continue
        found = role_readings(token)
        if found:
            # `председателя` in `Заместитель председателя`: a genitive
            # dependant hands the head role on to the noun before it
            if head is None or 'gent' in head[1]:
                head = (position, {case for case, _ in found}, {gender for _, gender in found})
            else:
                break
        elif is_cyrillic_word(token) and parse(token.text) and parse(token.text)[0].tag.POS in CLAUSE_POS:
            break
        if token.is_sent_start:
            break
    if head is None:
        # (after `и` or a comma it was asked above)
        if before.text not in PAIR_JOINERS and owned_in_oblique_case(doc, index, span, entity_tokens):
            return {'gent'}, None, False
        if object_before_plural_verb(doc, span):
            return {'accs'}, accusative_gender(span), False
        return None, None, False
    if span.end < len(doc) and entity_tokens.get(span.end) == 'PER' and entity_tokens.get(span.end + 1) != 'PER' \
            and doc[span.end - 1].whitespace_:
        # `Жена Марата Оспанова Гульмира работает`: the role noun is the next name's, a lone first name,
        # this one its genitive (`с изобретателем Тимом Бернерсом-Ли Аарон Шварц` names two in full)
        return {'gent'}, None, False
    cases = set(head[1])
    if preposition and head[0] > 0 and doc[head[0] - 1].text.lower() == preposition:
        cases &= set(PREPOSITION_CASES[preposition]) or cases
    if head[2] == {'femn'}:
        return cases, 'femn', True
    return cases, 'masc' if names_man(doc[head[0]]) else None, True


def list_member_start(index, entity_tokens):
    """The first token of the name that ends right before the joiner at `index`."""
    start = index - 1
    while start > 0 and entity_tokens.get(start - 1) == 'PER':
        start -= 1
    return start


def list_opener(doc, index, entity_tokens):
    """The token before the first of the names that `и` or commas join, `index` the joiner before the
    last (`с Ивановым, Петровым и Сидоровым` -> `с`), or None."""
    opener = None
    while index > 0 and doc[index].text in PAIR_JOINERS and entity_tokens.get(index - 1) == 'PER':
        index = list_member_start(index, entity_tokens) - 1
        while index >= 0 and doc[index].is_space:
            index -= 1
        opener = doc[index] if index >= 0 else None
    return opener


def preposition_of_list(doc, index, entity_tokens):
    """The preposition before the first of the names that `и` or commas join (`list_opener`), or None."""
    opener = list_opener(doc, index, entity_tokens)
    if opener is not None and opener.text.lower() in PREPOSITION_CASES and opener.text.islower():
        return opener.text.lower()
    return None


def owned_by_name(doc, index, entity_tokens):
    """`визит Си Цзиньпина`, `Выставка Фёдора Кравченко открылась`: a thing's noun in the nominative or
    accusative right before a name, no preposition before it, has the name as its genitive (a verb
    after the name agrees with the noun); not a time noun (`каждый год Айгуль Петрова приезжает`),
    nor one that may be a genitive itself (`ведущей ток-шоу Опре Уинфри`: the name is the host's; an abbreviation's
    reading is none, `гол` in `Гол Килиана Мбаппе` read as `гол.`, голландский)."""
    token = doc[index]
    if entity_tokens.get(index) or not is_cyrillic_word(token) or not (token.text.islower() or token.is_sent_start):
        return False
    parses = parse(token.text)
    if not parses:
        return False
    tag = parses[0].tag
    if tag.POS != 'NOUN' or 'inan' not in tag or tag.number != 'sing' or tag.case not in ('nomn', 'accs') \
            or any(parsed.tag.POS == 'NOUN' and 'anim' in parsed.tag for parsed in parses) \
            or any(parsed.tag.case == 'gent' and 'Abbr' not in parsed.tag for parsed in parses) \
            or parses[0].normal_form.replace('ё', 'е') in TIME_NOUNS:
        return False
    before = index - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    return before < 0 or not (doc[before].text.lower() in PREPOSITION_CASES or is_preposition(doc[before]))


def owned_in_oblique_case(doc, index, span, entity_tokens):
    """`по пьесе Г. Мусрепова`, `юбилеям Г. Мусрепова и С. Муканова`, `по роману С. Муканова «Ботагоз»`:
    a thing's noun in a case other than the nominative and the accusative (no role noun before it) right
    before a name is its owner, the name its genitive (his `Мусрепов`, not her `Мусрепова`), unless a verb
    after the name in its clause may have it for subject (`По итогам олимпиады А. Сейтова заняла`)."""
    token = doc[index]
    if token.text in PAIR_JOINERS and index > 0 and entity_tokens.get(index - 1) == 'PER':
        # `юбилеям Г. Мусрепова и С. Муканова`: the second of a pair shares the first one's owner
        start = list_member_start(index, entity_tokens)
        return start > 0 and not doc[start - 1].is_space \
            and owned_in_oblique_case(doc, start - 1, doc[start:index], entity_tokens) and not subject_verb_after(doc, span)
    if entity_tokens.get(index) or not token.text.islower() or not is_cyrillic_word(token):
        return False
    # (the readings of a name do not count: `роману` is no form of Роман nor of Романа here)
    parses = [parsed for parsed in parse(token.text) if not {'Name', 'Surn', 'Patr'} & set(parsed.tag.grammemes)]
    if not parses or parses[0].tag.POS != 'NOUN' or any(parsed.tag.POS == 'NOUN' and 'anim' in parsed.tag for parsed in parses) \
            or any(parsed.tag.case in ('nomn', 'accs') for parsed in parses) \
            or parses[0].normal_form.replace('ё', 'е') in TIME_NOUNS:
        return False
    return not role_before_phrase(doc, index, entity_tokens) and not subject_verb_after(doc, span) \
        and not subject_verb_before(doc, index)


def role_before_phrase(doc, index, entity_tokens):
    """`соседка по ряду Нодира Ахмедова`, `проректор КазНУ по науке Гульнара Омарова`: the thing's noun
    closes a prepositional phrase that tells of a role noun before it (past the role's organisation or
    genitive dependants); the name stands in apposition to that noun, not owned by the thing."""
    position = index - 1
    while position >= 0 and (doc[position].is_space or is_cyrillic_word(doc[position]) and doc[position].text.islower()
                             and parse(doc[position].text) and parse(doc[position].text)[0].tag.POS == 'ADJF'):
        position -= 1
    if position < 1 or not (doc[position].text.islower() and is_preposition(doc[position])):
        return False
    for position in range(position - 1, max(-1, position - 1 - LOOK_BACK), -1):
        token = doc[position]
        if token.is_space or entity_tokens.get(position) and entity_tokens.get(position) != 'PER':
            continue
        if entity_tokens.get(position) or token.is_punct or not is_cyrillic_word(token):
            return False
        parses = parse(token.text)
        # (`премьеру по пьесе`: pymorphy3 reads a thing first, though `премьер` is a role)
        if role_readings(token) and parses and 'anim' in parses[0].tag:
            return True
        if not parses or parses[0].tag.POS in CLAUSE_POS or is_preposition(token):
            return False
    return False


def next_word_index(doc, index):
    """The index of the first non-space token from `index` on (len(doc) if none)."""
    while index < len(doc) and doc[index].is_space:
        index += 1
    return index


def joined_partner_start(doc, end):
    """Where the word after a comma or `и` right after a name ending at `end` starts, or None (no joiner)."""
    joiner = next_word_index(doc, end)
    if joiner >= len(doc) or doc[joiner].text not in PAIR_JOINERS:
        return None
    return next_word_index(doc, joiner + 1)


def opens_list(doc, span, entity_tokens):
    """Another person follows the name after a comma or `и` (`Исабекова Гульнара, Тлеубаев Асет`)."""
    start = joined_partner_start(doc, span.end)
    return start is not None and entity_tokens.get(start) == 'PER'


def accusative_gender(span):
    """'femn' for an accusative name whose first word ends in -у, -ю (`Кьяру`, `Джорджу`, `Марию`): the
    accusative of a name in -а, -я, a woman's (a man's accusative in a consonant is his genitive,
    `Марко` shows nothing); else None."""
    words = [token.text for token in span if not token.is_punct and not token.is_space]
    return 'femn' if words and words[0].lower().endswith(('у', 'ю')) and len(words[0]) > 2 else None


def object_before_plural_verb(doc, span):
    """`Джорджу Мелони встретили в аэропорту`: a name opening its sentence before a plural transitive verb
    is the verb's object, put first; one of two joined names (`Кьяра и Марко уехали`) is not."""
    if not span[0].is_sent_start or span.end >= len(doc):
        return False
    after = span.end
    while after < len(doc) and doc[after].is_space and '\n' not in doc[after].text:
        after += 1
    return after < len(doc) and doc[after].text.islower() and is_plural_transitive(doc[after])


def names_man(token):
    """`японца`, `уроженцу`: a role noun of nationality or origin, said of a man only."""
    return any(parsed.tag.POS == 'NOUN' and parsed.normal_form.replace('ё', 'е') in MALE_ORIGIN_NOUNS
               for parsed in parse(token.text)[:2])


# per word: a locative after a role noun that is in no locative, ruled out
ROLE_LOCATIVE_WEIGHT = 5.0


def case_weights(cases, gender=None, role_gender=None, after_role=False):
    """case (and gender) -> score adjustment per word for `names.choose_reading`:
    `gender` of the verb after the name (its subject), `role_gender` of the noun before it;
    `after_role`: `cases` are a role noun's, whose genitive dependant the name may be
    (`советник Трампа`, `агент Путина`): the genitive is not ruled out, the document's
    other names decide."""
    from pipeline.nlp.names import CASE_HINT_WEIGHT, CASES, NO_PREPOSITION_LOCATIVE_WEIGHT
    if gender and (cases is None or 'nomn' in cases):
        cases = {'nomn'}
    else:
        # `с главой ... Майклом О'Лири указала`: the verb has another subject
        gender = None
    if cases is None:
        # no preposition, no head noun: a locative needs a preposition (`направили Джордже Мелони`
        # is her dative, not the locative of Джордж that pymorphy3 knows best)
        weights = {'loct': -NO_PREPOSITION_LOCATIVE_WEIGHT}
    else:
        weights = {case: CASE_HINT_WEIGHT if case in cases else -CASE_HINT_WEIGHT for case in CASES}
        if after_role and 'gent' not in cases:
            weights['gent'] = 0.0
        if 'loct' not in cases:
            # `адвокат Асии Биби покинул`: a name after a role noun shares its case or is its
            # genitive, never a locative (of a man's `Асий`, though the verb is his)
            weights['loct'] = -ROLE_LOCATIVE_WEIGHT
    if gender or role_gender:
        weights[gender or role_gender] = CASE_HINT_WEIGHT
    return weights


def subject_after_verb_weights(weights):
    """`case_weights` after a verb of `verb_before`: the nominative raised, the accusative that such a verb
    never governs lowered; no gender (`он увлекся Карлой Бруни`: the verb's subject is another), and the
    other cases kept, for an intransitive verb may govern a dative (`досталась Дэвиду Бейкеру`, whose
    `Бейкеру` may read as written) or an instrumental."""
    from pipeline.nlp.names import CASE_HINT_WEIGHT
    weights = dict(weights)
    weights['nomn'] = weights.get('nomn', 0.0) + CASE_HINT_WEIGHT
    weights['accs'] = weights.get('accs', 0.0) - CASE_HINT_WEIGHT
    return weights


def person_case_weights(doc, span, entity_tokens):
    """The case and gender hints of a person's mention for `names.person_normal`: its apposition, the
    verb after it, and a verb before it that cannot have it for object (`verb_before`)."""
    cases, role_gender, after_role = apposition(doc, span, entity_tokens)
    gender = subject_gender(doc, span)
    if cases is None and gender is None and after_title(doc, span, entity_tokens):
        cases = {'gent'}
    if cases is None and gender is None:
        cases, role_gender = agreeing_adjective(doc, span, entity_tokens)
    weights = case_weights(cases, gender, role_gender, after_role)
    if cases is None and gender is None and verb_before(doc, span):
        # `назначена Дина Сабитова`: the subject put after its verb, not Дин Сабитов's accusative
        weights = subject_after_verb_weights(weights)
    return weights


# `26-летнего`, `35‑летней`: an age before a name, the adjective after the number's hyphen
AGE_RE = re.compile(r'^\d+[-‑–]([а-яё]+)$')


def agreeing_adjective(doc, span, entity_tokens):
    """(cases, 'masc', 'femn' or None) of an adjective right before a name, which agrees with it: `видео
    26-летнего Райана Куглера`, `суд арестовал 35-летнего Юрия Заруцкого`, `влияние покойного Ким Чен Ира`;
    (None, None) when there is none (a pronoun, `этого`, `своего`, is none: it may be another noun's). A person
    is animate: `35-летний Эйдзи Кавасима` is no accusative (that of a man would be `35-летнего`)."""
    index = span.start - 1
    while index >= 0 and doc[index].is_space and '\n' not in doc[index].text:
        index -= 1
    if index < 0 or entity_tokens.get(index):
        return None, None
    text = doc[index].text
    age = AGE_RE.match(text.lower())
    word = age.group(1) if age else text
    if not word.islower() or not is_cyrillic_text(word):
        return None, None
    parses = parse(word)
    readings = [parsed.tag for parsed in parses if parsed.tag.POS in ('ADJF', 'PRTF')
                and 'Apro' not in parsed.tag and 'inan' not in parsed.tag and parsed.tag.number == 'sing'
                and parsed.tag.case]
    if not readings or parses[0].tag.POS not in ('ADJF', 'PRTF'):
        return None, None
    genders = {'femn' if tag.gender == 'femn' else 'masc' for tag in readings}
    return {normal_case(tag.case) for tag in readings}, genders.pop() if len(genders) == 1 else None


def after_title(doc, span, entity_tokens):
    """`«Сияние» Стэнли Кубрика`, `в фильме «Сталкер» Андрея Тарковского`: a name right after the title of a work
    in quotes (no organisation's name, `АО «Казахтелеком» Ерлан Абенов`) is its author's genitive, unless a verb
    after the name may have it for subject (`в программе «Время» Анна Петрова рассказала`)."""
    index = span.start - 1
    while index >= 0 and doc[index].is_space and '\n' not in doc[index].text:
        index -= 1
    if index < 1 or doc[index].text not in CLOSING_QUOTES or entity_tokens.get(index):
        return False
    opening = index - 1
    while opening >= 0 and doc[opening].text not in OPENING_QUOTES and doc[opening].text not in SENTENCE_MARKS:
        opening -= 1
    return opening >= 0 and doc[opening].text in OPENING_QUOTES and not entity_tokens.get(opening) \
        and not subject_verb_after(doc, span)


def opens_sentence(token):
    """The token is the text's first or follows a sentence's end or a line break."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.text in ('.', '!', '?', '…') or '\n' in before.text


def is_maiden_name(span):
    """`Раиса Кенесовна Абишева, урожденная Нуркина`, `Абишева (в девичестве Нуркина)`: a mention
    right after урожденная / в девичестве is the surname the woman named before it was born with."""
    index = span.start - 1
    doc = span.doc
    while index >= 0 and (doc[index].is_space or doc[index].text == '.'):
        index -= 1
    return index >= 0 and doc[index].text.lower() in MAIDEN_WORDS
