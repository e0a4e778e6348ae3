"""Places named after a person: a peak or a glacier (peak_names.py, `peak-named-after`) and a district with
`имени` (named_districts.py, `district-named-after`): the noun and the name are one place, the name no
person. Rows: [sentence, expected (label, surface, normal) of the PER and LOC mentions]; phrases written
for this table."""

import pytest

ROWS = [
    ('В районе имени Габита Мусрепова закрыли трассы.',
     [('LOC', 'районе имени Габита Мусрепова', 'район имени Габита Мусрепова')]),
    ('Жители района имени Габита Мусрепова получат газ.',
     [('LOC', 'района имени Габита Мусрепова', 'район имени Габита Мусрепова')]),
    ('Аким района имени Габита Мусрепова Ерлан Жумабеков провел прием.',
     [('LOC', 'района имени Габита Мусрепова', 'район имени Габита Мусрепова'),
      ('PER', 'Ерлан Жумабеков', 'Ерлан Жумабеков')]),
    # `им.`, the abbreviation, as `имени`
    ('Аким района им. Габита Мусрепова Ерлан Жумабеков провел прием.',
     [('LOC', 'района им. Габита Мусрепова', 'район им. Габита Мусрепова'),
      ('PER', 'Ерлан Жумабеков', 'Ерлан Жумабеков')]),
    ('Они говорили им. Габит Мусрепов ушел.', [('PER', 'Габит Мусрепов', 'Габит Мусрепов')]),
    # a one-word namesake (`Лазо`, no genitive first name or surname): the next word is no part of the district
    ('Глава района имени Лазо Иван Петров выступил.', [('PER', 'Иван Петров', 'Иван Петров')]),
    ('В районе имени Лазо Хабаровского края выпал снег.', [('LOC', 'Хабаровского края', 'Хабаровский край')]),
    ('Группа вышла к пику Абая и заночевала.', [('LOC', 'пику Абая', 'пик Абая')]),
    ('Туристы дошли до ледника Корженевского.', [('LOC', 'ледника Корженевского', 'ледник Корженевского')]),
    # a name of its own after the noun, a rush hour, a district of no one: nothing changes
    ('Восхождение на пик Хан-Тенгри начнется в июле.', [('LOC', 'Хан-Тенгри', 'Хан-Тенгри')]),
    ('В час пик Ерлан Ахметов ехал на работу.', [('PER', 'Ерлан Ахметов', 'Ерлан Ахметов')]),
    # `часы пик` is the rush hour too; `Ахметов` (a genitive plural of `Ахмет`) names no peak
    ('В часы пик Ерлан Ахметов ехал на работу.', [('PER', 'Ерлан Ахметов', 'Ерлан Ахметов')]),
    ('В часы пик Ахметов ехал на работу.', [('PER', 'Ахметов', 'Ахметов')]),
    ('После часа пик Ерлан Ахметов ехал на работу.', [('PER', 'Ерлан Ахметов', 'Ерлан Ахметов')]),
    ('В Бурабайском районе открыли школу.', [('LOC', 'Бурабайском районе', 'Бурабайский район')]),
]


@pytest.mark.parametrize('text, expected', ROWS)
def test_named_places(nlp, text, expected):
    found = [(span.label_, span.text, span._.canonical or span._.normal) for span in nlp(text).ents
             if span.label_ in ('PER', 'LOC')]
    assert found == expected


def test_district_in_an_organisation(nlp):
    from pipeline.nlp.stages.repair.named_districts import named_districts
    from pipeline.nlp.stages.repair.spans import make_span
    doc = nlp.make_doc('Отдел образования района имени Габита Мусрепова объявил конкурс.')
    [span] = named_districts(doc, [make_span(doc, 0, 6, 'ORG', 'slovnet')])
    assert (span.label_, span.text) == ('ORG', 'Отдел образования района имени Габита Мусрепова')


def test_place_running_past_the_district(nlp):
    """A place that runs on past the district keeps what follows it (the region), as a person does."""
    from pipeline.nlp.stages.repair.named_districts import named_districts
    from pipeline.nlp.stages.repair.spans import make_span
    doc = nlp.make_doc('В районе имени Габита Мусрепова Северо-Казахстанской области открыли школу.')
    spans = named_districts(doc, [make_span(doc, 3, 7, 'LOC', 'slovnet')])
    assert [(span.label_, span.text) for span in spans] == [
        ('LOC', 'районе имени Габита Мусрепова'), ('LOC', 'Северо-Казахстанской области')]
