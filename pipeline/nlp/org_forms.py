"""One organisation, one normal form in a document: the oblique forms of a quoted name join
the nominative the document gives it elsewhere.

A quoted name after a noun may be in apposition (`хозяйства «Береке»`, as written) or that
noun's dependant (`матча «Барыса»`, a genitive), and pymorphy3's guess for a name it does not
know cannot tell the two apart: `Барыса` reads as a feminine nominative. The document can:
when another mention of an organisation there has the normal form `Барыс` and `Барыса` is one
of its case forms, `Барыса` is `Барыс`:

    «Барыс» обыграл «Трактор» ... Спонсором «Барыса» остаётся ...   -> Барыс, Барыс
    ... с «Куанышем» ... против «Куаныша»                           -> Куаныш, Куаныш
    на стипендию «Болашак» ... выпускников «Болашака»               -> Болашак (the quoted text need not be a mention)

A quoted name kept as written after a noun for a kind of organisation is in apposition only when
it is a nominative: one opening with an adjective that has no nominative reading is that noun's
dependant, and its adjectives and head noun go into the nominative:

    директор филиала «Аграрной кредитной корпорации»   -> Аграрная кредитная корпорация
    в офисе компании «Транспортной логистической группы» -> Транспортная логистическая группа
    «Бенфика» подписала защитника ... из «Бенфики»    -> Бенфика, Бенфика

A Kazakh water name (`су` after a Kazakh adjective or `жеты`) does not decline: `обыграл «Жетысу»` -> Жетысу.

A protected area's quoted name is a geographic name in apposition, kept as written:

    Въезд в леса резервата «Семей орманы» закрыт.      -> Семей орманы (not `Семьи орманы`)
"""

import re

from pipeline.nlp.doc import doc_text, span_value, set_span_value
from pipeline.nlp.kazakh import is_water_name
from pipeline.nlp.mention_case import in_quotes
from pipeline.nlp.morph import inflect, lemma, match_case, parse
from pipeline.nlp.names import person_normal
from pipeline.nlp.place_forms import FIRST_DECLENSION, MASCULINE_ENDINGS, VOWELS

# the singular case endings of a noun by what its nominative ends in: a consonant (`Барыс`;
# `Куанышем` after a hushing one), -а/-я (`Астана`, `Заря`), -й (`Алтай`), -ь (`Рубль`)
CONSONANT_ENDINGS = MASCULINE_ENDINGS + ('ем',)
# a name in «» quotes, no quote inside
QUOTED = re.compile(r'«([^«»]{2,60})»')
ENDINGS = {**FIRST_DECLENSION, 'й': ('я', 'ю', 'ем', 'ём', 'е'), 'ь': ('я', 'ю', 'ем', 'ём', 'е', 'и', 'ью')}


def is_case_form(form, base):
    """`Барыса` is a case form of `Барыс`, `Астаной` of `Астана`, `Алтая` of `Алтай`; `Береке`
    (no ending to drop) and `Барыс` itself are none."""
    form, base = form.lower(), base.lower()
    if form == base or len(base) < 3:
        return False
    last = base[-1]
    if last in ENDINGS:
        stem, endings = base[:-1], ENDINGS[last]
    elif last.isalpha() and last not in VOWELS:
        stem, endings = base, CONSONANT_ENDINGS
    else:
        return False
    return form.startswith(stem) and form[len(stem):] in endings


def is_declined_name(form, base):
    """Each word of `form` is `base`'s word or one of its case forms, at least one the latter:
    `Салавата Юлаева` of `Салават Юлаев`."""
    words, bases = form.split(), base.split()
    return len(words) == len(bases) and any(is_case_form(word, other) for word, other in zip(words, bases)) \
        and all(word.lower() == other.lower() or is_case_form(word, other) for word, other in zip(words, bases))


# the oblique cases an adjective and its head noun agree in, the nominative's twin accusative aside
OBLIQUE_CASES = ('gent', 'datv', 'ablt', 'loct')
ADJECTIVES = ('ADJF', 'PRTF')


