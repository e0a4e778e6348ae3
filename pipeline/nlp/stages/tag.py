"""The tagger: a CRF that decides the spans and their types from what slovnet
and the gazetteer found, pymorphy3's morphology, the words' shapes and their
neighbours (`pipeline/nlp/features.py`), trained on the pooled public gold
(`python -m pipeline.training.crf`, card in models/TAGGER.md).

It replaces doc.ents: a span the tagger keeps exactly as `recognize` or
`lookup` left it, type included, stays that span (its rule and canonical
name); every other span it finds has the rule `tagger`.
"""

from spacy.language import Language

from pipeline.nlp.doc import Stage
from pipeline.nlp.features import doc_features
from pipeline.nlp.stages.recognize import bio_to_spans
from pipeline.nlp.stages.repair.spans import make_span


class Tagger(Stage):
    """CRF spans over each sentence of the body; sets doc.ents."""

    def __init__(self, nlp, name, path):
        import pycrfsuite

        self.name = name
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))

    def spans(self, doc):
        """(first, last+1, type) token ranges the tagger finds in the doc."""
        found = []
        for indices, features in doc_features(doc):
            found.extend(bio_to_spans(indices, self.tagger.tag(features)))
        return found

    def __call__(self, doc):
        before = {(span.start, span.end, span.label_): span for span in doc.ents}
        ents = []
        for start, stop, label in self.spans(doc):
            span = before.get((start, stop, label))
            ents.append(span if span is not None else make_span(doc, start, stop, label, 'tagger'))
        doc.ents = ents
        return doc


@Language.factory(
    'tag',
    default_config={'model': 'tagger.crfsuite'},
    assigns=['doc.ents', 'span._.rule'],
    requires=['doc.ents', 'token.is_sent_start'],
)
def make_tagger(nlp, name, model):
    from pipeline.resources import resolve_model_path
    return Tagger(nlp, name, resolve_model_path(model))
