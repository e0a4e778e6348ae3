"""A team among the teams a total of people came from: `на турнир приехали более 420 спортсменов из 24 стран.
Казахстан представляли 30 борцов` (30 part_of 420). The total names where its people come from (`из N стран`);
a count of people a sentence or two later said of one team (`представляли`, `сборная`, `делегация`) is a part."""

from pipeline.nlp.grammars.figure_facts import counts_people, facts, same_sentence, sentence_firsts, value, words
from pipeline.nlp.doc import sentence_of

# the units a total of people comes from: `из 24 стран`, `из 17 регионов`
ORIGINS = ('стран', 'государств', 'регион', 'област', 'город')
# the words that say the people after them are one of those units' team
TEAM = ('представля', 'представил', 'сборн', 'делегаци', 'команд')
MAX_TEAM_SENTENCES = 2  # the team stands in one of the two sentences after its total


def from_origins(spans, index):
    """The count of people `index` is followed by `из` and a count of countries or regions: `420 спортсменов из
    24 стран`."""
    following = index + 1
    return following < len(spans) and same_sentence(spans, index, following) \
        and words(spans[index].doc[spans[index].end:spans[following].start]) == ['из'] \
        and (facts(spans[following]).get('object') or '').startswith(ORIGINS)


def delegation_parts(spans, part_of):
    """Link, in place, the first count of people said of a team in the sentences right after a total of people
    who came from several countries or regions, when it is smaller."""
    firsts = sentence_firsts(spans)
    for index, total in enumerate(spans):
        if not counts_people(total) or part_of[index] is not None or not from_origins(spans, index):
            continue
        sentences = sorted({firsts[other] for other in range(index + 1, len(spans))
                            if firsts[other] != firsts[index]})[:MAX_TEAM_SENTENCES]
        for first in sentences:
            team = next((other for other in range(first, len(spans)) if firsts[other] == first
                         and counts_people(spans[other])), None)
            if team is None:
                continue
            sentence = sentence_of(spans[team])
            said = [token.lower_ for token in spans[team].doc[sentence.start:spans[team].start]]
            if any(word.startswith(TEAM) for word in said) and part_of[team] is None \
                    and value(spans[team]) < value(total):
                part_of[team] = index
            break
