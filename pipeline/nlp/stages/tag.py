"""The tagger: a CRF that decides the spans and their types from what slovnet
and the gazetteer found, pymorphy3's morphology, the words' shapes and their
neighbours (`pipeline/nlp/features.py`), trained on the pooled public gold
(`python -m pipeline.training.crf`, card in models/TAGGER.md).

How its spans meet the ones `recognize` and `lookup` left (`mode`):

- `replace`: the tagger's spans are doc.ents;
- `orgs`: only its ORG spans count; one replaces the spans it contains, PER
  and LOC stay as found;
- `extend`: a tagger span may only grow or merge today's spans (it contains
  them all and its type takes theirs: ORG takes ORG and LOC, PER and LOC only
  their own), or add a span where today has none.

In `orgs` and `extend` a span is taken only if the tagger is sure of it: the
least marginal probability of its labels is at least `threshold`. A span the
tagger keeps exactly as today had it stays that span (rule, canonical name);
every other span it finds has the rule `tagger`.
"""

from spacy.language import Language

from pipeline.nlp.doc import Stage
from pipeline.nlp.features import doc_features
from pipeline.nlp.stages.recognize import bio_to_spans
from pipeline.nlp.stages.repair.spans import make_span

MODES = ('replace', 'orgs', 'extend')
# The types a tagger span may take in when it grows today's spans: an official
# name swallows its place (`Департамент ... по Актюбинской области`), a person
# never does (`В Шымкенте Ерлан Мукашевич Сейтжанов` stays LOC + PER).
ABSORBS = {'ORG': {'ORG', 'LOC'}, 'PER': {'PER'}, 'LOC': {'LOC'}}


class Tagger(Stage):
    """CRF spans over each sentence of the body; sets doc.ents."""

    def __init__(self, nlp, name, path, mode='replace', threshold=0.0):
        import pycrfsuite

        if mode not in MODES:
            raise ValueError(f'tag: mode {mode!r} is none of {MODES}')
        self.name = name
        self.mode = mode
        self.threshold = threshold
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))

    def scored_spans(self, doc):
        """(first, last+1, type, confidence) token ranges the tagger finds; the
        confidence is the least marginal probability of the span's labels."""
        found = []
        for indices, features in doc_features(doc):
            labels = self.tagger.tag(features)
            # a sentence's indices may skip tokens (line breaks)
            position = {index: i for i, index in enumerate(indices)}
            for start, stop, label in bio_to_spans(indices, labels):
                found.append((start, stop, label, min(
                    self.tagger.marginal(labels[position[index]], position[index])
                    for index in range(start, stop) if index in position)))
        return found

    def spans(self, doc):
        """(first, last+1, type) token ranges the tagger finds in the doc."""
        return [span[:3] for span in self.scored_spans(doc)]

    def __call__(self, doc):
        before = {(span.start, span.end, span.label_): span for span in doc.ents}
        if self.mode == 'replace':
            chosen = self.spans(doc)
        else:
            chosen = combine(list(before), self.scored_spans(doc), self.mode, self.threshold)
        ents = []
        for start, stop, label in sorted(chosen):
            span = before.get((start, stop, label))
            ents.append(span if span is not None else make_span(doc, start, stop, label, 'tagger'))
        doc.ents = ents
        return doc


def combine(today, tagged, mode, threshold):
    """Today's (start, stop, type) spans with the tagger's (start, stop, type,
    confidence) ones taken in as `mode` allows (module docstring)."""
    if mode == 'replace':
        return {span[:3] for span in tagged}
    # token -> today's span on it, so a long text costs linear time, not a scan per span
    owner = {token: span for span in today for token in range(span[0], span[1])}
    result = set(today)
    for start, stop, label, confidence in tagged:
        if confidence < threshold or (mode == 'orgs' and label != 'ORG'):
            continue
        overlap = {owner[token] for token in range(start, stop) if token in owner}
        if any(span[:2] == (start, stop) for span in overlap):
            continue  # the same words: the tagger only grows spans, it does not retype them
        if any(span[0] < start or span[1] > stop for span in overlap):
            continue  # crosses a span of today's: neither is sure to be right
        if any(span[2] not in ABSORBS[label] for span in overlap):
            continue
        result.difference_update(overlap)
        result.add((start, stop, label))
        owner.update((token, (start, stop, label)) for token in range(start, stop))
    return result


@Language.factory(
    'tag',
    default_config={'model': 'tagger.crfsuite', 'mode': 'replace', 'threshold': 0.0},
    assigns=['doc.ents', 'span._.rule'],
    requires=['doc.ents', 'token.is_sent_start'],
)
def make_tagger(nlp, name, model, mode, threshold):
    from pipeline.resources import resolve_model_path
    return Tagger(nlp, name, resolve_model_path(model), mode, threshold)
