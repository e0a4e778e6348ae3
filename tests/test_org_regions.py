"""The region or district an organisation's name ends in: a place of its own inside the organisation's
mention (doc.spans['inner'], rule `org-region`, repair/org_places.py), normalised and linked as any mention.
Phrases written for the test."""

import pytest


def regions(doc):
    return [(span.text, span._.normal) for span in doc.spans.get('inner', ()) if span._.rule == 'org-region']


@pytest.mark.parametrize('text, expected', [
    # a region in the genitive at the end of a body's name
    ('Об этом сообщили в Управлении образования Туркестанской области.',
     [('Туркестанской области', 'Туркестанская область')]),
    ('Проверку провел Департамент полиции по Северо-Казахстанской области.',
     [('Северо-Казахстанской области', 'Северо-Казахстанская область')]),
    ('Бюджет утвердил Маслихат Кызылординской области на сессии.',
     [('Кызылординской области', 'Кызылординская область')]),
    # a district and a rural district
    ('Дело рассмотрела Прокуратура Кербулакского района.', [('Кербулакского района', 'Кербулакский район')]),
    ('Заявление направили в акимат Жамбылского сельского округа.',
     [('Жамбылского сельского округа', 'Жамбылский сельский округ')]),
    # a new region named after the noun
    ('Об этом сообщили в Управлении туризма области Жетысу.', [('области Жетысу', 'область Жетысу')]),
    # a town after `города`; not the country's full name (the sets list the country by its short name)
    ('Об этом сообщили в акимате города Щучинска.', [('Щучинска', 'Щучинск')]),
    # a town named after a man, by its nominative
    ('Иск подала прокуратура города Конаева в прошлом месяце.', [('Конаева', 'Конаев')]),
    ('Приказ утвердили в Министерстве энергетики Республики Казахстан.', []),
    # none after `городу`, where a town's name in -у reads as one that does not decline (`Жетысу`)
    ('Заявление подали в Управление полиции по городу Шымкенту.', []),
    # no town: a lower-case word after `города`
    ('Решение принял акимат города в понедельник.', []),
    # no region: an adjective without the unit's noun, a position (not an organisation), no place at all
    ('Карагандинский областной суд оставил приговор в силе.', []),
    ('Аким Туркестанской области провел совещание с фермерами.', []),
    ('Студенты Казахского национального университета вернулись с олимпиады.', []),
])
def test_region_inside_an_organisation(nlp, text, expected):
    assert regions(nlp(text)) == expected


def test_doc_ents_stay_flat_and_the_region_is_one_entity(nlp):
    doc = nlp('В Туркестанской области открыли школу. Об этом сообщили в Управлении образования '
              'Туркестанской области.')
    ents = list(doc.ents)
    assert all(one.end <= other.start for one, other in zip(ents, ents[1:]))
    (inside,) = [span for span in doc.spans['inner'] if span._.rule == 'org-region']
    (outside,) = [span for span in doc.ents if span.label_ == 'LOC']
    assert inside._.entity == outside._.entity


def test_the_region_is_a_row_inside_the_organisation(nlp, tmp_path):
    from pipeline import run
    text = 'Проверку провел Департамент полиции по Карагандинской области.\n'
    (tmp_path / 'police.txt').write_text(text, encoding='utf-8')
    tables = run([tmp_path], output_dir=tmp_path / 'tables', nlp=nlp)
    mentions = tables['mentions']
    (row,) = mentions[mentions.inside.notna()].itertuples()
    assert (row.text, row.normal, row.source, row.type) == (
        'Карагандинской области', 'Карагандинская область', 'org-region', 'LOC')
    (around,) = mentions[mentions.mention_id == row.inside].itertuples()
    assert around.type == 'ORG' and around.start <= row.start and row.stop <= around.stop
    assert 'Карагандинская область' in set(tables['entities'].name)
