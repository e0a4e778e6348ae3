"""A Latin-script organisation name repeated in a document: `org-latin-repeat`.

slovnet finds `компании ''Freixenet''` after its head noun, then misses `''Freixenet'' остается
в Каталонии` and `глава ''Freixenet''` with no head before them. A name in Latin letters does
not decline, so the same words elsewhere in the document, unlabelled and standing alone (no
Latin word next to them: `Sharks` is not `San Jose Sharks`), name the same organisation.
"""

from pipeline.nlp.doc import token_texts
from pipeline.nlp.morph import lemma
from pipeline.nlp.stages.repair.org_shapes import is_latin_word, latin_runs
from pipeline.nlp.stages.repair.spans import make_span


# `премии Grammy`, `аккаунтов Mimeng`: after an award's or an account's noun the name is the
# award or the account, whatever the document calls an organisation elsewhere
NOT_ORG_HEADS = frozenset('премия награда приз номинация аккаунт страница'.split())
QUOTES = frozenset('\'"«»„“”')


def after_non_org_head(doc, index):
    """True where the word before a name (quotes skipped) is an award's or an account's noun."""
    index -= 1
    while index >= 0 and doc[index].text in QUOTES:
        index -= 1
    return index >= 0 and doc[index].text.islower() and lemma(doc[index].text) in NOT_ORG_HEADS


def latin_org_names(spans):
    """The token texts of the document's ORGs written wholly in Latin letters (`AlphaBay`,
    `Edmonton Oilers`, `TOP 09`)."""
    names = set()
    for span in spans:
        words = [token for token in span if token.is_alpha]
        if span.label_ != 'ORG' or not words or not all(is_latin_word(token) for token in words):
            continue
        # slovnet's `''Freixenet''` with its quotes: the name is the words between them
        start, stop = span.start, span.end
        while start < stop and span.doc[start].is_punct:
            start += 1
        while stop > start and span.doc[stop - 1].is_punct:
            stop -= 1
        names.add(tuple(token.text for token in span.doc[start:stop]))
    return names


def latin_repeats(doc, spans):
    """`Однако ''Freixenet'' остается`: an unlabelled Latin name the document has as an ORG
    elsewhere is that ORG."""
    names = latin_org_names(spans)
    if not names:
        return spans
    taken = {index for span in spans for index in range(span.start, span.end)}
    texts = token_texts(doc)
    found = [make_span(doc, index, stop, 'ORG', 'org-latin-repeat') for index, stop in latin_runs(doc)
             if tuple(texts[index:stop]) in names and taken.isdisjoint(range(index, stop))
             and (index == 0 or not is_latin_word(doc[index - 1])) and not after_non_org_head(doc, index)]
    return spans + found if found else spans
