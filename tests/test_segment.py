"""Tokens, sentences, paragraphs and the date header."""

import pytest

from pipeline.nlp.stages.segment import find_header, find_paragraphs
from pipeline.nlp.tokenizer import split_tokens


@pytest.mark.parametrize('text', [
    '',
    ' ',
    'Астана',
    ' date 2026-02-12 Сегодня, 12 февраля, в столице...',
    'Первый абзац.\n\nВторой  абзац.\r\n',
    'Қазақстан Халық Кеңесі\u00a0и 1\u202f000 тенге\u200b — «Ақжол»',
    '\ufeffтекст с BOM',
    'мягкий\u00adперенос и эмодзи 🇰🇿 в тексте',
])
def test_tokens_cover_the_text_exactly(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text


@pytest.mark.parametrize('text, words', [
    ('Касым-Жомарт Токаев', ['Касым-Жомарт', 'Токаев']),
    ('«Қазақ тілі»', ['«', 'Қазақ', 'тілі', '»']),
    ('e-Otinish и Kazpravda.kz', ['e-Otinish', 'и', 'Kazpravda', '.', 'kz']),
    ('15–20 тысяч', ['15–20', 'тысяч']),
])
def test_razdel_tokens(text, words):
    tokens, _ = split_tokens(text)
    assert [token for token in tokens if token.strip()] == words


@pytest.mark.parametrize('text, date, body', [
    (' date 2026-02-12 Сегодня', '2026-02-12', 'Сегодня'),
    ('date 2026-03-11\nРоль', '2026-03-11', 'Роль'),
    ('4 февраля 2026 года', None, '4 февраля 2026 года'),
    ('Обновление: date 2026-01-01', None, 'Обновление: date 2026-01-01'),
])
def test_date_header(text, date, body):
    found, start = find_header(text)
    assert found == date
    assert text[start:] == body


def test_paragraphs_are_lines():
    text = 'Али Галым\n\nВторой абзац\r\nТретий'
    assert [text[a:b] for a, b in find_paragraphs(text)] == ['Али Галым', 'Второй абзац', 'Третий']


def test_sentences_and_paragraph_breaks(nlp):
    doc = nlp(' date 2026-02-12 Первое предложение. Второе предложение.\nТретье')
    sentences = [sentence.text.strip() for sentence in doc.sents if sentence.text.strip()]
    assert sentences == ['date 2026-02-12', 'Первое предложение.', 'Второе предложение.', 'Третье']
    assert doc._.date == '2026-02-12'


def test_no_mention_crosses_a_paragraph(nlp):
    # slovnet alone ran `Али Галым` into the next paragraph's first word
    doc = nlp('Фото: Али Галым\n\nКоалиция провела заседание.')
    for span in doc.ents:
        assert '\n' not in span.text


@pytest.mark.parametrize('word, alpha, punct, space, lower', [
    ('Двадцать', True, False, False, 'двадцать'),
    ('Қазақстан', True, False, False, 'қазақстан'),
    ('AMANAT', True, False, False, 'amanat'),
    ('Усть-Каменогорск', False, False, False, 'усть-каменогорск'),
    ('15%', False, False, False, '15%'),
    ('«', False, True, False, '«'),
    ('—', False, True, False, '—'),
    ('\n\n', False, False, True, '\n\n'),
    ('\u00a0', False, False, True, '\u00a0'),
])
def test_new_words_get_the_attributes_the_stages_read(nlp, word, alpha, punct, space, lower):
    lexeme = nlp.vocab[word]
    assert (lexeme.is_alpha, lexeme.is_punct, lexeme.is_space, lexeme.lower_) == (alpha, punct, space, lower)


def test_attributes_no_stage_reads_are_not_computed(nlp):
    # spaCy's Russian defaults would set these; the pipeline leaves them unset
    lexeme = nlp.vocab['двадцатью']
    assert not lexeme.like_num and lexeme.shape_ == ''


def test_lean_lexemes_fails_fast_without_a_getter():
    import spacy

    from pipeline.nlp.tokenizer import lean_lexemes
    vocab = spacy.blank('ru').vocab
    vocab.lex_attr_getters = {}
    with pytest.raises(ValueError, match='no getter'):
        lean_lexemes(vocab)
