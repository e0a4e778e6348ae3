"""People at the places or works counted in the sentence before, a sentence opening on `На них`:
    `работают 28 предприятий, из них 11 ... На них занято 4 100 человек.`      4 100 человек with 28 предприятий
    `Для отдыхающих работали 14 пляжей. На них дежурили 96 спасателей`          96 спасателей with 14 пляжей
The people go `with` the last count of things there that is no part of another (the whole the part is taken out
of), as `В них` does (takenup.pointer)."""

from pipeline.nlp.doc import sent_start

from pipeline.nlp.grammars.figure_facts import counts_people, facts, is_elliptic, is_percent, words

OPENING = ['на', 'них']


def things(span):
    """A count of things, naming its noun: `28 предприятий`, not people, a share or a bare number."""
    return facts(span).get('kind') == 'count' and not facts(span).get('unit') and not is_percent(span) \
        and not is_elliptic(span) and not counts_people(span)


def on_them_links(spans, part_of, with_of):
    """The first figure of a sentence opening on `На них`, people, no link yet: `with` the last count of things in
    the sentence right before that is no part of another."""
    starts = [sent_start(span) for span in spans]
    for index, span in enumerate(spans):
        if with_of[index] is not None or part_of[index] is not None or not index \
                or starts[index - 1] == starts[index] or not counts_people(span) \
                or words(span.doc[starts[index]:starts[index] + 2]) != OPENING:
            continue
        before = [other for other in range(index) if starts[other] == starts[index - 1]]
        counted = [other for other in before if things(spans[other]) and part_of[other] is None]
        if counted:
            with_of[index] = counted[-1]
