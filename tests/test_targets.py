"""Figures' status (target or actual) and links (part_of, with): grammars/targets.py and links.py,
on phrases written for these tests."""

import pytest

from pipeline.nlp.grammars.targets import ACTUAL, TARGET


DOCS = []  # a span group works only while its Doc lives


def figures(figures_nlp, text):
    DOCS[:] = [figures_nlp(text)]
    return list(DOCS[0].spans['figures'])


@pytest.mark.parametrize('text, expected', [
    # a plan, an intention, a forecast, a required limit: cue words whatever the tense
    ('В следующем году планируется открыть 5 новых школ.', [TARGET]),
    ('На программу предусмотрено 3 млрд тенге.', [TARGET]),
    ('Рост тарифов не должен превышать 7%.', [TARGET]),
    ('Ожидается рост выпуска на 4%.', [TARGET]),
    ('Цель – 200 тысяч рабочих мест к 2030 году.', [TARGET]),
    # the tense of the verb
    ('В городе будут работать 40 врачей.', [TARGET]),
    ('Компания построит 12 км дорог.', [TARGET]),
    ('В 2027 году на ремонт выделят 3 млрд тенге.', [TARGET]),
    ('На ремонт выделено 3 млрд тенге.', [ACTUAL]),
    ('В прошлом году в области открыли 5 новых школ.', [ACTUAL]),
    ('В регионе работают 40 врачей.', [ACTUAL]),
    ('Доля отрасли составила 12%.', [ACTUAL]),
    # a forecast, a condition, a limit; a current state and a past result
    ('По прогнозу, выпуск вырастет на 4%.', [TARGET]),
    ('Если цены вырастут на 5%, продажи упадут.', [TARGET]),
    ('Лимит заимствований не должен превышать 10 млрд тенге.', [TARGET]),
    ('Сейчас в школе учатся 900 детей.', [ACTUAL]),
    ('В прошлом году собрали 2 млн тонн зерна.', [ACTUAL]),
    # an infinitive with no finite verb: a goal
    ('Наша задача – довести охват до 90%.', [TARGET]),
    # no verb at all: a state
    ('Площадь здания – 5 000 квадратных метров.', [ACTUAL]),
    # each clause its own verb; a clause without one takes its neighbour's
    ('В прошлом году построено 3 школы, а в будущем году планируется построить еще 4 школы.', [ACTUAL, TARGET]),
    ('Фонд выплатит победителям по 2 млн тенге, призерам – по 1 млн тенге.', [TARGET, TARGET]),
    # a sentence opening with `В том числе` and no verb continues the one before
    ('В будущем году планируется провести 300 встреч. В том числе в районах – 120 встреч.', [TARGET, TARGET]),
    ('В прошлом году проведено 300 встреч. В том числе в районах – 120 встреч.', [ACTUAL, ACTUAL]),
    # ... one that does not open so keeps its own status
    ('В будущем году планируется провести 300 встреч. Площадь зала – 400 квадратных метров.', [TARGET, ACTUAL]),
])
def test_status(figures_nlp, text, expected):
    assert [span._.figure['status'] for span in figures(figures_nlp, text)] == expected


def links(figures_nlp, text):
    """(figure, the total it is part of, the figure it describes) by text, None where there is none."""
    spans = figures(figures_nlp, text)
    names = [text[span._.figure['start']:span._.figure['stop']] for span in spans]
    name = lambda index: None if index is None else names[index]  # noqa: E731
    return [(names[index], name(span._.figure['part_of']), name(span._.figure['with_']))
            for index, span in enumerate(spans)]


