"""Quoted names after a head noun.

`org-quoted-head`, a quoted name an organisation's head noun opens, where slovnet typed its words
otherwise: `благотворительный фонд «Друзья культуры Азербайджана»` -> ORG `Друзья культуры
Азербайджана`: after a head noun (`фонд`, `газета`, `компания`) what the quotes hold is the
organisation's name; a place or a person inside it names the organisation, not a place or a person of
the text (as `резервата «Семей орманы»` in `quoted-name`, which runs before and makes a head's quoted
name an ORG when no mention touches it).

`quoted-work`: `картины «Цирк», «Новые времена»`, `под торговыми марками «Раундап», «Глифор» и
«Торнадо»`, `песни «Тула» и «Салют»`: a quoted name after a noun for a work, an award or a brand, and
every quoted name of the list it opens, is a title, not an organisation (slovnet reads some of them so).

Tried and left out: every quoted name of a list a plural head opens as an ORG (`команды: «Джордан»,
«Бенеттон» и «Мерседес»`): on the NEREL tune part it found one club and made four magazines of a list
(`журналов: «Квант», «Весёлые картинки», ...`) ORGs, which NEREL does not count as organisations.
"""

from pipeline.nlp.lexicons import ORG_HEADS
from pipeline.nlp.morph import lemma
from pipeline.nlp.stages.repair.org_ends import LIST_JOINERS
from pipeline.nlp.stages.repair.org_shapes import WORK_NOUNS
from pipeline.nlp.stages.repair.spans import CLOSE_QUOTES, OPEN_QUOTES, is_name_start, make_span, quote_groups

# a brand is a product's name, not its maker's: `под торговой маркой «Раундап»`
TITLE_NOUNS = WORK_NOUNS | {'марка', 'бренд'}


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


def title_noun_before(doc, open_):
    """True where a lower-case noun for a work, an award or a brand stands right before a quote."""
    if open_ == 0:
        return False
    word = doc[open_ - 1]
    return word.text.islower() and word.is_alpha and lemma(word.text) in TITLE_NOUNS


def title_quotes(doc):
    """(open, close) of the quoted names a title noun opens, each with the list that follows it."""
    groups = [(open_, close) for open_, close in quote_groups(doc)
              if doc[open_].text in OPEN_QUOTES and doc[close].text in CLOSE_QUOTES and open_ + 1 < close]
    titles, listed = [], False
    for index, (open_, close) in enumerate(groups):
        if listed:
            _, before_close = groups[index - 1]
            listed = open_ == before_close + 2 and doc[before_close + 1].text in LIST_JOINERS
        listed = listed or title_noun_before(doc, open_)
        if listed:
            titles.append((open_, close))
    return titles


def quoted_works(doc, spans):
    """`картины «Цирк», «Новые времена»`, `марками «Раундап» и «Торнадо»`: an ORG wholly in the
    quotes of a title noun's list is a title: no mention."""
    titles = {(open_ + 1, close) for open_, close in title_quotes(doc)}
    if not titles:
        return spans
    return [span for span in spans if span.label_ != 'ORG' or (span.start, span.end) not in titles]
