"""One normal form for the mentions of one village named by an adjective.

A place named by an adjective alone (`Меновное`, `Таврическое`, `Октябрьский`) has forms that do not tell
a neuter from a masculine: -ого, -ому, -ым, -ом are both. The locative after a preposition of place is read
as a neuter (`place_forms.adjective_place_normal`: `в Боровом` -> Боровое), other forms take pymorphy3's
first reading, a masculine, so one village gets two names:

    провода оборвались у Меновного ... в Меновном ставят опоры   -> Меновный, Меновное

The mentions of one adjective (same stem) take the nominative a mention has as written (`село Октябрьский`,
`Октябрьский`), or else the neuter a rule chose over pymorphy3's default masculine.
"""

from pipeline.nlp.doc import span_value
from pipeline.nlp.morph import match_case, parse
from pipeline.nlp.wordforms import key

# the nominative endings of a hard and a soft adjective, masculine and neuter
MASCULINE = ('ый', 'ий', 'ой')
NEUTER = ('ое', 'ее')


def _adjective_stem(span):
    """The stem of a one-word place whose normal form is a nominative adjective, or None."""
    normal = span_value(span, 'normal')
    if len(span) != 1 or not normal or not normal.isalpha() or not normal[:1].isupper() \
            or not key(normal).endswith(MASCULINE + NEUTER) or len(normal) < 6:
        return None
    if not any(parsed.tag.POS == 'ADJF' for parsed in parse(span.text)):
        return None
    return key(normal)[:-2]


def agree_adjective_places(doc):
    """Give the one-word places of `doc` named by one adjective the same nominative (see the module)."""
    groups = {}
    for span in doc.ents:
        if span.label_ == 'LOC':
            stem = _adjective_stem(span)
            if stem is not None:
                groups.setdefault(stem, []).append(span)
    for group in groups.values():
        normals = {key(normal): normal for normal in (span_value(span, 'normal') for span in group)}
        if len(normals) < 2:
            continue
        written = {key(span.text) for span in group} & set(normals)
        neuter = [normal for normal in normals if normal.endswith(NEUTER)]
        chosen = next(iter(written)) if len(written) == 1 else neuter[0] if len(neuter) == 1 else None
        if chosen is None:
            continue
        for span in group:
            span._.normal = match_case(normals[chosen], span._.normal)  # a dateline's name stays in capitals
