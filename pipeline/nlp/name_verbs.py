"""The verbs around a person's name and what they tell of its case: a verb of giving or saying before it
(`вручили Руслану`, `сообщила Дина`), a plural transitive one whose object it is (`встретили Кьяру`), a
verb that cannot have it for object (`назначена Дина Сабитова`), a verb after it whose subject it may be
(`заняла`), a transitive verb after its own subject (`Суд приговорил Нурлана`: the name is its object).
name_context.py weighs these with the nouns and prepositions around the name.
"""

from functools import lru_cache

from pipeline.nlp.kazakh import has_kazakh, is_russian_adjective
from pipeline.nlp.morph import parse


def is_cyrillic_word(token):
    """`is_cyrillic_text` of a token."""
    return is_cyrillic_text(token.text)


@lru_cache(maxsize=100_000)
def is_cyrillic_text(text):
    """A Russian word (hyphens aside): cached, asked of each word before every name (36 K calls on
    NEREL train, 0.2 s of CPU uncached)."""
    return text.replace('-', '').isalpha() and (not has_kazakh(text) or is_russian_adjective(text)) \
        and any('а' <= char <= 'я' or char == 'ё' for char in text.lower())


def may_have_her(token):
    """A verb in the singular that a woman's name may be the subject of: a feminine past tense
    (`заняла`) or a third person (`занимает`); `поставил` has a man or a masculine noun for subject."""
    if not token.text.islower() or not is_cyrillic_word(token):
        return False
    parses = parse(token.text)
    tag = parses[0].tag if parses else None
    return tag is not None and tag.POS == 'VERB' and tag.number == 'sing' \
        and (tag.tense == 'past' and tag.gender == 'femn' or tag.person == '3per')


# `направили Юнкеру`, `посвятили Жамбылу`: verbs of giving, sending, dedicating and telling, whose person after them
# is the dative one it goes to, not the accusative object
DATIVE_VERBS = frozenset('''
вручить вручать направить направлять отправить отправлять послать посылать передать передавать дать давать
подарить дарить присвоить присваивать выплатить выплачивать предоставить предоставлять поручить поручать
объявить объявлять выразить выражать сообщить сообщать рассказать рассказывать показать показывать
доверить доверять предложить предлагать пообещать обещать вернуть возвращать продать продавать выдать
выдавать оказать оказывать написать писать разрешить разрешать запретить запрещать пожелать желать
адресовать задать задавать назначить назначать посвятить посвящать присудить присуждать преподнести
преподносить отдать отдавать уступить уступать прислать присылать выслать высылать выделить выделять приписать
приписывать
'''.split())


# `вручили Руслану`, `присвоил Ерлану`: verbs of awarding and dedicating, whose person after them is always
# the dative one it goes to (not `назначить`, `направить`, `передать`, whose person may be the object)
GIVING_VERBS = frozenset('''
вручить вручать присвоить присваивать присудить присуждать подарить дарить выплатить выплачивать посвятить
посвящать пожелать желать
'''.split())


# `сообщила Дина`, `сказал Руслану`: verbs of saying, whose person after them speaks or is spoken to
# (not `отметить`, `назвать`, whose person may be the one honoured or named)
SPEECH_VERBS = frozenset('''
сообщить сообщать заявить заявлять сказать говорить рассказать рассказывать подчеркнуть подчеркивать
пояснить пояснять добавить добавлять напомнить напоминать уточнить уточнять
'''.split())


def is_speech_verb(token):
    """`is_speech_verb_word` of a token."""
    return is_speech_verb_word(token.text)


@lru_cache(maxsize=100_000)
def first_verb(text):
    """pymorphy3's first reading of a Cyrillic word and its lemma (ё as е) when that reading is a verb
    (finite or an infinitive), else None: what the verb tests below read."""
    if not is_cyrillic_text(text):
        return None
    parses = parse(text)
    if not parses or parses[0].tag.POS not in ('VERB', 'INFN'):
        return None
    return parses[0], parses[0].normal_form.replace('ё', 'е')


def is_speech_verb_word(text):
    """`сообщила`, `заявил`: a finite verb of SPEECH_VERBS, by pymorphy3's first reading."""
    verb = first_verb(text)
    return verb is not None and verb[0].tag.POS == 'VERB' and verb[1] in SPEECH_VERBS


def is_giving_verb_word(text):
    """`вручили`, `присвоил`: a verb (any form but a participle) of GIVING_VERBS, by pymorphy3's first reading."""
    verb = first_verb(text)
    return verb is not None and verb[1] in GIVING_VERBS


def is_giving_verb(token):
    """`is_giving_verb_word` of a token."""
    return is_giving_verb_word(token.text)


def is_plural_transitive(token):
    """`встретили`, `вызвали`, `обвиняют`: a transitive verb in the plural (pymorphy3's first reading), not
    one of giving or telling (`направили Юнкеру`)."""
    return word_is_plural_transitive(token.text)


def word_is_plural_transitive(text):
    """`is_plural_transitive` of a word."""
    return transitive_verb(text, 'plur') is not None


def transitive_verb(text, number):
    """pymorphy3's first verb reading of `text` (parse, lemma) when it is a transitive verb in `number`, not
    one of giving or telling (DATIVE_VERBS, whose name is a dative); else None."""
    verb = first_verb(text)
    if verb is None or verb[0].tag.POS != 'VERB' or 'tran' not in verb[0].tag or verb[0].tag.number != number \
            or verb[1] in DATIVE_VERBS:
        return None
    return verb


def verb_before(doc, span):
    """`назначена Дина Сабитова`, `выступила Алия Касымова`, `встретились Дина Ахметова и ...`: a short
    passive participle or an intransitive verb right before the name governs no accusative, so a name
    that reads as a nominative or as a man's genitive-accusative (`Дин Сабитов`) is more likely its
    subject put last. A transitive verb (`поблагодарила Дина Сабитова`) may have him for object."""
    index = span.start - 1
    while index >= 0 and doc[index].is_space and '\n' not in doc[index].text:
        index -= 1
    if index < 0 or not doc[index].text.islower() or not is_cyrillic_word(doc[index]):
        return False
    parses = parse(doc[index].text)
    tag = parses[0].tag if parses else None
    return tag is not None and (tag.POS == 'PRTS' and 'pssv' in tag or tag.POS == 'VERB' and 'intr' in tag)


def object_after_subject_verb(doc, index):
    """`Суд приговорил Нурлана Ибраева`, `Полиция задержала Айдара Ермекова`: a singular transitive verb at `index`
    (not one of giving or telling) right after the noun that is its subject, a nominative agreeing with it: the
    name after it is its object, an accusative (his `Нурлана`, not a woman's nominative)."""
    if index < 1 or not doc[index].text.islower():
        return False
    verb = transitive_verb(doc[index].text, 'sing')
    if verb is None:
        return False
    subject = doc[index - 1]
    if subject.ent_type_ or not is_cyrillic_word(subject) or not subject.text[1:].islower():
        return False
    return any(parsed.tag.POS == 'NOUN' and parsed.tag.case == 'nomn' and parsed.tag.number == 'sing'
               and agrees_in_gender(parsed.tag, verb[0].tag) for parsed in parse(subject.text)[:1])


def agrees_in_gender(noun_tag, verb_tag):
    """A past-tense verb's gender is the noun's (`суд приговорил`, `полиция задержала`); a present one has none."""
    return verb_tag.tense != 'past' or noun_tag.gender == verb_tag.gender
