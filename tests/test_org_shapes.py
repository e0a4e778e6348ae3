"""The organisation shapes of repair/org_shapes.py on sentences written for this test, each
rule given its input mentions directly (so slovnet's own reading cannot make a row pass)."""

import pytest

from pipeline.nlp.stages.repair.org_shapes import abbreviation_ends, adjective_names, capital_heads, latin_names, owner_quotes
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
    # the head before its genitives, a name with digits, a company's word closing a name
    ('Заказ доставил сервис экспресс-доставки Fastbox24 в мае.', ['Fastbox24']),
    ('По данным центра торговой аналитики QazExport, спрос вырос.', ['QazExport']),
    ('Гранты выдаст программа Steppe Future Foundation весной.', ['Steppe Future Foundation']),
    ('Книгу Steppe Stories издали в Лондоне.', []),
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


@pytest.mark.parametrize('text, expected', [
    ('Снимки сделали по заказу Алтайского гидрометеорологического предприятия весной.',
     ['Алтайского гидрометеорологического предприятия']),
    ('Зерно идёт через терминал Восточного зернового консорциума и порт.', ['Восточного зернового консорциума']),
    ('Жалобу передали в Казахстанское независимое бюро по правам пациентов вчера.',
     ['Казахстанское независимое бюро по правам пациентов']),
    ('Кредит выдал Жетысуский региональный инвестиционный фонд по поддержке фермеров.',
     ['Жетысуский региональный инвестиционный фонд по поддержке фермеров']),
    # opening a sentence: a place adjective and a second adjective
    ('Западно-Казахстанское гидрогеологическое предприятие уточнило карты.',
     ['Западно-Казахстанское гидрогеологическое предприятие']),
    # a sentence's capital, a pronoun's adjective, a quoted programme, a head no adjective names,
    # adjectives that do not agree with the noun, a quoted name after the head: none
    ('Казахстанская компания подписала договор.', []),
    ('Каждая новая больница получит томограф.', []),
    ('Деньги выделят по программе «Безопасная школа» в этом году.', []),
    ('Порядок обеспечивает Британская полиция на стадионе.', []),
    ('Гостей встретили Алматинские городские власти и компания.', []),
    ('Курсы открыл Высший колледж «Болашак» в мае.', []),
])
def test_adjective_names(nlp, text, expected):
    doc = nlp(text)
    assert [span.text for span in adjective_names(doc, [])] == expected


@pytest.mark.parametrize('text, given, expected', [
    ('В рейтинге THE колледж поднялся на десять мест.', 'THE колледж', ['THE']),
    ('Сотрудники МЧС 40-летний водитель и его жена не пострадали.', 'МЧС 40-летний', ['МЧС']),
    # a genitive after the abbreviation, a capitalised word, a word that is no abbreviation: kept
    ('По данным ДЧС области, пожар потушен.', 'ДЧС области', ['ДЧС области']),
    ('Офис ГУ МВД переехал.', 'ГУ МВД', ['ГУ МВД']),
    ('Сотрудники Минздрава весной приехали.', 'Минздрава весной', ['Минздрава весной']),
])
def test_abbreviation_ends(nlp, text, given, expected):
    doc = nlp(text)
    assert [span.text for span in abbreviation_ends(doc, [mention(doc, given)])] == expected


@pytest.mark.parametrize('text, given, expected', [
    # a capitalised kind of organisation inside a sentence before an ORG in the genitive opens its name
    ('Компания вошла в Группу Азиатского банка развития.', 'Азиатского банка развития',
     ['Группу Азиатского банка развития']),
    ('Грант выделил Фонд Евразийского банка.', 'Евразийского банка', ['Фонд Евразийского банка']),
    # lower-case, at a sentence start, after a quote, or an ORG in the nominative: left as it was
    ('Компания вошла в группу Азиатского банка развития.', 'Азиатского банка развития',
     ['Азиатского банка развития']),
    ('Фонд Евразийский банк поддержал.', 'Евразийский банк', ['Евразийский банк']),
    ('Проект назвали «Фонд» Евразийского банка.', 'Евразийского банка', ['Евразийского банка']),
    ('Деньги выделил Фонд Евразийский банк.', 'Евразийский банк', ['Евразийский банк']),
])
def test_capital_heads(nlp, text, given, expected):
    doc = nlp(text)
    assert [span.text for span in capital_heads(doc, [mention(doc, given)])] == expected


@pytest.mark.parametrize('text, given, expected', [
    ('Сессия Жамбылского областного маслихата открылась.', 'Жамбылского областного маслихата',
     [('ORG', 'Жамбылского областного маслихата')]),
    ('Врачи Аксуской центральной районной больницы приехали.', 'Аксуской центральной районной больницы',
     [('ORG', 'Аксуской центральной районной больницы')]),
    # a place's noun after the level: a rural district, a place
    ('Жители Есильского сельского округа пришли.', 'Есильского сельского округа',
     [('LOC', 'Есильского сельского округа')]),
    # no level before the body, or no place adjective first
    ('Здание Жамбылского маслихата отремонтируют.', 'Жамбылского маслихата', [('LOC', 'Жамбылского маслихата')]),
])
def test_level_bodies_read_as_a_place(nlp, text, given, expected):
    # level-body: slovnet's LOC of the whole body is the body
    from pipeline.nlp.stages.repair.titled import level_bodies
    doc = nlp.make_doc(text)
    assert surfaces(level_bodies(doc, [mention(doc, given, 'LOC')])) == expected


@pytest.mark.parametrize('text, given, expected', [
    ('Аппарат акима Бирликского сельского округа объявил конкурс.', 'Бирликского сельского округа',
     [('ORG', 'Аппарат акима Бирликского сельского округа')]),
    ('Письмо ушло в аппарат акима города Талдыкоргана.', 'Талдыкоргана',
     [('ORG', 'аппарат акима города Талдыкоргана')]),
    ('Аппарат акима села Акжол обновил сайт.', 'Акжол', [('ORG', 'Аппарат акима села Акжол')]),
    # no place after the office: nothing to name
    ('Аппарат акима района объявил конкурс в Бирлике.', 'Бирлике', [('LOC', 'Бирлике')]),
    # an akim's words, no office
    ('Заместитель акима Бирликского сельского округа пришёл.', 'Бирликского сельского округа',
     [('LOC', 'Бирликского сельского округа')]),
])
def test_akim_offices(nlp, text, given, expected):
    from pipeline.nlp.stages.repair.titled import akim_offices
    doc = nlp.make_doc(text)
    assert surfaces(akim_offices(doc, [mention(doc, given, 'LOC')])) == expected
