"""A budget's items: the money a budget's expenses name (`расходы – 702,9 млрд тенге`) is the total of the sums told
for a purpose with `на` in the sentences after it, however the sentences between run.

    `Доходы ... 684,2 млрд тенге, расходы – 702,9 млрд тенге. [a sentence on transfers] На образование предусмотрено
    214,6 млрд тенге, на здравоохранение – 41 млрд, на дороги – порядка 58 млрд.`   214,6, 41, 58 part_of 702,9

The nearest earlier sum (`трансферты ... до 296 млрд тенге`) is not their total: the expenses are. Runs after the
other breakdowns (breakdown_parts, sum_parts, colon_parts, sibling_parts) and before following_parts, which would
give the items to the nearest sum before them (grammars/links.py). The rules kept and left out are listed in docs/links-log.md.
"""

from pipeline.nlp.grammars.figure_facts import clause_before, facts, is_money, sentence_firsts, value
from pipeline.nlp.grammars.part_guards import money_like

MAX_NAMING_GAP = 4  # words between `расходы` and its sum: `Расходы предусмотрены в сумме 501,9 млрд тенге`
MAX_ITEM_SENTENCES = 3  # sentences after the expenses' own the items may stand in
MAX_ITEM_CLAUSE = 6  # words of an item's clause before its sum: `на строительство и ремонт дорог –`
# `на эти цели`, `на него`: a pointer, not a purpose of its own
POINTERS = frozenset({'эти', 'это', 'этот', 'эту', 'их', 'него', 'нее', 'неё', 'них', 'что'})


def names_expenses(span):
    """The sum is a budget's expenses: `расходы` shortly before it in its clause, no `на` between (`расходы на
    коммунальные услуги` are expenses of one purpose)."""
    before = clause_before(span, MAX_NAMING_GAP + 1)
    return any(word == 'расходы' and 'на' not in before[at + 1:] for at, word in enumerate(before))


def is_item(span):
    """A sum told for a purpose: its clause opens on `на` and a word that is no pointer (`На образование
    предусмотрено`, `на здравоохранение –`)."""
    clause = clause_before(span, MAX_ITEM_CLAUSE + 1)
    return len(clause) >= 2 and clause[0] == 'на' and clause[1].isalpha() and clause[1] not in POINTERS \
        and len(clause) <= MAX_ITEM_CLAUSE


def budget_item_parts(spans, part_of):
    """The sums told for a purpose (`На образование предусмотрено N, на здравоохранение – M`) in the sentences right
    after a budget's expenses, each smaller and together no more than them, are their parts."""
    firsts = sentence_firsts(spans)
    for index, total in enumerate(spans):
        if not is_money(total) or part_of[index] is not None or not names_expenses(total):
            continue
        items, seen, first = [], 0, firsts[index]
        for other in range(index + 1, len(spans)):
            if firsts[other] != first:
                first, seen = firsts[other], seen + 1
                if seen > MAX_ITEM_SENTENCES:
                    break
            if is_money(spans[other]) and names_expenses(spans[other]):
                break  # another budget's expenses
            # `на благоустройство – 12 млрд`: the unit left out after money of its sentence
            if seen and money_like(spans, other) and part_of[other] is None and is_item(spans[other]) \
                    and (not is_money(spans[other]) or facts(spans[other]).get('unit') == facts(total).get('unit')):
                items.append(other)
        if items and all(value(spans[other]) < value(total) for other in items) \
                and sum(value(spans[other]) for other in items) <= value(total):
            for other in items:
                part_of[other] = index
