"""Roles: the positions a text gives its persons, in the nominative."""

import pytest

# a text -> (role, persons it is given to, the organisation or place it names)
ROLES = [
    ('Спикер Сената Маулен Ашимбаев встретился с депутатами.',
     [('спикер Сената', ['Маулен Ашимбаев'], 'Сената')]),
    ('В ходе заседания выступили председатель партии «Ауыл» Серик Егизбаев и другие.',
     [('председатель партии «Ауыл»', ['Серик Егизбаев'], 'Ауыл')]),
    ('Аким Карагандинской области Ермаганбет Булекпаев отметил важность реформы.',
     [('аким Карагандинской области', ['Ермаганбет Булекпаев'], 'Карагандинской области')]),
    # the head goes to the nominative, the dependants stay as written
    ('Слово предоставили заместителю акима города Астаны Есету Байкену.',
     [('заместитель акима города Астаны', ['Есету Байкену'], 'Астаны')]),
    ('Выступление заместителя акима города Астаны Есета Байкена было коротким.',
     [('заместитель акима города Астаны', ['Есета Байкена'], 'Астаны')]),
    ('Инициатива была озвучена Главой государства Касым-Жомартом Токаевым в Послании народу.',
     [('Глава государства', ['Касым-Жомартом Токаевым'], None)]),
    ('По словам министра финансов Мади Такиева, бюджет исполнен.',
     [('министр финансов', ['Мади Такиева'], None)]),
    # `президента` is no head of `министру` (a dative is no genitive dependant)
    ('Поручение президента министру юстиции Азамату Ескараеву выполнено.',
     [('министр юстиции', ['Азамату Ескараеву'], None)]),
    ('Руководитель фракции Народной партии Казахстана в Мажилисе Магеррам Магеррамов выступил первым.',
     [('руководитель фракции Народной партии Казахстана в Мажилисе', ['Магеррам Магеррамов'],
       'Народной партии Казахстана')]),
    ('Политолог Марат Шибутов считает, что реформа нужна.', [('политолог', ['Марат Шибутов'], None)]),
    ('В своем выступлении государственный советник Ерлан Карин отметил значимость реформы.',
     [('государственный советник', ['Ерлан Карин'], None)]),
    # two roles in a row
    ('Как отметил спикер Мажилиса, руководитель Общенациональной коалиции Ерлан Кошанов, реформа нужна.',
     [('спикер Мажилиса', ['Ерлан Кошанов'], 'Мажилиса'),
      ('руководитель Общенациональной коалиции', ['Ерлан Кошанов'], 'Общенациональной коалиции')]),
    # ... but not across a list of other people
    ('В совещании приняли участие министры, депутаты Мажилиса и аким Павлодарской области Асаин Байханов.',
     [('аким Павлодарской области', ['Асаин Байханов'], 'Павлодарской области')]),
    # a plural role goes to each name of the list, in the singular
    ('Также выступили депутаты Мажилиса Ерлан Саиров, Унзила Шапак и Сергей Пономарев.',
     [('депутат Мажилиса', ['Ерлан Саиров', 'Унзила Шапак', 'Сергей Пономарев'], 'Мажилиса')]),
    # after the name
    ('Как отметил Ерлан Кошанов, спикер Мажилиса, реформа нужна.',
     [('спикер Мажилиса', ['Ерлан Кошанов'], 'Мажилиса')]),
    ('Ерлан Карин, государственный советник, выступил с докладом.',
     [('государственный советник', ['Ерлан Карин'], None)]),
    ('Ерлан Карин, который выступил первым, поддержал реформу.', []),
    # a photo credit
    ('Фото: Али Галым', [('фотограф', ['Али Галым'], None)]),
    ('Встреча прошла в Астане в четверг.', []),
]


@pytest.mark.parametrize('text, expected', ROLES)
def test_roles(nlp, text, expected):
    doc = nlp(text)
    found = []
    for span in doc.spans['roles']:
        role = span._.role
        org = text[role['org_start']:role['org_stop']] if role['org_start'] is not None else None
        found.append((role['normal'], [text[start:stop] for start, stop in role['persons']], org))
    assert found == expected


def test_roles_table(seed_run):
    """Every role row names a person entity of its document; an org, when set, is an ORG or LOC entity."""
    roles, mentions = seed_run['roles'], seed_run['mentions']
    assert list(roles.columns) == ['doc_id', 'entity_id', 'role', 'org_entity_id', 'start', 'stop']
    assert len(roles) and roles.entity_id.notna().all()
    types = dict(zip(zip(mentions.doc_id, mentions.entity_id), mentions.type))
    assert all(types[key] == 'PER' for key in zip(roles.doc_id, roles.entity_id))
    with_org = roles[roles.org_entity_id.notna()]
    assert len(with_org) and all(types[key] in ('ORG', 'LOC') for key in zip(with_org.doc_id, with_org.org_entity_id))


def test_role_of_the_speaker_names_the_senate(seed_run):
    roles, entities = seed_run['roles'], seed_run['entities']
    names = dict(zip(entities.entity_id, entities.name))
    rows = [(names[row.entity_id], row.role, names.get(row.org_entity_id)) for row in roles.itertuples()]
    assert ('Маулен Ашимбаев', 'спикер Сената', 'Сенат') in rows
    assert ('Алма Карашкызы', 'председатель Алматинского городского филиала партии') in {row[:2] for row in rows}
