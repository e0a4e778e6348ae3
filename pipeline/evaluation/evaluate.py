"""Evaluation on public Russian corpora: readers, scorers, baseline systems.

Three corpora are read from an evaluation directory kept outside the repository
(default ``../shared/eval`` relative to the working directory):

* ``factru``  factRuEval-2016 devset (``factru/devset``): token-level P/R/F1 per
  PER/ORG/LOC, counted the way natasha's own benchmark (naeval) counts it, plus
  first/last name accuracy of the persons in the ``.coref`` files.
* ``nerel``   NEREL v1.1 (``nerel/dev``, brat): exact-span P/R/F1 over the
  outermost gold PER/ORG/LOC spans, and figure detection against gold
  NUMBER/MONEY/PERCENT (AGE also accepted for precision).
* ``bsnlp``   BSNLP-2019 (``bsnlp-dev/<topic>/{raw,annotated}/ru``): normal
  forms of the gold mentions a system found, and how the found mentions group
  into entities (pairwise P/R/F1).

A *system* is a callable ``predict(texts) -> list[Prediction]``; two are
provided: :func:`pipeline_system` (this package) and :func:`natasha_system`
(plain natasha, the baseline). :func:`evaluate` runs systems over corpora and
returns a long-form score table plus an error list; :func:`format_table`
renders the scores side by side.
"""

from __future__ import annotations

import argparse
import csv
import logging
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from pipeline.schema import ENTITY_TYPES

log = logging.getLogger(__name__)

TYPES = ENTITY_TYPES
PER, ORG, LOC = TYPES

DEFAULT_EVAL_DIR = Path('../shared/eval')
CORPORA = ('factru', 'nerel', 'bsnlp')
SYSTEM_NAMES = ('pipeline', 'natasha')

# labels a system may use for the three scored types
LABELS = {
    'PER': PER, 'PERSON': PER, 'PERS': PER,
    'ORG': ORG, 'ORGANIZATION': ORG, 'ORGANISATION': ORG,
    'LOC': LOC, 'LOCATION': LOC, 'GPE': LOC,
}


# ---------------------------------------------------------------------------
# Predictor interface
# ---------------------------------------------------------------------------


@dataclass
class PredMention:
    start: int
    stop: int
    type: str
    normal: str | None = None
    entity: object = None
    first: str | None = None
    middle: str | None = None
    last: str | None = None


@dataclass
class Prediction:
    """One document's output: entity mentions and figure spans."""
    mentions: list = field(default_factory=list)   # of PredMention
    figures: list = field(default_factory=list)    # of (start, stop)


System = Callable[[Sequence[str]], list]


def _label(label):
    return LABELS.get(str(label).upper(), label)


