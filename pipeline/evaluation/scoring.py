"""Scorers: each takes documents of one corpus and a system's predictions for
them (same order, any subset of a corpus) and returns a :class:`Table` and a
list of :class:`Error`.

* factRuEval-2016: token-level P/R/F1 per PER/ORG/LOC, counted the way
  natasha's own benchmark (naeval) counts it, plus first/last name accuracy of
  the persons in the ``.coref`` files.
* NEREL: exact-span P/R/F1 over the outermost gold PER/ORG/LOC spans, and
  figure detection against gold NUMBER/MONEY/PERCENT (AGE also accepted for
  precision).
* BSNLP-2019: normal forms of the gold mentions a system found, and how the
  found mentions group into entities (pairwise P/R/F1).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from pipeline.evaluation.systems import LOC, ORG, PER, TYPES, label_type


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
    part: str = ''   # of the tune/check split; set by the runner


ERROR_FIELDS = ('doc', 'system', 'corpus', 'part', 'type', 'kind', 'start',
                'stop', 'text', 'detail')


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


def _scored_mentions(pred, inner=False):
    """The PER/ORG/LOC mentions of a prediction; those inside another (`inside`) only with `inner`:
    NEREL's gold is nested (a city inside a road is a span of its own), factRu's and BSNLP's are flat."""
    return [m for m in pred.mentions if label_type(m.type) in TYPES and (inner or not getattr(m, 'inside', False))]


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
        predicted = [Span(m.start, m.stop, label_type(m.type))
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
        pers = [m for m in pred.mentions if label_type(m.type) == PER]
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


NEREL_TYPES = {
    'PERSON': PER, 'ORGANIZATION': ORG,
    'COUNTRY': LOC, 'CITY': LOC, 'STATE_OR_PROVINCE': LOC, 'LOCATION': LOC,
    'DISTRICT': LOC,
}
FIGURE_RECALL_TYPES = ('NUMBER', 'MONEY', 'PERCENT')
FIGURE_PRECISION_TYPES = ('NUMBER', 'MONEY', 'PERCENT', 'AGE')


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
        # NEREL's gold nests spans: the mentions a pipeline finds inside another are scored here
        predicted = {Span(m.start, m.stop, label_type(m.type))
                     for m in _scored_mentions(pred, inner=True)}
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


def _cased(doc, value):
    """``value`` as compared in ``doc``: lower-cased where the gold is
    (BSNLP's ec and trump topics: ``мишель обамой`` -> ``мишель обама``)."""
    return value.lower() if getattr(doc, 'lower', False) else value


def _pred_by_surface(doc, pred):
    """Surface string -> first predicted mention (document order) with it."""
    found = {}
    for m in sorted(_scored_mentions(pred), key=lambda m: (m.start, m.stop)):
        found.setdefault(_cased(doc, doc.text[m.start:m.stop]), m)
    return found


def _pred_normal(doc, mention):
    return _cased(doc, _collapse(mention.normal))


def _pred_key(doc, mention, surface, ids=True):
    """Grouping key of a predicted mention: its entity id (when ``ids``),
    else its normal form, else its surface string."""
    if ids and mention.entity is not None:
        return ('entity', mention.entity)
    normal = _pred_normal(doc, mention)
    return ('normal', normal) if normal else ('surface', surface)


def score_bsnlp_norm(docs, preds, system='', corpus='bsnlp'):
    """``found``: share of gold PER/ORG/LOC mentions for which a predicted
    mention in the document has the same surface string; ``acc``: share of
    found mentions whose predicted normal form equals the gold base form
    (whitespace collapsed). Both compare case-sensitively, but in lower case
    in a document annotated in lower case."""
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
            start = _cased(doc, doc.text).find(gold.surface)
            start, stop = ((start, start + len(gold.surface)) if start >= 0
                           else (None, None))
            if mention is None:
                errors.append(Error(doc.id, system, corpus, gold.type, 'fn',
                                    start, stop, gold.surface))
                continue
            ok = _pred_normal(doc, mention) == _collapse(gold.base)
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
            items.append((gold.entity, _pred_key(doc, mention, gold.surface)))
            cross.append((gold.entity,
                          _pred_key(doc, mention, gold.surface, ids=False)))
        in_doc.merge(pairwise(items))
    across = pairwise(cross)
    table = Table('bsnlp_groups', 'BSNLP-2019 dev, entity grouping of found '
                  'mentions (pairwise)', ('P', 'R', 'F1'))
    # the gold pairs depend on which mentions the system found: no support
    table.rows['in doc'] = in_doc.values()
    table.rows['cross doc'] = across.values()
    return table, []
