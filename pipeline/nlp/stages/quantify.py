"""The `quantify` stage: figures from the grammar in grammars/figures.py, each with its status
(grammars/targets.py) and its links to other figures of the document (grammars/links.py)."""

from dataclasses import asdict

from spacy.language import Language

from pipeline.nlp.doc import Stage, doc_text, doc_value, set_span_value, span_value
from pipeline.nlp.grammars.figures import extract_figures
from pipeline.nlp.grammars.figures.kinds import figure_kind
from pipeline.nlp.grammars.links import figure_links, part_objects
from pipeline.nlp.grammars.targets import SentenceReadings, figure_status


def take_elided(facts):
    """A bare number takes the unit or noun its sentence named before it (`подтоплено 410 домов, в
    Целиноградском – 290`) once the links are made (they read the figures as written), before a part
    takes its total's noun: the sentence's noun is the nearer."""
    if facts['unit'] is None and not facts['object'] and facts.get('elided'):
        facts['unit'], facts['object'] = facts['elided']
        # a fraction word (`треть из них`) stays a share whatever its whole counts
        facts['kind'] = figure_kind(facts['value_max'], facts['unit'], facts['object'], facts['kind'] == 'change',
                                    facts['kind'] == 'percent')


def char_span(doc, start, stop, label):
    """A Span for exact character offsets, widened to token bounds if needed."""
    span = doc.char_span(start, stop, label=label, alignment_mode='expand')
    return span


class Quantifier(Stage):
    """Finds figures in the body text; `doc.spans['figures']`, `span._.figure` (with `status`, and
    `part_of` / `with_`: indexes of other figures in `doc.spans['figures']`, or None)."""

    def __call__(self, doc):
        spans = []
        for figure in extract_figures(doc_text(doc), doc_value(doc, 'body_start')):
            span = char_span(doc, figure.start, figure.stop, 'FIGURE')
            if span is None:
                continue
            facts = asdict(figure)
            facts['start'], facts['stop'] = figure.start, figure.stop
            set_span_value(span, 'figure', facts)
            set_span_value(span, 'rule', 'figures')
            spans.append(span)
        # links are indexes into this list: `doc_rows` turns them into figure_ids
        links = figure_links(spans)
        for span in spans:
            take_elided(span_value(span, 'figure'))
        read = SentenceReadings()  # the figures of a sentence share its clauses
        for span, (part_of, described), noun in zip(spans, links, part_objects(spans, links)):
            span_value(span, 'figure').update(status=figure_status(span, read), part_of=part_of, with_=described, object=noun)
        doc.spans['figures'] = spans
        return doc


@Language.factory('quantify', assigns=['doc.spans'], requires=['token.is_sent_start'])
def make_quantifier(nlp, name):
    return Quantifier(nlp, name)
