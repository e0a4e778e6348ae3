"""repair/org_positions.py `org-position`: a lower-case position in the nominative singular inside an ORG
ends it. Phrases written for the test: [sentence, the ORG as found, the ORG after the rule]."""

import pytest

from pipeline.nlp.lexicons import position_lemmas
from pipeline.nlp.stages.repair.org_positions import trailing_positions
from pipeline.resources import resolve_model_path
from conftest import rule_on

CASES = [
    ('На совещании Правительства вице-министр энергетики Арман Нуров доложил о ремонте.',
     'Правительства вице-министр энергетики', 'Правительства'),
    ('На сессии маслихата аким района Ерлан Досов ответил депутатам.', 'маслихата аким района', 'маслихата'),
    # a position in the genitive belongs to the name
    ('В Канцелярии премьер-министра сообщили о совещании.', 'Канцелярии премьер-министра',
     'Канцелярии премьер-министра'),
    # a plural is no one person's role
    ('Курс провела Школа аналитики в пятницу.', 'Школа аналитики', 'Школа аналитики'),
]


@pytest.mark.parametrize('sentence, found, expected', CASES)
def test_trailing_positions(nlp, sentence, found, expected):
    positions = position_lemmas(resolve_model_path('positions.txt'))
    spans = rule_on(trailing_positions, nlp.make_doc(sentence), found, 'ORG', positions=positions)
    assert [span.text for span in spans] == [expected]
