"""A unit of a body written with a capital before the body's name is one name with it.

    Департамент Агентства по защите и развитию конкуренции по Карагандинской области оштрафовал ...
    Инспекция Комитета транспорта по Атырауской области проверила ...
    Филиал Национального центра экспертизы по Туркестанской области провёл ...
    Комитет лесного хозяйства и животного мира Министерства экологии ... ввёл ...
    Департамент экономических расследований по городу Шымкенту Агентства по финансовому мониторингу РК ...

slovnet finds the body in the genitive and leaves the unit's noun out; the unit is what acts and what
the text names (its official name is the unit's noun and the body's name in the genitive).
"""

from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.spans import make_span
from pipeline.nlp.stages.repair.tails import dependants_stop

# the nouns for a unit of a body: `Департамент`, `Инспекция`, `Филиал`
UNIT_NOUNS = frozenset('''
департамент управление инспекция филиал отдел отделение представительство дирекция служба
территориальный
'''.split())
# a committee is a unit of a ministry only with its remit written out: `Комитет водных ресурсов`
# `Министерства ...` (a bare `Комитет` before a body's name is a committee of anything)
REMIT_UNIT_NOUNS = UNIT_NOUNS | {'комитет'}
REMIT_WORDS = 6


def is_unit_noun(token):
    """`Департамент`, `Инспекцию`: a capitalised noun for a unit of a body, not an abbreviation."""
    text = token.text
    return text[:1].isupper() and not text.isupper() and text.isalpha() and lemma(text.lower()) in UNIT_NOUNS


def opens_in_genitive(span):
    """`Агентства`, `Национального`: the first word of the name can be a genitive, and is capitalised."""
    first = span[0].text
    return first[:1].isupper() and not first.isupper() \
        and any(parsed.tag.case in ('gent', 'gen2') for parsed in parse(first)[:4])


def remit_head(doc, span, taken):
    """Start of `Комитет лесного хозяйства и животного мира` right before `span`, else None: a
    capitalised unit noun and the lower-case genitives of its remit, ending where `span` starts."""
    for head in range(span.start - 2, max(-1, span.start - REMIT_WORDS - 2), -1):
        token = doc[head]
        if head in taken or not token.is_alpha:
            return None
        if token.text[:1].isupper():
            if token.text.isupper() or lemma(token.text.lower()) not in REMIT_UNIT_NOUNS:
                return None
            return head if dependants_stop(doc, head + 1, taken) == span.start else None
    return None


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
        elif span.label_ == 'ORG' and before >= 1 and opens_in_genitive(span):
            head = remit_head(doc, span, taken)
            if head is not None:
                span = make_span(doc, head, span.end, 'ORG', 'org-unit-head')
        result.append(span)
    return result


# the bodies a territorial unit belongs to, named after its territory: `... по городу Шымкенту` `Агентства ...`
PARENT_NOUNS = frozenset('агентство министерство комитет служба'.split())


def is_territorial_unit(span):
    """`Департамент экономических расследований по городу Шымкенту`, `Департамент полиции по
    Алматинской области`: a unit noun first and a territory after its last `по`, a capitalised word in it."""
    if span.label_ != 'ORG' or not span[0].is_alpha or lemma(span[0].text.lower()) not in UNIT_NOUNS:
        return False
    remits = [token.i for token in span[1:] if token.text == 'по']
    return bool(remits) and any(token.text[:1].isupper() for token in span.doc[remits[-1] + 1:span.end])


def is_parent_body(span):
    """`Агентства по финансовому мониторингу РК`: a capitalised body noun in the genitive first."""
    first = span[0].text
    return span.label_ == 'ORG' and first[:1].isupper() and not first.isupper() \
        and any(parsed.tag.case == 'gent' and parsed.normal_form in PARENT_NOUNS for parsed in parse(first)[:3])


# a branch named by its region's adjective: `Кызылординский филиал`
BRANCH_NOUNS = frozenset('филиал отделение представительство'.split())
# the kind of organisation a branch's parent is, written before its quoted name: `партии «Amanat»`
PARENT_KINDS = frozenset('партия компания корпорация общество фонд палата'.split())


def is_bare_branch(span):
    """`Кызылординский филиал`: a capitalised adjective and a branch's noun, no more."""
    return span.label_ == 'ORG' and len(span) == 2 and span[0].text[:1].isupper() and span[1].text.islower() \
        and lemma(span[1].text) in BRANCH_NOUNS \
        and any(parsed.tag.POS == 'ADJF' for parsed in parse(span[0].text)[:2])


def parent_start(doc, branch, span):
    """`Кызылординский филиал` `партии` `«Amanat»`: the parent's ORG right after the branch, or after a
    lower-case kind of organisation in the genitive and an opening quote."""
    gap = [token for token in doc[branch.end:span.start]]
    if not gap:
        return True
    return len(gap) <= 2 and gap[0].text.islower() and lemma(gap[0].text) in PARENT_KINDS \
        and any(parsed.tag.case == 'gent' for parsed in parse(gap[0].text)[:3]) \
        and all(token.text == '«' for token in gap[1:])


def unit_parents(doc, spans):
    """A territorial unit and the body it belongs to, named right after its territory in the
    genitive, are one name, the unit's: `Департамент экономических расследований по городу Шымкенту`
    `Агентства по финансовому мониторингу РК`; so are a branch named by its region's adjective and
    its parent (`Кызылординский филиал` `партии «Amanat»`)."""
    result = []
    for span in spans:
        if result and result[-1].end == span.start and is_territorial_unit(result[-1]) and is_parent_body(span):
            unit = result.pop()
            span = make_span(doc, unit.start, span.end, 'ORG', 'org-unit-parent')
        elif result and span.label_ == 'ORG' and is_bare_branch(result[-1]) and parent_start(doc, result[-1], span):
            # `Кызылординский филиал партии «Amanat»`: a branch is named by the body it belongs to
            branch = result.pop()
            stop = span.end + 1 if span.end < len(doc) and doc[span.end].text == '»' and doc[span.start - 1].text == '«' \
                else span.end
            span = make_span(doc, branch.start, stop, 'ORG', 'org-unit-parent')
        result.append(span)
    return result
