"""A Latin name repeated in a document (repair/org_repeats.py, `org-latin-repeat`) and a ministry in
lower case with its remit (repair/titled.py, `lower-ministry`), in sentences
written for this test: [text, every PER/ORG/LOC mention in order as (type, surface)]."""

import pytest


def mentions(nlp, text):
    return [(span.label_, span.text) for span in nlp(text).ents if span.label_ in ('PER', 'ORG', 'LOC')]


LATIN_REPEATS = [
    ("Глава компании ''Vestoria'' заявил о переезде. Однако ''Vestoria'' остается в Мадриде.",
     [('ORG', 'Vestoria'), ('ORG', 'Vestoria'), ('LOC', 'Мадриде')]),
    # after an award's noun the name is the award
    ('Академия Grammy объявила номинантов. Певец получил премию Grammy.',
     [('ORG', 'Академия Grammy')]),
    # a Latin word of a longer Latin name is not the name
    ('Холдинг Nordia заключил сделку. Акции Nordia Capital выросли.',
     [('ORG', 'Nordia'), ('ORG', 'Nordia Capital')]),
]


LOWER_MINISTRIES = [
    ('Выставку поддержало министерство культуры Польши.', [('ORG', 'министерство культуры Польши')]),
    ('Как сообщает министерство юстиции, дело передано в суд.', [('ORG', 'министерство юстиции')]),
    ('Грант на лабораторию выделило министерство образования и науки Казахстана.',
     [('ORG', 'министерство образования и науки Казахстана')]),
    # no remit, or the country said again: no name
    ('Как сообщило министерство, проверка завершена.', []),
    ('Это решение одобрили министерства страны.', []),
]


@pytest.mark.parametrize('text, expected', LATIN_REPEATS + LOWER_MINISTRIES)
def test_mentions(nlp, text, expected):
    assert mentions(nlp, text) == expected
