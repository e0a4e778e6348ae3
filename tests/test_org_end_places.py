"""The city or country an organisation's name ends in: a place of its own inside the organisation's
mention (doc.spans['inner'], rule `org-end-place`, repair/org_end_places.py, added by
org_places.org_regions), normalised as any mention. Phrases written for the test."""

import pytest


def end_places(doc):
    return [(span.text, span._.normal) for span in doc.spans.get('inner', ()) if span._.rule == 'org-end-place']


@pytest.mark.parametrize('text, expected', [
    # a country or a city the dictionary knows, in the genitive, after a lower-case word of the name
    ('Протест заявило Министерство иностранных дел Пакистана.', [('Пакистана', 'Пакистан')]),
    ('Раненого доставили в Центральный госпиталь Бишкека.', [('Бишкека', 'Бишкек')]),
    # not after a place noun (`штата Аризона` is the place), not a person after `имени`, not the
    # country's full name, not a name that ends in a capitalised word of its own
    ('Он учится в Университете штата Аризона.', []),
    ('Спектакль показал Драматический театр имени Чехова.', []),
    ('Приказ утвердили в Министерстве энергетики Республики Казахстан.', []),
    ('Об этом сообщили в акимате города Щучинска.', []),
])
def test_place_an_organisation_ends_in(nlp, text, expected):
    assert end_places(nlp(text)) == expected