@pytest.mark.parametrize('text, expected', [
    # a cue before the part
    ('За день эвакуировано 50 человек, в том числе 12 детей.',
     [('50 человек', None, None), ('12 детей', '50 человек', None)]),
    ('Бюджет фильма составил 900 млн тенге, из которых 300 млн тенге выделило министерство.',
     [('900 млн тенге', None, None), ('300 млн тенге', '900 млн тенге', None)]),
    ('Всего открыто 40 пунктов. Из них 25 пунктов работают круглосуточно.',
     [('40 пунктов', None, None), ('25 пунктов', '40 пунктов', None)]),
    # ... the nearest total of the same kind, sentences back, past figures of other kinds
    ('Всего открыто 40 пунктов. Работают 12 врачей и 30 медсестер. Из них 25 пунктов работают круглосуточно.',
     [('40 пунктов', None, None), ('12 врачей', None, None), ('30 медсестер', None, None),
      ('25 пунктов', '40 пунктов', None)]),
    # a share: 1 500 / 2 000 = 75%
    ('В голосовании участвовали 2 000 человек, за проект высказались 1 500 человек, или 75%.',
     [('2 000 человек', None, None), ('1 500 человек', '2 000 человек', None), ('75%', '2 000 человек', None)]),
    # ... the total of a share anywhere before it in the document: 50 / 400 = 12,5%
    ('Расходы бюджета составят 400 млрд тенге. Доходы вырастут на 3%. Налоги дадут 60 млрд тенге. Займы дадут '
     '20 млрд тенге. На здравоохранение направят 50 млрд тенге, или 12,5% всех расходов.',
     [('400 млрд тенге', None, None), ('3%', None, None), ('60 млрд тенге', None, None),
      ('20 млрд тенге', None, None), ('50 млрд тенге', '400 млрд тенге', None), ('12,5%', '400 млрд тенге', None)]),
    # ... but not money as the total of a count (10 / 40 = 25% by chance)
    ('Билет стоит 40 долларов. Зал открыт с утра. Продано 10 билетов, или 25% всех билетов.',
     [('40 долларов', None, None), ('10 билетов', None, None), ('25%', None, None)]),
    # people in brackets after a count; a measure of the things counted
    ('Прошло 20 концертов (3 тысячи зрителей).',
     [('20 концертов', None, None), ('3 тысячи зрителей', None, '20 концертов')]),
    ('Отремонтировано 15 мостов общей протяженностью 2 км в области.', [('15 мостов', None, None), ('2 км', None, '15 мостов')]),
    ('Куплено 30 автобусов на сумму 900 млн тенге.',
     [('30 автобусов', None, None), ('900 млн тенге', None, '30 автобусов')]),
    # a total split by level: the coverage of each part is a part of the total's coverage
    ('Планируется провести 500 концертов с общим охватом 90 тысяч человек. В том числе в столице – '
     '200 концертов (40 тысяч зрителей), в регионах – 300 концертов (50 тысяч зрителей).',
     [('500 концертов', None, None), ('90 тысяч человек', None, '500 концертов'),
      ('200 концертов', '500 концертов', None), ('40 тысяч зрителей', '90 тысяч человек', '200 концертов'),
      ('300 концертов', '500 концертов', None), ('50 тысяч зрителей', '90 тысяч человек', '300 концертов')]),
    # no links: figures side by side, a count of other things, a share of nothing said
    ('Цены выросли на 5%, зарплаты – на 7%.', [('5%', None, None), ('7%', None, None)]),
    ('Приехали 300 спортсменов из 40 стран.', [('300 спортсменов', None, None), ('40 стран', None, None)]),
    ('Бюллетени получили 500 избирателей (45%).', [('500 избирателей', None, None), ('45%', None, None)]),
    ('Отремонтировано 15 мостов, построено 2 км дорог.', [('15 мостов', None, None), ('2 км', None, None)]),
])
def test_links(figures_nlp, text, expected):
    assert links(figures_nlp, text) == expected


def test_links_become_figure_ids_in_the_rows(figures_nlp):
    from pipeline.running.inputs import Source
    from pipeline.running.output import doc_rows
    text = 'За день эвакуировано 50 человек, в том числе 12 детей. Прошло 20 концертов (3 тысячи зрителей).'
    doc = figures_nlp(text)
    rows = doc_rows(doc, Source(doc_id='d', source='d.txt', text=text))['figures']
    assert [(row['figure_id'], row['part_of'], row['with'], row['status']) for row in rows] == [
        (1, None, None, ACTUAL), (2, 1, None, ACTUAL), (3, None, None, ACTUAL), (4, None, 3, ACTUAL)]


# figures.csv rows as the report reads them: strings, empty when missing (the figure panel's status and links
# are tested in the browser: test_report.py)
REPORT_ROWS = [
    {'doc_id': 'd', 'figure_id': '1', 'text': '500 концертов', 'value': '500.0', 'unit': '', 'object': 'концерт',
     'status': 'target', 'part_of': '', 'with': '', 'sentence': 's1'},
    {'doc_id': 'd', 'figure_id': '2', 'text': '90 тысяч человек', 'value': '90000.0', 'unit': '',
     'object': 'человек', 'status': 'target', 'part_of': '', 'with': '1', 'sentence': 's1'},
    {'doc_id': 'd', 'figure_id': '3', 'text': '200 концертов', 'value': '200.0', 'unit': '', 'object': 'концерт',
     'status': 'target', 'part_of': '1', 'with': '', 'sentence': 's2'},
    {'doc_id': 'e', 'figure_id': '1', 'text': '5%', 'value': '5.0', 'unit': '%', 'object': '',
     'status': 'actual', 'part_of': '', 'with': '', 'sentence': 's3'},
]


def test_report_targets_table():
    from pipeline.report.targets import target_rows
    rows = target_rows(REPORT_ROWS)
    assert [(row['text'], row['part_of'], row['described']) for row in rows] == [
        ('500 концертов', '', '90 тысяч человек'), ('200 концертов', '500 концертов', '')]


def test_seed_report_lists_the_planned_events(seed_run):
    """The seeds plan about 1000 events in a branch, split by level: the Targets rows of the index."""
    from pipeline.report.targets import target_rows
    rows = target_rows(seed_run['figures'].astype(object).where(seed_run['figures'].notna(), '').astype(str)
                       .to_dict('records'))
    totals = [row for row in rows if row['text'] == 'около 1000 мероприятий']
    assert totals and totals[0]['described'] == '700 тысяч человек'
    assert sorted(row['text'] for row in rows if row['part_of'] == 'около 1000 мероприятий') == [
        '700 мероприятий', 'около 400 мероприятий', 'порядка 100 мероприятий']
