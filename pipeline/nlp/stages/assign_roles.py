"""Roles: the position a text gives a person, in the nominative.

- Before the name: `спикер Сената Маулен Ашимбаев` -> `спикер Сената`;
  `заместителя акима города Астаны Есета Байкена` -> `заместитель акима
  города Астаны`; `руководитель фракции Народной партии Казахстана в
  Мажилисе Магеррам Магеррамов`. The role starts at a position word
  (models/positions.txt) whose case agrees with the name and runs up to
  the name over genitive dependants, names and prepositional phrases.
- Two roles in a row: `спикер Мажилиса, руководитель Коалиции Ерлан Кошанов`.
- A plural role before a list of names goes to each of them:
  `депутаты Мажилиса Ерлан Саиров, Унзила Шапак и Сергей Пономарев`.
- After the name: `Ерлан Кошанов, спикер Мажилиса, отметил`.
- A photo credit: `Фото: Али Галым` -> `фотограф`.

The head (position word and the adjectives before it) goes to the
nominative singular (`депутаты` -> `депутат`, `Главой государства` ->
`Глава государства`); the dependants stay as written. `Президент страны`
is `Президент`. Each role is a span in `doc.spans['roles']` with
`span._.role`: {'normal', 'person_start', 'person_stop', 'persons',
'org_start', 'org_stop'}: character offsets of the (first) person, of every
person the role is given to, and of the organisation the role names (None
when it names none).
"""

from collections import namedtuple

from spacy.language import Language
from spacy.tokens import Span

from pipeline.nlp.doc import Stage, set_span_value, span_value
from pipeline.nlp.lexicons import masculine_nouns, position_lemmas
from pipeline.nlp.morph import match_case, parse
from pipeline.nlp.names import CASES, analyse_part, follow_yo
from pipeline.nlp.stages.normalize import (
    QUOTE_CHARS,
    is_abbreviation,
    name_words,
    nominative,
    readings,
)
from pipeline.resources import resolve_model_path

# a role runs at most this many tokens before or after the name
MAX_ROLE_TOKENS = 16
# parts of speech that end a role looking back from the name (`отметил`, `что`)
STOP_POS = ('VERB', 'INFN', 'GRND', 'PRTS', 'PRTF', 'ADVB', 'CONJ', 'PRCL', 'NPRO', 'NUMR', 'PRED', 'INTJ')
# punctuation a role may contain: quotes around names (`партии «Ауыл»`)
INNER_PUNCT = QUOTE_CHARS | {'«', '»', '“', '”', '„'}
# `Президента страны` -> `Президент`: a dependant that adds nothing
GENERIC_DEPENDANTS = ('страны',)
# `Фото: Али Галым`: a credit line names the photographer
CREDITS = {'фото': 'фотограф', 'фотограф': 'фотограф', 'фотография': 'фотограф'}
# what joins the names of a list (`Ерлан Саиров, Унзила Шапак и Сергей Пономарев`)
LIST_JOINERS = {',', 'и'}
# the word lists of the stage's config: position lemmas (positions.txt) and the
# masculine nouns read before pymorphy3 (nouns.tsv, as `normalize` reads them)
Lexicon = namedtuple('Lexicon', 'positions nouns')


def noun_readings(text, lexicon):
    """(case, number, gender, parse) of the noun readings of a word."""
    return [(case, number, gender, parsed) for pos, case, number, gender, parsed in readings(text, lexicon.nouns)
            if pos == 'NOUN']


def position_readings(token, lexicon):
    """Noun readings of a position word (`Главой`, `депутаты`), else []."""
    text = token.text
    if not text.replace('-', '').isalpha() or is_abbreviation(text):
        return []
    return [reading for reading in noun_readings(text, lexicon)
            if (getattr(reading[3], 'normal_form', None) or getattr(reading[3], 'lemma', None)) in lexicon.positions]


def top_pos(token):
    parses = parse(token.text)
    return parses[0].tag.POS if parses else None


def can_be_genitive(token, lexicon):
    text = token.text
    if not text.replace('-', '').isalpha() or is_abbreviation(text):
        return True
    return any(case == 'gent' for _, case, _, _, _ in readings(text, lexicon.nouns))


def possible_cases(words):
    """Cases in which every word of a name can stand (`Токаевым`: ablt)."""
    cases = set(CASES)
    for word in words:
        cases &= {case for case, _, _, _ in analyse_part(word)}
    return cases


def entity_labels(ents):
    """token index -> label of the mention it belongs to (`ents`: the Doc's mentions)."""
    return {index: ent.label_ for ent in ents for index in range(ent.start, ent.end)}


def is_boundary(token):
    """Punctuation that ends a role (commas, dots, dashes, brackets)."""
    return token.is_punct and token.text not in INNER_PUNCT


