"""repair/org_openers.py: the words a sentence opens with before an organisation's name are cut
from the ORG slovnet (or a merge) made of them, and nothing else is. Phrases written for the test."""

import pytest

from pipeline.nlp.stages.repair.org_openers import sentence_openers
from conftest import rule_on

# sentence, the ORG as found, the ORG after the rule
CASES = [
    ('Нейрохирурги Областной детской больницы провели операцию.',
     'Нейрохирурги Областной детской больницы', 'Областной детской больницы'),
    ('Руководитель Департамента полиции выступил на брифинге.',
     'Руководитель Департамента полиции', 'Департамента полиции'),
    ('Аналитики «Сельской кредитной корпорации» понизили прогноз.',
     'Аналитики «Сельской кредитной корпорации»', '«Сельской кредитной корпорации»'),
    ('Сотрудники ЦОН работают без выходных.', 'Сотрудники ЦОН', 'ЦОН'),
    ('Металлургический завод Ferro Steel увеличил выпуск.', 'Металлургический завод Ferro Steel', 'Ferro Steel'),
    ('Логистическая компания Eurasia Rail запустит поезд.', 'Логистическая компания Eurasia Rail', 'Eurasia Rail'),
    ('Компания Eurasia Rail запустит поезд.', 'Компания Eurasia Rail', 'Eurasia Rail'),
    # a hyphenated people noun; a plural people noun in an oblique case, a fronted object
    ('Интернет-провайдер Beeline снизил тарифы.', 'Интернет-провайдер Beeline', 'Beeline'),
    ('Пациентов городской больницы №2 перевели в новый корпус.', 'Пациентов городской больницы №2',
     'городской больницы №2'),
    ('Врачам Областной больницы вручили награды.', 'Врачам Областной больницы', 'Областной больницы'),
    # a singular people noun in an oblique case may be the name's own word
    ('Ветерану Областной больницы вручили награду.', 'Ветерану Областной больницы', 'Ветерану Областной больницы'),
    # a lone genitive after the noun is the name itself
    ('Свидетели Иеговы провели собрание.', 'Свидетели Иеговы', 'Свидетели Иеговы'),
    # an adjective of the name itself, not a kind of organisation before a Latin name
    ('Казахстанская федерация бокса Astana Arlans провела турнир.', 'Казахстанская федерация бокса Astana Arlans',
     'Казахстанская федерация бокса Astana Arlans'),
    # a body's word alone before a Latin name: the name is the body's
    ('Академия Oscars объявила номинантов.', 'Академия Oscars', 'Академия Oscars'),
    # an official's title written with a capital, anywhere and in any case, is the person's
    ('Указом заместителем Руководителя Администрации Президента назначен Арман Сеитов.',
     'Руководителя Администрации Президента', 'Администрации Президента'),
    ('Депутатам его представил Председатель Агентства по делам государственной службы.',
     'Председатель Агентства по делам государственной службы', 'Агентства по делам государственной службы'),
    # a title not before a genitive body stays
    ('Премию получил журнал Директор Финанс.', 'Директор Финанс', 'Директор Финанс'),
    # mid-sentence the capital is the name's
    ('Операцию провели Нейрохирурги Областной больницы.', 'Нейрохирурги Областной больницы',
     'Нейрохирурги Областной больницы'),
    # a description without a Latin name after it is the name
    ('Металлургический комбинат остановил печь.', 'Металлургический комбинат', 'Металлургический комбинат'),
]


@pytest.mark.parametrize('sentence, found, expected', CASES)
def test_sentence_openers(nlp, sentence, found, expected):
    spans = rule_on(sentence_openers, nlp(sentence), found, 'ORG')
    assert [span.text for span in spans] == [expected]


# sentence, the LOC as found, the LOC after the rule
PLACE_CASES = [
    ('Пасечники Восточного Казахстана собрали рекордный урожай.',
     'Пасечники Восточного Казахстана', 'Восточного Казахстана'),
    ('Овцеводы Южного Прибалхашья готовятся к стрижке.', 'Овцеводы Южного Прибалхашья', 'Южного Прибалхашья'),
    # a place named in the nominative: the first word is its own
    ('Святые Горы ждут паломников.', 'Святые Горы', 'Святые Горы'),
    ('Новые Горы стали популярны у туристов.', 'Новые Горы', 'Новые Горы'),
    # mid-sentence the capital is the name's
    ('Урожай собрали Пасечники Восточного Казахстана.', 'Пасечники Восточного Казахстана',
     'Пасечники Восточного Казахстана'),
]


@pytest.mark.parametrize('sentence, found, expected', PLACE_CASES)
def test_place_openers(nlp, sentence, found, expected):
    spans = rule_on(sentence_openers, nlp(sentence), found, 'LOC')
    assert [span.text for span in spans] == [expected]
