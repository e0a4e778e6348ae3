"""repair/org_ends.py: an organisation's name cut where its phrase cannot end runs on to the noun it
needs (after an adjective, after `по вопросам` / `по делам`) or takes the person a noun of defence or
support governs; names that end well stay. Phrases written for the test."""

import pytest

from pipeline.nlp.stages.repair.org_ends import open_ends, person_objects
from conftest import rule_on, slovnet_span

# sentence, the ORG as found, the ORG after the rule
OPEN_END_CASES = [
    ('Он работает в Институте ядерной, радиационной и экологической безопасности.',
     'Институте ядерной', 'Институте ядерной, радиационной и экологической безопасности'),
    ('Выступил депутат Областного совета народных депутатов.',
     'Областного совета народных', 'Областного совета народных депутатов'),
    ('Заявление рассмотрела Комиссия по вопросам помилования при президенте.',
     'Комиссия по вопросам', 'Комиссия по вопросам помилования'),
    ('Конкурс провело Агентство по делам государственной службы.',
     'Агентство по делам', 'Агентство по делам государственной службы'),
    # the adjective's noun does not follow: `областной` is no part of a name cut before `акимат`
    ('Сотрудники Центра областной прокуратуры не пришли.', 'Центра', 'Центра'),
    ('Отчёт Института ядерной вчера опубликовали.', 'Института ядерной', 'Института ядерной'),
    # the words after the adjective disagree with it: `научной` and `центры` are no phrase
    ('Совет Академии научной центры не посетил.', 'Совет Академии научной', 'Совет Академии научной'),
    # a name ending in a noun stays
    ('Выступил председатель Национального банка Казахстана.', 'Национального банка', 'Национального банка'),
    # `по вопросам` with no genitive after it
    ('Обратились в Комиссию по вопросам, которые не решены.', 'Комиссию по вопросам', 'Комиссию по вопросам'),
]


@pytest.mark.parametrize('sentence, found, expected', OPEN_END_CASES)
def test_open_ends(nlp, sentence, found, expected):
    spans = rule_on(open_ends, nlp(sentence), found, 'ORG')
    assert [span.text for span in spans] == [expected]


# sentence, the ORG and the PER as found, the spans after the rule
PERSON_OBJECT_CASES = [
    ('Члены Комитета защиты Асета Нурланова вышли на пикет.', 'Комитета защиты', 'Асета Нурланова',
     ['Комитета защиты Асета Нурланова']),
    ('Он руководил работой Общественного штаба сторонников Тулегенова.', 'Общественного штаба сторонников',
     'Тулегенова', ['Общественного штаба сторонников Тулегенова']),
    ('В Алматы открылся Фонд памяти Динмухамеда Кунаева.', 'Фонд памяти', 'Динмухамеда Кунаева',
     ['Фонд памяти Динмухамеда Кунаева']),
    # the name ends in a field, not in a noun of defence or support: the person heads it
    ('По словам главы Комитета по делам спорта Ерлана Кожагапанова, сборы начнутся в мае.',
     'Комитета по делам спорта', 'Ерлана Кожагапанова', ['Комитета по делам спорта', 'Ерлана Кожагапанова']),
    # a person in the nominative after the name is the subject
    ('В отчёте Фонда поддержки Айгуль Сейтова назвала цифры.', 'Фонда поддержки', 'Айгуль Сейтова',
     ['Фонда поддержки', 'Айгуль Сейтова']),
]


@pytest.mark.parametrize('sentence, org, person, expected', PERSON_OBJECT_CASES)
def test_person_objects(nlp, sentence, org, person, expected):
    doc = nlp(sentence)
    spans = person_objects(doc, [slovnet_span(doc, org, 'ORG'), slovnet_span(doc, person, 'PER')])
    assert [span.text for span in spans] == expected