def window_before(doc, end, labels, lexicon):
    """Start of the stretch before token `end` that a role may take."""
    start = end
    index = end - 1
    while index >= 0 and end - index <= MAX_ROLE_TOKENS:
        token = doc[index]
        if token.is_space:
            if '\n' in token.text:
                break
            index -= 1
            continue
        if labels.get(index) == 'PER' or is_boundary(token):
            break
        if index not in labels and token.text not in INNER_PUNCT:
            pos = top_pos(token)
            if any(char.isdigit() for char in token.text) \
                    or (pos in STOP_POS and not position_readings(token, lexicon)):
                break
        start = index
        if token.is_sent_start:
            break
        index -= 1
    return start


def dependants_fit(doc, first, stop, labels, lexicon):
    """Tokens between a position word and the name are its dependants:
    names, genitives, adjectives, prepositional phrases (`в Мажилисе`)."""
    after_preposition = False
    for index in range(first, stop):
        token = doc[index]
        if token.is_space or index in labels or token.text in INNER_PUNCT:
            continue
        pos = top_pos(token)
        if pos == 'PREP':
            after_preposition = True
            continue
        if position_readings(token, lexicon) or pos == 'NOUN':
            if not after_preposition and not can_be_genitive(token, lexicon):
                return False
            after_preposition = False
    return True


def adjectives_before(doc, position, start, labels, case, number, gender, lexicon):
    """Index of the first agreeing adjective before a position word
    (`исполнительный секретарь`, `государственный советник`)."""
    first = position
    index = position - 1
    while index >= start:
        token = doc[index]
        if token.is_space:
            index -= 1
            continue
        if index in labels:
            break
        fits = [r for r in readings(token.text, lexicon.nouns)
                if r[0] in ('ADJF', 'PRTF') and r[1] == case and r[2] == number
                and (number == 'plur' or r[3] in (gender, None))]
        if not fits:
            break
        first = index
        index -= 1
    return first


def role_before(doc, end, person_cases, labels, lexicon, limit=None):
    """(start, head, reading) of the role ending at token `end`, or None."""
    start = window_before(doc, end, labels, lexicon)
    if limit is not None:
        start = max(start, limit)
    candidates = [index for index in range(start, end)
                  if index not in labels and position_readings(doc[index], lexicon)]
    for position in candidates:
        fitting = [r for r in position_readings(doc[position], lexicon) if r[0] in person_cases]
        if not fitting:
            continue
        later = [index for index in candidates if index > position]
        if any(not can_be_genitive(doc[index], lexicon) for index in later):
            continue
        if not dependants_fit(doc, position + 1, end, labels, lexicon):
            continue
        reading = max(fitting, key=lambda r: (r[0] == 'nomn', r[1] == 'sing', getattr(r[3], 'score', 1.0)))
        first = adjectives_before(doc, position, start, labels, reading[0], reading[1], reading[2], lexicon)
        return first, position, reading
    return None


def role_after(doc, span, person_cases, labels, lexicon):
    """(start, stop, head, reading) of an apposition after the name:
    `Ерлан Кошанов, спикер Мажилиса,` -> `спикер Мажилиса`."""
    index = span.end
    while index < len(doc) and doc[index].is_space and '\n' not in doc[index].text:
        index += 1
    if index >= len(doc) or doc[index].text != ',':
        return None
    first = index + 1
    while first < len(doc) and doc[first].is_space:
        first += 1
    position = first
    # `бывший министр`: adjectives may come first
    while position < len(doc) and position - first < 3 and not position_readings(doc[position], lexicon) \
            and any(r[0] in ('ADJF', 'PRTF') for r in readings(doc[position].text, lexicon.nouns)):
        position += 1
    if position >= len(doc) or position in labels or not doc[position].text[:1].islower():
        return None
    fitting = [r for r in position_readings(doc[position], lexicon) if r[0] in person_cases]
    if not fitting:
        return None
    stop = position + 1
    while stop < len(doc) and stop - first <= MAX_ROLE_TOKENS:
        token = doc[stop]
        if token.is_space and '\n' in token.text:
            break
        if is_boundary(token):
            break
        if labels.get(stop) == 'PER':
            return None
        if stop not in labels and not token.is_space and token.text not in INNER_PUNCT:
            pos = top_pos(token)
            if pos in STOP_POS or any(char.isdigit() for char in token.text):
                return None
        stop += 1
    else:
        return None
    while stop > position + 1 and doc[stop - 1].is_space:
        stop -= 1
    if not dependants_fit(doc, position + 1, stop, labels, lexicon):
        return None
    reading = max(fitting, key=lambda r: (r[0] == 'nomn', r[1] == 'sing', getattr(r[3], 'score', 1.0)))
    if adjectives_before(doc, position, first, labels, reading[0], reading[1], reading[2], lexicon) != first:
        return None
    return first, stop, position, reading


