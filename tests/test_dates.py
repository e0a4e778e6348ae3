"""The dates grammar: ISO values and exact spans."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp.grammars.dates import DateMatch, date_spans, extract_dates

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / 'corpus'
GOLD = ROOT / 'tests' / 'gold_seeds.json'


def found(text, year=2026):
    return [(text[m.start:m.stop], m.date) for m in extract_dates(text, year=year)]


# (text, [(surface, iso)]) with the document year 2026
DATES = [
    ('4 февраля 2026 года в Астане', [('4 февраля 2026 года', '2026-02-04')]),
    ('Сегодня, 12 февраля, в столице', [('12 февраля', '2026-02-12')]),
    ('состоится 1 марта', [('1 марта', '2026-03-01')]),
    ('до 31 декабря 2025 г. включительно', [('31 декабря 2025 г.', '2025-12-31')]),
    ('с 1-го января', [('1-го января', '2026-01-01')]),
    ('12 мая 2024 года', [('12 мая 2024 года', '2024-05-12')]),
    ('3 июня 2025 г.', [('3 июня 2025 г.', '2025-06-03')]),
    ('9 ИЮЛЯ 2025', [('9 ИЮЛЯ 2025', '2025-07-09')]),
    ('15 августа', [('15 августа', '2026-08-15')]),
    ('30 сентября', [('30 сентября', '2026-09-30')]),
    ('25 октября 2025 года', [('25 октября 2025 года', '2025-10-25')]),
    ('16 ноября', [('16 ноября', '2026-11-16')]),
    ('29 февраля 2024 года', [('29 февраля 2024 года', '2024-02-29')]),
    ('12 фев. 2026', [('12 фев. 2026', '2026-02-12')]),
    ('12.02.2026', [('12.02.2026', '2026-02-12')]),
    ('от 05.03.2026 г.', [('05.03.2026 г.', '2026-03-05')]),
    ('12/02/2026', [('12/02/2026', '2026-02-12')]),
    ('12.02.26', [('12.02.26', '2026-02-12')]),
    ('2026-02-12', [('2026-02-12', '2026-02-12')]),
    (' date 2026-02-25 Основная тема', [('2026-02-25', '2026-02-25')]),
    ('в 2026 году', [('2026 году', '2026')]),
    ('2026 год объявлен', [('2026 год', '2026')]),
    ('итоги 2025 г.', [('2025 г.', '2025')]),
    ('в 2026-м году', [('2026-м году', '2026')]),
    ('в 2025–2026 годах', [('2025', '2025'), ('2026 годах', '2026')]),
    ('в 2025-2026 гг.', [('2025', '2025'), ('2026 гг.', '2026')]),
    ('в феврале 2026 года', [('феврале 2026 года', '2026-02')]),
    ('январь 2025 года', [('январь 2025 года', '2025-01')]),
    ('в марте', [('марте', '2026-03')]),
    ('до конца мая', [('мая', '2026-05')]),
    ('в начале апреля', [('апреля', '2026-04')]),
    ('с 1 по 5 марта', [('1', '2026-03-01'), ('5 марта', '2026-03-05')]),
    ('4–5 февраля 2026 г.', [('4', '2026-02-04'), ('5 февраля 2026 г.', '2026-02-05')]),
    ('10 и 11 апреля', [('10', '2026-04-10'), ('11 апреля', '2026-04-11')]),
    ('Сегодня, 12\u00a0февраля, в столице', [('12\u00a0февраля', '2026-02-12')]),
    # a night from one day to the next
    ('в ночь с 18 на 19 апреля 2020 года', [('18', '2020-04-18'), ('19 апреля 2020 года', '2020-04-19')]),
    ('в ночь с 3 на 4 июня', [('3', '2026-06-03'), ('4 июня', '2026-06-04')]),
    # a month abbreviation without its dot, where it is no word
    ('МОСКВА, 1 авг — РИА Новости', [('1 авг', '2026-08-01')]),
    ('15 окт 2025 года', [('15 окт 2025 года', '2025-10-15')]),
    ('3 сент, в 10 утра', [('3 сент', '2026-09-03')]),
]

NOT_DATES = [
    '',
    'в статье 8 Конституции',
    'более 300 общественных организаций',
    '31 февраля',
    '32 марта',
    '2026',
    'Марта Иванова выступила',
    'в Марте',
    'мартовский пленум',
    'в 1990-х годах',
    '1 000 человек',
    '12.02',
    '99.99.2026',
    'в 2 раза',
    'майские праздники',
    # bare abbreviations that are words or names are no months
    'в 3 мар',
    '5 сен',
    '2 дек',
    # `на` joins two days only before a month
    'рост с 5 на 6 процентов',
    '1 августовский',
]


@pytest.mark.parametrize('text, expected', DATES)
def test_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize('text', NOT_DATES)
def test_not_a_date(text):
    assert found(text) == []


def test_table_sizes():
    assert len(DATES) >= 30 and len(NOT_DATES) >= 10


@pytest.mark.parametrize('text, expected', [
    ('12 февраля', [('12 февраля', '--02-12')]),
    ('4 февраля 2026 года', [('4 февраля 2026 года', '2026-02-04')]),
    ('в марте', []),  # a bare month needs the document year
    ('в 2026 году', [('2026 году', '2026')]),
])
def test_without_document_year(text, expected):
    assert found(text, year=None) == expected


def test_year_argument_fills_day_month_only():
    assert found('12 февраля', year=2025) == [('12 февраля', '2025-02-12')]
    assert found('12 февраля 2024 года', year=2025) == [('12 февраля 2024 года', '2024-02-12')]


def test_window_offsets_are_into_the_whole_text():
    text = 'Открытие 1 марта. Закрытие 5 апреля 2026 года.'
    start = text.index('Закрытие')
    (match,) = extract_dates(text, start, year=2026)
    assert (match.start, text[match.start:match.stop], match.date) == (
        text.index('5 апреля'), '5 апреля 2026 года', '2026-04-05')


def test_offsets_exact_after_kazakh_emoji_and_crlf():
    prefix = 'Қазақстан 🇰🇿 жаңалықтар\r\nӘкімдік\u200b хабарлады: '
    text = prefix + 'сессия пройдёт 12 февраля 2026 года.\r\n'
    (match,) = extract_dates(text)
    assert match == DateMatch(text.index('12'), text.index('.\r\n'), '2026-02-12')


def test_date_spans_for_other_grammars():
    text = 'Поступило 300 заявок 12 февраля в 2026 году'
    assert [text[a:b] for a, b in date_spans(text)] == ['12 февраля', '2026 году']


def _gold():
    return json.loads(GOLD.read_text(encoding='utf-8'))['documents']


@pytest.mark.parametrize('document', _gold(), ids=lambda d: d['doc_id'])
def test_seed_corpus_first_date_is_document_date(document):
    text = (CORPUS / f"{document['doc_id']}.txt").read_text(encoding='utf-8')
    dates = extract_dates(text, year=int(document['date'][:4]))
    assert dates and dates[0].date == document['date']


def test_seed_corpus_all_dates():
    text = (CORPUS / '001_d955e6dc879a892f.txt').read_text(encoding='utf-8')
    assert found(text) == [('2026-02-12', '2026-02-12'), ('12 февраля', '2026-02-12')]


TEXT_ALPHABET = st.sampled_from(
    list('0123456789 .,-–/\r\n') + ['\u00a0', '\u200b', '🙂', 'Қ', 'і']
    + ['февраля ', 'марте ', 'в ', 'года ', 'г.', 'гг.', 'по ', 'и ', 'мая'])


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT_ALPHABET, max_size=30).map(''.join))
def test_never_crashes_and_spans_are_sane(text):
    previous_stop = 0
    for match in extract_dates(text, year=2026):
        assert previous_stop <= match.start < match.stop <= len(text)
        assert len(match.date) in (4, 7, 10)
        previous_stop = match.stop
