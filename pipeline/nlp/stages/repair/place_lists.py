"""A first name among places (`place-listed-name`): a list of one-word names after a preposition of place
or a settlement noun whose other members are places names places only.

    автобус пойдет через Шаульдер, Темирлан и Шымкент     Темирлан: a village, though a first name
    фермеры из Келеса, Абая и Дарбазы                      Абай, Дарбаза: villages
    в селах Акбулак, Кайрат и Тургень                      Кайрат: a village
    из Баянаула и Майкаина                                 Майкаин: a village of a surname's shape no one bears
    у Бейнеу и Сай-Утеса                                   Сай-Утес: a hyphened village
    паводок на Шу и Тентеке                                Шу: a river (`на` names where, as `в` does)

`loc-listed` (places.coordinated_places) leaves a first name where it was, since `Алматы и Ахметов` is
no list of places; here the list itself is the evidence: its head is a preposition of place or a
settlement noun, each member is a place or a lone capitalised word, and one member at least is a place.
The word stays a person when it is a patronymic's shape, a surname pymorphy3 knows or one in -ов/-ев (`из
Шымкента и Сапарова`), when the text names a person by it elsewhere (`Абай Кунанбаев` ... `из Семея и Абая`; `к Абаю` ... `из
Алматы и Абая`), or when the list is a person's (`у Ерлана и Асель` has no place in it).

A word of such a list no mention covers (`до Теренколя и Успенки`) is a place too (`place-listed-word`)
when pymorphy3 only guesses it and neither it nor its nominative is a name (`до Рождества и Крещения`,
dictionary words, stay as they are).
"""

import re

from pipeline.nlp.doc import span_value, token_texts
from pipeline.nlp.morph import parse
from pipeline.nlp.name_parts import is_patronymic, is_surname_like
from pipeline.nlp.place_forms import COORDINATORS, LOCATIVE_PREPOSITIONS
from pipeline.nlp.settlements import settlement_cases
from pipeline.nlp.stages.repair.name_edges import person_words
from pipeline.nlp.stages.repair.lone_words import genitive_nominatives, names_no_one
from pipeline.nlp.stages.repair.persons import is_given_name, is_known_name, same_name
from pipeline.nlp.stages.repair.places import joiner
from pipeline.nlp.stages.repair.spans import make_span

# `через Шаульдер, Темирлан`, `из Келеса, Абая`, `близ Тогускена и Жосалы`, `паводок на Шу и Тентеке`: a list of where
PLACE_HEADS = frozenset('в во из до у через близ вблизи возле около от мимо между под на'.split())


def _lists(doc, ordered):
    """The runs of mentions side by side joined by `,`, `и`, `или` (index lists into `ordered`)."""
    runs, run = [], [0] if ordered else []
    for number in range(1, len(ordered)):
        if joiner(doc, ordered[number - 1], ordered[number]):
            run.append(number)
        else:
            runs.append(run)
            run = [number]
    if run:
        runs.append(run)
    return [run for run in runs if len(run) > 1]


def _headed_by_place(doc, span):
    """A preposition of place or a settlement noun right before the list's first member."""
    if span.start == 0:
        return False
    head = doc[span.start - 1]
    return head.text.lower() in PLACE_HEADS or bool(settlement_cases(head))


def is_capitalised_word(text):
    """`Майкаина`, `Сай-Утеса`: one word of letters, or of capitalised parts joined by hyphens."""
    parts = text.split('-')
    return all(part.isalpha() and part[:1].isupper() for part in parts) and not text.isupper() \
        and (len(parts) == 1 or len(parts) == 2 and all(len(part) > 2 for part in parts))


# the stems of the surnames in -ов/-ев (`Сапаров`, `Жумагулов`), most Kazakh surnames, which pymorphy3 does not know
OV_SURNAME = re.compile(r'[оеё]в(?:а|у|ым|е|ой)?$')


def is_unknown_surname(text):
    """`Майкаина`: a surname's shape pymorphy3 does not know as a surname or a first name, the way a
    Kazakh village in -ин reads; not one in -ов/-ев, the shape of most Kazakh surnames (`из Шымкента и
    Сапарова`: a person), nor one pymorphy3 knows (`Ахметова`)."""
    return is_surname_like(text) and not is_known_name(text) and '-' not in text and not OV_SURNAME.search(text.lower())


def _is_candidate(span):
    text = span.text
    return span.label_ == 'PER' and len(span) == 1 and is_capitalised_word(text) \
        and (not is_surname_like(text) or is_unknown_surname(text)) and not is_patronymic(text)


