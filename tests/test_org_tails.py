"""Long official names found whole (pipeline/nlp/stages/repair/tails.py):
[sentence, (type, text, normal form) expected, texts that must not be mentions]."""

import pytest


def mentions(nlp, text):
    return {(span.label_, span.text, span._.normal) for span in nlp(text).ents}


def check(nlp, text, found, absent):
    got = mentions(nlp, text)
    assert set(found) <= got, got
    assert not {surface for _, surface, _ in got} & set(absent), got


# org-place: a body and the territory it serves are one name
TERRITORIAL = [
    ('Студенты поедут на стажировку в Университет штата Огайо.',
     [('ORG', 'Университет штата Огайо', 'Университет штата Огайо')], ['Огайо']),
    ('Приказ подписал руководитель Департамента Агентства РК по делам государственной службы '
     'по Павлодарской области.',
     [('ORG', 'Департамента Агентства РК по делам государственной службы по Павлодарской области',
       'Департамент Агентства РК по делам государственной службы по Павлодарской области')],
     ['Павлодарской области']),
    ('Инспекторы Департамента экологии по Костанайской области оштрафовали завод.',
     [('ORG', 'Департамента экологии по Костанайской области', 'Департамент экологии по Костанайской области')],
     ['Костанайской области']),
    ('Управление экономики и бюджетного планирования города Шымкент утвердило смету.',
     [('ORG', 'Управление экономики и бюджетного планирования города Шымкент',
       'Управление экономики и бюджетного планирования города Шымкент')], ['Шымкент']),
    ('Жалобу передали в управление здравоохранения Северо-Казахстанской области.',
     [('ORG', 'управление здравоохранения Северо-Казахстанской области',
       'Управление здравоохранения Северо-Казахстанской области')], ['Северо-Казахстанской области']),
    ('Раньше он служил в аппарате акима Енбекшиказахского района.',
     [('ORG', 'аппарате акима Енбекшиказахского района', 'Аппарат акима Енбекшиказахского района')], []),
    ('По сведениям прокуратуры Жамбылской области, иск удовлетворён.',
     [('ORG', 'прокуратуры Жамбылской области', 'Прокуратура Жамбылской области')], []),
    ('Задержанного доставили в УФСБ по Пермскому краю.',
     [('ORG', 'УФСБ по Пермскому краю', 'УФСБ по Пермскому краю')], []),
    # a body inside another body's name is a name of its own
    ('Она возглавляла отдел кадров правительства Калининградской области.',
     [('ORG', 'правительства Калининградской области', 'Правительство Калининградской области')], []),
    # `в` after a verb, a strike's target, a plural: no tail
    ('Департамент провёл рейды в Акмолинской области.',
     [('LOC', 'Акмолинской области', 'Акмолинская область')], []),
    ('Самолёты Военно-воздушных сил Израиля нанесли удар по Палестинским территориям.',
     [('LOC', 'Палестинским территориям', 'Палестинские территории')], []),
    ('Жители Жамбылской области вышли на субботник.',
     [('LOC', 'Жамбылской области', 'Жамбылская область')], []),
]

# court: a court named by its place; a bare court names nothing
COURTS = [
    ('Приговор вынес специализированный межрайонный суд по уголовным делам города Актобе.',
     [('ORG', 'специализированный межрайонный суд по уголовным делам города Актобе',
       'Специализированный межрайонный суд по уголовным делам города Актобе')], ['Актобе']),
    ('Иск зарегистрировал районный суд Алмалинского района.',
     [('ORG', 'районный суд Алмалинского района', 'Районный суд Алмалинского района')], ['Алмалинского района']),
    ('Решение можно обжаловать в Павлодарском областном суде.',
     [('ORG', 'Павлодарском областном суде', 'Павлодарский областной суд')], []),
    ('Дело слушается в Талдыкорганском городском суде.',
     [('ORG', 'Талдыкорганском городском суде', 'Талдыкорганский городской суд')], []),
    ('Истец обратился в районный суд с жалобой.', [], ['районный суд', 'суд']),
]