def oblique_phrase_normal(span):
    """`Аграрной кредитной корпорации` -> `Аграрная кредитная корпорация`: the nominative of a name
    opening with an adjective that has no nominative reading (pymorphy3's first four), its agreeing
    adjectives and head noun inflected, the words after the head as written; else None."""
    words = [token.text for token in span]
    first = parse(words[0])[:4]
    if not first or any(parsed.tag.POS not in ADJECTIVES or parsed.tag.case == 'nomn' for parsed in first):
        return None
    head = 1
    while head < len(words) and words[head].isalpha() and words[head].islower() \
            and all(parsed.tag.POS in ADJECTIVES for parsed in parse(words[head])[:2]):
        head += 1
    if head >= len(words) or not words[head].isalpha():
        return None
    agreed = {(parsed.tag.case, parsed.tag.number) for parsed in first}
    nouns = [parsed for parsed in parse(words[head])[:4] if parsed.tag.POS == 'NOUN'
             and parsed.tag.case in OBLIQUE_CASES and (parsed.tag.case, parsed.tag.number) in agreed]
    if not nouns:
        return None
    noun = nouns[0]
    number, gender = noun.tag.number, noun.tag.gender
    wanted = {'nomn', number} | ({gender} if number == 'sing' and gender else set())
    forms = []
    for word in words[:head]:
        readings = [parsed for parsed in parse(word)[:4] if parsed.tag.POS in ADJECTIVES
                    and parsed.tag.case == noun.tag.case and parsed.tag.number == number]
        form = inflect(readings[0], wanted) if readings else None
        if form is None:
            return None
        forms.append(match_case(form, word))
    form = inflect(noun, {'nomn', number})
    if form is None:
        return None
    forms.append(match_case(form, words[head]))
    return ''.join(form + token.whitespace_ for form, token in zip(forms + words[head + 1:], span)).strip()


# `резервата «Семей орманы»`, `заповедника «Аксу-Жабаглы»`, `природного парка «Кольсай колдери»`: a
# protected area's noun names the body that runs it, and its quoted name may hold a place's name
RESERVE_NOUNS = frozenset('резерват заповедник заказник нацпарк'.split())
PARK_ADJECTIVES = frozenset('природный национальный'.split())


def reserve_before(doc, index):
    """`резервата «`, `национального парка «`: a protected area's noun right before a quote."""
    if index == 0 or not doc[index - 1].is_alpha:
        return False
    word = lemma(doc[index - 1].text.lower())
    if word in RESERVE_NOUNS:
        return True
    return word == 'парк' and index > 1 and lemma(doc[index - 2].text.lower()) in PARK_ADJECTIVES


def quoted_texts(doc):
    """`Болашак` of `на стипендию «Болашак»`: what the document writes in quotes, mention or not
    (a scholarship, a programme named as its organisation is)."""
    # `doc_text`: spaCy joins the tokens anew on every `doc.text`
    return {match.group(1).strip() for match in QUOTED.finditer(doc_text(doc))}


def agree_org_normals(doc):
    """A quoted organisation given as written (`Спонсором «Барыса»`) whose text is a case form of the
    normal form of another organisation mention of the document takes that normal form; one named
    after a person (`«Салавата Юлаева»`) the person's name's; one opening with an adjective in an oblique case (`филиала «Аграрной кредитной корпорации»`) its nominative."""
    orgs = [span for span in doc.ents if span.label_ == 'ORG']
    for span in orgs:
        # `против «Салавата Юлаева»`: a club named after a person is named as the person is
        if span_value(span, 'rule') == 'org-quoted-person':
            set_span_value(span, 'normal', ' '.join(person_normal([token.text for token in span])))
            continue
        # `«Бенфика» подписала защитника`: a quoted name opening a sentence is its subject, a nominative,
        # not the genitive of a masculine noun (`Бенфик`) pymorphy3 guesses for a word it does not know
        if in_quotes(doc, span) and doc[span.start - 1].is_sent_start and span.text[-1:] in ('а', 'я') \
                and span_value(span, 'normal') == span.text[:-1]:
            set_span_value(span, 'normal', span.text)
            continue
        # `обыграл «Жетысу»`: a Kazakh water name does not decline (pymorphy3 reads a dative of `жетыс`)
        if in_quotes(doc, span) and len(span) == 1 and is_water_name(span.text):
            set_span_value(span, 'normal', span.text)
            continue
        # `резервата «Семей орманы»`: no word of it is the reserve noun's dependant
        if in_quotes(doc, span) and reserve_before(doc, span.start - 1):
            set_span_value(span, 'normal', span.text)
            continue
        # `ТОО «...»`: after a legal form the quoted name is its name as registered
        if span_value(span, 'normal') == span.text and in_quotes(doc, span) \
                and not (span.start > 1 and doc[span.start - 2].text.isupper()):
            normal = oblique_phrase_normal(span)
            if normal is not None:
                set_span_value(span, 'normal', normal)
    normals = ({span_value(span, 'normal') for span in orgs} | quoted_texts(doc)) - {None}
    for span in orgs:
        normal = span_value(span, 'normal')
        if normal != span.text or not in_quotes(doc, span):
            continue
        bases = [other for other in normals if is_declined_name(span.text, other)]
        if len(bases) == 1:
            set_span_value(span, 'normal', bases[0])
