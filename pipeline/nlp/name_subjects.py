"""Whether a person's name is the subject of a verb around it: a past-tense verb right after it
(`Петрова рассказала`: her nominative, of the verb's gender) unless the verb has a subject of its own, and
whether a verb in the name's clause, after it or before the noun that owns it, may have a woman's name for
subject (`По итогам олимпиады А. Сейтова заняла`). name_context.py weighs these with the words before the name.
"""

from pipeline.nlp.morph import parse
from pipeline.nlp.name_verbs import may_have_her

# a relative pronoun opens a clause of its own: its verb is not the name's (`роману Мусрепова, который вышел`)
RELATIVE_WORDS = frozenset('который которая которое которые кто что где когда'.split())
SENTENCE_MARKS = ('.', '!', '?', '…', ';', ':')
PAIR_JOINERS = ('и', ',')


def subject_verb_after(doc, span):
    """A verb after the name, before its sentence or a relative clause ends, that her nominative may be
    the subject of (`По итогам олимпиады А. Сейтова из Караганды заняла`): see `may_have_her`."""
    for token in doc[span.end:]:
        if token.text in SENTENCE_MARKS or '\n' in token.text or token.text.lower() in RELATIVE_WORDS:
            return False
        if may_have_her(token):
            return True
    return False


def subject_verb_before(doc, index):
    """A verb before the thing's noun in its sentence that her nominative may be the subject of, the name
    put last (`Об этом рассказала заведующая кафедрой по учебной работе Р. Сапарова`)."""
    for position in range(index - 1, -1, -1):
        token = doc[position]
        if token.text in SENTENCE_MARKS or '\n' in token.text:
            return False
        if may_have_her(token):
            return True
    return False


def subject_gender(doc, span):
    """`Петрова рассказала`: a past-tense verb right after the name makes it
    the subject, a nominative of the verb's gender; 'masc', 'femn' or None."""
    index = span.end
    while index < len(doc) and doc[index].is_space and '\n' not in doc[index].text:
        index += 1
    if index >= len(doc) or not doc[index].text.islower():
        return None
    parses = parse(doc[index].text)
    if not parses:
        return None
    tag = parses[0].tag
    if tag.POS == 'VERB' and tag.tense == 'past' and tag.number == 'sing' and tag.gender in ('masc', 'femn'):
        if has_own_subject(doc, index + 1) or has_thing_subject(doc, index + 1, tag.gender) or closes_pair(doc, span):
            return None
        return tag.gender
    return None


def closes_pair(doc, span):
    """The name is the second of two joined by `и` or a comma: the pair would take a plural verb, so
    a singular one has another subject (`встреча Жозе Баррозу и Жан-Клода Юнкера состоялась`)."""
    index = span.start - 1
    if index < 1 or doc[index].text not in PAIR_JOINERS:
        return False
    return doc[index - 1].ent_type_ == 'PER'


def has_thing_subject(doc, index, gender):
    """`Причиной смерти Виктора Тихонова стала остановка сердца`: a noun right after the verb, of its gender
    and in no case but the nominative (an object would be `остановку`), is its subject put after it, and the
    name before the verb no subject of it (`Петрова приняла решение`: `решение` may be an accusative)."""
    while index < len(doc) and doc[index].is_space and '\n' not in doc[index].text:
        index += 1
    if index >= len(doc) or not doc[index].text.islower():
        return False
    parses = parse(doc[index].text)
    return bool(parses) and parses[0].tag.POS == 'NOUN' and all(
        parsed.tag.case == 'nomn' and parsed.tag.number == 'sing' and parsed.tag.gender == gender
        for parsed in parses if parsed.tag.POS == 'NOUN')


def has_own_subject(doc, index):
    """A person noun in the nominative right after the verb is its subject, and the name before
    the verb its object: `Хелене Мартинес ответил министр`, `Ульрику поддержал премьер-министр`."""
    while index < len(doc) and doc[index].is_space and '\n' not in doc[index].text:
        index += 1
    if index >= len(doc) or not doc[index].text.islower():
        return False
    parses = parse(doc[index].text)
    return bool(parses) and parses[0].tag.POS == 'NOUN' and parses[0].tag.case == 'nomn' \
        and parses[0].tag.number == 'sing' and 'anim' in parses[0].tag
