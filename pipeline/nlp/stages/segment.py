"""Tokens, sentences and paragraphs from razdel.

razdel is what natasha's models were trained on, so token boundaries agree with
slovnet. The spaCy Doc keeps the text exactly: whitespace other than one plain
space between two tokens becomes a whitespace token of its own.
"""

import re

import numpy
from razdel import sentenize
from spacy.attrs import SENT_START
from spacy.language import Language

from pipeline.nlp.doc import Stage, doc_text  # also registers the ._ attributes

# ` date 2026-02-12 Сегодня, 12 февраля...`: the seeds' header
DATE_HEADER = re.compile(r'\A\ufeff?\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?')
PARAGRAPH_BREAK = re.compile(r'\r?\n')
# spaCy's SENT_START values (Doc.from_array takes them as uint64)
SENTENCE_START, INSIDE = 1, -1
def find_header(text):
    """(date, body_start) of a leading `date YYYY-MM-DD` header, else (None, 0)."""
    match = DATE_HEADER.match(text)
    if not match:
        return None, 0
    return match.group(1), match.end()


def find_paragraphs(text, start=0):
    """(start, stop) of each non-empty line of text[start:]."""
    paragraphs = []
    position = start
    for match in PARAGRAPH_BREAK.finditer(text, start):
        if text[position:match.start()].strip():
            paragraphs.append((position, match.start()))
        position = match.end()
    if text[position:].strip():
        paragraphs.append((position, len(text)))
    return paragraphs


class Segmenter(Stage):
    """Marks sentence starts (razdel) and paragraphs; finds the date header."""

    def __call__(self, doc):
        text = doc_text(doc)
        if doc._.date is None:
            date, body_start = find_header(text)
            doc._.date = date
            doc._.date_source = 'header' if date else None
            doc._.body_start = body_start
        paragraphs = find_paragraphs(text, doc._.body_start)
        doc._.paragraphs = paragraphs
        starts = {doc._.body_start}
        for start, stop in paragraphs:
            starts.add(start)
            for sentence in sentenize(text[start:stop]):
                starts.add(start + sentence.start)
        if len(doc):
            # all at once: setting token.is_sent_start checks the whole doc each time
            values = [SENTENCE_START if token.i == 0 or (not token.is_space and token.idx in starts) else INSIDE
                      for token in doc]
            doc.from_array([SENT_START], numpy.array(values, dtype='int64').view('uint64').reshape(-1, 1))
        return doc


@Language.factory('segment', assigns=['token.is_sent_start', 'doc._.paragraphs', 'doc._.date', 'doc._.date_source'])
def make_segmenter(nlp, name):
    return Segmenter(nlp, name)
