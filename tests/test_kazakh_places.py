"""Kazakh places in oblique cases (pipeline/nlp/kazakh_places.py) and the span repairs around places:
a hyphened place noun, a sentence's preposition, a place before the object of a verb, a bare legal form.
Phrases written for the test."""

import pytest
from spacy.tokens import Span

from pipeline.nlp.kazakh_places import is_kazakh_compound, kazakh_place_normal, masculine_nominative
from pipeline.nlp.stages.repair.boundaries import strip_punct
from pipeline.nlp.stages.repair.non_entities import bare_legal_forms, places_from_then_nouns, places_then_nouns, plural_heads
from pipeline.nlp.stages.repair.places import is_prefixed_place


def place_in(nlp, text, word):
    doc = nlp.make_doc(text)
    index = next(token.i for token in doc if token.text == word)
    return doc, Span(doc, index, index + 1, label='LOC')


@pytest.mark.parametrize('text, word, expected', [
    ('Скот перегнали от Жанатогая до реки.', 'Жанатогая', 'Жанатогай'),
    ('Трактор сломался у Кенжекола.', 'Кенжекола', 'Кенжекол'),
    ('Семьи переселили из Шортанколя.', 'Шортанколя', 'Шортанколь'),
    ('Новую ЛЭП протянут к Бозтаю.', 'Бозтаю', 'Бозтай'),
    ('Дорогу к Куйгеню отремонтируют.', 'Куйгеню', 'Куйгень'),
    ('Фура застряла под Лодзью.', 'Лодзью', 'Лодзь'),
    ('В Сарыкамысе прошёл сход.', 'Сарыкамысе', 'Сарыкамыс'),
    ('В Таскале отремонтировали школу.', 'Таскале', 'Таскала'),
    ('В Кызылорде открыли сквер.', 'Кызылорде', 'Кызылорда'),
    ('Фельдшер работает в Караши.', 'Караши', 'Караши'),
    ('Школу построили в Акжигитли.', 'Акжигитли', 'Акжигитли'),
    # к/по before a list: coordinated places share the preposition
    ('Воду подведут к Шетпе и Жетыбаю.', 'Жетыбаю', 'Жетыбай'),
    ('Связь проведут к Аягозу и Акжару.', 'Акжару', 'Акжар'),
    # a genitive preposition before a word that cannot be a genitive: it does not decline
    ('Пастбища лежат у Мерке.', 'Мерке', 'Мерке'),
    # listed after a place known only in the genitive: a genitive too
    ('Жители Аральска и Тастобека ждут воду.', 'Тастобека', 'Тастобек'),
    # no preposition that tells the case: left to the other rules
    ('Жанатогая мы не видели.', 'Жанатогая', None),
    ('Жанатогая и Тастобека мы не видели.', 'Тастобека', None),
    # after `за` a form in -нью may be an accusative of a noun in -нья
    ('Туристы уехали за Аланью.', 'Аланью', None),
    # a place in -е that is no Kazakh compound: left to the other rules
    ('В Дорнбирне прошёл сход.', 'Дорнбирне', None),
    # ата, кала, дала end a noun in -а: its oblique forms
    ('Скот угнали из Акбураты.', 'Акбураты', 'Акбурата'),
    ('Степь за Бесаатой выгорела.', 'Бесаатой', 'Бесаата'),
    ('Гостиницу открыли в Баба-Ате.', 'Баба-Ате', 'Баба-Ата'),
    ('Жители Акдалы ждут автобус.', 'Акдалы', 'Акдала'),
    ('Из Сарыкалы привезли сено.', 'Сарыкалы', 'Сарыкала'),
    # a masculine name in -ат has -а, -у, -е in its oblique cases: no ата there
    ('Нефть везут из Жанаката.', 'Жанаката', 'Жанакат'),
    ('Трубу протянут к Жанакату.', 'Жанакату', 'Жанакат'),
    # after к a consonant + -е is the dative of a noun in -а; a name that does not decline stays
    ('Трубу протянут к Жанасаю и Кумкате.', 'Кумкате', 'Кумката'),
    ('Автобус пустят к Бестереке.', 'Бестереке', 'Бестерека'),
    ('Воду подведут к Шетпе и Жетыбаю.', 'Шетпе', 'Шетпе'),
    ('Сено возили в Кумкате.', 'Кумкате', None),
    # кала/дала end a noun in -а: a form in -кала is the nominative itself, after a noun in any case
    ('Смотровую площадку поставят у горы Акшакала.', 'Акшакала', 'Акшакала'),
    ('Туристы шли через перевал Сарыдала.', 'Сарыдала', 'Сарыдала'),
    # бөгет `dam`, қайнар `spring`, құм `sand`, кент `town` end a masculine name
    ('Сено заготовили в Тасбогете.', 'Тасбогете', 'Тасбогет'),
    ('Колодец вырыли в Аккайнаре.', 'Аккайнаре', 'Аккайнар'),
    ('Отары зимуют в Жалпаккуме.', 'Жалпаккуме', 'Жалпаккум'),
    ('Рынок открыли в Сарыкенте.', 'Сарыкенте', 'Сарыкент'),
    # a locative in -е that ends in no Kazakh element: left to the other rules
    ('Сено заготовили в Тасбугере.', 'Тасбугере', None),
    # a word pymorphy3 knows only as a person's name in -а, after a preposition of the genitive
    ('Фермеры из Сенека приехали на ярмарку.', 'Сенека', 'Сенек'),
])
def test_kazakh_place_normal(nlp, text, word, expected):
    doc, span = place_in(nlp, text, word)
    assert kazakh_place_normal(doc, span) == expected


