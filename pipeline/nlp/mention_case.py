"""What the words before an organisation or a place say of its case.

pymorphy3 guesses the paradigm of a name it does not know, and a guessed name in -а may be a
nominative as well as a genitive: `Шамалгана` is a feminine `Шамалгана` or the genitive of
`Шамалган`. The words before the mention decide:

    из Байзака, к Шымкенту            a preposition of one case          -> gent, datv
    между Каскеленом, под Есиком      a preposition that takes the       -> ablt, when the name
                                      instrumental                          has such a reading
    жители Шамалгана                  a person noun: the name is its      -> gent
                                      dependant, never in apposition
    акционеры «Казахтелекома»         a quoted name after a noun that is  -> gent
                                      no kind of organisation
    жители Шамалгана и Кастека        the second of a pair shares the     -> gent
                                      first one's case
    из Явленки, до Сергеевки          a place in -ки after в, н, т, й, л, -> gent (a village in -ка,
                                      ш, м, or in -ны: no Kazakh name in     `Явленка`; `Исфана`)
                                      -ы/-и that does not decline

A quoted name after a kind of organisation or a legal form (`компания «Бирлик Сервис»`,
`ТОО «Жылу Құрылыс Трейд»`) is in apposition, so given in the nominative (`is_given_in_nominative`).

A name before its kind (`Шинхан Банка`, `Торайгыров университета`) is frozen: only the kind
declines (`name_head_normal`).
"""

from pipeline.nlp.morph import inflect, match_case, parse
from pipeline.nlp.lexicons import ORG_HEADS
from pipeline.nlp.place_forms import FEMININE_K_BEFORE

# prepositions that govern one case only: `из Байзака` is a genitive, so `Байзак`, not the
# nominative of a guessed `Байзака`
PREPOSITION_CASES = {
    'из': 'gent', 'от': 'gent', 'до': 'gent', 'у': 'gent', 'для': 'gent', 'без': 'gent', 'около': 'gent',
    'возле': 'gent', 'после': 'gent', 'вокруг': 'gent', 'из-за': 'gent', 'из-под': 'gent', 'среди': 'gent',
    # `против «Барыса»`, `кроме «Кайрата»`, `вместо «Тобола»`: a match, a list, a swap
    'против': 'gent', 'кроме': 'gent', 'вместо': 'gent', 'напротив': 'gent',
    # `благодаря «Самруку»`, `согласно «Казгидромету»`
    'благодаря': 'datv', 'согласно': 'datv', 'вопреки': 'datv',
    'к': 'datv', 'ко': 'datv', 'о': 'loct', 'об': 'loct', 'обо': 'loct', 'при': 'loct',
    # `между Каскеленом`, `под Есиком`, `с Шардарой`, `за Сарыагашем`: the instrumental, when the name
    # has a reading in it (`с Тенгиза`, `под Алматы`, `за Казахстан` have none and keep their own)
    'между': 'ablt', 'под': 'ablt', 'над': 'ablt', 'перед': 'ablt', 'с': 'ablt', 'со': 'ablt', 'за': 'ablt',
}
# `Шортанды`: a Kazakh name in -ы/-и that does not decline; its genitive reading is a guess
UNDECLINED_ENDINGS = ('ы', 'и')
JOINERS = ('и', ',')


def is_village_in_ka(span):
    """`Явленки`, `Сергеевки`: a one-word place in -ки after в, н, т, й, л, ш, м, which is the genitive of
    a village in -ка (the suffix of `Ивановка`, `Каменка`: none of the places pymorphy3 knows with these
    letters before -к is masculine, `place_forms.FEMININE_K_BEFORE`); and one in -ны, the genitive of a
    place in -на (`из Исфаны`). The Kazakh names in -ы/-и that do not decline end otherwise (`Шортанды`,
    `Шарбакты`, `Акши`, `Кенесары`: of the one-word places in -ы/-и of the gazetteer and the development
    gold, none ends in -ны)."""
    word = span.text.lower()
    return span.label_ == 'LOC' and len(span) == 1 and span.text.isalpha() and len(word) > 4 \
        and (word.endswith('ки') and word[-3] in FEMININE_K_BEFORE or word.endswith('ны'))