def natasha_system():
    """Plain natasha, run the ordinary way; models are loaded once here."""
    from natasha import (
        Doc,
        MorphVocab,
        NamesExtractor,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    segmenter = Segmenter()
    emb = NewsEmbedding()
    morph_tagger = NewsMorphTagger(emb)
    syntax_parser = NewsSyntaxParser(emb)
    ner_tagger = NewsNERTagger(emb)
    morph_vocab = MorphVocab()
    names_extractor = NamesExtractor(morph_vocab)

    def predict(texts):
        out = []
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(morph_tagger)
            doc.parse_syntax(syntax_parser)
            doc.tag_ner(ner_tagger)
            mentions = []
            for span in doc.spans:
                span.normalize(morph_vocab)
                first = middle = last = None
                if span.type == PER:
                    span.extract_fact(names_extractor)
                    if span.fact is not None:
                        slots = span.fact.as_dict
                        first = slots.get('first')
                        middle = slots.get('middle')
                        last = slots.get('last')
                mentions.append(PredMention(
                    span.start, span.stop, _label(span.type), span.normal,
                    None, first, middle, last))
            out.append(Prediction(mentions, []))
        return out

    return predict


def pipeline_system():
    """This package's spaCy pipeline (``pipeline.load()``), loaded once."""
    from pipeline import load

    nlp = load()

    def predict(texts):
        out = []
        for doc in nlp.pipe(texts):
            mentions = []
            for span in doc.ents:
                ext = span._

                def get(name):
                    try:
                        return getattr(ext, name, None)
                    except (AttributeError, KeyError, ValueError):
                        return None

                mentions.append(PredMention(
                    span.start_char, span.end_char, _label(span.label_),
                    get('normal'), get('entity'),
                    get('first'), get('middle'), get('last')))
            try:
                groups = doc.spans.get('figures', [])
            except AttributeError:
                groups = []
            figures = [(span.start_char, span.end_char) for span in groups]
            out.append(Prediction(mentions, figures))
        return out

    return predict


SYSTEMS = {'pipeline': pipeline_system, 'natasha': natasha_system}


# ---------------------------------------------------------------------------
# Small shared pieces
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    start: int
    stop: int
    type: str


@dataclass
class Share:
    correct: int = 0
    total: int = 0

    def add(self, correct, total=1):
        self.correct += correct
        self.total += total

    @property
    def value(self):
        return self.correct / self.total if self.total else 0.0


@dataclass
class PRF:
    """Precision and recall as separate shares (their numerators may differ,
    as in overlap-based figure scoring); F1 is their harmonic mean."""
    prec: Share = field(default_factory=Share)
    recall: Share = field(default_factory=Share)

    def merge(self, other):
        self.prec.add(other.prec.correct, other.prec.total)
        self.recall.add(other.recall.correct, other.recall.total)

    @property
    def p(self):
        return self.prec.value

    @property
    def r(self):
        return self.recall.value

    @property
    def f1(self):
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def values(self):
        return {'P': self.p, 'R': self.r, 'F1': self.f1}


@dataclass
class Table:
    """One scored block: rows x metrics for one system on one corpus."""
    key: str
    title: str
    metrics: tuple
    rows: dict = field(default_factory=dict)      # row -> {metric: value}
    support: dict = field(default_factory=dict)   # row -> gold count


@dataclass
class Error:
    doc: str
    system: str
    corpus: str
    type: str
    kind: str
    start: int | None
    stop: int | None
    text: str
    detail: str = ''


ERROR_FIELDS = ('doc', 'system', 'corpus', 'type', 'kind', 'start', 'stop',
                'text', 'detail')


def _prf_table(key, title, scores, support, rows=TYPES, total='all'):
    table = Table(key, title, ('P', 'R', 'F1'))
    overall = PRF()
    for row in rows:
        score = scores.get(row, PRF())
        overall.merge(score)
        table.rows[row] = score.values()
        table.support[row] = support.get(row, 0)
    if total:
        table.rows[total] = overall.values()
        table.support[total] = sum(support.get(row, 0) for row in rows)
    return table


def _norm_name(value):
    if not value:
        return ''
    value = ' '.join(str(value).split()).lower().replace('ё', 'е')
    return value


def _collapse(value):
    return ' '.join(str(value).split()) if value is not None else ''


def _check_dir(path, what):
    path = Path(path)
    if not path.is_dir():
        raise FileNotFoundError(
            f'{what} not found at {path.resolve()}: pass the evaluation '
            f'directory (holding factru/, nerel/, bsnlp-dev/) with --eval-dir')
    return path


def _predictions(system, texts):
    preds = list(system(list(texts)))
    if len(preds) != len(texts):
        raise ValueError(f'system returned {len(preds)} predictions '
                         f'for {len(texts)} texts')
    return preds


def _scored_mentions(pred):
    return [m for m in pred.mentions if _label(m.type) in TYPES]


# ---------------------------------------------------------------------------
# factRuEval-2016
# ---------------------------------------------------------------------------


@dataclass
class FactruSpan:
    id: str
    type: str
    start: int
    stop: int


@dataclass
class FactruObject:
    id: str
    type: str
    spans: list

    @property
    def start(self):
        return min(s.start for s in self.spans)

    @property
    def stop(self):
        return max(s.stop for s in self.spans)


@dataclass
class FactruCoref:
    id: str
    objects: list
    slots: list   # of (type, value)

    def slot(self, name):
        for type, value in self.slots:
            if type == name:
                return value
        return None


@dataclass
class FactruDoc:
    id: str
    text: str
    spans: list
    objects: list
    corefs: list


def _lines(path):
    if not path.exists():
        return []
    with open(path, encoding='utf-8-sig') as file:
        return [line.rstrip('\r\n') for line in file]


def _parse_factru_spans(lines):
    # 22763 loc_name 37 6 143790 1  # 143790 Москвы
    for line in lines:
        if not line.strip():
            continue
        id, type, start, size, _ = line.split(None, 4)
        yield FactruSpan(id, type, int(start), int(start) + int(size))


def _parse_factru_objects(lines, spans):
    # 10433 Org 22763 22764 # Москвы мэрии
    by_id = {s.id: s for s in spans}
    for line in lines:
        parts = line.split('#', 1)[0].split()
        if len(parts) < 2:
            continue
        id, type, *ids = parts
        members = [by_id[i] for i in ids if i in by_id]
        if members:
            yield FactruObject(id, type, members)


def _parse_factru_corefs(lines, objects):
    # 48 10435 10441
    # firstname Юрий
    # lastname Лужков
    # <blank>
    by_id = {o.id: o for o in objects}
    block = []
    for line in lines + ['']:
        if line.strip():
            block.append(line)
            continue
        if block:
            head, *rest = block
            id, *ids = head.split()
            slots = []
            for line_ in rest:
                parts = line_.split(None, 1)
                if len(parts) == 2:
                    slots.append((parts[0], parts[1].strip()))
            members = [by_id[i] for i in ids if i in by_id]
            yield FactruCoref(id, members, slots)
        block = []


def read_factru(directory):
    """Documents of a factRuEval directory (e.g. ``<eval>/factru/devset``)."""
    directory = _check_dir(directory, 'factRuEval directory')
    docs = []
    paths = sorted(directory.glob('book_*.txt'),
                   key=lambda p: (len(p.stem), p.stem))
    for path in paths:
        base = path.with_suffix('')
        text = path.read_text(encoding='utf-8-sig')
        spans = list(_parse_factru_spans(_lines(base.with_suffix('.spans'))))
        objects = list(_parse_factru_objects(
            _lines(base.with_suffix('.objects')), spans))
        corefs = list(_parse_factru_corefs(
            _lines(base.with_suffix('.coref')), objects))
        docs.append(FactruDoc(path.stem, text, spans, objects, corefs))
    if not docs:
        raise FileNotFoundError(f'no book_*.txt files in {directory}')
    return docs


FACTRU_TYPES = {'Person': PER, 'Org': ORG, 'LocOrg': LOC, 'Location': LOC}


def filter_overlapping(spans):
    """Drop spans overlapping an earlier kept one (naeval's rule: order by
    start, longest first; a span starting before the last kept one ends is
    dropped). Keeps the input order."""
    dropped = set()
    previous = None
    for span in sorted(spans, key=lambda s: (s.start, -s.stop)):
        if previous is not None and previous.stop > span.start:
            dropped.add(id(span))
            continue
        previous = span
    return [s for s in spans if id(s) not in dropped]


def tokenize(text):
    from razdel import tokenize as razdel_tokenize
    return [(t.start, t.stop) for t in razdel_tokenize(text)]


def factru_gold_spans(doc, tokens=None):
    """Gold PER/ORG/LOC spans as natasha's benchmark derives them: Person =
    the object's extent, Org = its org_name spans, Location/LocOrg = their
    loc_name spans; overlapping spans and spans not aligned to token bounds
    dropped."""
    spans = []
    for obj in doc.objects:
        if obj.type == 'Person':
            spans.append(Span(obj.start, obj.stop, PER))
        elif obj.type in FACTRU_TYPES:
            part = 'org_name' if obj.type == 'Org' else 'loc_name'
            parts = [Span(s.start, s.stop, FACTRU_TYPES[obj.type])
                     for s in obj.spans if s.type == part]
            spans.extend(filter_overlapping(parts))
    spans = filter_overlapping(spans)
    if tokens is None:
        tokens = tokenize(doc.text)
    starts = {start for start, _ in tokens}
    stops = {stop for _, stop in tokens}
    spans = [s for s in spans if s.start in starts and s.stop in stops]
    return sorted(spans, key=lambda s: (s.start, s.stop))


def _covered_tokens(tokens, start, stop, overlap=False):
    if overlap:   # predictions: every token the span touches
        return {i for i, (a, b) in enumerate(tokens) if a < stop and b > start}
    return {i for i, (a, b) in enumerate(tokens) if a >= start and b <= stop}


def score_factru(docs, preds, system='', corpus='factru'):
    """Token-level P/R/F1 per type (naeval's factru scoring). Gold spans map to
    the tokens inside them, predicted spans to the tokens they touch; a token
    counts per type."""
    scores = defaultdict(PRF)
    support = Counter()
    errors = []
    for doc, pred in zip(docs, preds):
        tokens = tokenize(doc.text)
        gold = factru_gold_spans(doc, tokens)
        predicted = [Span(m.start, m.stop, _label(m.type))
                     for m in _scored_mentions(pred)]
        for type in TYPES:
            gold_spans = [s for s in gold if s.type == type]
            pred_spans = [s for s in predicted if s.type == type]
            gold_tokens = set()
            gold_sets = []
            for span in gold_spans:
                covered = _covered_tokens(tokens, span.start, span.stop)
                gold_sets.append(covered)
                gold_tokens |= covered
            pred_tokens = set()
            pred_sets = []
            for span in pred_spans:
                covered = _covered_tokens(tokens, span.start, span.stop, True)
                pred_sets.append(covered)
                pred_tokens |= covered
            both = len(gold_tokens & pred_tokens)
            scores[type].prec.add(both, len(pred_tokens))
            scores[type].recall.add(both, len(gold_tokens))
            support[type] += len(gold_spans)
            for span, covered in zip(gold_spans, gold_sets):
                if not covered <= pred_tokens:
                    errors.append(Error(doc.id, system, corpus, type, 'fn',
                                        span.start, span.stop,
                                        doc.text[span.start:span.stop]))
            for span, covered in zip(pred_spans, pred_sets):
                if not covered <= gold_tokens:
                    errors.append(Error(doc.id, system, corpus, type, 'fp',
                                        span.start, span.stop,
                                        doc.text[span.start:span.stop]))
    table = _prf_table('factru', 'factRuEval-2016 devset, token-level',
                       scores, support)
    return table, errors


def _gold_names(coref, slot):
    """Accepted gold values for a name slot (``firstname1`` continues a
    two-part name: 'Реджеп' + 'Тайип'); normalised."""
    value = coref.slot(slot)
    if not value:
        return set()
    accepted = {_norm_name(value)}
    extra = coref.slot(slot + '1')
    if extra:
        accepted.add(_norm_name(value + ' ' + extra))
    return accepted


def _majority(values):
    """Most common value, ties broken by first occurrence."""
    counts = Counter(values)
    best = max(counts.values())
    for value in values:
        if counts[value] == best:
            return value
    return None


def score_factru_names(docs, preds, system='', corpus='factru'):
    """First/last names of gold person coref entities.

    For every coref entity holding a Person object and a firstname (lastname)
    slot, the predicted PER mentions covering (containing) one of its Person
    objects' extents vote with their normalised first (last) name; the entity
    scores when the majority value equals the gold one (lowercased, ё->е).
    ``acc`` is over all such entities, ``cov`` the share having at least one
    covering PER mention that predicted the name."""
    share = {'first': Share(), 'last': Share()}
    covered = {'first': Share(), 'last': Share()}
    errors = []
    for doc, pred in zip(docs, preds):
        pers = [m for m in pred.mentions if _label(m.type) == PER]
        for coref in doc.corefs:
            persons = [o for o in coref.objects if o.type == 'Person']
            if not persons:
                continue
            mentions = [m for m in pers
                        if any(m.start <= o.start and o.stop <= m.stop
                               for o in persons)]
            mentions.sort(key=lambda m: m.start)
            for name, slot in (('first', 'firstname'), ('last', 'lastname')):
                gold = _gold_names(coref, slot)
                if not gold:
                    continue
                values = [_norm_name(getattr(m, name)) for m in mentions]
                values = [v for v in values if v]
                guess = _majority(values) if values else None
                ok = guess in gold
                share[name].add(int(ok))
                covered[name].add(int(bool(values)))
                if not ok:
                    first = persons[0]
                    errors.append(Error(
                        doc.id, system, corpus, PER, name, first.start,
                        first.stop, doc.text[first.start:first.stop],
                        f'pred={guess or ""} gold={coref.slot(slot)}'))
    table = Table('factru_names', 'factRuEval-2016 devset, person names '
                  'of coref entities', ('cov', 'acc'))
    for name in ('first', 'last'):
        table.rows[name] = {'cov': covered[name].value,
                            'acc': share[name].value}
        table.support[name] = share[name].total
    return table, errors


# ---------------------------------------------------------------------------
# NEREL (brat)
# ---------------------------------------------------------------------------


NEREL_TYPES = {
    'PERSON': PER, 'ORGANIZATION': ORG,
    'COUNTRY': LOC, 'CITY': LOC, 'STATE_OR_PROVINCE': LOC, 'LOCATION': LOC,
    'DISTRICT': LOC,
}
FIGURE_RECALL_TYPES = ('NUMBER', 'MONEY', 'PERCENT')
FIGURE_PRECISION_TYPES = ('NUMBER', 'MONEY', 'PERCENT', 'AGE')


@dataclass(frozen=True)
class BratEntity:
    id: str
    type: str
    start: int
    stop: int
    text: str


@dataclass
class BratDoc:
    id: str
    text: str
    entities: list


def read_brat_ann(path):
    """Continuous text-bound annotations (``T`` lines) of a brat .ann file;
    discontinuous ones (``start stop;start stop``) are skipped."""
    entities = []
    for line in _lines(Path(path)):
        if not line.startswith('T'):
            continue
        parts = line.split('\t')
        if len(parts) < 2:
            continue
        info = parts[1]
        if ';' in info:
            continue
        fields = info.split()
        if len(fields) != 3:
            continue
        type, start, stop = fields
        text = parts[2] if len(parts) > 2 else ''
        entities.append(BratEntity(parts[0], type, int(start), int(stop),
                                   text))
    return entities


def read_nerel(directory, splits=('dev',)):
    """Documents of NEREL splits under ``directory`` (e.g. ``<eval>/nerel``).
    Document ids are ``split/name``."""
    directory = _check_dir(directory, 'NEREL directory')
    docs = []
    for split in splits:
        folder = _check_dir(directory / split, f'NEREL split {split!r}')
        for path in sorted(folder.glob('*.txt')):
            # brat offsets count characters of the file as stored
            with open(path, encoding='utf-8', newline='') as file:
                text = file.read()
            entities = read_brat_ann(path.with_suffix('.ann'))
            docs.append(BratDoc(f'{split}/{path.stem}', text, entities))
    if not docs:
        raise FileNotFoundError(f'no .txt files in {directory} {splits}')
    return docs


def nerel_gold(doc):
    """(outermost, nested) gold spans of the mapped types."""
    spans = {Span(e.start, e.stop, NEREL_TYPES[e.type])
             for e in doc.entities if e.type in NEREL_TYPES}
    outer, nested = set(), set()
    for span in spans:
        inside = any(o.start <= span.start and span.stop <= o.stop
                     and (o.start, o.stop) != (span.start, span.stop)
                     for o in spans)
        (nested if inside else outer).add(span)
    return outer, nested


def score_nerel(docs, preds, system='', corpus='nerel'):
    """Exact-span P/R/F1 over the outermost gold PER/ORG/LOC spans; a
    prediction equal to a nested gold span of the same type is ignored."""
    scores = defaultdict(PRF)
    support = Counter()
    errors = []
    for doc, pred in zip(docs, preds):
        outer, nested = nerel_gold(doc)
        predicted = {Span(m.start, m.stop, _label(m.type))
                     for m in _scored_mentions(pred)}
        for span in sorted(predicted, key=lambda s: (s.start, s.stop)):
            if span in outer:
                scores[span.type].prec.add(1)
            elif span not in nested:
                scores[span.type].prec.add(0)
                errors.append(Error(doc.id, system, corpus, span.type, 'fp',
                                    span.start, span.stop,
                                    doc.text[span.start:span.stop]))
        for span in sorted(outer, key=lambda s: (s.start, s.stop)):
            found = span in predicted
            scores[span.type].recall.add(int(found))
            support[span.type] += 1
            if not found:
                errors.append(Error(doc.id, system, corpus, span.type, 'fn',
                                    span.start, span.stop,
                                    doc.text[span.start:span.stop]))
    table = _prf_table('nerel', 'NEREL v1.1, exact spans (outermost gold)',
                       scores, support)
    return table, errors


def _overlaps(a_start, a_stop, b_start, b_stop):
    return a_start < b_stop and b_start < a_stop


def score_figures(docs, preds, system='', corpus='nerel'):
    """Figure detection by overlap: recall over gold NUMBER/MONEY/PERCENT,
    precision = predicted figures overlapping a NUMBER/MONEY/PERCENT/AGE."""
    score = PRF()
    errors = []
    for doc, pred in zip(docs, preds):
        figures = sorted({(int(a), int(b)) for a, b in pred.figures})
        wanted = [e for e in doc.entities if e.type in FIGURE_RECALL_TYPES]
        allowed = [e for e in doc.entities
                   if e.type in FIGURE_PRECISION_TYPES]
        for entity in sorted(wanted, key=lambda e: (e.start, e.stop)):
            found = any(_overlaps(a, b, entity.start, entity.stop)
                        for a, b in figures)
            score.recall.add(int(found))
            if not found:
                errors.append(Error(doc.id, system, corpus, entity.type, 'fn',
                                    entity.start, entity.stop, entity.text))
        for a, b in figures:
            ok = any(_overlaps(a, b, e.start, e.stop) for e in allowed)
            score.prec.add(int(ok))
            if not ok:
                errors.append(Error(doc.id, system, corpus, 'FIGURE', 'fp',
                                    a, b, doc.text[a:b]))
    table = Table('nerel_figures', 'NEREL v1.1, figures (overlap)',
                  ('P', 'R', 'F1'))
    table.rows['figures'] = score.values()
    table.support['figures'] = score.recall.total
    return table, errors


# ---------------------------------------------------------------------------
# BSNLP-2019
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BsnlpMention:
    surface: str
    base: str
    type: str
    entity: str


@dataclass
class BsnlpDoc:
    id: str
    text: str
    mentions: list


BSNLP_HEADER_LINES = 4   # id, language, date, URL


def read_bsnlp_raw(path):
    """Title and text of a raw BSNLP file (the four header lines dropped)."""
    lines = _lines(Path(path))
    return '\n'.join(lines[BSNLP_HEADER_LINES:]).strip('\n')


def read_bsnlp_out(path):
    """Distinct gold mentions of an annotated .out file (first line the id)."""
    mentions = []
    seen = set()
    for line in _lines(Path(path))[1:]:
        parts = line.split('\t')
        if len(parts) < 4:
            continue
        surface, base, type, entity = (p.strip() for p in parts[:4])
        if (surface, type) in seen:   # the same mention listed twice
            continue
        seen.add((surface, type))
        mentions.append(BsnlpMention(surface, base, type, entity))
    return mentions


def read_bsnlp(directory, language='ru'):
    """Documents of every topic under ``directory`` (e.g. ``<eval>/bsnlp-dev``)
    having ``raw/<language>`` and ``annotated/<language>``. Ids are
    ``topic/name``."""
    directory = _check_dir(directory, 'BSNLP directory')
    docs = []
    topics = [directory] if (directory / 'raw').is_dir() else \
        sorted(p for p in directory.iterdir() if p.is_dir())
    for topic in topics:
        raw = topic / 'raw' / language
        annotated = topic / 'annotated' / language
        if not raw.is_dir() or not annotated.is_dir():
            continue
        for path in sorted(raw.glob('*.txt')):
            out = annotated / (path.stem + '.out')
            if not out.exists():
                log.warning('no annotation for %s', path)
                continue
            docs.append(BsnlpDoc(f'{topic.name}/{path.stem}',
                                 read_bsnlp_raw(path), read_bsnlp_out(out)))
    if not docs:
        raise FileNotFoundError(f'no BSNLP documents under {directory}')
    return docs


def _pred_by_surface(doc, pred):
    """Surface string -> first predicted mention (document order) with it."""
    found = {}
    for m in sorted(_scored_mentions(pred), key=lambda m: (m.start, m.stop)):
        found.setdefault(doc.text[m.start:m.stop], m)
    return found


def _pred_key(mention, surface, ids=True):
    """Grouping key of a predicted mention: its entity id (when ``ids``),
    else its normal form, else its surface string."""
    if ids and mention.entity is not None:
        return ('entity', mention.entity)
    normal = _collapse(mention.normal)
    return ('normal', normal) if normal else ('surface', surface)


def score_bsnlp_norm(docs, preds, system='', corpus='bsnlp'):
    """``found``: share of gold PER/ORG/LOC mentions for which a predicted
    mention in the document has the same surface string (case-sensitive);
    ``acc``: share of found mentions whose predicted normal form equals the
    gold base form (whitespace collapsed, case-sensitive)."""
    found = defaultdict(Share)
    acc = defaultdict(Share)
    errors = []
    for doc, pred in zip(docs, preds):
        by_surface = _pred_by_surface(doc, pred)
        for gold in doc.mentions:
            if gold.type not in TYPES:
                continue
            mention = by_surface.get(gold.surface)
            found[gold.type].add(int(mention is not None))
            start = doc.text.find(gold.surface)
            start, stop = ((start, start + len(gold.surface)) if start >= 0
                           else (None, None))
            if mention is None:
                errors.append(Error(doc.id, system, corpus, gold.type, 'fn',
                                    start, stop, gold.surface))
                continue
            ok = _collapse(mention.normal) == _collapse(gold.base)
            acc[gold.type].add(int(ok))
            if not ok:
                errors.append(Error(
                    doc.id, system, corpus, gold.type, 'normal', start, stop,
                    gold.surface,
                    f'pred={_collapse(mention.normal)} gold={gold.base}'))
    table = Table('bsnlp', 'BSNLP-2019 dev, normal forms of found mentions',
                  ('found', 'acc'))
    all_found, all_acc = Share(), Share()
    for type in TYPES:
        table.rows[type] = {'found': found[type].value,
                            'acc': acc[type].value}
        table.support[type] = found[type].total
        all_found.add(found[type].correct, found[type].total)
        all_acc.add(acc[type].correct, acc[type].total)
    table.rows['all'] = {'found': all_found.value, 'acc': all_acc.value}
    table.support['all'] = all_found.total
    return table, errors


def pairwise(items):
    """Pairwise precision/recall of 'same cluster' over (gold, pred) labels
    of the same items, counted from the contingency table."""
    def pairs(counter):
        return sum(n * (n - 1) // 2 for n in counter.values())

    items = list(items)
    both = pairs(Counter(items))
    score = PRF()
    score.prec.add(both, pairs(Counter(p for _, p in items)))
    score.recall.add(both, pairs(Counter(g for g, _ in items)))
    return score


def score_bsnlp_grouping(docs, preds, system='', corpus='bsnlp'):
    """Pairwise P/R/F1 of "same entity" over the found gold PER/ORG/LOC
    mentions; gold clusters are the gold entity ids.

    ``in doc`` pairs the mentions of each document, clustered by the system's
    entity ids (its normal form when it has none). ``cross doc`` pairs all
    found mentions of the corpus, clustered by the predicted normal form for
    every system, since entity ids are document-level keys."""
    in_doc = PRF()
    cross = []
    for doc, pred in zip(docs, preds):
        by_surface = _pred_by_surface(doc, pred)
        items = []
        for gold in doc.mentions:
            if gold.type not in TYPES:
                continue
            mention = by_surface.get(gold.surface)
            if mention is None:
                continue
            items.append((gold.entity, _pred_key(mention, gold.surface)))
            cross.append((gold.entity,
                          _pred_key(mention, gold.surface, ids=False)))
        in_doc.merge(pairwise(items))
    across = pairwise(cross)
    table = Table('bsnlp_groups', 'BSNLP-2019 dev, entity grouping of found '
                  'mentions (pairwise)', ('P', 'R', 'F1'))
    # the gold pairs depend on which mentions the system found: no support
    table.rows['in doc'] = in_doc.values()
    table.rows['cross doc'] = across.values()
    return table, []


# ---------------------------------------------------------------------------
# Running systems over corpora
# ---------------------------------------------------------------------------


def load_corpus(name, eval_dir, nerel_splits=('dev',)):
    eval_dir = _check_dir(eval_dir, 'evaluation directory')
    if name == 'factru':
        return read_factru(eval_dir / 'factru' / 'devset')
    if name == 'nerel':
        return read_nerel(eval_dir / 'nerel', nerel_splits)
    if name == 'bsnlp':
        return read_bsnlp(eval_dir / 'bsnlp-dev')
    raise ValueError(f'unknown corpus {name!r}; known: {", ".join(CORPORA)}')


SCORERS = {
    'factru': (score_factru, score_factru_names),
    'nerel': (score_nerel, score_figures),
    'bsnlp': (score_bsnlp_norm, score_bsnlp_grouping),
}


def _resolve_systems(systems):
    """name -> system factory (called lazily, once) from names, a dict of
    name -> predict callable, or (name, callable) pairs."""
    if isinstance(systems, dict):
        return {name: (lambda fn=fn: fn) for name, fn in systems.items()}
    resolved = {}
    for item in systems:
        if isinstance(item, str):
            if item not in SYSTEMS:
                raise ValueError(f'unknown system {item!r}; known: '
                                 f'{", ".join(SYSTEMS)}')
            resolved[item] = SYSTEMS[item]
        else:
            name, fn = item
            resolved[name] = (lambda fn=fn: fn)
    return resolved


def evaluate(corpora=CORPORA, systems=SYSTEM_NAMES, eval_dir=DEFAULT_EVAL_DIR,
             errors_csv=None, limit=None, nerel_splits=('dev',)):
    """Run ``systems`` over ``corpora`` and score them.

    Returns a dict: ``scores`` (pandas DataFrame, one row per corpus x table x
    row x system x metric, with ``support`` the gold count of the row),
    ``errors`` (DataFrame of doc, system, corpus, type, kind, start, stop,
    text, detail), ``timing`` ({(corpus, system): seconds}), ``systems`` and
    ``tables`` (ordered (key, title, metrics, rows)). ``limit`` keeps the
    first N documents of each corpus (quick runs)."""
    import pandas as pd

    if isinstance(corpora, str):
        corpora = (corpora,)
    eval_dir = _check_dir(eval_dir, 'evaluation directory')
    factories = _resolve_systems(systems)
    loaded = {}
    records, errors, timing, tables = [], [], {}, {}
    for corpus in corpora:
        docs = load_corpus(corpus, eval_dir, nerel_splits)
        if limit:
            docs = docs[:limit]
        texts = [doc.text for doc in docs]
        for name, factory in factories.items():
            if name not in loaded:
                started = time.perf_counter()
                loaded[name] = factory()
                log.info('loaded %s in %.1fs', name,
                         time.perf_counter() - started)
            started = time.perf_counter()
            preds = _predictions(loaded[name], texts)
            timing[corpus, name] = time.perf_counter() - started
            log.info('%s on %s: %d docs in %.1fs', name, corpus, len(docs),
                     timing[corpus, name])
            for scorer in SCORERS[corpus]:
                table, errs = scorer(docs, preds, system=name, corpus=corpus)
                errors.extend(errs)
                if corpus == 'nerel':
                    table.title = table.title.replace(
                        'NEREL v1.1', 'NEREL v1.1 ' + '+'.join(nerel_splits))
                if limit:
                    table.title += f' [first {len(docs)} documents]'
                tables.setdefault(table.key, (table.key, table.title,
                                              table.metrics,
                                              tuple(table.rows)))
                for row, values in table.rows.items():
                    for metric, value in values.items():
                        records.append({
                            'corpus': corpus, 'table': table.key,
                            'title': table.title, 'row': row,
                            'system': name, 'metric': metric, 'value': value,
                            'support': table.support.get(row)})
    scores = pd.DataFrame(records, columns=[
        'corpus', 'table', 'title', 'row', 'system', 'metric', 'value',
        'support'])
    errors_df = pd.DataFrame([[getattr(e, f) for f in ERROR_FIELDS]
                              for e in errors], columns=list(ERROR_FIELDS))
    if errors_csv:
        write_errors(errors, errors_csv)
    return {'scores': scores, 'errors': errors_df, 'timing': timing,
            'systems': list(factories), 'tables': list(tables.values())}


def write_errors(errors, path):
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True)
    with open(path, 'w', encoding='utf-8', newline='') as file:
        writer = csv.writer(file)
        writer.writerow(ERROR_FIELDS)
        for error in errors:
            writer.writerow(['' if getattr(error, f) is None
                             else getattr(error, f) for f in ERROR_FIELDS])


def format_table(results, digits=3):
    """Side-by-side plain-text tables: one block per scored table, rows per
    type, a column group (P R F1, or cov/acc, found/acc) per system; ``n`` is
    the gold count of the row."""
    scores = results['scores']
    systems = results['systems']
    width = digits + 4
    blocks = []
    for key, title, metrics, rows in results['tables']:
        part = scores[scores['table'] == key]
        values = {(r.row, r.system, r.metric): r.value
                  for r in part.itertuples()}
        support = {}
        for r in part.itertuples():
            support.setdefault(r.row, r.support)
        label_width = max([len('type')] + [len(str(r)) for r in rows]) + 2
        group = width * len(metrics)
        n_width = max([len('n')] + [len(str(support.get(r, '')))
                                   for r in rows]) + 2
        lines = [title]
        head = ' ' * (label_width + n_width)
        head += ''.join(f' {name[:group - 1]:>{group - 1}}'
                        for name in systems)
        lines.append(head.rstrip())
        sub = f'{"type":<{label_width}}{"n":>{n_width}}'
        sub += ''.join(f'{m:>{width}}' for _ in systems for m in metrics)
        lines.append(sub)
        for row in rows:
            n = support.get(row)
            n = '' if n is None or n != n else int(n)
            line = f'{row:<{label_width}}{n!s:>{n_width}}'
            for name in systems:
                for metric in metrics:
                    value = values.get((row, name, metric))
                    cell = '-' if value is None else f'{value:.{digits}f}'
                    line += f'{cell:>{width}}'
            lines.append(line)
        blocks.append('\n'.join(lines))
    timing = results.get('timing') or {}
    if timing:
        spent = ', '.join(f'{system} on {corpus} {seconds:.1f}s'
                          for (corpus, system), seconds in timing.items())
        blocks.append(f'prediction time: {spent}')
    return '\n\n'.join(blocks)


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


def add_arguments(parser):
    parser.add_argument('--corpus', action='append', choices=CORPORA,
                        help='corpus to score (repeatable; default: all)')
    parser.add_argument('--baseline', action='append',
                        choices=[s for s in SYSTEMS if s != 'pipeline'],
                        help='also run this baseline (repeatable)')
    parser.add_argument('--no-pipeline', action='store_true',
                        help='score only the baselines')
    parser.add_argument('--eval-dir', type=Path, default=DEFAULT_EVAL_DIR,
                        help='evaluation data directory (default: %(default)s)')
    parser.add_argument('--errors', type=Path, default=None, metavar='FILE',
                        help='write the error list (CSV) here')
    parser.add_argument('--limit', type=int, default=None,
                        help='only the first N documents of each corpus')
    parser.add_argument('--nerel-split', action='append',
                        choices=('dev', 'train'),
                        help='NEREL split(s) to score (default: dev)')
    return parser


def main(args):
    systems = [] if args.no_pipeline else ['pipeline']
    for name in args.baseline or []:
        if name not in systems:
            systems.append(name)
    if not systems:
        raise SystemExit('nothing to evaluate: --no-pipeline without '
                         '--baseline')
    try:
        results = evaluate(corpora=tuple(args.corpus or CORPORA),
                           systems=tuple(systems), eval_dir=args.eval_dir,
                           errors_csv=args.errors, limit=args.limit,
                           nerel_splits=tuple(args.nerel_split or ('dev',)))
    except FileNotFoundError as error:
        raise SystemExit(str(error))
    print(format_table(results))
    return results


if __name__ == '__main__':
    logging.basicConfig(level=logging.INFO, format='%(message)s')
    main(add_arguments(argparse.ArgumentParser(
        prog='python -m pipeline.evaluation.evaluate',
        description=__doc__.split('\n')[0])).parse_args())