def listed_names(doc, spans):
    """`через Шаульдер, Темирлан и Шымкент`, `фермеры из Келеса, Абая и Дарбазы` -> LOC: the one-word
    persons of a list headed by a preposition of place or a settlement noun, whose other members are
    places (one at least), unless of a surname's shape or a word the text names a person by elsewhere."""
    ordered = sorted(spans, key=lambda span: span.start)
    candidates = []
    for run in _lists(doc, ordered):
        members = [ordered[number] for number in run]
        if not _headed_by_place(doc, members[0]):
            continue
        if not any(member.label_ == 'LOC' for member in members):
            continue
        if not all(member.label_ == 'LOC' or _is_candidate(member) for member in members):
            continue
        candidates += [member for member in members if member.label_ == 'PER']
    if not candidates:
        return spans
    starts = {span.start for span in candidates}
    # `Абай Кунанбаев` ... `из Семея и Абая`, `к Абаю` ... `из Алматы и Абая`: a person elsewhere stays one
    people = person_words(spans) + [span.text for span in spans if span.label_ == 'PER' and len(span) == 1
                                    and span.start not in starts]
    changed = {span.start for span in candidates if not any(same_name(span.text, other) for other in people)}
    return [make_span(doc, span.start, span.end, 'LOC', 'place-listed-name', span_value(span, 'canonical'))
            if span.start in changed and span.label_ == 'PER' else span for span in spans]


def is_untagged_village(token):
    """`Теренколя`: a capitalised word of letters pymorphy3 only guesses, that is no name's and
    whose nominative is no name's (a masculine genitive or an undeclined Kazakh place: `Теренколя` ->
    Теренколь)."""
    text = token.text
    if not (is_capitalised_word(text) and '-' not in text and len(text) > 4) \
            or any(parsed.is_known for parsed in parse(text)):
        return False
    return names_no_one(text, genitive_nominatives(text))


def listed_words(doc, spans):
    """`машина доедет до Теренколя и Успенки`, `из Баянаула и Теренколя` (`Теренколя` no mention) -> LOC: a
    word no mention covers that is a village's genitive (`is_untagged_village`) and no word of a person of
    the text, between a preposition of place (`PLACE_HEADS`) and `и` or a comma before a place, or after
    `и` closing a list a preposition of place opens with a place."""
    by_start = {span.start: span for span in spans}
    by_end = {span.end: span for span in spans}
    covered = {index for span in spans for index in range(span.start, span.end)}
    people = None  # the words of the text's persons, read once a word is in a list's place
    found = []
    # the token texts, not a Token per word: few words stand before `и` or a comma or after `и`, and a
    # Token for each word of every text was most of this rule's time
    texts = token_texts(doc)
    for index in range(1, len(doc) - 1):
        if index in covered or texts[index + 1] not in COORDINATORS and texts[index - 1] != 'и':
            continue
        after = by_start.get(index + 2)
        # `до Теренколя и Успенки`: a preposition of place before the word, `и` and a place after it
        opens = texts[index - 1].lower() in PLACE_HEADS and texts[index + 1] in COORDINATORS \
            and after is not None and after.label_ == 'LOC'
        # `из Баянаула и Теренколя`: a place after a preposition of place, `и`, then the word
        place = by_end.get(index - 1)
        closes = texts[index - 1] == 'и' and place is not None and place.label_ == 'LOC' \
            and place.start > 0 and texts[place.start - 1].lower() in PLACE_HEADS
        # the list's place first (a lookup), then the word's readings
        if not (opens or closes) or not is_untagged_village(doc[index]):
            continue
        if people is None:
            people = person_words(spans) + [span.text for span in spans if span.label_ == 'PER']
        if not any(same_name(texts[index], other) for other in people):
            found.append(make_span(doc, index, index + 1, 'LOC', 'place-listed-word'))
    return spans + found if found else spans


def places_before_persons(doc, spans, positions):
    """`в Хумсане Дильноза Газалкентова ждет` -> LOC `Хумсане`, PER `Дильноза Газалкентова`: a place of three
    words after a preposition of place whose last two are a first name and a surname is a one-word place
    and the person in it (a place of several words ends in a noun or an adjective, no surname)."""
    result = []
    for span in spans:
        if span.label_ == 'LOC' and len(span) == 3 and span.start > 0 \
                and doc[span.start - 1].text.lower() in LOCATIVE_PREPOSITIONS + tuple(PLACE_HEADS) \
                and all(token.is_alpha and token.text[:1].isupper() for token in span) \
                and is_given_name(span[1], positions) and is_surname_like(span[2].text):
            result.append(make_span(doc, span.start, span.start + 1, 'LOC', 'place-before-person'))
            span = make_span(doc, span.start + 1, span.end, 'PER', 'place-before-person')
        result.append(span)
    return result