# named-after: the person a body is named after is in its name, in the genitive
NAMED = [
    ('Картину сняли на АО «Қазақфильм» имени Шакена Айманова прошлой весной.',
     [('ORG', 'АО «Қазақфильм» имени Шакена Айманова', 'АО «Қазақфильм» имени Шакена Айманова')],
     ['Шакена Айманова', 'АО «Қазақфильм» имени']),
    ('Студенты университета имени аль-Фараби победили в олимпиаде.',
     [('ORG', 'университета имени аль-Фараби', 'Университет имени аль-Фараби')], []),
    ('Премьера прошла в театре имени Мухтара Ауэзова.',
     [('ORG', 'театре имени Мухтара Ауэзова', 'Театр имени Мухтара Ауэзова')], ['Мухтара Ауэзова']),
    ('Выпускники средней школы имени Абая встретились через двадцать лет.',
     [('ORG', 'средней школы имени Абая', 'Средняя школа имени Абая')], []),
    # the next person's initials after the honoree open a person of their own
    ('Проект поддержала профессор Казахского национального университета имени аль-Фараби А. С. Жумабаева.',
     [('ORG', 'Казахского национального университета имени аль-Фараби',
       'Казахский национальный университет имени аль-Фараби')],
     ['Казахского национального университета имени аль-Фараби А. С. Жумабаева']),
    ('Лекцию прочитал профессор университета имени Абая Г. Т. Сейтова.',
     [('ORG', 'университета имени Абая', 'Университет имени Абая')], ['университета имени Абая Г. Т. Сейтова']),
    # an honoree named by initials keeps them
    ('Выпускники университета имени К. И. Сатпаева победили.',
     [('ORG', 'университета имени К. И. Сатпаева', 'Университет имени К. И. Сатпаева')], []),
]

# legal-quote: a legal form and its quotes are one name, a place inside included
LEGAL = [
    ('Земли вернули на баланс ГУ «Отдел земельных отношений города Конаев» в марте.',
     [('ORG', 'Отдел земельных отношений города Конаев', 'Отдел земельных отношений города Конаев')],
     ['Конаев', 'ГУ']),
    ('Пациентов приняли врачи КГП на ПХВ «Уланская районная больница».',
     [('ORG', 'Уланская районная больница', 'Уланская районная больница')], ['ПХВ «Уланская районная больница»']),
    ('Ремонт ведёт КГУ «Средняя школа имени Абая» уже второй год.',
     [('ORG', 'Средняя школа имени Абая', 'Средняя школа имени Абая')], ['КГУ', 'Абая']),
    # the body an enterprise belongs to is a name of its own
    ('Врачи КГП на ПХВ «Уланская районная больница» Управления здравоохранения '
     'Восточно-Казахстанской области развернули новое отделение.',
     [('ORG', 'Уланская районная больница', 'Уланская районная больница'),
      ('ORG', 'Управления здравоохранения Восточно-Казахстанской области',
       'Управление здравоохранения Восточно-Казахстанской области')], []),
]


@pytest.mark.parametrize('text, found, absent', TERRITORIAL)
def test_territorial_bodies(nlp, text, found, absent):
    check(nlp, text, found, absent)


@pytest.mark.parametrize('text, found, absent', COURTS)
def test_courts(nlp, text, found, absent):
    check(nlp, text, found, absent)


@pytest.mark.parametrize('text, found, absent', NAMED)
def test_named_after(nlp, text, found, absent):
    check(nlp, text, found, absent)


@pytest.mark.parametrize('text, found, absent', LEGAL)
def test_legal_form_quotes(nlp, text, found, absent):
    check(nlp, text, found, absent)


