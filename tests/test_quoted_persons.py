"""repair/org_shapes.py `org-quoted-person`: a person's name wholly in quotes is an organisation named
after the person, unless a noun for a work or an award titles it. Phrases written for the test."""

import pytest

from pipeline.nlp.stages.repair.org_shapes import quoted_persons
from conftest import rule_on

# sentence, the PER as found, the label after the rule
CASES = [
    ('В субботу хоккеисты сыграют против «Ивана Поддубного».', 'Ивана Поддубного', 'ORG'),
    ('Акции «Абая Кунанбаева» выросли на бирже.', 'Абая Кунанбаева', 'ORG'),
    # a work or an award the name titles
    ('Театр покажет спектакль «Абай Кунанбаев» в мае.', 'Абай Кунанбаев', 'PER'),
    ('Фильм номинирован на премию «Иван Поддубный».', 'Иван Поддубный', 'PER'),
    # not wholly in quotes: the person
    ('Об этом рассказал Иван Поддубный.', 'Иван Поддубный', 'PER'),
]


@pytest.mark.parametrize('sentence, found, label', CASES)
def test_quoted_persons(nlp, sentence, found, label):
    spans = rule_on(quoted_persons, nlp.make_doc(sentence), found, 'PER')
    assert [(span.text, span.label_) for span in spans] == [(found, label)]