@pytest.mark.parametrize('stem, ending, expected', [
    ('Тогузак', 'а', 'Тогузак'),
    ('Жанатога', 'я', 'Жанатогай'),
    ('Шортанкол', 'я', 'Шортанколь'),
    ('Турген', 'ю', 'Тургень'),
])
def test_masculine_nominative(stem, ending, expected):
    assert masculine_nominative(stem, ending) == expected


@pytest.mark.parametrize('stem, expected', [
    ('Сарыкамыс', True),
    ('Шортанкол', True),
    ('Бесагаш', True),
    ('Кызылжар', True),
    ('Дорнбирн', False),
    ('Ак', False),
])
def test_is_kazakh_compound(stem, expected):
    assert is_kazakh_compound(stem) == expected


@pytest.mark.parametrize('word, expected', [
    ('Форта-Шевченко', True),
    ('Усть-Каменогорска', True),
    ('Порт-Луи', True),
    ('Анна-Мария', False),
    ('Римский-Корсаков', False),
    ('Шевченко', False),
])
def test_is_prefixed_place(word, expected):
    assert is_prefixed_place(word) == expected


@pytest.mark.parametrize('text, start, stop, expected', [
    ('Из Аягоза приехали ветеринары.', 0, 2, 'Аягоза'),
    ('К Аягозу подвезли уголь.', 0, 2, 'Аягозу'),
    # a preposition inside a name is no sentence's preposition
    ('Приехали гости Из Аягоза.', 2, 4, 'Аягоза'),
    ('Гости из Аягоза приехали.', 2, 3, 'Аягоза'),
])
def test_sentence_preposition_stripped(nlp, text, start, stop, expected):
    doc = nlp.make_doc(text)
    [span] = strip_punct(doc, [Span(doc, start, stop, label='LOC')])
    assert span.text == expected


@pytest.mark.parametrize('text, start, stop, expected', [
    ('Холдинг открыл в Павлодаре завод по сборке.', 3, 5, ('LOC', 'Павлодаре')),
    ('Холдинг открыл в Павлодаре Завод Нур.', 3, 6, ('ORG', 'Павлодаре Завод Нур')),
    # no preposition of place before it
    ('Акимат Павлодара завод не проверял.', 0, 3, ('ORG', 'Акимат Павлодара завод')),
    # a place's adjective agrees with the noun after it: the noun is its head, no verb's object
    ('Стажировку прошли в Пражском городском госпитале.', 3, 6, ('ORG', 'Пражском городском госпитале')),
    ('Концерт прошёл в Карагандинском областном театре.', 3, 6, ('ORG', 'Карагандинском областном театре')),
    # a place's noun in the locative still ends the phrase
    ('Фирма открыла в Уральске цех по ремонту.', 3, 5, ('LOC', 'Уральске')),
    # after `у` a place in the genitive, though it reads as an adjective too
    ('Летом у Кордая бригады дежурят.', 2, 4, ('LOC', 'Кордая')),
])
def test_places_then_nouns(nlp, text, start, stop, expected):
    doc = nlp.make_doc(text)
    [span] = places_then_nouns(doc, [Span(doc, start, stop, label='ORG')])
    assert (span.label_, span.text) == expected


