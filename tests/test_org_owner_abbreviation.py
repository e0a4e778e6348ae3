"""The entity an organisation's name is known under when it ends in an abbreviation
(repair/orgs.py `is_owner_abbreviation`): a body of its own before the abbreviation of the
organisation it belongs to keeps its own name; a kind it names keeps the abbreviation's."""

import pytest


@pytest.mark.parametrize('sentence, surface, entity', [
    ('На выборы приедут наблюдатели Межпарламентской ассамблеи СНГ.',
     'Межпарламентской ассамблеи СНГ', 'Межпарламентская ассамблея СНГ'),
    ('Миссия БДИПЧ ОБСЕ прибудет в Астану в октябре.', 'БДИПЧ ОБСЕ', 'БДИПЧ ОБСЕ'),
    ('Решение принял Евразийский межправительственный совет ЕАЭС.',
     'Евразийский межправительственный совет ЕАЭС', 'Евразийский межправительственный совет ЕАЭС'),
    ('Политсовет партии AMANAT утвердил список кандидатов.', 'Политсовет партии AMANAT', 'AMANAT'),
])
def test_entity_of_name_ending_in_abbreviation(nlp, sentence, surface, entity):
    found = {span.text: span._.entity for span in nlp(sentence).ents if span.label_ == 'ORG'}
    assert found.get(surface) == entity, found
