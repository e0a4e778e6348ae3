"""A quoted name an organisation's head noun opens, where slovnet typed its words otherwise:
`org-quoted-head`. `благотворительный фонд «Друзья культуры Азербайджана»` -> ORG `Друзья культуры
Азербайджана`: after a head noun (`фонд`, `газета`, `компания`) what the quotes hold is the
organisation's name; a place or a person inside it names the organisation, not a place or a person of
the text (as `резервата «Семей орманы»` in `quoted-name`, which runs before and makes a head's quoted
name an ORG when no mention touches it).

Tried and left out: every quoted name of a list a plural head opens as an ORG (`команды: «Джордан»,
«Бенеттон» и «Мерседес»`): on the NEREL tune part it found one club and made four magazines of a list
(`журналов: «Квант», «Весёлые картинки», ...`) ORGs, which NEREL does not count as organisations.
"""

from pipeline.nlp.lexicons import ORG_HEADS
from pipeline.nlp.morph import lemma
from pipeline.nlp.stages.repair.spans import CLOSE_QUOTES, OPEN_QUOTES, is_name_start, make_span, quote_groups


def head_word(doc, open_):
    """The lower-case head noun right before a quote (`фонд «`, `группы «`), else None."""
    if open_ == 0 or doc[open_ - 1].is_space:
        return None
    word = doc[open_ - 1]
    if word.text.islower() and word.is_alpha and (word.text in ORG_HEADS or lemma(word.text) in ORG_HEADS):
        return word
    return None


def named_spans(doc, spans, first, stop, rule):
    """`spans` with the quoted words [first, stop) as one ORG; None where a span crosses the quotes
    or an ORG already holds words of them (that ORG is the name another rule chose)."""
    inside = [span for span in spans if span.start < stop and first < span.end]
    if any(span.start < first or span.end > stop or span.label_ == 'ORG' for span in inside):
        return None
    kept = [span for span in spans if not any(span is other for other in inside)]
    return kept + [make_span(doc, first, stop, 'ORG', rule)]


def quoted_heads(doc, spans):
    """`фонд «Друзья культуры Азербайджана»`: a head noun's quoted name holding a place or a person
    is one ORG (the quotes stay outside)."""
    spans = list(spans)
    for open_, close in quote_groups(doc):
        first = open_ + 1
        if doc[open_].text not in OPEN_QUOTES or doc[close].text not in CLOSE_QUOTES or first >= close \
                or not is_name_start(doc[first]) or head_word(doc, open_) is None:
            continue
        if not any(span.start < close and first < span.end for span in spans):
            continue   # nothing inside: `quoted-name` made it an ORG, or chose to leave it
        spans = named_spans(doc, spans, first, close, 'org-quoted-head') or spans
    return spans
