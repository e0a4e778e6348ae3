"""`with` across a sentence: money opening a sentence on `На эти цели` after a sentence that tells works on counted
things gives what those works cost.

    `планируется начать строительство 28 школ. На эти цели выделят 134 млрд тенге.`   134 млрд with 28 школ
    `заменить 38,5 км сетей. На эти цели предусмотрено 6,2 млрд тенге.`               6,2 млрд with 38,5 км
    `планирует ввести еще 5 200 квартир. На эти цели предусмотрено 110 млрд тенге.`   110 млрд with 5 200

Runs after the other `with` rules (grammars/takenup.py), which it reads. The rules kept and left out are listed in
docs/links-log.md (round links21: `Их общая стоимость`, `Общая стоимость`, people before `На эти цели`).
"""

from pipeline.nlp.grammars.figure_facts import counts_people, is_money
from pipeline.nlp.grammars.takenup import WORKS, is_count, whole, works_before
from pipeline.nlp.doc import sentence_of

AIM_OPENINGS = (('на', 'эти', 'цели'),)
# the sentence before tells works done or to be done on the things: `построить`, `ремонт`, `заменить`, `ввести`
# (not `подключила к интернету 640 сел`, `выплаты получили 2,9 млн человек`: what the money is for is not told)
AIMED_WORKS = WORKS + ('замен', 'ввест', 'обнов')


def aim_links(spans, part_of, with_of):
    """Money, the first figure of a sentence opening on `На эти цели`, `with` the things counted in the sentence
    right before when that sentence tells works on them (their total, when the counts are parts of one); not when
    that sentence tells money of its own, counts people or things of several totals (`будут построены 3 школы на
    2 700 мест и 2 поликлиники. На эти цели ...`: the money is for both)."""
    sentences = [sentence_of(span) for span in spans]
    for index, span in enumerate(spans):
        if not is_money(span) or with_of[index] is not None or part_of[index] is not None:
            continue
        before = works_before(spans, sentences, index, AIM_OPENINGS, AIMED_WORKS)
        if not before:
            continue
        totals = {whole(part_of, other) for other in before if with_of[other] is None and is_count(spans[other])
                  and not counts_people(spans[other])}
        if len(totals) == 1:
            with_of[index] = totals.pop()
