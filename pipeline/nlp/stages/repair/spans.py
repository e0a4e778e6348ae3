"""What the repair rules share: quote and bracket characters, span helpers,
the quoted stretches of a document."""

from spacy.tokens import Span

from pipeline.nlp.doc import doc_text, set_span_value, span_value, token_texts
from pipeline.nlp.morph import parse

OPEN_QUOTES = set('«"“„')
CLOSE_QUOTES = set('»"”“')
# `''Newsday''`: a double quote typed as two apostrophes, each its own token
APOSTROPHE = "'"
# «…», „…“, “…”, "…"
QUOTE_PAIRS = {'«': '»', '„': '“”', '“': '”', '"': '"'}
OPEN_BRACKETS = set('([')
CLOSE_BRACKETS = set(')]')
DASHES = {'-', '–', '—'}
NAME_TAGS = ('Name', 'Surn', 'Patr')


def gap_text(doc, left, right):
    """Text between two token ranges."""
    return doc_text(doc)[doc[left.end - 1].idx + len(doc[left.end - 1].text):doc[right.start].idx]


def make_span(doc, start, stop, label, rule, canonical=None):
    span = Span(doc, start, stop, label=label)
    set_span_value(span, 'rule', rule)
    set_span_value(span, 'canonical', canonical)
    return span


def give_back(doc, result, start):
    """Before a span that grows back to token `start` is appended to `result` (spans in order):
    the last span keeps only what lies before `start` (`Аким района` + `района Магжана Жумабаева`
    -> `Аким`), or goes if nothing does (`улице` + `улице Генерала Дорохова`). A rule hands on
    mentions that do not overlap (absorb's bisection needs it)."""
    if result and result[-1].end > start:
        before = result.pop()
        if before.start < start:
            result.append(make_span(doc, before.start, start, before.label_, span_value(before, 'rule'),
                                    span_value(before, 'canonical')))


def same_line_gap(doc, left, right):
    """The text between two neighbours if only spaces and quotes part them."""
    if left.end > right.start:
        return None
    gap = gap_text(doc, left, right)
    if '\n' in gap or gap.strip(' «»"“”„') != '':
        return None
    return gap


def is_name_start(token):
    return token.text[:1].isupper() or token.text[:1].isdigit()


def trim(doc, start, stop):
    """Range without punctuation or space at its ends (its own quotes kept)."""
    while start < stop and (doc[start].is_punct and doc[start].text not in OPEN_QUOTES or doc[start].is_space):
        start += 1
    while stop > start and (doc[stop - 1].is_punct and doc[stop - 1].text not in CLOSE_QUOTES
                            or doc[stop - 1].is_space):
        stop -= 1
    return start, stop


QUOTE_GROUPS_KEY = ('pipeline', 'quote_groups')


def quote_groups(doc):
    """(open, close) token indices of each quoted stretch on one line (found once per Doc:
    several rules ask, and the quotes do not change with the mentions)."""
    groups = doc.user_data.get(QUOTE_GROUPS_KEY)
    if groups is not None:
        return groups
    texts = token_texts(doc)
    groups = []
    index = 0
    while index < len(texts):
        text = texts[index]
        closers = QUOTE_PAIRS.get(text)
        if closers is None or (text == '"' and index + 1 < len(texts) and doc[index + 1].is_space):
            index += 1
            continue
        for close in range(index + 1, min(len(texts), index + 16)):
            if '\n' in texts[close]:
                break
            if texts[close] in closers and close > index + 1:
                groups.append((index, close))
                index = close
                break
        index += 1
    groups = doc.user_data[QUOTE_GROUPS_KEY] = tuple(groups)
    return groups


def is_case(parses, case):
    return any(parsed.tag.case == case for parsed in parses[:4])


def is_geo(parses):
    return any('Geox' in parsed.tag for parsed in parses[:2])


def is_known_place(text, readings=2):
    """`Нарына`, `Германию`: a word the dictionary knows as a place's name among pymorphy3's first `readings`
    readings (not a guess from its ending)."""
    return any('Geox' in parsed.tag and parsed.is_known for parsed in parse(text)[:readings])


# `Паку`, `Кима`, `Цоем`: the case endings a short (Korean) surname takes
SHORT_NAME_ENDINGS = frozenset('а у ом ым ем е ю я'.split())
SHORT_NAME = 3


def same_name(word, other):
    """Case forms of one name: `Голунов`, `Голунова`, `Голуновым` (not `Голубев`);
    of a three-letter surname, its case endings (`Пак`, `Паку`; `Ким`, `Кима`)."""
    word, other = word.lower(), other.lower()
    if abs(len(word) - len(other)) > 2:
        return False
    if min(len(word), len(other)) == SHORT_NAME and word != other:
        short, long = sorted((word, other), key=len)
        return long.startswith(short) and long[SHORT_NAME:] in SHORT_NAME_ENDINGS
    size = max(4, min(len(word), len(other)) - 2)
    return word[:size] == other[:size] and (len(word) > 4 or word == other)


def place_canonical(spans, word):
    """The gazetteer's name of a one-word LOC among `spans` that is a case form of `word` (`Конаева` by
    `Конаев` elsewhere: the same place, the same canonical name), else None."""
    return next((other._.canonical for other in spans if other.label_ == 'LOC' and other._.canonical
                 and len(other) == 1 and same_name(other.text, word)), None)


def is_typed_quote(texts, index):
    """Whether the token texts `index` and `index + 1` are two apostrophes, a typed double quote (`''Sofitel''`)."""
    return 0 <= index and index + 1 < len(texts) and texts[index] == APOSTROPHE == texts[index + 1]
