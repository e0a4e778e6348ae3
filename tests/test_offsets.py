"""Offsets never shift and no stage crashes, whatever the script mix.

For every row of mentions, figures and dates: `text == file_text[start:stop]`,
with file_text the decoded file text exactly as read. Checked on generated
Russian/Kazakh/Latin text with emoji, zero-width and non-breaking spaces, soft
hyphens, stress marks and CRLF (hypothesis), and on every seed file.
"""

import pytest
from conftest import CORPUS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


def check_rows(rows, text, label):
    assert rows['documents'][0]['status'] == 'ok', rows['documents'][0]['error']
    for table in ('mentions', 'figures', 'dates'):
        for row in rows[table]:
            start, stop = row['start'], row['stop']
            assert 0 <= start <= stop <= len(text), (label, table, row)
            assert text[start:stop] == row['text'], (label, table, row, text[start:stop])


def run_one(nlp, text, doc_id='fuzz'):
    source = Source(doc_id=doc_id, source=f'{doc_id}.txt', text=text, encoding='utf-8')
    return process_batch(nlp, [source])[0]


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
