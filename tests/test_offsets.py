"""Offsets never shift and no stage crashes, whatever the script mix.

For every row of mentions, figures and dates: `text == file_text[start:stop]`,
with file_text the decoded file text exactly as read. A mention's text is the
span's own (token) text, so that comparison checks its offsets; the text of a
figure or a date is cut from the file at its offsets, so those are checked by
what they must cut: a whole number phrase or date, neither starting nor ending
inside a word. Checked on generated Russian/Kazakh/Latin text with emoji,
zero-width and non-breaking spaces, soft hyphens, stress marks and CRLF
(hypothesis), and on every seed file.
"""

import re

import pytest
from conftest import CORPUS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.nlp.grammars.figures.vocabulary import (
    APPROXIMATE_PLURALS,
    MULTIPLE_WORDS,
    NUMBER_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    SEVERAL,
)
from pipeline.running.engine import process_batch
from pipeline.running.inputs import Source, decode

WORDS = [
    # names, places, organisations the stages look for
    'Маулен', 'Ашимбаев', 'Касым-Жомарт', 'Токаев', 'Кемелулы', 'Ерлан', 'Кошанов', 'Әлихан', 'Бөкейхан',
    'Қасым', 'Ұлықбек', 'Үміт', 'Астана', 'Астане', 'Алматы', 'Усть-Каменогорск', 'Қарағанды', 'Шымкент',
    'Республики', 'Казахстан', 'Қазақстан', 'Мажилис', 'Сенат', 'партии', '«Ауыл»', '«Amanat»', 'Nur', 'Otan',
    'ООН', 'РК', 'e-Otinish', 'Kazpravda.kz', 'спикер', 'аким', 'министр', 'президент', 'провёл', 'встречу',
    # figures and dates
    '5', '15%', '1 000', '300', 'более', 'около', 'тысяч', 'млрд', 'тенге', '$', '15–20', 'пяти', 'миллионов',
    '12', 'февраля', '2026', 'года', '2026-02-12', '1990-х', 'г.', 'т.е.', 'т. д.',
    # everything else
    'и', 'в', 'на', 'с', 'по', 'не', 'что', 'это', 'hello', 'World', 'COVID-19', 'iPhone', 'ёлка', 'ЁЖ',
    '🇰🇿', '😀', '👍🏽', '—', '–', '-', '«', '»', '"', "'", '(', ')', '.', ',', ':', ';', '!', '?', '…', '№',
]
SEPARATORS = [' ', ' ', ' ', '  ', '\u00a0', '\u202f', '\u2009', '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad',
              '\t', '\n', '\r\n', '\n\n', '\r\n\r\n', '\r', '\u2028', '\x0b', '\x0c', '\u0301', '']
CHARS = ('абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'
         'әғқңөұүһіӘҒҚҢӨҰҮҺІ' 'abcxyzABCXYZ' '0123456789' ' .,-«»"\'()%$№\n'
         '\u00a0\u200b\u00ad\u0301\r\u2009\U0001F600')

pieces = st.one_of(st.sampled_from(WORDS), st.text(alphabet=CHARS, min_size=1, max_size=6))
texts = st.builds(
    lambda parts, header: header + ''.join(word + separator for word, separator in parts),
    st.lists(st.tuples(pieces, st.sampled_from(SEPARATORS)), min_size=0, max_size=30),
    st.sampled_from(['', '', '', 'date 2026-02-12 ', ' date 2026-02-12\r\n', '\ufeff', '\u200b']),
)


# a figure holds a number: digits or a number word (`пяти`, `тысячи`, `млн`, `сотни`, `несколько`, `втрое`)
NUMBER_WORDS_ALL = set(NUMBER_WORDS) | set(SCALE_WORDS) | set(SCALE_ABBREVIATIONS) | set(APPROXIMATE_PLURALS) | SEVERAL \
    | set(MULTIPLE_WORDS)
# a date holds a number or a month (`марте`, `фев.`, `ИЮЛЯ`)
MONTH_RE = re.compile(r'янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек', re.IGNORECASE)


def whole_words(text, start, stop):
    """text[start:stop] neither starts nor ends inside a word."""
    return (start == 0 or not (text[start - 1].isalnum() and text[start].isalnum())) and \
        (stop == len(text) or not (text[stop - 1].isalnum() and text[stop].isalnum()))


def holds_number(phrase):
    return any(char.isdigit() for char in phrase) or \
        any(word in NUMBER_WORDS_ALL for word in re.findall(r'\w+', phrase.lower().replace('ё', 'е')))


def holds_date(phrase):
    return any(char.isdigit() for char in phrase) or bool(MONTH_RE.search(phrase))


# table -> what the text at a row's offsets must be, besides the row's `text`
CUT_AT_OFFSETS = {'figures': holds_number, 'dates': holds_date}


def check_rows(rows, text, label):
    assert rows['documents'][0]['status'] == 'ok', rows['documents'][0]['error']
    for table in ('mentions', 'figures', 'dates'):
        for row in rows[table]:
            start, stop = row['start'], row['stop']
            assert 0 <= start < stop <= len(text), (label, table, row)
            cut = text[start:stop]
            assert cut == row['text'], (label, table, row, cut)
            if table in CUT_AT_OFFSETS:
                assert whole_words(text, start, stop) and CUT_AT_OFFSETS[table](cut), (label, table, row, cut)


@pytest.mark.parametrize('text, start, stop, table, expected', [
    ('около 200 человек', 0, 17, 'figures', True),
    ('около 200 человек', 6, 9, 'figures', True),
    ('пяти партий', 0, 11, 'figures', True),
    ('ВТРОЁ больше', 0, 5, 'figures', True),  # a multiple in one word, upper case with ё
    ('около 200 человек', 1, 10, 'figures', False),  # shifted: starts inside `около`
    ('около 200 человек', 5, 8, 'figures', False),  # shifted: ends inside `200`
    ('около 200 человек', 10, 17, 'figures', False),  # no number
    ('12 февраля 2026 года', 0, 10, 'dates', True),
    ('в марте', 2, 7, 'dates', True),
    ('в марте', 1, 6, 'dates', False),
    ('в марте года', 8, 12, 'dates', False),
])
def test_the_offset_check_catches_a_shifted_cut(text, start, stop, table, expected):
    assert (whole_words(text, start, stop) and CUT_AT_OFFSETS[table](text[start:stop])) == expected


def run_one(nlp, text, doc_id='fuzz'):
    source = Source(doc_id=doc_id, source=f'{doc_id}.txt', text=text, encoding='utf-8')
    return process_batch(nlp, [source])[0]


@pytest.mark.slow
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_generated_text_keeps_offsets(nlp, text):
    check_rows(run_one(nlp, text), text, repr(text))


@pytest.mark.parametrize('path', sorted(CORPUS.glob('*.txt')), ids=lambda path: path.stem)
def test_every_seed_keeps_offsets(nlp, path):
    text, _ = decode(path.read_bytes())
    check_rows(run_one(nlp, text, path.stem), text, path.name)


@pytest.mark.parametrize('path', sorted(CORPUS.glob('*.txt'))[:2], ids=lambda path: path.stem)
def test_seed_with_crlf_and_odd_spaces_keeps_offsets(nlp, path):
    """A seed saved on Windows, with non-breaking spaces and soft hyphens, still lines up."""
    text, _ = decode(path.read_bytes())
    text = text.replace('\n', '\r\n').replace(' в ', ' в\u00a0').replace('ция', 'ци\u00adя')
    check_rows(run_one(nlp, text, path.stem), text, path.name)
