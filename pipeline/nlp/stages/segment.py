"""Tokens, sentences and paragraphs from razdel.

razdel is what natasha's models were trained on, so token boundaries agree with
slovnet. The spaCy Doc keeps the text exactly: whitespace other than one plain
space between two tokens becomes a whitespace token of its own.

A sentence over SENTENCE_LIMIT characters is split: every mentions and figures
row carries its sentence, so an article without sentence ends (one sentence)
would give tables that grow with the square of its length.
"""

import re
from bisect import bisect_left, bisect_right

import numpy
from razdel import sentenize
from spacy.attrs import SENT_START
from spacy.language import Language

from pipeline.nlp.doc import Stage, doc_text, token_starts, token_texts  # also registers the ._ attributes

# ` date 2026-02-12 Сегодня, 12 февраля...`: the seeds' header
DATE_HEADER = re.compile(r'\A\ufeff?\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?')
PARAGRAPH_BREAK = re.compile(r'\r?\n')
# spaCy's SENT_START values (Doc.from_array takes them as uint64)
SENTENCE_START, INSIDE = 1, -1
# Over the longest punctuated one of the 17,937 razdel sentences of the
# evaluation corpora and the seeds (767 characters), so news keeps razdel's
# sentences; only three NEREL texts without punctuation (sentences of 1,275 to
# 1,480 characters) are split. A row carries at most 1,000 characters of
# sentence (2 KB of UTF-8): the tables of a 5 MB file of words without
# punctuation stay near 40 MB.
SENTENCE_LIMIT = 1000
CLAUSE_MARKS = ';:,—–'
# line breaks inside a paragraph (paragraphs end at \n)
LINE_BREAKS = '\r\v\f\x85\u2028\u2029'


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


def clause_break(text, start):
    """A piece may start at `start`: the token before it ends a clause (`,`, `;`, `:`, a dash) or a line."""
    position = start - 1
    while position >= 0 and text[position].isspace():
        if text[position] in LINE_BREAKS:
            return True
        position -= 1
    return position >= 0 and text[position] in CLAUSE_MARKS


def split_long(text, start, stop, token_starts, limit=SENTENCE_LIMIT):
    """Starts of the pieces after the first of the over-long sentence text[start:stop].

    Each piece is at most `limit` characters and ends at the last of these in
    its second half, else in the whole of it: a clause break, else a break
    between two lower-case words (not inside a name, `Маулен Ашимбаев`, or a
    figure, `300 тенге`); else at its last token. A single token over the
    limit is a piece of its own. `token_starts`: the sorted starts of the doc's
    non-space tokens.
    """
    def plain(index):
        return index > 0 and text[token_starts[index]].islower() and text[token_starts[index - 1]].islower()

    def clause(index):
        return clause_break(text, token_starts[index])

    pieces = []
    position = start
    while stop - position > limit:
        first = bisect_right(token_starts, position)
        last = bisect_right(token_starts, min(position + limit, stop - 1)) - 1
        half = max(first, bisect_left(token_starts, position + limit // 2))
        chosen = next((index for begin, test in ((half, clause), (half, plain), (first, clause), (first, plain))
                       for index in range(last, begin - 1, -1) if test(index)), None)
        if chosen is None:
            if last >= first:
                chosen = last
            elif first < len(token_starts) and token_starts[first] < stop:
                chosen = first
            else:
                break
        position = token_starts[chosen]
        pieces.append(position)
    return pieces


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
        word_starts = None
        for start, stop in paragraphs:
            starts.add(start)
            for sentence in sentenize(text[start:stop]):
                starts.add(start + sentence.start)
                if sentence.stop - sentence.start > SENTENCE_LIMIT:
                    if word_starts is None:
                        word_starts = [offset for offset, word in zip(token_starts(doc), token_texts(doc))
                                       if not word.isspace()]
                    starts.update(split_long(text, start + sentence.start, start + sentence.stop, word_starts,
                                              SENTENCE_LIMIT))
        if len(doc):
            # all at once: setting token.is_sent_start checks the whole doc each time
            # (`token.is_space` is `text.isspace()`; the lists spare a Token per token)
            # the first token and each non-space token at a start, found by bisection in the sorted
            # token starts (a pass over every token took 0.04 s of NEREL train's 0.2 s here)
            offsets, words = token_starts(doc), token_texts(doc)
            values = numpy.full(len(offsets), INSIDE, dtype='int64')
            values[0] = SENTENCE_START
            for start in starts:
                index = bisect_left(offsets, start)
                if index < len(offsets) and offsets[index] == start and not words[index].isspace():
                    values[index] = SENTENCE_START
            doc.from_array([SENT_START], values.view('uint64').reshape(-1, 1))
        return doc


@Language.factory('segment', assigns=['token.is_sent_start', 'doc._.paragraphs', 'doc._.date', 'doc._.date_source'])
def make_segmenter(nlp, name):
    return Segmenter(nlp, name)
