"""A name's genitive tail going on through a list (repair/org_lists.py, `org-genitive-list`) and a
Latin name repeated in a document (repair/org_repeats.py, `org-latin-repeat`) and a ministry in
lower case with its remit (repair/titled.py, `lower-ministry`), in sentences
written for this test: [text, every PER/ORG/LOC mention in order as (type, surface)]."""

import pytest


def mentions(nlp, text):
    return [(span.label_, span.text) for span in nlp(text).ents if span.label_ in ('PER', 'ORG', 'LOC')]


GENITIVE_LISTS = [
    # items parted by commas, the last after `и`
    ('Письмо поступило в Агентство по контролю за оборотом лекарств, медицинских изделий и косметики.',
     [('ORG', 'Агентство по контролю за оборотом лекарств, медицинских изделий и косметики')]),
    # adjectives of one noun listed
    ('Он возглавил Центр морской, речной и воздушной навигации в прошлом году.',
     [('ORG', 'Центр морской, речной и воздушной навигации')]),
    # a noun in another case after `и`: the name ends
    ('Директор Института истории и сотрудники музея открыли выставку.',
     [('ORG', 'Института истории')]),
    # the name's own noun again: another body
    ('Представители Конгресса профсоюзов и профсоюза «Единство» провели встречу.',
     [('ORG', 'Конгресса профсоюзов'), ('ORG', 'Единство')]),
]

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


@pytest.mark.parametrize('text, expected', GENITIVE_LISTS + LATIN_REPEATS + LOWER_MINISTRIES)
def test_mentions(nlp, text, expected):
    assert mentions(nlp, text) == expected