def role_normal(doc, first, head, stop, reading, lexicon):
    """The role text with its head in the nominative singular."""
    case, number, gender, noun = reading
    if gender not in ('masc', 'femn', 'neut'):
        gender = 'masc'
    forms = []
    for index in range(first, head):
        token = doc[index]
        if token.is_space:
            forms.append((token, token.text))
            continue
        fits = [r for r in readings(token.text, lexicon.nouns)
                if r[0] in ('ADJF', 'PRTF') and r[1] == case and r[2] == number]
        form = nominative(fits[0][4], {'nomn', 'sing', gender}) if fits else None
        forms.append((token, follow_yo(match_case(form, token.text), token.text) if form else token.text))
    token = doc[head]
    form = nominative(noun, {'nomn', 'sing'})
    forms.append((token, follow_yo(match_case(form, token.text), token.text) if form else token.text))
    tail = [doc[index] for index in range(head + 1, stop)]
    words = [token.text.lower() for token in tail if not token.is_space]
    if words and all(word in GENERIC_DEPENDANTS for word in words):
        tail = []
    forms.extend((token, token.text) for token in tail)
    text = ''.join(form + token.whitespace_ for token, form in forms).strip()
    if doc[first].is_sent_start or starts_line(doc, first):
        # `Аким Карагандинской области ...` at a sentence start
        if text[:1].isupper() and text[1:2].islower():
            text = text[:1].lower() + text[1:]
    return ' '.join(text.split())


def starts_line(doc, index):
    """The token opens a sentence, perhaps after a quote or a dash."""
    index -= 1
    while index >= 0 and (doc[index].is_space or doc[index].text in INNER_PUNCT or doc[index].text in '—–-'):
        if doc[index].is_sent_start or '\n' in doc[index].text:
            return True
        index -= 1
    return index < 0


def organisation(first, stop, starts):
    """The first ORG mention inside the role, else the first LOC
    (`starts`: token index -> the mention starting there)."""
    inside = [starts[index] for index in range(first, stop) if index in starts and starts[index].end <= stop]
    for label in ('ORG', 'LOC'):
        for ent in inside:
            if ent.label_ == label:
                return ent
    return None


def make_roles(doc, ents, found):
    """Spans of (first, stop, normal, person) roles; a role that several
    persons share (a list after `депутаты Мажилиса`) is one span (`ents`: the Doc's mentions)."""
    spans = {}
    starts = {ent.start: ent for ent in ents}
    for first, stop, normal, person in found:
        span = spans.get((first, stop))
        if span is None:
            span = spans[first, stop] = Span(doc, first, stop, label='ROLE')
            org = organisation(first, stop, starts)
            set_span_value(span, 'role', {
                'normal': normal,
                'person_start': person.start_char, 'person_stop': person.end_char,
                'persons': [],
                'org_start': org.start_char if org is not None else None,
                'org_stop': org.end_char if org is not None else None,
            })
        span_value(span, 'role')['persons'].append((person.start_char, person.end_char))
    return sorted(spans.values(), key=lambda span: (span.start, span.end))


def credit_role(doc, person):
    """`Фото: Али Галым` -> the `Фото` token and `фотограф`."""
    index = person.start - 1
    while index >= 0 and doc[index].is_space and '\n' not in doc[index].text:
        index -= 1
    if index < 1 or doc[index].text not in (':', '—', '–'):
        return None
    index -= 1
    while index >= 0 and doc[index].is_space and '\n' not in doc[index].text:
        index -= 1
    if index < 0:
        return None
    word = doc[index].text.lower()
    if word in CREDITS:
        return index, CREDITS[word]
    return None


def joined_to(doc, previous, person):
    """The person follows the previous one in a list: only `,` or `и` between."""
    between = [token.text.lower() for token in doc[previous.end:person.start] if not token.is_space]
    return bool(between) and len(between) == 1 and between[0] in LIST_JOINERS


