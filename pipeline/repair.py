"""Boundary and type repairs on top of slovnet's spans.

slovnet cuts long organisation names into pieces and stops short of quoted
names. These rules put them back together, each named in `span._.rule`:

- `merge-org`: adjacent ORG pieces are one name
  (`Политического совета` `Казахстанской партии зелёных` `БАЙТАҚ`);
- `org-country`: a country in the genitive after an ORG belongs to it
  (`Народной партии` `Казахстана`, `Демократической партии Казахстана "Ак жол"`);
- `quoted-org`: a quoted name joins its head noun and adjectives
  (`международного общества «Қазақ тілі»`, `АО "АгромашХолдинг KZ"`);
- `split-dash`: a span never runs across a dash between words
  (`Парламент – подотчетное Правительство`);
- `consistent-type`: the same name gets one type throughout a document
  (`Курултая` ORG, `в Курултае` LOC -> ORG).
"""

from collections import Counter
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Span

from .morph import lemma, parse

OPEN_QUOTES = set('«"“„')
CLOSE_QUOTES = set('»"”“')
DASHES = {'-', '–', '—'}

# партия «Ауыл», АО «АгромашХолдинг KZ», корпорация «Восток-Молоко»
ORG_HEADS = frozenset('''
партия коалиция общество объединение движение ассоциация союз фонд
компания корпорация холдинг концерн группа банк завод комбинат предприятие
фабрика лаборатория мастерская центр клуб театр музей университет институт
академия колледж школа лицей газета журнал агентство телеканал радио издание
портал сайт форум фракция организация федерация команда филиал палата
ао тоо оао зао пао ооо ано ип оо роо оюл нао ано гкп ргп
'''.split())


def gap_text(doc, left, right):
    """Text between two token ranges."""
    return doc.text[doc[left.end - 1].idx + len(doc[left.end - 1].text):doc[right.start].idx]


def make_span(doc, start, stop, label, rule, canonical=None):
    span = Span(doc, start, stop, label=label)
    span._.rule = rule
    span._.canonical = canonical
    return span


def is_genitive(token):
    text = token.text
    if text.isupper():
        return True   # РК, РФ, США do not decline
    return any(parsed.tag.case in ('gent', 'gen2') for parsed in parse(text)[:4])


def merge_pieces(doc, spans):
    """Join ORG+ORG and ORG+LOC(genitive)[+ORG] neighbours on one line."""
    merged = []
    for span in spans:
        if merged:
            previous = merged[-1]
            gap = gap_text(doc, previous, span) if previous.end <= span.start else None
            same_line = gap is not None and '\n' not in gap and gap.strip(' «»"“”„') == ''
            if same_line and previous.label_ == 'ORG' and span.label_ == 'ORG':
                # `Демократической партии Казахстана "Ак жол"`, `Политсовета партии AMANAT`:
                # the whole is known under the name it ends with
                merged[-1] = make_span(doc, previous.start, span.end, 'ORG', 'merge-org',
                                       span._.canonical or previous._.canonical)
                continue
            if (same_line and gap.strip() == '' and previous.label_ == 'ORG' and span.label_ == 'LOC'
                    and previous._.canonical is None and is_genitive(span[0])):
                merged[-1] = make_span(doc, previous.start, span.end, 'ORG', 'org-country')
                continue

        merged.append(span)
    return merged


def quoted_stop(doc, start):
    """End (exclusive) of a quoted name opening at token `start`, or None."""
    for index in range(start + 1, min(len(doc), start + 12)):
        token = doc[index]
        if '\n' in token.text:
            return None
        if token.text in CLOSE_QUOTES and index > start + 1:
            return index + 1
    return None


def quoted_names(doc):
    """`head «Name»` token ranges: adjectives, an ORG head noun, a quoted name."""
    found = []
    for index, token in enumerate(doc):
        if token.text not in OPEN_QUOTES or index == 0 or token.idx < doc._.body_start:
            continue
        stop = quoted_stop(doc, index)
        if stop is None:
            continue
        head = index - 1
        if doc[head].is_space or lemma(doc[head].text) not in ORG_HEADS and doc[head].text.lower() not in ORG_HEADS:
            continue
        start = head
        # international society, Demokratic party: agreeing adjectives before the head
        while start > 0 and doc[start - 1].is_alpha and any(
                parsed.tag.POS == 'ADJF' for parsed in parse(doc[start - 1].text)[:2]):
            start -= 1
        found.append((start, stop))
    return found


