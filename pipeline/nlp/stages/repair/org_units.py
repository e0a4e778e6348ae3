"""A unit of a body written with a capital before the body's name is one name with it.

    Департамент Агентства по защите и развитию конкуренции по Карагандинской области оштрафовал ...
    Инспекция Комитета транспорта по Атырауской области проверила ...
    Филиал Национального центра экспертизы по Туркестанской области провёл ...

slovnet finds the body in the genitive and leaves the unit's noun out; the unit is what acts and what
the text names (its official name is the unit's noun and the body's name in the genitive).
"""

from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.spans import make_span

# the nouns for a unit of a body: `Департамент`, `Инспекция`, `Филиал`
UNIT_NOUNS = frozenset('''
департамент управление инспекция филиал отдел отделение представительство дирекция служба
территориальный
'''.split())


def is_unit_noun(token):
    """`Департамент`, `Инспекцию`: a capitalised noun for a unit of a body, not an abbreviation."""
    text = token.text
    return text[:1].isupper() and not text.isupper() and text.isalpha() and lemma(text.lower()) in UNIT_NOUNS


def opens_in_genitive(span):
    """`Агентства`, `Национального`: the first word of the name can be a genitive, and is capitalised."""
    first = span[0].text
    return first[:1].isupper() and not first.isupper() \
        and any(parsed.tag.case in ('gent', 'gen2') for parsed in parse(first)[:4])


def unit_heads(doc, spans):
    """An ORG opening with a capitalised genitive right after a capitalised unit noun takes the noun in:
    `Департамент` `Агентства по защите и развитию конкуренции по Карагандинской области`."""
    taken = {index for span in spans for index in range(span.start, span.end)}
    result = []
    for span in spans:
        before = span.start - 1
        if span.label_ == 'ORG' and before >= 0 and before not in taken and is_unit_noun(doc[before]) \
                and opens_in_genitive(span):
            span = make_span(doc, before, span.end, 'ORG', 'org-unit-head')   # the unit, not the body it belongs to
        result.append(span)
    return result
