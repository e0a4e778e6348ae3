"""The systems scored, and the predictions they hand to the scorers.

A *system* is a callable ``predict(texts) -> list[Prediction]``; two are
provided: :func:`pipeline_system` (this package) and :func:`natasha_system`
(plain natasha, the baseline). Both load their models lazily, when called.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from pipeline.schema import ENTITY_TYPES

PER, ORG, LOC = ENTITY_TYPES
TYPES = ENTITY_TYPES


SYSTEM_NAMES = ('pipeline', 'natasha')


# labels a system may use for the three scored types
LABELS = {
    'PER': PER, 'PERSON': PER, 'PERS': PER,
    'ORG': ORG, 'ORGANIZATION': ORG, 'ORGANISATION': ORG,
    'LOC': LOC, 'LOCATION': LOC, 'GPE': LOC,
}


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
    inside: bool = False   # a mention inside another (the places a road joins, doc.spans['inner'])


@dataclass
class Prediction:
    """One document's output: entity mentions and figure spans."""
    mentions: list = field(default_factory=list)   # of PredMention
    figures: list = field(default_factory=list)    # of (start, stop)


System = Callable[[Sequence[str]], list]


def label_type(label):
    """The scored type (PER, ORG, LOC) a system's label stands for; other
    labels unchanged."""
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
                    span.start, span.stop, label_type(span.type),
                    span.normal, None, first, middle, last))
            out.append(Prediction(mentions, []))
        return out

    return predict


def pipeline_system():
    """This package's spaCy pipeline (``pipeline.load()``), loaded once.

    Besides ``predict(texts)``, ``predict.tables(docs)`` gives the tables of
    `entity-pipeline run` over the documents' files (``doc.path``): the
    document-level gold is scored on a run's entity names, which are chosen
    over the whole run."""
    from pipeline import load
    from pipeline.api import run

    nlp = load()

    def predict(texts):
        out = []
        for doc in nlp.pipe(texts):
            mentions = []
            flat = list(doc.ents)
            for span in flat + list(doc.spans.get('inner', ())):
                ext = span._

                def get(name):
                    try:
                        return getattr(ext, name, None)
                    except (AttributeError, KeyError, ValueError):
                        return None

                mentions.append(PredMention(
                    span.start_char, span.end_char, label_type(span.label_),
                    get('normal'), get('entity'),
                    get('first'), get('middle'), get('last'), len(mentions) >= len(flat)))
            try:
                groups = doc.spans.get('figures', [])
            except AttributeError:
                groups = []
            figures = [(span.start_char, span.end_char) for span in groups]
            out.append(Prediction(mentions, figures))
        return out

    def tables(docs):
        return run([doc.path for doc in docs], nlp=nlp, corrections=False).tables

    predict.tables = tables
    return predict


SYSTEMS = {'pipeline': pipeline_system, 'natasha': natasha_system}


def predictions(system, texts):
    """One system's predictions for ``texts``, one per text."""
    preds = list(system(list(texts)))
    if len(preds) != len(texts):
        raise ValueError(f'system returned {len(preds)} predictions '
                         f'for {len(texts)} texts')
    return preds


def resolve_systems(systems):
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