@pytest.mark.parametrize('text, spans, expected', [
    ('Гид сказал, что из Нарынкола туристы едут к перевалу.', [(5, 7, 'ORG')], ('LOC', 'Нарынкола')),
    ('До Жаркента автобусы идут шесть часов.', [(1, 3, 'ORG')], ('LOC', 'Жаркента')),
    ('Из Ош-Абада и Кара-Суу фуры везут дыни.', [(1, 2, 'LOC'), (3, 5, 'ORG')], ('LOC', 'Кара-Суу')),
    ('Фельдшер сказал, что в Акжаре и Кайнарлы вызовов больше.', [(5, 6, 'LOC'), (7, 9, 'ORG')], ('LOC', 'Кайнарлы')),
    # a common noun first: the genitive of a name's head, an organisation
    ('Кредит пришёл из Банка развития.', [(3, 5, 'ORG')], ('ORG', 'Банка развития')),
    # no preposition of where from, and no place before `и`
    ('Совет директоров Акжара собрался.', [(0, 2, 'ORG')], ('ORG', 'Совет директоров')),
    ('Новости Акжара и Кайнарлы газеты читают.', [(3, 5, 'ORG')], ('ORG', 'Кайнарлы газеты')),
    # an adjective agrees with the lower-case noun after it: the name's head
    ('Адвокат из Актюбинской областной коллегии выступил.', [(2, 5, 'ORG')], ('ORG', 'Актюбинской областной коллегии')),
    # a capitalised word after the place: a name goes on
    ('Из Нарынкола Групп прислали письмо.', [(1, 3, 'ORG')], ('ORG', 'Нарынкола Групп')),
    # every preposition of place that takes the genitive
    ('Вдоль Жаркента фуры стоят.', [(1, 3, 'ORG')], ('LOC', 'Жаркента')),
])
def test_places_from_then_nouns(nlp, text, spans, expected):
    doc = nlp.make_doc(text)
    found = places_from_then_nouns(doc, [Span(doc, start, stop, label=label) for start, stop, label in spans])
    assert (found[-1].label_, found[-1].text) == expected


@pytest.mark.parametrize('text, start, stop, kept', [
    ('Приговор бывшему директору ТОО', 3, 4, False),
    ('Директор ТОО «Нур» уволился.', 1, 5, True),
    ('Выступил директор Нур.', 2, 3, True),
])
def test_bare_legal_forms(nlp, text, start, stop, kept):
    doc = nlp.make_doc(text)
    assert bool(bare_legal_forms(doc, [Span(doc, start, stop, label='ORG')])) == kept


@pytest.mark.parametrize('text, stop, expected', [
    # a plural kind of organisation opening a sentence before a plural verb: many bodies; the region stays
    ('Партии Акмолинской области начали предвыборную кампанию.', 3, [('LOC', 'Акмолинской области')]),
    ('Больницы Жамбылской области перешли на летний график.', 3, [('LOC', 'Жамбылской области')]),
    ('Банки Казахстана снизили ставки.', 2, []),
    # the singular, the verb in the singular: one body
    ('Партия Акмолинской области начала предвыборную кампанию.', 3,
     [('ORG', 'Партия Акмолинской области')]),
    ('Больнице Жамбылской области вручили премию.', 3, [('ORG', 'Больнице Жамбылской области')]),
])
def test_plural_heads(nlp, text, stop, expected):
    doc = nlp(text)
    spans = plural_heads(doc, [Span(doc, 0, stop, label='ORG')])
    assert [(span.label_, span.text) for span in spans] == expected
