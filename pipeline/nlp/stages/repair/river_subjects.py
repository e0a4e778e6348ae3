"""A one-word person that a water body's verb has as its subject is a river or a lake (`river-subject`):

    Шилик и Тентек, которые впадают в Балхаш        both rivers (the list before `которые` is the subject)
    Тентек впадает в Сасыкколь                      a river: `впадать` with a place after `в`
    весной Шилик разлился                           a river: no person `разлился` (a person `разлил` a thing)
    Ерлан впадает в панику                          stays a person: `впадать в` no place
    Ерлан Сапаров вытекает ...                      not looked at: a two-word name is a person's

slovnet reads a Kazakh river's name it does not know (`Шилик`, `Тентек`) as a person's; the verb is the
evidence. `впадать` and `вытекать` also take a person (`впасть в панику`), so they count only with a place
after their preposition (`в Балхаш`, `из Алаколя`); `разлиться`, `обмелеть`, `пересохнуть` and `выйти из
берегов` take none.
"""

from pipeline.nlp.morph import parse
from pipeline.nlp.settlements import LIST_JOINERS
from pipeline.nlp.stages.repair.spans import make_span

# the verbs whose subject is water; a person cannot `разлиться` or `обмелеть`
WATER_VERBS = frozenset('разлиться разливаться обмелеть мелеть пересохнуть пересыхать'.split())
# the verbs a person may take too (`впал в панику`): water's only before a place after the preposition
FLOW_VERBS = {'впадать': 'в', 'вытекать': 'из'}
# `Шилик и Тентек, которые впадают`: the relative pronoun between the subject and its verb
RELATIVES = frozenset('который которая которое которые'.split())


def verb_lemmas(text):
    """The verb lemmas pymorphy3 reads `text` as (`впадают` -> {впадать})."""
    return {parsed.normal_form for parsed in parse(text.lower()) if parsed.tag.POS in ('VERB', 'INFN')}


def is_water_verb(doc, index, by_start):
    """Token `index` is a verb only water takes: `разлился`, `обмелела`; `впадает` before `в` and a place;
    `вышла из берегов`."""
    lemmas = verb_lemmas(doc[index].text)
    if lemmas & WATER_VERBS:
        return True
    after = [token.text.lower() for token in doc[index + 1:index + 3]]
    if 'выйти' in lemmas and after == ['из', 'берегов']:
        return True
    for verb, preposition in FLOW_VERBS.items():
        if verb in lemmas and after[:1] == [preposition]:
            place = by_start.get(index + 2)
            return place is not None and place.label_ == 'LOC'
    return False


def verb_after(doc, end):
    """The index of the word a subject ending at `end` governs: right after it, or after `, который`."""
    if end < len(doc) and doc[end].text == ',' and end + 1 < len(doc) \
            and doc[end + 1].text.lower() in RELATIVES:
        end += 2
    return end if end < len(doc) and doc[end].is_alpha else None


def subject_list(doc, span, by_end):
    """The one-word mentions of the list `span` closes (`Шилик и Тентек`), `span` last."""
    members = [span]
    while members[0].start > 1 and doc[members[0].start - 1].text in LIST_JOINERS:
        before = by_end.get(members[0].start - 1)
        if before is None or len(before) != 1:
            break
        members.insert(0, before)
    return members


def river_subjects(doc, spans):
    """`Шилик и Тентек, которые впадают в Балхаш`, `весной Шилик разлился` -> LOC: the one-word persons
    of a list (or one alone) that a verb only water takes has as its subject (`is_water_verb`)."""
    if not any(span.label_ == 'PER' and len(span) == 1 for span in spans):
        return spans
    by_start = {span.start: span for span in spans}
    by_end = {span.end: span for span in spans}
    changed = set()
    for span in spans:
        if span.label_ not in ('PER', 'LOC') or len(span) != 1:
            continue
        verb = verb_after(doc, span.end)
        if verb is None or not is_water_verb(doc, verb, by_start):
            continue
        changed.update(member.start for member in subject_list(doc, span, by_end) if member.label_ == 'PER')
    if not changed:
        return spans
    return [make_span(doc, span.start, span.end, 'LOC', 'river-subject')
            if span.start in changed and span.label_ == 'PER' and len(span) == 1 else span for span in spans]
