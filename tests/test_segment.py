"""Tokens, sentences, paragraphs and the date header."""

import re

import pytest
from conftest import CORPUS
from razdel import tokenize

from pipeline import run
from pipeline.nlp.stages.segment import SENTENCE_LIMIT, find_header, find_paragraphs, split_long
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


def test_the_language_is_built_with_the_razdel_tokenizer_by_name(nlp):
    # named in the Language's config, so spaCy's own tokenizer is never built only to be replaced
    from pipeline.nlp.tokenizer import RazdelTokenizer
    assert type(nlp.tokenizer) is RazdelTokenizer
    assert nlp.config['nlp']['tokenizer'] == {'@tokenizers': 'pipeline.razdel'}


def test_lean_lexemes_fails_fast_without_a_getter():
    import spacy

    from pipeline.nlp.tokenizer import lean_lexemes
    vocab = spacy.blank('ru').vocab
    vocab.lex_attr_getters = {}
    with pytest.raises(ValueError, match='no getter'):
        lean_lexemes(vocab)


@pytest.mark.parametrize('text, limit, pieces', [
    ('короткий текст', 20, ['короткий текст']),
    # by length, between words
    ('один два три четыре пять шесть семь восемь', 20, ['один два три четыре ', 'пять шесть семь ', 'восемь']),
    # clause punctuation first
    ('первое слово, второе слово; третье слово и ещё', 25, ['первое слово, ', 'второе слово; ', 'третье слово и ещё']),
    ('дом: большой дом, новый и светлый', 20, ['дом: большой дом, ', 'новый и светлый']),
    ('первое слово\u2028второе слово третье слово', 30, ['первое слово\u2028второе слово ', 'третье слово']),
    # a comma in the first half of the piece would leave a short one: between words instead
    ('Слово, другое слово и ещё одно слово', 24, ['Слово, другое слово и ', 'ещё одно слово']),
    # not inside a name or a figure
    ('слово слово слово Маулен Ашимбаев сказал', 30, ['слово слово ', 'слово Маулен Ашимбаев сказал']),
    ('слово слово слово слово 300 тенге слово', 30, ['слово слово слово ', 'слово 300 тенге слово']),
    # no choice left: the last token within the limit; a token over the limit alone
    ('Маулен Ашимбаев Маулен Ашимбаев Маулен Ашимбаев', 20, ['Маулен Ашимбаев ', 'Маулен Ашимбаев ', 'Маулен Ашимбаев']),
    ('а' * 30 + ' бб вв', 10, ['а' * 30 + ' ', 'бб вв']),
])
def test_over_long_sentences_split_at_clauses_then_between_words(text, limit, pieces):
    starts = [token.start for token in tokenize(text)]
    cuts = [0, *split_long(text, 0, len(text), starts, limit), len(text)]
    assert [text[start:stop] for start, stop in zip(cuts, cuts[1:])] == pieces


def test_only_sentences_over_the_limit_are_split(nlp):
    clause = 'в области построили новую школу на триста мест, '
    long = 'Сообщается, что ' + clause * (SENTENCE_LIMIT // len(clause) + 5) + 'и это всё.'
    text = f'Первое предложение. {long} Последнее предложение.'
    sentences = [sentence.text.strip() for sentence in nlp(text).sents]
    assert sentences[0] == 'Первое предложение.' and sentences[-1] == 'Последнее предложение.'
    pieces = sentences[1:-1]
    assert len(pieces) > 1 and ' '.join(pieces) == long
    assert all(len(piece) <= SENTENCE_LIMIT and piece.endswith(',') for piece in pieces[:-1])


def words_without_punctuation(size):
    """About `size` bytes of the seeds' words (capitals and digits kept) with no punctuation: one sentence."""
    words = re.findall(r'\w+', ' '.join(path.read_text(encoding='utf-8') for path in sorted(CORPUS.glob('*.txt'))))
    text = ' '.join(words)
    text = ' '.join([text] * (size // len(text.encode('utf-8')) + 1))
    return text.encode('utf-8')[:size].decode('utf-8', 'ignore').rsplit(' ', 1)[0]


def test_rows_of_a_text_without_punctuation_carry_bounded_sentences(nlp, tmp_path):
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'words.txt').write_text(words_without_punctuation(100_000), encoding='utf-8')
    result = run([tmp_path / 'in'], output_dir=tmp_path / 'out', nlp=nlp)
    for name in ('mentions', 'figures'):
        sentences = result[name].sentence
        assert len(sentences) > 20 and sentences.str.len().max() <= SENTENCE_LIMIT, name
    assert result['documents'].sentences[0] > 100_000 / 2 / SENTENCE_LIMIT


@pytest.mark.slow
def test_a_text_without_punctuation_gives_tables_in_proportion_to_its_length(nlp, tmp_path):
    # One sentence, before the segment stage split it: 300 KB gave a 2 GB mentions.csv.
    # Measured: 200 KB gave 1.7 MB of tables, 2 MB ten times as much (rows of bounded
    # sentences). Its time is bench/linear_time.py's to measure, not a test's.
    megabytes, rows = {}, {}
    for size in (200_000, 2_000_000):
        folder = tmp_path / str(size)
        folder.mkdir()
        (folder / 'words.txt').write_text(words_without_punctuation(size), encoding='utf-8')
        result = run([folder], output_dir=folder / 'out', nlp=nlp, stream=True)
        assert (result['documents'].status == 'ok').all()
        assert result['mentions'].sentence.str.len().max() <= SENTENCE_LIMIT
        megabytes[size] = sum(path.stat().st_size for path in (folder / 'out').glob('*.csv')) / 1e6
        rows[size] = len(result['mentions']) + len(result['figures'])
    assert 8 < rows[2_000_000] / rows[200_000] < 12, rows
    assert megabytes[2_000_000] < 11 * megabytes[200_000], megabytes
