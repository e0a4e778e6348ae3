"""The `date` stage: dates from the grammar in grammars/dates.py."""

from spacy.language import Language

from .doc import Stage, doc_text
from .figures import char_span
from .grammars.dates import extract_dates


def document_year(doc):
    return int(doc._.date[:4]) if doc._.date else None


class Dater(Stage):
    """Finds dates in the body; a date without a year takes the document's."""

    def __init__(self, nlp, name):
        self.name = name

    def __call__(self, doc):
        spans = []
        for match in extract_dates(doc_text(doc), doc._.body_start, year=document_year(doc)):
            span = char_span(doc, match.start, match.stop, 'DATE')
            if span is None:
                continue
            span._.date = {'start': match.start, 'stop': match.stop, 'date': match.date}
            span._.rule = 'dates'
            spans.append(span)
        doc.spans['dates'] = spans
        return doc


@Language.factory('date', assigns=['doc.spans'], requires=['token.is_sent_start'])
def make_dater(nlp, name):
    return Dater(nlp, name)
