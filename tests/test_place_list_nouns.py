"""A place and the lower-case noun after it read as one organisation, where `place-then-noun` does not
see the place (listed_place_nouns.py, `place-listed-then-noun`): a name listed after a place a preposition
of place opens, or an unknown name in a genitive's vowel after из/от/до, is a place alone.
Rows: [sentence, mentions before the rule as (label, surface), mentions after it]; phrases written for
this table."""

import pytest

from pipeline.nlp.stages.repair.listed_place_nouns import listed_places_then_nouns
from pipeline.nlp.stages.repair.spans import make_span


def spans_of(doc, mentions):
    """Spans of (label, surface) pairs, each surface found at its first place in the doc's tokens."""
    words = [token.text for token in doc]
    spans = []
    for label, surface in mentions:
        parts = surface.split()
        start = next(index for index in range(len(words)) if words[index:index + len(parts)] == parts)
        spans.append(make_span(doc, start, start + len(parts), label, 'slovnet'))
    return sorted(spans, key=lambda span: span.start)


ROWS = [
    # listed after a place a preposition opens
    ('В Сарыжазе и Текесе туристов встречают с утра.', [('LOC', 'Сарыжазе'), ('ORG', 'Текесе туристов')],
     [('LOC', 'Сарыжазе'), ('LOC', 'Текесе')]),
    ('Из Кара-Балты и Кок-Жара автобусы идут в Бишкек.', [('LOC', 'Кара-Балты'), ('ORG', 'Кок-Жара автобусы')],
     [('LOC', 'Кара-Балты'), ('LOC', 'Кок-Жара')]),
    ('Сено везут из Улкена, Акжара и Тасоткеля машины хозяйства.',
     [('LOC', 'Улкена'), ('LOC', 'Акжара'), ('ORG', 'Тасоткеля машины')],
     [('LOC', 'Акжара'), ('LOC', 'Тасоткеля'), ('LOC', 'Улкена')]),
    # an unknown name in a genitive's vowel after из/от/до
    ('Говорят, что из Шалкудысу группы уходят рано.', [('ORG', 'Шалкудысу группы')], [('ORG', 'Шалкудысу группы')]),
    ('Говорят, что из Акжайыка фермеры везут сено.', [('ORG', 'Акжайыка фермеры')], [('LOC', 'Акжайыка')]),
    ('Дорога от Коктерека машины пропускает с трудом.', [('ORG', 'Коктерека машины')], [('LOC', 'Коктерека')]),
    # a word pymorphy3 knows, a name with no genitive's vowel, a person's name: the organisation stays
    ('Специалисты из Альфа банка приехали.', [('ORG', 'Альфа банка')], [('ORG', 'Альфа банка')]),
    ('Нефть от Газпром нефти поступила в срок.', [('ORG', 'Газпром нефти')], [('ORG', 'Газпром нефти')]),
    ('Пришли люди из Нурлана группы.', [('ORG', 'Нурлана группы')], [('ORG', 'Нурлана группы')]),
    # an adjective opens an organisation's name, its noun after it
    ('Занятия отменили в Гарварде, Массачусетском технологическом институте.',
     [('LOC', 'Гарварде'), ('ORG', 'Массачусетском технологическом институте')],
     [('LOC', 'Гарварде'), ('ORG', 'Массачусетском технологическом институте')]),
    # a list with no preposition of place before it, or a person before the coordinator
    ('Акимы Аягоза и Бахты пациентов не принимали.', [('LOC', 'Аягоза'), ('ORG', 'Бахты пациентов')],
     [('LOC', 'Аягоза'), ('ORG', 'Бахты пациентов')]),
    ('Письмо от Ерлана и Бахты пациентов пришло.', [('PER', 'Ерлана'), ('ORG', 'Бахты пациентов')],
     [('ORG', 'Бахты пациентов'), ('PER', 'Ерлана')]),
]


@pytest.mark.parametrize('text, before, after', ROWS)
def test_listed_places_then_nouns(nlp, text, before, after):
    doc = nlp.make_doc(text)
    found = listed_places_then_nouns(doc, spans_of(doc, before))
    assert sorted((span.label_, span.text) for span in found) == after