# how many members of a list back the case of the first is looked for
LONGEST_LIST = 6

OPENING_QUOTES = ('«', '"', '„', '“')
CLOSING_QUOTES = ('»', '"', '“', '”')


SENTENCE_ENDS = ('.', '!', '?', '…')


def _common_word(token):
    """The token's text if it is a lower-case word, or a capitalised one opening a sentence
    (`Жители Шамалгана пострадали`), in lower case; else ''."""
    text = token.text
    if text.islower():
        return text
    opens = token.i == 0 or token.doc[token.i - 1].text in SENTENCE_ENDS or '\n' in token.doc[token.i - 1].text
    return text.lower() if text.istitle() and opens else ''


def _noun_parses(word):
    """pymorphy3's noun readings of a lower-case word, or () when it may be another part of speech."""
    if not word.isalpha() or not word.islower():
        return ()
    parses = parse(word)
    if not parses or any(parsed.tag.POS in ('PREP', 'CONJ', 'PRCL') for parsed in parses):
        return ()
    return tuple(parsed for parsed in parses if parsed.tag.POS == 'NOUN')


def _is_person_noun(word):
    """`жители`, `акционеры`, `футболисты`: a known noun for people only (animate in every reading);
    a place or an organisation after it is its dependant, in the genitive."""
    nouns = _noun_parses(word)
    return bool(nouns) and nouns[0] is parse(word)[0] and all(
        parsed.is_known and 'anim' in parsed.tag for parsed in nouns)


# авиабаза «Эль-Кут», хозяйство «Береке», арена «Астана»: the facilities a quoted name follows in apposition
FACILITY_HEADS = frozenset('''
авиабаза база аэропорт вокзал стадион арена манеж хозяйство комплекс санаторий отель гостиница курорт
месторождение станция порт терминал кинотеатр магазин ресторан кафе рынок клиника больница лагерь парк
бренд марка
'''.split())


def _is_organisation_kind(word):
    """`компания`, `клубом`, `банке`, `авиабазе`: a noun for a kind of organisation or facility, which a
    name follows in apposition."""
    return any(parsed.normal_form in ORG_HEADS or parsed.normal_form in FACILITY_HEADS
               for parsed in _noun_parses(word))


def _may_be_nominative(word):
    """pymorphy3 has a nominative singular reading of the word (`Астана`, `Береке`; not `Казпочты`)."""
    return any(parsed.tag.case == 'nomn' and parsed.tag.number != 'plur' for parsed in parse(word))


def _is_genitive_only(word):
    """`Казахтелекома`, `Казпочты`: pymorphy3 reads the word as a genitive singular and never as a
    nominative singular, so it is a dependant (`Береке`, read as a dative, may be a name as written)."""
    parses = parse(word)
    return any(parsed.tag.case == 'gent' and parsed.tag.number == 'sing' for parsed in parses) \
        and not _may_be_nominative(word)


def in_quotes(doc, span):
    """The mention is wholly in quotes: `«Казахтелекома»`."""
    return span.start >= 1 and span.end < len(doc) and doc[span.start - 1].text in OPENING_QUOTES \
        and doc[span.end].text in CLOSING_QUOTES


def _word_before(doc, span):
    """The token before the mention, its opening quote skipped; None at the start."""
    index = span.start - 1 - (1 if in_quotes(doc, span) else 0)
    return doc[index] if index >= 0 else None


def is_given_in_nominative(doc, span):
    """`ТОО «Жылу Құрылыс Трейд»`, `компания «Бирлик Сервис»`: a mention wholly in quotes after a
    legal form in capitals or a noun for a kind of organisation, opening with a word pymorphy3 does
    not know, is a name in apposition, given in the nominative: a case read off that word would be
    a guess (`Жылу` is no dative of `жыл`). So is one after another noun (`хозяйства «Береке»`),
    unless it can only be a genitive (`акционеры «Казахтелекома»`, `облигаций «Казпочты»`): then it
    is that noun's dependant and declines; so does a known word (`название «Комиссии Баррозу»`)."""
    if span.start < 2 or not in_quotes(doc, span):
        return False
    before = doc[span.start - 2]
    if before.text.isupper():
        return 2 <= len(before.text) <= 5 and before.text.isalpha()   # ТОО, АО, КГП; not the preposition `В`
    common = _common_word(before)
    # `фонда «Даму»`, `в банке «Береке»`: after a noun for its kind the quoted name is in apposition
    # even where its first word is a known one (`Даму` is no dative of `дама`)
    if _is_organisation_kind(common):
        return True
    if any(parsed.is_known for parsed in parse(span[0].text)):
        return False
    # `хозяйства «Береке»`: after another noun a name that may be in apposition stays as written
    return bool(_noun_parses(common)) and not _is_genitive_only(span[-1].text)


