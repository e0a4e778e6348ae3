"""One organisation, one normal form in a document (pipeline/nlp/org_forms.py), and the Latin-prefixed
common nouns that are no part of a Latin name (repair/org_shapes.py)."""

import pytest

from pipeline.nlp.org_forms import is_case_form, is_declined_name, oblique_phrase_normal
from pipeline.nlp.stages.repair.org_shapes import compound_noun


@pytest.mark.parametrize('form, base, expected', [
    ('Барыса', 'Барыс', True),
    ('Куанышем', 'Куаныш', True),
    ('Астаной', 'Астана', True),
    ('Алтая', 'Алтай', True),
    ('Барыс', 'Барыс', False),
    ('Барыс', 'Барыса', False),
    ('Береке', 'Берек', True),
    ('Береке', 'Береке', False),
    ('Тоболом', 'Тобол', True),
    ('Тобольск', 'Тобол', False),
])
def test_is_case_form(form, base, expected):
    assert is_case_form(form, base) == expected


@pytest.mark.parametrize('form, base, expected', [
    ('Салавата Юлаева', 'Салават Юлаев', True),
    ('Салавата Юлаева', 'Салават', False),
    ('Жас Қырана', 'Жас Қыран', True),
    ('Жас Қыран', 'Жас Қыран', False),
])
def test_is_declined_name(form, base, expected):
    assert is_declined_name(form, base) == expected


@pytest.mark.parametrize('text, expected', [
    ('IT-стартапов', 'стартапов'),
    ('SMS-рассылки', 'рассылки'),
    ('Астана-Hub', None),
    ('IT-Park', None),
    ('Kazakh-British', None),
    ('Усть-Каменогорск', None),
])
def test_compound_noun(text, expected):
    assert compound_noun(text) == expected


# one name in its other forms in the document: the form the document agrees on
AGREED = [
    ('«Барыс» обыграл «Трактор». Спонсором «Барыса» остаётся банк.', 'Барыса', 'Барыс'),
    ('В финале «Алтай» встретится с «Куанышем». Тренер «Куаныша» доволен.', 'Куаныша', 'Куаныш'),
    # no other form of it in the document: as the mention gives it
    ('Хозяйство «Береке» собрало урожай. Директор хозяйства «Береке» доволен.', 'Береке', 'Береке'),
]


@pytest.mark.parametrize('text, expected', [
    ('Аграрной кредитной корпорации', 'Аграрная кредитная корпорация'),
    ('Транспортной сервисной компании', 'Транспортная сервисная компания'),
    ('Национальных информационных технологий', 'Национальные информационные технологии'),
    ('Казахстанского университета путей сообщения', 'Казахстанский университет путей сообщения'),
    ('Евразийскому банку развития', 'Евразийский банк развития'),
    # a nominative adjective: the name as written, nothing to do
    ('Аграрная кредитная корпорация', None),
    ('Национальные информационные технологии', None),
    # no adjective first
    ('Банка развития Казахстана', None),
])
def test_oblique_phrase_normal(nlp, text, expected):
    assert oblique_phrase_normal(nlp.make_doc(text)[:]) == expected


# a quoted name in an oblique case after a noun for a kind of organisation
OBLIQUE_QUOTED = [
    ('Субсидии выдаёт районный филиал «Сельской кредитной корпорации» в Уральске.', 'Сельской кредитной корпорации',
     'Сельская кредитная корпорация'),
    # after a legal form the quoted name is as registered
    ('Офис ТОО «Новой линии» закрылся на ремонт.', 'Новой линии', 'Новой линии'),
]


# a quoted name opening a sentence, a club named after a person
SENTENCE_SUBJECTS = [
    # a quoted name opening a sentence is its subject, in the nominative as written
    ('«Эштрела» подписала нового вратаря. Тренер «Эштрелы» доволен.', 'Эштрела', 'Эштрела'),
    ('«Эштрела» подписала нового вратаря. Тренер «Эштрелы» доволен.', 'Эштрелы', 'Эштрела'),
    ('«Аталанта» уступила на выезде.', 'Аталанта', 'Аталанта'),
    # a club named after a person is named as the person is
    ('В субботу «Торпедо» сыграет против «Ивана Поддубного».', 'Ивана Поддубного', 'Иван Поддубный'),
]


@pytest.mark.parametrize('text, surface, normal', AGREED + OBLIQUE_QUOTED + SENTENCE_SUBJECTS)
def test_org_normal_in_document(nlp, text, surface, normal):
    normals = {span.text: span._.normal for span in nlp(text).ents if span.label_ == 'ORG'}
    assert normals.get(surface) == normal, normals
