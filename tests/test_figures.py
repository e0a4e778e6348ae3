"""The figures grammar: value, qualifier, unit, counted object, subject and exact spans."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp.grammars.figures import Figure, extract_figures
from pipeline.nlp.grammars.figures.kinds import KINDS

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / 'corpus'
GOLD = ROOT / 'tests' / 'gold_seeds.json'


def only_figure(text):
    figures = extract_figures(text)
    assert len(figures) == 1, [(text[f.start:f.stop], f) for f in figures]
    return figures[0]


# (text, surface of the figure, value, qualifier, unit, object)
SEED_FIGURES = [
    ('поступило более тысячи предложений от граждан', 'более тысячи предложений', 1000, 'more', None, 'предложение'),
    ('представители от пяти ведущих политических партий', 'пяти ведущих политических партий', 5, 'exact', None, 'партия'),
    ('и более 300 общественных организаций, представляющих', 'более 300 общественных организаций', 300, 'more', None, 'организация'),
    ('поступило 10 тысяч предложений и обращений от граждан', '10 тысяч предложений и обращений', 10000, 'exact', None, 'предложение'),
    ('представляющих интересы миллионов граждан.', 'миллионов граждан', 1000000, 'more', None, 'гражданин'),
    ('действующих более пяти лет при Сенате', 'более пяти лет', 5, 'more', None, 'год'),
    ('вошли около 200 представителей различных сфер', 'около 200 представителей', 200, 'approx', None, 'представитель'),
    ('планируется проведение около 1000 мероприятий', 'около 1000 мероприятий', 1000, 'approx', None, 'мероприятие'),
    ('с общим охватом 700 тысяч человек.', '700 тысяч человек', 700000, 'exact', None, 'человек'),
    ('на центральном уровне – порядка 100 мероприятий', 'порядка 100 мероприятий', 100, 'approx', None, 'мероприятие'),
    ('(6 тысяч участников)', '6 тысяч участников', 6000, 'exact', None, 'участник'),
    ('на городском уровне – 700 мероприятий', '700 мероприятий', 700, 'exact', None, 'мероприятие'),
    ('(660 тысяч участников)', '660 тысяч участников', 660000, 'exact', None, 'участник'),
    ('на районном уровне – около 400 мероприятий', 'около 400 мероприятий', 400, 'approx', None, 'мероприятие'),
    ('(35 тысяч участников).', '35 тысяч участников', 35000, 'exact', None, 'участник'),
]

NEWS_FIGURES = [
    # digits, grouped digits, decimals
    ('В акции приняли участие 1 500 волонтёров.', '1 500 волонтёров', 1500, 'exact', None, 'волонтёр'),
    ('В конкурсе участвовали 1\u00a0000 школьников', '1\u00a0000 школьников', 1000, 'exact', None, 'школьник'),
    ('Охват составил 12\u202f500 жителей', '12\u202f500 жителей', 12500, 'exact', None, 'житель'),
    ('Построено 46 новых школ', '46 новых школ', 46, 'exact', None, 'школа'),
    ('В области открыто 15 центров обслуживания населения', '15 центров', 15, 'exact', None, 'центр'),
    ('Для жителей города установлено 120 камер видеонаблюдения', '120 камер', 120, 'exact', None, 'камера'),
    ('В регионе зарегистрировано 3 тыс. индивидуальных предпринимателей', '3 тыс. индивидуальных предпринимателей', 3000, 'exact', None, 'предприниматель'),
    ('трудоустроены 2,5 тыс. молодых специалистов', '2,5 тыс. молодых специалистов', 2500, 'exact', None, 'специалист'),
    ('Работу получили 1,2 млн человек', '1,2 млн человек', 1200000, 'exact', None, 'человек'),
    ('Посевная площадь составит 2.3 млн гектаров', '2.3 млн гектаров', 2300000, 'exact', None, 'гектар'),
    ('По программе построят 2 млн 300 тыс. квадратных метров жилья', '2 млн 300 тыс. квадратных метров', 2300000, 'exact', None, 'метр'),
    ('на линию вышли 250 автобусов', '250 автобусов', 250, 'exact', None, 'автобус'),
    ('В голосовании приняли участие 21 депутат', '21 депутат', 21, 'exact', None, 'депутат'),
    # numbers in words, any case
    ('В состав совета вошли двадцать пять депутатов', 'двадцать пять депутатов', 25, 'exact', None, 'депутат'),
    ('представители трёхсот общественных объединений', 'трёхсот общественных объединений', 300, 'exact', None, 'объединение'),
    ('для ста двадцати пяти школ региона', 'ста двадцати пяти школ', 125, 'exact', None, 'школа'),
    ('в течение двух лет', 'двух лет', 2, 'exact', None, 'год'),
    ('для двух районов', 'двух районов', 2, 'exact', None, 'район'),
    ('с участием семи министерств', 'семи министерств', 7, 'exact', None, 'министерство'),
    ('встреча с пятью кандидатами', 'пятью кандидатами', 5, 'exact', None, 'кандидат'),
    ('переданы трём больницам', 'трём больницам', 3, 'exact', None, 'больница'),
    ('заявки подали двое предпринимателей', 'двое предпринимателей', 2, 'exact', None, 'предприниматель'),
    ('более ста экспертов', 'более ста экспертов', 100, 'more', None, 'эксперт'),
    ('около двух с половиной тысяч участников', 'около двух с половиной тысяч участников', 2500, 'approx', None, 'участник'),
    ('свыше полутора миллионов жителей', 'свыше полутора миллионов жителей', 1500000, 'more', None, 'житель'),
    ('полторы тысячи заявок', 'полторы тысячи заявок', 1500, 'exact', None, 'заявка'),
    # bare scales and approximate plurals
    ('На платформу поступили тысячи обращений', 'тысячи обращений', 1000, 'more', None, 'обращение'),
    ('около тысячи человек', 'около тысячи человек', 1000, 'approx', None, 'человек'),
    ('Тысяча семей получила жильё', 'Тысяча семей', 1000, 'exact', None, 'семья'),
    ('десятки тысяч волонтёров', 'десятки тысяч волонтёров', 10000, 'more', None, 'волонтёр'),
    ('сотни специалистов', 'сотни специалистов', 100, 'more', None, 'специалист'),
    ('несколько тысяч заявок', 'несколько тысяч заявок', 1000, 'more', None, 'заявка'),
    # qualifiers
    ('примерно 300 участников', 'примерно 300 участников', 300, 'approx', None, 'участник'),
    ('почти 40 тысяч семей', 'почти 40 тысяч семей', 40000, 'approx', None, 'семья'),
    ('приблизительно 500 человек', 'приблизительно 500 человек', 500, 'approx', None, 'человек'),
    ('ориентировочно 70 объектов', 'ориентировочно 70 объектов', 70, 'approx', None, 'объект'),
    ('свыше 3 млн граждан', 'свыше 3 млн граждан', 3000000, 'more', None, 'гражданин'),
    ('не менее 50 человек', 'не менее 50 человек', 50, 'more', None, 'человек'),
    ('более чем 200 компаний', 'более чем 200 компаний', 200, 'more', None, 'компания'),
    ('больше 80 предприятий', 'больше 80 предприятий', 80, 'more', None, 'предприятие'),
    ('для граждан от 18 лет', 'от 18 лет', 18, 'more', None, 'год'),
    ('менее 10 процентов', 'менее 10 процентов', 10, 'less', '%', None),
    ('до 20 тысяч человек', 'до 20 тысяч человек', 20000, 'less', None, 'человек'),
    ('не более 15 участников', 'не более 15 участников', 15, 'less', None, 'участник'),
    ('меньше 5 дней', 'меньше 5 дней', 5, 'less', None, 'день'),
    ('почти в два раза', 'почти в два раза', 2, 'approx', None, 'раз'),
    # percentages
    ('Уровень безработицы составил 4,7%', '4,7%', 4.7, 'exact', '%', None),
    ('инфляция замедлилась до 8,6 %', '8,6 %', 8.6, 'exact', '%', None),
    ('рост на 15 процентов', '15 процентов', 15, 'exact', '%', None),
    ('более 60 процента опрошенных поддержали', 'более 60 процента', 60, 'more', '%', None),
    ('около 40 % населения', 'около 40 %', 40, 'approx', '%', None),
    ('на 2 процентных пункта', '2 процентных пункта', 2, 'exact', None, 'процентный пункт'),
    # money
    ('На проект выделено 1,5 млрд тенге.', '1,5 млрд тенге', 1500000000, 'exact', 'KZT', None),
    ('стоимость составит 450 млн тенге', '450 млн тенге', 450000000, 'exact', 'KZT', None),
    ('пособие в размере 85 000 ₸', '85 000 ₸', 85000, 'exact', 'KZT', None),
    ('зарплата от 200 тысяч тенге', 'от 200 тысяч тенге', 200000, 'more', 'KZT', None),
    ('бюджет более 1,2 трлн тенге', 'более 1,2 трлн тенге', 1200000000000, 'more', 'KZT', None),
    ('инвестиции на 3 млрд долларов США', '3 млрд долларов США', 3000000000, 'exact', 'USD', None),
    ('контракт на $5 млн', '$5 млн', 5000000, 'exact', 'USD', None),
    ('штраф 500 рублей', '500 рублей', 500, 'exact', 'RUB', None),
    ('билет стоит 100 руб.', '100 руб.', 100, 'exact', 'RUB', None),
    ('грант в 200 тысяч евро', '200 тысяч евро', 200000, 'exact', 'EUR', None),
    ('€250 млн на модернизацию', '€250 млн', 250000000, 'exact', 'EUR', None),
    # cardinal suffixes, measures
    ('в течение 2-х лет', '2-х лет', 2, 'exact', None, 'год'),
    ('для 2-х районов', '2-х районов', 2, 'exact', None, 'район'),
    ('протяжённостью 120 км', '120 км', 120, 'exact', None, 'километр'),
    ('на площади 15 га', '15 га', 15, 'exact', None, 'гектар'),
    ('в 3 раза', '3 раза', 3, 'exact', None, 'раз'),
    ('снижение на 0,5 п.п.', '0,5 п.п.', 0.5, 'exact', None, 'процентный пункт'),
    # lemma choice: a genitive reading, pymorphy3's ё kept
    ('Документ состоит из 95 статей', '95 статей', 95, 'exact', None, 'статья'),
    ('присутствовали 2 акима района', '2 акима', 2, 'exact', None, 'аким'),
    ('в регионе родились 12 345 детей', '12 345 детей', 12345, 'exact', None, 'ребёнок'),
    ('21 человеку вручены награды', '21 человеку', 21, 'exact', None, 'человек'),
]

RANGES = [
    # (text, surface, value, value_max, qualifier, unit, object)
    ('ожидается 15–20 тысяч гостей', '15–20 тысяч гостей', 15000, 20000, 'exact', None, 'гость'),
    ('от 15 до 20 тысяч участников', 'от 15 до 20 тысяч участников', 15000, 20000, 'exact', None, 'участник'),
    ('около 15-20 тысяч человек', 'около 15-20 тысяч человек', 15000, 20000, 'approx', None, 'человек'),
    ('рост на 5–7%', '5–7%', 5, 7, 'exact', '%', None),
    ('двух-трех тысяч человек', 'двух-трех тысяч человек', 2000, 3000, 'exact', None, 'человек'),
    ('от 500 до 2 тысяч тенге', 'от 500 до 2 тысяч тенге', 500, 2000, 'exact', 'KZT', None),
]

NEGATIVES = [
    'в статье 8 Конституции',
    'статья 8 проекта',
    'согласно пункту 3 статьи 5',
    'п. 2 ст. 12',
    'Приказ № 5',
    'часть 2 статьи 4',
    'статьи 8 и 9',
    '4 февраля 2026 года',
    'Сегодня, 12 февраля, в столице',
    'в 2026 году',
    '2026 г.',
    'до 2030 года',
    'в 2025–2026 годах',
    'в 1990-х годах',
    'в 90-х годах',
    'с 1 по 5 марта',
    '12.02.2026',
    'date 2026-02-12 Сегодня',
    'занял 5-й номер',
    'второй этап реформы',
    'первый заместитель',
    '10-летний юбилей',
    'в 10:30 по времени Астаны',
    'в 10 часов утра',
    'с 9 до 18 часов',
    'с 10.00 до 18.00',
    'Телефон: +7 (701) 123-45-67',
    'справки по телефону 8 (7172) 74-11-11',
    'стратегия «Казахстан-2050»',
    'программа «Казахстан – 2050»',
    'в период пандемии COVID-19',
    'истребители Су-27',
    'сети 5G',
    'служба работает 24/7',
    'со счётом 3:1',
    'iPhone 15',
    'https://www.gov.kz/memleket/entities/2026/123',
    'одна из партий',
    'в одном из регионов',
    'ещё один человек',
    'ни одного человека',
    'за одним столом',
    'по одним данным',
    'один из них',
    'ИИН 123456789012',
    '1. Общие положения',
    'в 5 классе',
    'в 11 классе',
    'с 2 по 10 класс',
    'тысячелетней традиции',
    'во-первых',
    '',
]


# (text, surface, value, qualifier, unit, object): counts written without a plain noun
COUNTS_WITHOUT_PLAIN_NOUN = [
    # один with a noun is a count (but not ещё один, ни одного, за одним столом)
    ('В результате аварии погиб один человек.', 'один человек', 1, 'exact', None, 'человек'),
    ('Тарасенко удалось забросить одну шайбу', 'одну шайбу', 1, 'exact', None, 'шайба'),
    ('полиция задержала одного подозреваемого', 'одного подозреваемого', 1, 'exact', None, 'подозреваемый'),
    # collective numerals count people on their own
    ('В аварии пострадали трое.', 'трое', 3, 'exact', None, None),
    ('двое из них госпитализированы', 'двое', 2, 'exact', None, None),
    ('полиция задержала четверых', 'четверых', 4, 'exact', None, None),
    ('149 сенаторов проголосовали за, пятеро выступили против', 'пятеро', 5, 'exact', None, None),
    # a plural adjective or participle standing for a noun
    ('Сообщается о трёх пострадавших.', 'трёх пострадавших', 3, 'exact', None, 'пострадавший'),
    ('в результате взрыва 27 погибших', '27 погибших', 27, 'exact', None, 'погибший'),
    ('утром двое неизвестных открыли стрельбу', 'двое неизвестных', 2, 'exact', None, 'неизвестный'),
    # the metal of a medal alone stands for the medal
    ('медали: 2 золотых и 5 бронзовых', '2 золотых', 2, 'exact', None, 'медаль'),
    ('в копилке сборной 1 серебряная', '1 серебряная', 1, 'exact', None, 'медаль'),
    # coordinated adjectives share the noun after the last of them
    ('закрыто 40 частных и государственных клиник', '40 частных и государственных клиник', 40, 'exact', None,
     'клиника'),
    ('построят 5 новых, 3 реконструированных и 2 временных моста', '5 новых', 5, 'exact', None, 'мост'),
    ('построят 5 новых, 3 реконструированных и 2 временных моста', '3 реконструированных', 3, 'exact', None, 'мост'),
    ('команда взяла 6 серебряных и 4 бронзовые награды', '6 серебряных', 6, 'exact', None, 'награда'),
    # no noun after the list: each adjective still counts
    ('госпитализированы 12 раненых и трое пострадавших', '12 раненых', 12, 'exact', None, 'раненый'),
    # capitalised or quoted counted phrases after a number word
    ('Фильм получил пять «Оскаров».', 'пять «Оскаров»', 5, 'exact', None, 'оскар'),
    ('лауреат двух Государственных премий', 'двух Государственных премий', 2, 'exact', None, 'премия'),
    ('выиграл два Кубка страны', 'два Кубка', 2, 'exact', None, 'кубок'),
]


@pytest.mark.parametrize('text, surface, value, qualifier, unit, lemma', COUNTS_WITHOUT_PLAIN_NOUN)
def test_count_without_plain_noun(text, surface, value, qualifier, unit, lemma):
    figure = [f for f in extract_figures(text) if text[f.start:f.stop] == surface]
    assert len(figure) == 1, [(text[f.start:f.stop], f) for f in extract_figures(text)]
    _check(figure[0], value, qualifier, unit, lemma)


@pytest.mark.parametrize('text, number', [
    ('всего 2 Заявки поступило', '2'),     # a capital after digits starts something else
    ('в 2019 Правительство приняло', None),
    ('в 5 лучших', '5'),                  # no superlative as the counted word
])
def test_capitals_only_after_number_words(text, number):
    assert [text[f.start:f.stop] for f in extract_figures(text)] == ([number] if number else [])


# durations anchored in time are dates or times, not figures
TIME_EXPRESSIONS = [
    'Три года назад компания открыла офис',
    'около 40 лет назад',
    'через два дня после выборов',
    'почти через два года после капитуляции',
    'пять лет спустя компания',
    'спустя 19 лет альбом был продан',
    'за последние 10 лет',
    'впервые за 45 лет',
    'последние полтора года он руководит',
    'проживёт ещё два года',
    'как минимум ещё два года',
    'уже шесть суток',
    'водительские права каждые три года',
    'получили 1 год 6 месяцев',
    'решение отложили на пять лет',
]


@pytest.mark.parametrize('text', TIME_EXPRESSIONS)
def test_time_expression_is_not_a_figure(text):
    assert extract_figures(text) == []


# clock units are times, in any frame; seconds with a decimal fraction are the one exception, a
# stopwatch's reading (durations.is_split_second; kz_figure_phrases.tsv has its rows)
@pytest.mark.parametrize('text', [
    'полиция пыталась обезвредить его в течение 12 часов',
    'перелёт длительностью 20 минут',
    'пробежал стометровку за 12 секунд',
])
def test_clock_duration_is_not_a_figure(text):
    assert extract_figures(text) == []


# (text, surface, value, qualifier, unit, object)
MORE_FIGURES = [
    # a 4-digit number is a quantity after a qualifier or a quantity verb
    ('Число участников составило 1500.', '1500', 1500, 'exact', None, None),
    ('в акции приняли участие более 2000', 'более 2000', 2000, 'more', None, None),
    ('население села превысило 1200', '1200', 1200, 'more', None, None),
    ('составило 1500 человек', '1500 человек', 1500, 'exact', None, 'человек'),
    # thousands grouped with dots
    ('население 1.000.000 жителей', '1.000.000 жителей', 1000000, 'exact', None, 'житель'),
    ('выделено 2.500.000 тенге', '2.500.000 тенге', 2500000, 'exact', 'KZT', None),
    # a count in parentheses after a name is no list marker
    ('больше всего нарушений в Москве (462)', '462', 462, 'exact', None, None),
    # `до` after a change some words back gives the new value
    ('цены выросли в этом году до 5%', '5%', 5, 'exact', '%', None),
    ('рост зарплаты до 200 тысяч тенге', '200 тысяч тенге', 200000, 'exact', 'KZT', None),
    ('планируется довести охват до 80%', '80%', 80, 'exact', '%', None),
    ('центр принимает до 20 человек', 'до 20 человек', 20, 'less', None, 'человек'),
    # Kazakh thousand, tenge, percent
    ('12 мың адам қатысты', '12 мың адам', 12000, 'exact', None, 'адам'),
    ('5 мың теңге', '5 мың теңге', 5000, 'exact', 'KZT', None),
    ('инфляция 8 пайыз', '8 пайыз', 8, 'exact', '%', None),
    # number words with a scale word need no noun
    ('было продано около ста миллионов его записей', 'около ста миллионов', 100000000, 'approx', None, None),
    ('ожидается, сотни тысяч', 'сотни тысяч', 100000, 'more', None, None),
    # an adverb grading the adjective of the counted phrase stays in it
    ('ожидается, сотни тысяч празднично одетых людей', 'сотни тысяч празднично одетых людей', 100000, 'more',
     None, 'человек'),
    ('более шести тысяч получили ранения', 'более шести тысяч', 6000, 'more', None, None),
    # pounds sterling
    ('собрал более £30 млн для врачей', 'более £30 млн', 30000000, 'more', 'GBP', None),
    # a singular noun after a number is fine where a cardinal takes one
    ('присутствовали 2 акима', '2 акима', 2, 'exact', None, 'аким'),
    ('заняли 21 место', '21 место', 21, 'exact', None, 'место'),
    ('перевезли 1,5 тонны груза', '1,5 тонны', 1.5, 'exact', None, 'тонна'),
    ('министру финансов 72-х летний стаж', '72-х летний стаж', 72, 'exact', None, 'стаж'),
    # a quoted sentence is no title
    ('заявил: «Мы помогли 200 семьям»', '200 семьям', 200, 'exact', None, 'семья'),
    ('«Два миллиона человек вышли на улицы»', 'Два миллиона человек', 2000000, 'exact', None, 'человек'),
]


@pytest.mark.parametrize('text, surface, value, qualifier, unit, lemma', MORE_FIGURES)
def test_more_figures(text, surface, value, qualifier, unit, lemma):
    figure = only_figure(text)
    assert text[figure.start:figure.stop] == surface
    _check(figure, value, qualifier, unit, lemma)


@pytest.mark.parametrize('text', [
    'в 2019 были подписаны',
    'до 2030',
    'от 2019',
    'с 2019 работает',
    'законопроект 589658-7 о внесении изменений',
    'КоАП РФ 13.15 «Злоупотребление свободой»',
    'по статье 159 УК',
    'в начале 90-х',
    'кризис конца 90-х',
    '(1) ODS имеет большинство',
    'Итоги: (2) второй этап',
    'версия 1.000.0001',
    'в ночь с 18 на 19 апреля',
    # ordinals: a singular noun a cardinal would not take
    'школьники 8 класса',
    'откатилась на 26 место',
    'поднялся на 22 место',
    # times of day
    'нападение произошло около 21.00 по местному времени',
    'около 8 утра',
    'в 7 вечера',
    # short quoted titles ending with the number
    'в спектаклях «Три сестры» и «Чайка»',
    'по роману «Двенадцать стульев»',
    'телеканала «Россия 1»',
    'фильм «Утомлённые солнцем 2»',
    'лидеры «Движения пяти звёзд»',
    'экранизация рассказа «Один день Ивана Денисовича»',
    # a bare scale word stays no figure
    'одна из тысячи',
])
def test_more_non_figures(text):
    assert extract_figures(text) == []


# durations without a time frame stay figures (as `более пяти лет` of the seeds)
@pytest.mark.parametrize('text, surface', [
    ('клубы, действующих более пяти лет при университете', 'более пяти лет'),
    ('в 13 лет она выиграла турнир', '13 лет'),
])
def test_duration_without_frame_is_a_figure(text, surface):
    assert [text[f.start:f.stop] for f in extract_figures(text)] == [surface]


# the time someone spent doing something, and an age compared, are no figures
@pytest.mark.parametrize('text', [
    'проработал на заводе 35 лет',
    'Супруги прожили вместе 70 лет.',
    'для граждан старше 18 лет',
    'дети до 15 лет составляют большинство',
    'прослужил в армии почти шесть лет',
    'в течение четырех лет возглавлял комитет',
])
def test_time_spent_and_age_are_no_figures(text):
    assert extract_figures(text) == []


def _check(figure, value, qualifier, unit, lemma):
    assert (figure.value, figure.qualifier, figure.unit, figure.object) == (value, qualifier, unit, lemma)
    assert type(figure.value) is type(value)


@pytest.mark.parametrize('text, surface, value, qualifier, unit, lemma', SEED_FIGURES + NEWS_FIGURES)
def test_figure(text, surface, value, qualifier, unit, lemma):
    figure = only_figure(text)
    assert text[figure.start:figure.stop] == surface
    _check(figure, value, qualifier, unit, lemma)
    assert figure.value_max is None


@pytest.mark.parametrize('text, surface, value, value_max, qualifier, unit, lemma', RANGES)
def test_range(text, surface, value, value_max, qualifier, unit, lemma):
    figure = only_figure(text)
    assert text[figure.start:figure.stop] == surface
    _check(figure, value, qualifier, unit, lemma)
    assert figure.value_max == value_max


@pytest.mark.parametrize('text', NEGATIVES)
def test_not_a_figure(text):
    assert extract_figures(text) == []


def test_table_sizes():
    assert len(SEED_FIGURES) + len(NEWS_FIGURES) + len(RANGES) >= 60
    assert len(NEGATIVES) >= 30


def test_whole_values_are_int_and_fractions_float():
    whole, fraction = extract_figures('1,5 млн человек и 2,25 процента')
    assert whole.value == 1500000 and isinstance(whole.value, int)
    assert fraction.value == 2.25 and isinstance(fraction.value, float)


def test_seed_sentence_with_two_figures_and_subjects():
    text = ('В рамках деятельности филиала Общенациональной Коалиции планируется проведение около '
            '1000 мероприятий с общим охватом 700 тысяч человек. В том числе на центральном уровне – '
            'порядка 100 мероприятий (6 тысяч участников), на городском уровне – 700 мероприятий '
            '(660 тысяч участников), на районном уровне – около 400 мероприятий (35 тысяч участников).')
    got = [(text[f.start:f.stop], f.value, f.qualifier, f.object, f.subject) for f in extract_figures(text)]
    frame = 'в рамках деятельности филиала'
    assert got == [
        ('около 1000 мероприятий', 1000, 'approx', 'мероприятие', frame),
        ('700 тысяч человек', 700000, 'exact', 'человек', frame),
        ('порядка 100 мероприятий', 100, 'approx', 'мероприятие', 'на центральном уровне'),
        ('6 тысяч участников', 6000, 'exact', 'участник', 'на центральном уровне'),
        ('700 мероприятий', 700, 'exact', 'мероприятие', 'на городском уровне'),
        ('660 тысяч участников', 660000, 'exact', 'участник', 'на городском уровне'),
        ('около 400 мероприятий', 400, 'approx', 'мероприятие', 'на районном уровне'),
        ('35 тысяч участников', 35000, 'exact', 'участник', 'на районном уровне'),
    ]


@pytest.mark.parametrize('text, subject', [
    ('В Карагандинской области построено 300 домов.', 'в Карагандинской области'),
    ('В городе Астане прошли 15 встреч.', 'в городе Астане'),
    ('На республиканском уровне проведено 50 форумов.', 'на республиканском уровне'),
    ('В рамках проекта «Ауыл – ел бесігі» отремонтировано 40 дорог.', 'в рамках проекта'),
    ('Поступило 10 тысяч предложений.', None),
    # a subject does not cross a sentence
    ('На городском уровне всё готово. Поступило 10 тысяч предложений.', None),
])
def test_subject(text, subject):
    assert only_figure(text).subject == subject


def test_second_group_needs_its_own_scale():
    text = 'на 10 тысяч 5 человек'
    got = [(text[f.start:f.stop], f.value, f.object) for f in extract_figures(text)]
    assert got == [('10 тысяч', 10000, None), ('5 человек', 5, 'человек')]


@pytest.mark.parametrize('text, surface, value', [
    # the hundreds after the thousands belong to the amount
    ('пришли 12 тысяч 500 человек', '12 тысяч 500 человек', 12500),
    ('собрали двадцать тысяч триста подписей', 'двадцать тысяч триста подписей', 20300),
    ('сдали 3 тыс. 450 тонн', '3 тыс. 450 тонн', 3450),
])
def test_hundreds_after_thousands(text, surface, value):
    figure = only_figure(text)
    assert (text[figure.start:figure.stop], figure.value) == (surface, value)


def test_rate_base_keeps_its_own_figure():
    text = 'на 100 тысяч 250 случаев'
    got = [(text[f.start:f.stop], f.value) for f in extract_figures(text)]
    assert got == [('100 тысяч', 100000), ('250 случаев', 250)]


def test_from_to_change_gives_two_values():
    text = 'доля выросла с 15 до 20%'
    got = [(text[f.start:f.stop], f.value, f.qualifier, f.unit) for f in extract_figures(text)]
    assert got == [('15', 15, 'exact', '%'), ('20%', 20, 'exact', '%')]


NOISY_PREFIX = 'Қазақстан 🇰🇿 жаңалықтар\r\nӘкімдік\u200b хабарлады\u00ad: '


@pytest.mark.parametrize('text, surface, value, qualifier, unit, lemma', SEED_FIGURES + NEWS_FIGURES)
def test_offsets_exact_inside_noisy_text(text, surface, value, qualifier, unit, lemma):
    whole = NOISY_PREFIX + text + ' 🙂\r\n'
    figures = [f for f in extract_figures(whole) if f.value == value]
    assert len(figures) == 1
    figure = figures[0]
    assert figure.start == len(NOISY_PREFIX) + text.index(surface)
    assert whole[figure.start:figure.stop] == surface
    assert whole[figure.start].isdigit() or whole[figure.start].isalpha() or whole[figure.start] in '$€₸₽'


def test_window_offsets_are_into_the_whole_text():
    text = 'Поступило 300 заявок. Построено 46 новых школ. Открыто 15 центров.'
    start = text.index('Построено')
    stop = text.index('Открыто')
    (figure,) = extract_figures(text, start, stop)
    assert text[figure.start:figure.stop] == '46 новых школ'
    assert figure.start == text.index('46')


def test_window_does_not_read_past_stop():
    text = 'Поступило 300 заявок'
    (figure,) = extract_figures(text, 0, text.index(' заявок'))
    assert (text[figure.start:figure.stop], figure.object) == ('300', None)


def test_soft_hyphen_and_zero_width_space():
    text = 'поступило 10\u200bтысяч пред\u00adложений'
    figure = only_figure(text)
    assert (figure.value, figure.object) == (10000, 'предложение')
    assert text[figure.stop - 1] == 'й'


def test_empty_and_blank():
    assert extract_figures('') == []
    assert extract_figures('   \r\n\u00a0') == []
    assert extract_figures('текст', 3, 1) == []


def _gold():
    return json.loads(GOLD.read_text(encoding='utf-8'))['documents']


@pytest.mark.parametrize('document', _gold(), ids=lambda d: d['doc_id'])
def test_seed_corpus(document):
    text = (CORPUS / f"{document['doc_id']}.txt").read_text(encoding='utf-8')
    found = [(text[f.start:f.stop], f.value, f.qualifier, f.object) for f in extract_figures(text)]
    required = [(g['text'], g['value'], g['qualifier'], g['object'])
                for g in document['figures'] if not g.get('optional')]
    allowed = {(g['text'], g['value'], g['qualifier'], g['object']) for g in document['figures']}
    for figure in required:
        assert figure in found
    # no false positives: every figure found is in the gold list
    assert [f for f in found if f not in allowed] == []


TEXT_ALPHABET = st.sampled_from(
    list('0123456789 ,.-–—%$₸€:/()«»№\r\n') + ['\u00a0', '\u202f', '\u200b', '\u00ad', '🙂', 'Қ', 'ә', 'і', 'ұ']
    + ['более ', 'около ', 'от ', 'до ', 'тысяч ', 'млн ', 'тыс.', 'пяти ', 'человек ', 'тенге ',
       'процентов ', 'статья ', 'года ', 'февраля ', 'на городском уровне ', 'в рамках ', 'и ', 'COVID-'])


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT_ALPHABET, max_size=40).map(''.join))
def test_never_crashes_and_spans_are_sane(text):
    figures = extract_figures(text)
    previous_stop = 0
    for figure in figures:
        assert isinstance(figure, Figure)
        assert previous_stop <= figure.start < figure.stop <= len(text)
        assert text[figure.start:figure.stop].strip() == text[figure.start:figure.stop]
        assert figure.qualifier in ('exact', 'approx', 'more', 'less')
        assert figure.unit in (None, '%', 'KZT', 'RUB', 'USD', 'EUR', 'GBP', 'CNY')
        assert figure.kind in KINDS
        assert figure.value_max is None or figure.value_max > figure.value
        previous_stop = figure.stop


# --- figures that read the sentence ------------------------------------------------------------
# (text, surface, value, qualifier, unit, object, kind): phrases written for these rules

# a verb of limit gives the qualifier; `не` before it makes a lower bound an upper one
LIMIT_VERBS = [
    ('выручка превысила 2 трлн тенге', '2 трлн тенге', 2000000000000, 'more', 'KZT', None, 'money'),
    ('выручка превысила в прошлом году 2 трлн тенге', '2 трлн тенге', 2000000000000, 'more', 'KZT', None, 'money'),
    ('число туристов превзошло 3 млн человек', '3 млн человек', 3000000, 'more', None, 'человек', 'count'),
    ('население города перевалило за 1 млн жителей', '1 млн жителей', 1000000, 'more', None, 'житель', 'count'),
    ('экспорт превысил отметку в 100 тысяч тонн', '100 тысяч тонн', 100000, 'more', None, 'тонна', 'measure'),
    ('сумма, превышающая 50 млн тенге', '50 млн тенге', 50000000, 'more', 'KZT', None, 'money'),
    ('инфляция не превысила 5%', '5%', 5, 'less', '%', None, 'percent'),
    ('урожайность не достигла 20 центнеров', '20 центнеров', 20, 'less', None, 'центнер', 'measure'),
    ('добыча достигла 90 млн тонн', '90 млн тонн', 90000000, 'exact', None, 'тонна', 'measure'),
    ('доля приблизилась к 10%', '10%', 10, 'approx', '%', None, 'percent'),
    # the size of the excess, or the object of another verb: no limit
    ('завод превысил план на 5%', '5%', 5, 'exact', '%', None, 'percent'),
    ('компания превысила план и получила 5 млн тенге', '5 млн тенге', 5000000, 'exact', 'KZT', None, 'money'),
    # `до` after a verb of change is the new value; alone it is an upper limit (as before)
    ('ставка снизилась до 7%', '7%', 7, 'exact', '%', None, 'percent'),
    ('планируют замедлить рост цен до 6%', '6%', 6, 'exact', '%', None, 'percent'),
    ('состав до 25 вагонов', 'до 25 вагонов', 25, 'less', None, 'вагон', 'count'),
    # qualifier phrases of limit
    ('температура не ниже 18 градусов', 'не ниже 18 градусов', 18, 'more', None, 'градус', 'measure'),
    ('ставка не выше 7%', 'не выше 7%', 7, 'less', '%', None, 'percent'),
    ('премия сверх 100 тысяч тенге', 'сверх 100 тысяч тенге', 100000, 'more', 'KZT', None, 'money'),
    ('ущерб в районе 5 млн тенге', 'в районе 5 млн тенге', 5000000, 'approx', 'KZT', None, 'money'),
    ('безработица опустилась ниже 5%', 'ниже 5%', 5, 'less', '%', None, 'percent'),
    ('отклонение в пределах 3%', 'в пределах 3%', 3, 'less', '%', None, 'percent'),
    # an average is a value of its own
    ('цены выросли в среднем на 8%', '8%', 8, 'exact', '%', None, 'change'),
]

# the size of a change
CHANGES = [
    ('тарифы подорожали на 11%', '11%', 11, 'exact', '%', None, 'change'),
    ('число аварий сократилось в 2 раза', '2 раза', 2, 'exact', None, 'раз', 'change'),
    ('ставка выросла на 0,5 п.п.', '0,5 п.п.', 0.5, 'exact', None, 'процентный пункт', 'change'),
    ('рост экспорта на 15 процентов', '15 процентов', 15, 'exact', '%', None, 'change'),
    ('билеты стали на 12% дороже', '12%', 12, 'exact', '%', None, 'change'),
]

# prison terms and terms of office are durations, no figures (NEREL tags them DATE; the kz guideline
# counts no durations)
TERMS = [
    'суд приговорил его к шести годам лишения свободы',
    'суд приговорил его к 24 годам тюрьмы',
    'обвинитель требовал 17 лет тюрьмы',
    'получил шесть лет колонии строгого режима',
    'осуждён к 8 месяцам исправительных работ',
    'ему грозит до трёх лет',
    'грозит лишение свободы до трёх лет',
    'арестовал на 10 суток',
    'после десяти суток ареста',
    'отсидел три года',
    'депутаты избраны на 5 лет',
    'аким назначен сроком на четыре года',
    'на срок от 8 до 20 лет',
]

# units: %, currencies, МРП, tonnes, hectares, km, percentage points, compound abbreviations
UNITS = [
    ('штраф 5 тыс. МРП', '5 тыс. МРП', 5000, 'exact', None, 'МРП', 'money'),
    ('штраф в размере 100 МРП.', '100 МРП', 100, 'exact', None, 'МРП', 'money'),
    ('заём на 50 млн юаней', '50 млн юаней', 50000000, 'exact', 'CNY', None, 'money'),
    ('порывы ветра до 28 м/с', 'до 28 м/с', 28, 'less', None, 'метр в секунду', 'measure'),
    ('скорость 90 км/ч', '90 км/ч', 90, 'exact', None, 'километр в час', 'measure'),
    ('добыто 3 млн куб. м газа', '3 млн куб. м', 3000000, 'exact', None, 'кубический метр', 'measure'),
    ('заповедник площадью 120 кв. км', '120 кв. км', 120, 'exact', None, 'квадратный километр', 'measure'),
    ('станция мощностью 300 МВт', '300 МВт', 300, 'exact', None, 'мегаватт', 'measure'),
    ('собрано 2 млн т зерна', '2 млн т', 2000000, 'exact', None, 'тонна', 'measure'),
    ('засеяно 15 тыс. га', '15 тыс. га', 15000, 'exact', None, 'гектар', 'measure'),
    ('посылки весом до 5 кг', 'до 5 кг', 5, 'less', None, 'килограмм', 'measure'),
]

# the counted noun after a genitive plural another reading hides, after the number restated in
# parentheses; a unit of speed kept whole
OBJECTS = [
    ('газ проведён в 97 сел', '97 сел', 97, 'exact', None, 'село', 'count'),
    ('газ проведён в 2 села', '2 села', 2, 'exact', None, 'село', 'count'),
    ('в посёлке 120 (сто двадцать) человек', '120 (сто двадцать) человек', 120, 'exact', None, 'человек', 'count'),
    ('порывы до 25 метров в секунду', 'до 25 метров в секунду', 25, 'less', None, 'метр в секунду', 'measure'),
]


@pytest.mark.parametrize('text, surface, value, qualifier, unit, lemma, kind',
                         LIMIT_VERBS + CHANGES + UNITS + OBJECTS)
def test_figure_reads_the_sentence(text, surface, value, qualifier, unit, lemma, kind):
    figure = only_figure(text)
    assert text[figure.start:figure.stop] == surface
    _check(figure, value, qualifier, unit, lemma)
    assert figure.kind == kind


@pytest.mark.parametrize('text', ['пять из них', 'сесть в 5'])
def test_genitive_plural_reading_needs_a_noun(text):
    assert [f.object for f in extract_figures(text)] in ([], [None])


# с X до Y: both ends exact, the first takes the unit and the scale of the second
@pytest.mark.parametrize('text, expected', [
    ('ставка снизилась с 15,1% до 13,4%', [('15,1%', 15.1, 'exact', '%'), ('13,4%', 13.4, 'exact', '%')]),
    ('цены выросли с 200 тенге до 250 тенге', [('200 тенге', 200, 'exact', 'KZT'), ('250 тенге', 250, 'exact', 'KZT')]),
    ('расходы выросли с 10 до 15 млрд тенге', [('10', 10000000000, 'exact', 'KZT'),
                                               ('15 млрд тенге', 15000000000, 'exact', 'KZT')]),
])
def test_from_to(text, expected):
    assert [(text[f.start:f.stop], f.value, f.qualifier, f.unit) for f in extract_figures(text)] == expected


# ages are no figures (`для граждан от 18 лет` stays one: no word of age)
@pytest.mark.parametrize('text', [
    'молодёжь в возрасте от 14 до 35 лет',
    'дети в возрасте до 6 лет',
    'погибла женщина в возрасте 45 лет',
    'мальчик возрастом 10 лет',
    'пять лет от роду',
])
def test_age_is_not_a_figure(text):
    assert extract_figures(text) == []


@pytest.mark.parametrize('text', TERMS + ['приговорён к 3 годам 6 месяцам лишения свободы'])
def test_term_is_no_figure(text):
    assert extract_figures(text) == []


@pytest.mark.parametrize('text', [
    # sports weight categories
    'победил в весовой категории до 63,5 кг',
    'серебро в весе до 57 кг',
    'бронзу взял Иванов (до 75 кг)',
    'выступает в весе свыше 92 кг',
])
def test_not_a_figure_in_its_sentence(text):
    assert extract_figures(text) == []


@pytest.mark.parametrize('text, kind', [
    ('построено 46 школ', 'count'),
    ('выделено 1,5 млрд тенге', 'money'),
    ('инфляция составила 12,3%', 'percent'),
    ('собрано 85 тыс. тонн', 'measure'),
    ('тарифы подорожали на 11%', 'change'),
    ('от 300 до 500 билетов', 'range'),
])
def test_kind(text, kind):
    assert only_figure(text).kind == kind


@pytest.mark.parametrize('text, surfaces', [
    ('2026-02-12Маулен прибыл', []),            # a date glued to the next word: no piece of it
    ('в 12кабинетах', []),
    ('выделено 12 млн тенге', ['12 млн тенге']),
    ('10-летний юбилей и 5% роста', ['5%']),
])
def test_a_figure_never_cuts_a_word(text, surfaces):
    assert [text[figure.start:figure.stop] for figure in extract_figures(text)] == surfaces
