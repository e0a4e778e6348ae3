"""The sentence of a figure or a token as the figure grammars read it (pipeline/nlp/doc.py): the same
sentence as spaCy's `span.sent` / `token.sent`, the sentence starts listed once per Doc."""

import pytest

from pipeline.nlp.doc import (
    SENTENCE_STARTS_KEY, sent_end, sent_start, sentence_bounds, sentence_of, sentence_starts,
)


@pytest.fixture(scope='module')
def segment():
    from pipeline import load
    return load(disable=('recognize', 'lookup', 'repair', 'normalize', 'link', 'assign_roles', 'quantify', 'date'))


# [text, the words of the figure (its first occurrence), the text of its sentence]
@pytest.mark.parametrize('text, words, expected', [
    ('Построено 12 школ. В них учатся 3 000 детей.', '3 000 детей', 'В них учатся 3 000 детей.'),
    ('Построено 12 школ. В них учатся 3 000 детей.', '12 школ', 'Построено 12 школ.'),
    ('Весь бюджет — 40 млрд тенге', '40 млрд', 'Весь бюджет — 40 млрд тенге'),
    ('Выделено 5 млрд тенге. Освоено 4 млрд. Остаток вернут в бюджет.', '4 млрд', 'Освоено 4 млрд.'),
    ('Итоги.\n\nОтремонтировано 214 км дорог, в том числе 30 км в городах.', '30 км',
     'Отремонтировано 214 км дорог, в том числе 30 км в городах.'),
])
def test_a_figure_reads_its_own_sentence(segment, text, words, expected):
    doc = segment(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), alignment_mode='expand')
    assert sentence_of(span).text.strip() == expected
    assert (sent_start(span), sent_end(span)) == (span.sent.start, span.sent.end)


@pytest.mark.parametrize('text', [
    'Одно предложение без точки',
    'Первое. Второе! Третье? И последнее…',
    'Заголовок\n\nАбзац из двух предложений. Вот второе.\n\nИ ещё абзац.',
    ' date 2026-02-12 Сегодня, 12 февраля, в столице открыли 3 школы. На это ушло 9 млрд тенге.',
])
def test_every_token_and_span_reads_the_sentence_spacy_reads(segment, text):
    doc = segment(text)
    for token in doc:
        assert sentence_bounds(token) == (token.sent.start, token.sent.end)
        assert sentence_of(token) == token.sent
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 4, len(doc)) + 1):
            span = doc[start:end]  # a span over a sentence end reads the sentence of its first token, as spaCy
            assert sentence_bounds(span) == (span.sent.start, span.sent.end)


def test_the_starts_are_kept_on_their_own_doc(segment):
    first, second = segment('Раз. Два. Три.'), segment('Одно только предложение здесь.')
    assert sentence_starts(first) == [sentence.start for sentence in first.sents]
    assert sentence_starts(second) == [0]
    assert first.user_data[SENTENCE_STARTS_KEY][1] is sentence_starts(first)  # listed once, then read


def test_a_doc_of_another_length_lists_its_starts_again(segment):
    doc = segment('Раз. Два. Три.')
    doc.user_data[SENTENCE_STARTS_KEY] = (len(doc) + 1, [0])  # made before tokens were merged
    assert sentence_starts(doc) == [sentence.start for sentence in doc.sents]


@pytest.fixture(scope='module')
def figures(segment):
    from pipeline import load
    return load(disable=('recognize', 'lookup', 'repair', 'normalize', 'link', 'assign_roles', 'date'))


# [text, the status of each figure in order]: the figures of one sentence share its clauses' statuses
@pytest.mark.parametrize('text, expected', [
    ('В 2026 году планируется построить 12 школ и 4 больницы на 30 млрд тенге.',
     ['target', 'target', 'target']),
    ('Построено 12 школ, в следующем году планируется построить еще 5 школ.', ['actual', 'target']),
    ('Выделено 5 млрд тенге. Из них будет направлено 2 млрд на дороги и 1 млрд на школы.',
     ['actual', 'target', 'target']),
])
def test_figures_read_with_shared_sentences_keep_their_status(figures, text, expected):
    from pipeline.nlp.grammars.targets import SentenceReadings, figure_status
    doc = figures(text)
    spans = list(doc.spans['figures'])
    read = SentenceReadings()
    shared = [figure_status(span, read) for span in spans]
    assert shared == [figure_status(span) for span in spans] == expected
    sentences = {sent_start(span) for span in spans}
    assert set(read.pieces) == sentences and len(read.clause_statuses) <= len(sentences)  # once per sentence