def apply_quoted(doc, spans):
    taken = list(spans)
    for start, stop in quoted_names(doc):
        overlapping = [span for span in taken if span.start < stop and start < span.end]
        if any(span.label_ == 'ORG' and span.start <= start and stop <= span.end for span in overlapping):
            continue
        if any(span._.canonical and span.label_ == 'ORG' and not (start <= span.start and span.end <= stop) for span in overlapping):
            continue
        low = min([start] + [span.start for span in overlapping if span.label_ == 'ORG'])
        high = max([stop] + [span.end for span in overlapping if span.label_ == 'ORG'])
        # партии «AMANAT»: the gazetteer's name inside the quotes names the whole
        canonical = next((span._.canonical for span in overlapping if span._.canonical and span.label_ == 'ORG'), None)
        taken = [span for span in taken if span not in overlapping]
        taken.append(make_span(doc, low, high, 'ORG', 'quoted-org', canonical))
    return sorted(taken, key=lambda span: span.start)


def close_quotes(doc, spans):
    """`АО "АгромашХолдинг KZ` -> `АО "АгромашХолдинг KZ"`: balance a quote."""
    fixed = []
    for span in spans:
        opened = sum(token.text in OPEN_QUOTES - CLOSE_QUOTES for token in span) + sum(
            token.text == '"' for token in span)
        closed = sum(token.text in CLOSE_QUOTES - OPEN_QUOTES for token in span)
        straight = sum(token.text == '"' for token in span)
        unbalanced = (straight % 2 == 1) or (opened - straight > closed)
        if unbalanced and span.end < len(doc) and doc[span.end].text in CLOSE_QUOTES:
            span = make_span(doc, span.start, span.end + 1, span.label_, span._.rule or 'close-quote', span._.canonical)
        fixed.append(span)
    return fixed


def split_dashes(doc, spans):
    """Cut spans at a spaced dash: `Парламент – подотчетное Правительство`."""
    result = []
    for span in spans:
        cuts = [token.i for token in span if token.text in DASHES and token.i > span.start
                and doc[token.i - 1].whitespace_]
        if not cuts:
            result.append(span)
            continue
        start = span.start
        for cut in cuts + [span.end]:
            first, stop = start, cut
            if stop > first and doc[first].text[:1].isupper():
                result.append(make_span(doc, first, stop, span.label_, 'split-dash', span._.canonical))
            start = cut + 1
    return result


def surface_key(span):
    return ' '.join(lemma(token.text) for token in span if not token.is_punct)


def consistent_types(spans):
    """The majority type of each name in the document, gazetteer first."""
    votes = {}
    for span in spans:
        weight = 3 if span._.canonical else 1
        votes.setdefault(surface_key(span), Counter())[span.label_] += weight
    result = []
    for span in spans:
        label = votes[surface_key(span)].most_common(1)[0][0]
        if label != span.label_:
            span = make_span(span.doc, span.start, span.end, label, 'consistent-type', span._.canonical)
        result.append(span)
    return result


def strip_punct(doc, spans):
    """No mention starts or ends with punctuation other than its own quotes."""
    result = []
    for span in spans:
        start, stop = span.start, span.end
        while start < stop and (doc[start].is_punct and doc[start].text not in OPEN_QUOTES or doc[start].is_space):
            start += 1
        while stop > start and (doc[stop - 1].is_punct and doc[stop - 1].text not in CLOSE_QUOTES or doc[stop - 1].is_space):
            stop -= 1
        if stop <= start:
            continue
        if (start, stop) != (span.start, span.end):
            span = make_span(doc, start, stop, span.label_, span._.rule, span._.canonical)
        result.append(span)
    return result


@lru_cache(maxsize=1)
def position_words():
    """Lemmas of positions (`аким`, `спикер`) from models/positions.txt."""
    from .config import resolve_model_path
    text = resolve_model_path('positions.txt').read_text(encoding='utf-8')
    return frozenset(line.split('#')[0].strip().lower() for line in text.splitlines() if line.split('#')[0].strip())


def drop_positions(spans):
    """`Аким` at a sentence start is a position, not a place or an organisation."""
    return [span for span in spans if span.label_ == 'PER' or len(span) > 1
            or lemma(span.text) not in position_words()]


class Repairer:
    """Applies the boundary and type rules to doc.ents."""

    def __init__(self, nlp, name):
        self.name = name

    def __call__(self, doc):
        spans = sorted(doc.ents, key=lambda span: span.start)
        spans = split_dashes(doc, spans)
        spans = close_quotes(doc, spans)
        spans = merge_pieces(doc, spans)
        spans = apply_quoted(doc, spans)
        spans = strip_punct(doc, spans)
        spans = consistent_types(spans)
        spans = drop_positions(spans)
        doc.ents = resolve_overlaps(spans)
        return doc

    def pipe(self, docs, batch_size=64):
        for doc in docs:
            yield self(doc)


def resolve_overlaps(spans):
    chosen, taken = [], set()
    for span in sorted(spans, key=lambda span: (-(span.end - span.start), span.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda span: span.start)


@Language.factory('repair', assigns=['doc.ents'], requires=['doc.ents'])
def make_repairer(nlp, name):
    return Repairer(nlp, name)