def governed_case(doc, span, entity_ends=None, depth=0):
    """The case the words before `span` demand (see the module's table), else None.

    `entity_ends`: the document's mentions by their end, for a pair (`Шамалгана и Кастека`)."""
    if span.start == 0:
        return None
    before = _word_before(doc, span)
    if before is None:
        return None
    word = before.text.lower()
    if word in PREPOSITION_CASES:
        case = PREPOSITION_CASES[word]
        return None if case == 'gent' and span.text[-1:].lower() in UNDECLINED_ENDINGS \
            and not is_village_in_ka(span) else case
    if span.text[-1:].lower() in UNDECLINED_ENDINGS:
        return None
    common = _common_word(before)
    # `на арене «Астана»`, `хозяйства «Береке»`: after a noun for a thing the quoted name may be in
    # apposition, so only one that cannot be a nominative is its dependant (`облигаций «Казпочты»`)
    if _is_person_noun(common) or in_quotes(doc, span) and _noun_parses(common) \
            and not _is_organisation_kind(common) and not _may_be_nominative(span[-1].text):
        return 'gent'
    if word in JOINERS and entity_ends and depth < LONGEST_LIST:
        # `«Самрук-Казыной» и «Казахмысом»`: the first member may end in a closing quote
        other = entity_ends.get(before.i) or (
            entity_ends.get(before.i - 1) if doc[before.i - 1].text in CLOSING_QUOTES else None)
        if other is not None and other.label_ == span.label_:
            return governed_case(doc, other, entity_ends, depth + 1)
    return None


# the readings that make a capitalised word a name and no common noun: `Назарбаев`, `Каспи`
NAME_TAGS = ('Name', 'Surn', 'Geox', 'Orgn', 'Fixd', 'Abbr')


def _is_frozen_name(word):
    """`Шинхан`, `Торайгыров`, `Назарбаев`, `Каспи`: a capitalised word pymorphy3 does not know, or
    knows as a name, with no adjective reading: it cannot agree with a head after it."""
    if not word[:1].isupper() or not word.replace('-', '').isalpha() or word.isupper():
        return False
    parses = parse(word)[:4]
    if any(parsed.tag.POS in ('ADJF', 'PRTF') for parsed in parses):
        return False
    return all(not parsed.is_known or any(tag in parsed.tag for tag in NAME_TAGS) for parsed in parses)


def name_head_normal(span):
    """`Шинхан Банка` -> `Шинхан Банк`, `Торайгыров университета` -> `Торайгыров университет`: an
    organisation named by a name before its kind (a genitive never comes before its noun in
    Russian, so the name is frozen) puts only the kind in the nominative; else None."""
    if span.label_ != 'ORG' or not 2 <= len(span) <= 4:
        return None
    *names, head = [token.text for token in span]
    if not all(_is_frozen_name(name) for name in names) or any(parsed.normal_form in ORG_HEADS for name in names
                                                              for parsed in parse(name)[:2]):
        return None
    readings = [parsed for parsed in parse(head)[:3] if parsed.tag.POS == 'NOUN' and parsed.normal_form in ORG_HEADS]
    # `Жетысу Курылыс Групп`: a head that may be a plural (`групп`) is a foreign word as written
    if not readings or any(parsed.tag.case == 'nomn' or parsed.tag.number != 'sing' for parsed in readings):
        return None
    form = inflect(readings[0], {'nomn', 'sing'})
    if not form:
        return None
    words = names + [match_case(form, head)]
    return ' '.join(words) if all(token.whitespace_ == ' ' for token in span[:-1]) else None