def find_roles(doc, lexicon):
    """Role spans of every person mention of the document."""
    # `doc.ents` builds a Span per mention at every access: read once
    ents = doc.ents
    labels = entity_labels(ents)
    found = []
    previous, previous_plural = None, []
    for person in [ent for ent in ents if ent.label_ == 'PER']:
        cases = possible_cases(name_words(person)) or set(CASES)
        roles = roles_before(doc, person, cases, labels, lexicon)
        if not roles and previous is not None and previous_plural and joined_to(doc, previous, person):
            # `депутаты Мажилиса Ерлан Саиров, Унзила Шапак и Сергей Пономарев`
            roles = [(first, stop, normal) for first, stop, normal in previous_plural]
        if not roles:
            after = role_after(doc, person, cases, labels, lexicon)
            if after is not None:
                first, stop, head, reading = after
                roles = [(first, stop, role_normal(doc, first, head, stop, reading, lexicon))]
        if not roles:
            credit = credit_role(doc, person)
            if credit is not None:
                index, normal = credit
                roles = [(index, index + 1, normal)]
        found.extend((first, stop, normal, person) for first, stop, normal in roles)
        previous = person
        previous_plural = [role for role in roles if is_plural_role(doc[role[0]:role[1]], lexicon)]
    return make_roles(doc, ents, same_capitals(doc, found))


def same_capitals(doc, found):
    """A role that opens a sentence is written the way the document writes it
    inside one (`Президент страны Касым-Жомарт Токаев` at a quote's start
    and `Президента страны Касым-Жомарта Токаева` mid-sentence: `Президент`)."""
    inside = {}
    for first, _, normal, _ in found:
        if not (doc[first].is_sent_start or starts_line(doc, first)):
            inside.setdefault(normal.lower(), normal)
    return [(first, stop, normal if not (doc[first].is_sent_start or starts_line(doc, first))
             else inside.get(normal.lower(), normal), person)
            for first, stop, normal, person in found]


def roles_before(doc, person, cases, labels, lexicon):
    """The roles right before a name, the nearest first; a second one
    before a comma when it fills the clause (`спикер Мажилиса, руководитель
    Коалиции Ерлан Кошанов`, not `приняли участие министры, депутаты ...`)."""
    found = []
    end = person.start
    while end > 0 and doc[end - 1].is_space:
        end -= 1
    role = role_before(doc, end, cases, labels, lexicon)
    while role is not None:
        first, head, reading = role
        found.append((first, end, role_normal(doc, first, head, end, reading, lexicon)))
        comma = first - 1
        while comma >= 0 and doc[comma].is_space:
            comma -= 1
        if comma < 1 or doc[comma].text != ',':
            break
        role = role_before(doc, comma, cases, labels, lexicon)
        if role is None or role[0] != window_before(doc, comma, labels, lexicon):
            break
        end = comma
    return found


def is_plural_role(span, lexicon):
    """The head of the role is plural (`депутаты Мажилиса`)."""
    for token in span:
        fitting = position_readings(token, lexicon)
        if fitting:
            return all(number == 'plur' for _, number, _, _ in fitting)
    return False


class RoleFinder(Stage):
    """Sets `doc.spans['roles']`: the positions the text gives its persons.

    `positions`, `nouns`: the word lists of the config (positions.txt, nouns.tsv).
    """

    def __init__(self, nlp, name, positions, nouns):
        super().__init__(nlp, name)
        self.lexicon = Lexicon(position_lemmas(resolve_model_path(positions)),
                               masculine_nouns(resolve_model_path(nouns)))

    def __call__(self, doc):
        doc.spans['roles'] = find_roles(doc, self.lexicon)
        return doc


@Language.factory(
    'assign_roles',
    default_config={'positions': 'positions.txt', 'nouns': 'nouns.tsv'},
    assigns=['doc.spans'],
    requires=['doc.ents'],
)
def make_role_finder(nlp, name, positions, nouns):
    return RoleFinder(nlp, name, positions, nouns)


def role_rows(doc, doc_id):
    """Rows of the roles table for one document; `person_mention` and
    `org_mention` (numbers of `doc.ents`, from 1) stand in for the entity ids
    until the run is linked (`resolve_role_ids`)."""
    numbers = {(ent.start_char, ent.end_char): number for number, ent in enumerate(doc.ents, 1)}
    rows = []
    for span in doc.spans.get('roles', []):
        role = span_value(span, 'role')
        org = numbers.get((role['org_start'], role['org_stop']))
        for person in role.get('persons') or [(role['person_start'], role['person_stop'])]:
            rows.append({
                'doc_id': doc_id, 'entity_id': None, 'role': role['normal'], 'org_entity_id': None,
                'start': span.start_char, 'stop': span.end_char,
                'person_mention': numbers.get(tuple(person)), 'org_mention': org,
            })
    return rows


def resolve_role_ids(roles, mentions):
    """Fill entity_id and org_entity_id of role rows from linked mention rows."""
    ids = {(mention['doc_id'], mention['mention_id']): mention.get('entity_id') for mention in mentions}
    for row in roles:
        row['entity_id'] = ids.get((row['doc_id'], row.get('person_mention')))
        row['org_entity_id'] = ids.get((row['doc_id'], row.get('org_mention')))
    return roles
