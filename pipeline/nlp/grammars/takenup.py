"""`with` across a sentence: a sentence that takes up the things counted in the sentence before by a pronoun or
a demonstrative and gives their cost or the people they take in, and money after `, на что` in the sentence of
the count it pays for.

    `38 сел, в том числе 12 сел – ... Их стоимость составит 19 млрд тенге.`      19 млрд with 38 сел
    `300 автобусов: 200 – ..., 100 – электробусы. Их закупка обошлась в 48 млрд`  48 млрд with 300 автобусов
    `420 секций, в том числе 160 секций ... В них занимаются 38 тыс. спортсменов`  38 тыс. with 420 секций
    `64 села ... Работы в этих селах обошлись в 27 млрд тенге`                    27 млрд with 64 села
    `построить 1 200 км линий, на что направят 2,3 трлн тенге`                    2,3 трлн with 1 200 км
    `23 турнира по борьбе, участниками которых стали 1 840 спортсменов`            1 840 with 23 турнира

The things taken up are the last count of the sentence before (a part climbing to its total: `их` takes up the
whole, not the last item of a list; a list with no total is named by its first count). Runs after the part rules (grammars/links.py), which it reads.
The rules kept and left out are listed in grammars/links.py.
"""

from pipeline.nlp.grammars.described import DOING, names_people
from pipeline.nlp.grammars.figure_facts import (
    counts_people, facts, is_money, is_percent, is_period, is_times, words)
from pipeline.nlp.morph import parse

# nouns of what counted things cost: `Их стоимость`, `Их общая стоимость`
COST_NOUNS = frozenset({'стоимость', 'цена'})
DEMONSTRATIVES = frozenset({'эти', 'этих', 'этим', 'этими'})
MAX_POINTER_START = 4  # the pointer opens its sentence: `Работы в этих селах`, `На их строительство`


def is_count(span):
    """A count of things or people: no unit, no share, not how often, not an age or a term."""
    return not facts(span).get('unit') and not is_percent(span) and not is_times(span) and not is_period(span)


def whole(part_of, index):
    """The total a part belongs to, up through the parts of parts; the figure itself when it is no part."""
    seen = set()
    while part_of[index] is not None and index not in seen:
        seen.add(index)
        index = part_of[index]
    return index


def cost_or_doing(word):
    """`стоимость`, `строительство`, `закупка`: a noun of what things cost or of what is done to them."""
    return any(parsed.tag.POS == 'NOUN' and 'inan' in parsed.tag
               and (parsed.normal_form in COST_NOUNS or parsed.normal_form.endswith(DOING))
               for parsed in parse(word)[:2])


def pointer(tokens):
    """What the opening of a sentence points back to: ('cost', None) for `Их стоимость` / `На их строительство`,
    ('in', None) for `В них`, ('noun', lemmas) for a demonstrative and its noun (`в этих селах`); else None."""
    for at in range(min(len(tokens) - 1, MAX_POINTER_START)):
        word, following = tokens[at], tokens[at + 1]
        if word == 'их' and (at == 0 or tokens[at - 1] == 'на') and cost_or_doing(following):
            return 'cost', None
        if word == 'них' and at == 1 and tokens[0] == 'в':
            return 'in', None
        if word in DEMONSTRATIVES and following.isalpha():
            return 'noun', {parsed.normal_form for parsed in parse(following) if parsed.tag.POS == 'NOUN'}
    return None


COORDINATING = frozenset({',', 'и'})


def first_coordinated(spans, counts):
    """The last count, or the first of the counts joined to it by `и` or commas alone: `открыто 18 медпунктов и 6
    амбулаторий. На их строительство ...` takes up the list, which is named by its first count."""
    at = len(counts) - 1
    while at and counts[at - 1] == counts[at] - 1 and set(
            words(spans[counts[at]].doc[spans[counts[at - 1]].end:spans[counts[at]].start])) <= COORDINATING:
        at -= 1
    return counts[at]


def taken_up_links(spans, part_of, with_of):
    """The first figure of a sentence that opens by pointing back to the things counted in the sentence before:
    their cost (money) or the people they take in, `with` those things."""
    starts = [span.sent.start for span in spans]
    for index, span in enumerate(spans):
        if with_of[index] is not None or (index and starts[index - 1] == starts[index]):
            continue  # the first figure of its sentence only
        sentence = span.sent
        found = pointer(words(span.doc[sentence.start:span.start]))
        before = [other for other in range(index) if spans[other].sent.end == sentence.start]
        if found is None or not before:
            continue
        kind, lemmas = found
        money, people = is_money(span), names_people(span)
        if not (money if kind == 'cost' else people if kind == 'in' else money or people):
            continue
        counts = [other for other in before if is_count(spans[other]) and with_of[other] is None]
        if kind == 'noun':
            counts = [other for other in counts if facts(spans[other]).get('object') in lemmas]
        if not counts:
            continue
        things = whole(part_of, first_coordinated(spans, counts))
        if is_count(spans[things]) and not counts_people(spans[things]) and things != index:
            with_of[index] = things


# `..., на что направят 2,3 трлн тенге`: the money the things counted before it in the sentence take
SPENT_ON = (',', 'на', 'что')
MAX_SPENT_GAP = 12


def spent_on_links(spans, with_of):
    """Money after `, на что` and the count right before that in its sentence: the money with the count."""
    for index in range(1, len(spans)):
        previous = index - 1
        things, money = spans[previous], spans[index]
        if with_of[index] is not None or not is_money(money) or not is_count(things) \
                or things.sent.start != money.sent.start:
            continue
        gap = words(money.doc[things.end:money.start])
        cue = next((at for at in range(len(gap)) if tuple(gap[at:at + 3]) == SPENT_ON), None)
        if cue is not None and len(gap) <= MAX_SPENT_GAP and ',' not in gap[cue + 1:]:
            with_of[index] = previous


# `23 турнира, участниками которых стали 1 840 спортсменов`: the people a relative clause names as taking part
PARTICIPANTS = frozenset({'участник', 'посетитель', 'зритель', 'слушатель', 'гость'})
MAX_RELATIVE_GAP = 10


def participant_links(spans, with_of):
    """People after a count of things (events) in its sentence, a relative clause between that names them as
    their participants: `прошли 23 турнира по национальным видам спорта, участниками которых стали 1 840
    спортсменов`."""
    for index in range(1, len(spans)):
        previous = index - 1
        things, people = spans[previous], spans[index]
        if with_of[index] is not None or things.sent.start != people.sent.start or not is_count(things) \
                or counts_people(things) or not names_people(people):
            continue
        gap = words(things.doc[things.end:people.start])
        if ',' not in gap or len(gap) > MAX_RELATIVE_GAP:
            continue
        clause = gap[gap.index(','):]
        if len(clause) >= 3 and clause[2] == 'которых' and clause.count(',') == 1 \
                and any(parsed.normal_form in PARTICIPANTS for parsed in parse(clause[1])[:2]):
            with_of[index] = previous
