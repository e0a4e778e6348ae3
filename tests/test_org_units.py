"""repair/org_units.py `org-unit-head`: a capitalised unit noun before a body's name in the genitive is
one name with it; `org-unit-parent`: a territorial unit and the body it belongs to, named after the territory, are
one. Phrases written for the test: [sentence, the ORG as found, the ORG after the rule]."""

import pytest

from pipeline.nlp.stages.repair.org_units import unit_heads, unit_parents
from conftest import rule_on, slovnet_span

CASES = [
    ('Проверку провёл Департамент Комитета санитарного контроля по Костанайской области.',
     'Комитета санитарного контроля по Костанайской области',
     'Департамент Комитета санитарного контроля по Костанайской области'),
    ('Инспекция Комитета транспорта проверила автобусы.', 'Комитета транспорта', 'Инспекция Комитета транспорта'),
    ('Жалобу направили в Отделение Пенсионного фонда.', 'Пенсионного фонда', 'Отделение Пенсионного фонда'),
    # a lower-case unit is the text's word, not the name's
    ('Жалобу рассмотрел филиал Пенсионного фонда.', 'Пенсионного фонда', 'Пенсионного фонда'),
    # a name not in the genitive is no body the unit belongs to
    ('Департамент Казахтелеком сообщил о ремонте.', 'Казахтелеком', 'Казахтелеком'),
    # an abbreviation keeps to itself
    ('Управление МВД сообщило о задержании.', 'МВД', 'МВД'),
]


@pytest.mark.parametrize('sentence, found, expected', CASES)
def test_unit_heads(nlp, sentence, found, expected):
    spans = rule_on(unit_heads, nlp.make_doc(sentence), found, 'ORG')
    assert [span.text for span in spans] == [expected]


# `org-unit-parent`: [sentence, the territorial unit as found, the body after it as found, the ORGs after the rule]
PARENT_CASES = [
    ('Дело возбудил Департамент полиции по Жамбылской области Министерства внутренних дел.',
     'Департамент полиции по Жамбылской области', 'Министерства внутренних дел',
     ['Департамент полиции по Жамбылской области Министерства внутренних дел']),
    ('Сотрудники Управления полиции по городу Таразу Министерства внутренних дел задержали подозреваемого.',
     'Управления полиции по городу Таразу', 'Министерства внутренних дел',
     ['Управления полиции по городу Таразу Министерства внутренних дел']),
    # a remit with no territory in it is no territorial unit
    ('Управление по делам религий провело семинар Министерства культуры.',
     'Управление по делам религий', 'Министерства культуры',
     ['Управление по делам религий', 'Министерства культуры']),
    # a branch named by its region's adjective is named by its parent, after the parent's kind and quotes
    ('Жалобы принимает Костанайский филиал партии «Байтерек» до пятницы.',
     'Костанайский филиал', 'Байтерек', ['Костанайский филиал партии «Байтерек»']),
    # a verb between them: no branch of it
    ('Костанайский филиал поддержал «Байтерек» в пятницу.',
     'Костанайский филиал', 'Байтерек', ['Костанайский филиал', 'Байтерек']),
    # a body in another case is no unit's parent
    ('Департамент полиции по Жамбылской области Министерству внутренних дел доложил.',
     'Департамент полиции по Жамбылской области', 'Министерству внутренних дел',
     ['Департамент полиции по Жамбылской области', 'Министерству внутренних дел']),
]


@pytest.mark.parametrize('sentence, unit, body, expected', PARENT_CASES)
def test_unit_parents(nlp, sentence, unit, body, expected):
    doc = nlp.make_doc(sentence)
    spans = unit_parents(doc, [slovnet_span(doc, unit, 'ORG'), slovnet_span(doc, body, 'ORG')])
    assert [span.text for span in spans] == expected
