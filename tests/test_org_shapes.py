"""The organisation shapes of repair/org_shapes.py on sentences written for this test, each
rule given its input mentions directly (so slovnet's own reading cannot make a row pass)."""

import pytest

from pipeline.nlp.stages.repair.org_shapes import latin_names, owner_quotes
from pipeline.nlp.stages.repair.spans import make_span


def mention(doc, surface, label='ORG'):
    """The span of `surface` (its first occurrence) in `doc`."""
    start = doc.text.index(surface)
    span = doc.char_span(start, start + len(surface), label=label)
    assert span is not None, surface
    return make_span(doc, span.start, span.end, label, 'test')


def surfaces(spans):
    return sorted((span.label_, span.text) for span in spans)


@pytest.mark.parametrize('text, given, expected', [
    ('Игрок клуба КХЛ «Барыс» забил гол.', 'КХЛ «Барыс»', [('ORG', 'Барыс'), ('ORG', 'КХЛ')]),
    ('Он играет в команде Высшей лиги «Сокол» давно.', 'Высшей лиги «Сокол»',
     [('ORG', 'Высшей лиги'), ('ORG', 'Сокол')]),
    # no head noun before it, or a legal form before the quotes: left as it was
    ('Вчера КХЛ «Барыс» объявил состав.', 'КХЛ «Барыс»', [('ORG', 'КХЛ «Барыс»')]),
    ('Сотрудники компании ТОО «Нур» пришли.', 'ТОО «Нур»', [('ORG', 'ТОО «Нур»')]),
])
def test_owner_quotes(nlp, text, given, expected):
    doc = nlp(text)
    assert surfaces(owner_quotes(doc, [mention(doc, given)])) == expected


@pytest.mark.parametrize('text, expected', [
    ('Об этом пишет журнал The New Yorker со ссылкой на источники.', ['The New Yorker']),
    ("Акции купил холдинг ''Volga Group'' в мае.", ['Volga Group']),
    ('Квартиру продаёт агентство Strutt & Parker в Лондоне.', ['Strutt & Parker']),
    ('По данным газеты St. Louis Post-Dispatch, пострадавших нет.', ['St. Louis Post-Dispatch']),
    # a thing's noun, a site, a lower-case Latin word: none
    ('Её машина Toyota RAV4 столкнулась с автобусом.', []),
    ('Видео выложили на сайте Vimeo вчера.', []),
    ('Компания iPhone-аксессуаров закрылась.', []),
    ('Гости посетили лабораторию «SMART-технологии автомобилей» вчера.', []),
    ('Гости посетили лабораторию «Smart Lab городов» вчера.', []),
])
def test_latin_names(nlp, text, expected):
    doc = nlp(text)
    assert [span.text for span in latin_names(doc, [])] == expected
