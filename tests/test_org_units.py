"""repair/org_units.py `org-unit-head`: a capitalised unit noun before a body's name in the genitive is
one name with it. Phrases written for the test: [sentence, the ORG as found, the ORG after the rule]."""

import pytest

from pipeline.nlp.stages.repair.org_units import unit_heads
from conftest import slovnet_span

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
    doc = nlp.make_doc(sentence)
    spans = unit_heads(doc, [slovnet_span(doc, found, 'ORG')])
    assert [span.text for span in spans] == [expected]
