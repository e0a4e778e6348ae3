"""The `date` stage: dates from the grammar in grammars/dates.py."""

import re

from spacy.language import Language

from pipeline.nlp.doc import Stage, doc_text, doc_value, set_span_value, span_value
from pipeline.nlp.grammars.dates import extract_dates
from pipeline.nlp.stages.quantify import char_span

# a dateline sits in the first lines: title, lead, `5 августа 2016 года`
DATELINE_PARAGRAPHS = 3
FULL_DATE = re.compile(r'\d{4}-\d{2}-\d{2}')


def document_year(doc):
    date = doc_value(doc, 'date')
    return int(date[:4]) if date else None


def dateline(doc, spans):
    """The first full date in the first paragraphs, or None."""
    paragraphs = doc_value(doc, 'paragraphs') or []
    if not paragraphs:
        return None
    top = paragraphs[min(len(paragraphs), DATELINE_PARAGRAPHS) - 1][1]
    for span in spans:
        date = span_value(span, 'date')
        if date['start'] < top and FULL_DATE.fullmatch(date['date'] or ''):
            return date['date']
    return None


class Dater(Stage):
    """Finds dates in the body; a date without a year takes the document's.
    A document without a date takes the first full date of its first lines."""

    def __call__(self, doc):
        spans = []
        for match in extract_dates(doc_text(doc), doc_value(doc, 'body_start'), year=document_year(doc)):
            span = char_span(doc, match.start, match.stop, 'DATE')
            if span is None:
                continue
            set_span_value(span, 'date', {'start': match.start, 'stop': match.stop, 'date': match.date})
            set_span_value(span, 'rule', 'dates')
            spans.append(span)
        doc.spans['dates'] = spans
        if doc_value(doc, 'date') is None:
            # no date given: `4 февраля 2026 года в Астане ...` opening the article
            doc._.date = dateline(doc, spans)
            doc._.date_source = 'text' if doc._.date else None
        return doc


@Language.factory('date', assigns=['doc.spans', 'doc._.date', 'doc._.date_source'], requires=['token.is_sent_start'])
def make_dater(nlp, name):
    return Dater(nlp, name)