@pytest.mark.parametrize('text, ents, expected', [
    # slovnet's `Суд` alone is dropped; a named court is kept
    ('Суд отклонил ходатайство защиты.', [(0, 1)], []),
    ('Суды отклонили ходатайства.', [(0, 1)], []),
    ('Верховный суд отклонил ходатайство.', [(0, 2)], ['Верховный суд']),
])
def test_bare_court_dropped(nlp, text, ents, expected):
    from pipeline.nlp.stages.repair.spans import make_span
    from pipeline.nlp.stages.repair.tails import courts
    doc = nlp.make_doc(text)
    spans = [make_span(doc, start, stop, 'ORG', 'slovnet') for start, stop in ents]
    assert [span.text for span in courts(doc, spans)] == expected


@pytest.mark.parametrize('name, expected', [
    ('районный суд Алмалинского района', 'Районный суд Алмалинского района'),
    ('ёлочный базар', 'Ёлочный базар'),
    ('eBay', 'eBay'),
    ('АО «Қазақфильм»', 'АО «Қазақфильм»'),
])
def test_organisation_capitalised(name, expected):
    from pipeline.nlp.stages.normalize import capitalised
    assert capitalised(name) == expected


@pytest.mark.parametrize('text, office, body, expected', [
    ('Заявку одобрило Управление строительства акимата Павлодарской области вчера.',
     'Управление строительства', 'акимата Павлодарской области',
     ['Управление строительства акимата Павлодарской области']),
    ('Об этом сообщили в Отделе культуры акимата Ерейментауского района.',
     'Отделе культуры', 'акимата Ерейментауского района', ['Отделе культуры акимата Ерейментауского района']),
    # a quoted name closed before it, a body that is no office, a capitalised parent: two names
    ('Об этом сообщили в ГУ «Отдел культуры» акимата Илийского района.',
     'ГУ «Отдел культуры»', 'акимата Илийского района', ['ГУ «Отдел культуры»', 'акимата Илийского района']),
    ('Письмо от КазНУ акимата Алматы не дошло.', 'КазНУ', 'акимата Алматы', ['КазНУ', 'акимата Алматы']),
    ('Решение Отдела финансов Акимата Алматы обжаловали.', 'Отдела финансов', 'Акимата Алматы',
     ['Отдела финансов', 'Акимата Алматы']),
])
def test_parent_bodies(nlp, text, office, body, expected):
    from pipeline.nlp.stages.repair.spans import make_span
    from pipeline.nlp.stages.repair.tails import parent_bodies
    doc = nlp(text)
    spans = []
    for surface in (office, body):
        start = doc.text.index(surface)
        span = doc.char_span(start, start + len(surface))
        spans.append(make_span(doc, span.start, span.end, 'ORG', 'test'))
    assert [span.text for span in parent_bodies(doc, spans)] == expected


# org-place: a region or a town named after a person, which slovnet may type PER, is the territory
# the body serves: [sentence, ORG words, PER word, the ORG expected]
PERSON_NAMED_UNITS = [
    ('Пожар потушили спасатели Департамента по чрезвычайным ситуациям области Абай .',
     'Департамента по чрезвычайным ситуациям', 'Абай',
     'Департамента по чрезвычайным ситуациям области Абай'),
    ('Иск подал отдел образования города Кунаева .', 'отдел образования', 'Кунаева',
     'отдел образования города Кунаева'),
    # a full name after the unit word is a person (`аким области Ерлан Ахметов`): no tail
    ('Совещание управления образования области Ерлан Ахметов провёл вчера .', 'управления образования',
     'Ерлан Ахметов', None),
]


@pytest.mark.parametrize('sentence, org, person, expected', PERSON_NAMED_UNITS)
def test_org_place_takes_a_person_named_unit(sentence, org, person, expected):
    from spacy.lang.ru import Russian
    from spacy.tokens import Doc
    from pipeline.nlp.stages.repair.spans import make_span
    from pipeline.nlp.stages.repair.tails import org_places
    words = sentence.split()
    doc = Doc(Russian().vocab, words=words)

    def at(text, label):
        start = words.index(text.split()[0])
        return make_span(doc, start, start + len(text.split()), label, 'slovnet')

    spans = org_places(doc, [at(org, 'ORG'), at(person, 'PER')])
    orgs = [span.text for span in spans if span.label_ == 'ORG']
    assert orgs == [expected or org]
