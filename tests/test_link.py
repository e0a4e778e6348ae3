"""Linking: mentions to entities within a document and across a run."""

import pytest

from pipeline.nlp.stages.link import abbreviations, gendered_surname, link_names, link_persons
from pipeline.running.linking import entity_id, link_run

# a text -> (mention, entity name) of its person mentions
PERSONS_IN_TEXT = [
    # a surname alone links to the full name
    ('Спикер Сената Маулен Ашимбаев прибыл в регион. Ашимбаев встретился со студентами.',
     [('Маулен Ашимбаев', 'Маулен Ашимбаев'), ('Ашимбаев', 'Маулен Ашимбаев')]),
    # an initialled name too
    ('Председатель партии Азат Амиртаев открыл заседание. А. Амиртаев отметил важность реформы.',
     [('Азат Амиртаев', 'Азат Амиртаев'), ('А. Амиртаев', 'Азат Амиртаев')]),
    # the fullest name seen is the entity's name
    ('Президент Касым-Жомарт Кемелевич Токаев подписал указ. Касым-Жомарт Токаев заявил, что Токаев не уйдёт.',
     [('Касым-Жомарт Кемелевич Токаев', 'Касым-Жомарт Кемелевич Токаев'),
      ('Касым-Жомарт Токаев', 'Касым-Жомарт Кемелевич Токаев'),
      ('Токаев', 'Касым-Жомарт Кемелевич Токаев')]),
    # one surname, two persons: a surname alone goes by its form and gender
    ('На встрече выступили депутат Иван Петров и его супруга Анна Петрова. Петрова рассказала о школе, '
     'а Петров — о дорогах.',
     [('Иван Петров', 'Иван Петров'), ('Анна Петрова', 'Анна Петрова'), ('Петрова', 'Анна Петрова'),
      ('Петров', 'Иван Петров')]),
    # one indeclinable surname, a man and a woman: the verb after a surname alone tells whose it is
    ('Суд допросил бизнесмена Марко Ферри и его бывшую жену Джулию Ферри. Ферри признал, что подписал договор.',
     [('Марко Ферри', 'Марко Ферри'), ('Джулию Ферри', 'Джулия Ферри'), ('Ферри', 'Марко Ферри')]),
    ('Суд допросил бизнесмена Марко Ферри и его бывшую жену Джулию Ферри. Ферри признала, что подписала договор.',
     [('Марко Ферри', 'Марко Ферри'), ('Джулию Ферри', 'Джулия Ферри'), ('Ферри', 'Джулия Ферри')]),
    # declined forms are one person
    ('Спикер Сената Маулен Ашимбаев прибыл в регион. По мнению Маулена Ашимбаева, реформа нужна.',
     [('Маулен Ашимбаев', 'Маулен Ашимбаев'), ('Маулена Ашимбаева', 'Маулен Ашимбаев')]),
]


@pytest.mark.parametrize('text, expected', PERSONS_IN_TEXT)
def test_persons_in_text(nlp, text, expected):
    doc = nlp(text)
    assert [(span.text, span._.entity) for span in doc.ents if span.label_ == 'PER'] == expected


# a text -> (mention, entity name) of its other mentions
NAMES_IN_TEXT = [
    # an abbreviation links to its expansion where the text gives both
    ('Аким Восточно-Казахстанской области провёл совещание. В ВКО построят новую школу.',
     [('Восточно-Казахстанской области', 'Восточно-Казахстанская область'), ('ВКО', 'Восточно-Казахстанская область')]),
    ('Делегация Республики Казахстан прибыла в Женеву. Представители РК обсудили торговлю.',
     [('Республики Казахстан', 'Казахстан'), ('Женеву', 'Женева'), ('РК', 'Казахстан')]),
    # a gazetteer name is given as the text spells it when they differ only in Kazakh letters
    ('Законопроект поддержали депутаты фракции «Ақ жол».', [('Ақ жол', 'Ақ жол')]),
    ('Законопроект поддержали депутаты фракции «Ак жол».', [('Ак жол', 'Ак жол')]),
    ('Законопроект поддержали депутаты фракции «Ақжол».', [('Ақжол', 'Ак жол')]),
]


@pytest.mark.parametrize('text, expected', NAMES_IN_TEXT)
def test_names_in_text(nlp, text, expected):
    doc = nlp(text)
    assert [(span.text, span._.entity) for span in doc.ents if span.label_ != 'PER'] == expected


def spans(nlp, text, marked):
    """A doc of `text` with `marked` mentions: (surface, label, normal, canonical)."""
    doc = nlp.make_doc(text)
    result = []
    position = 0
    for surface, label, normal, canonical in marked:
        start = text.index(surface, position)
        position = start + len(surface)
        span = doc.char_span(start, position, label=label)
        span._.normal, span._.canonical = normal, canonical
        result.append(span)
    return result


@pytest.mark.parametrize('marked, expected', [
    # `Коалиции` -> the one longer name it heads
    ([('Общенациональной коалиции', 'ORG', 'Общенациональная коалиция', None),
      ('Коалиции', 'ORG', 'Коалиция', None)],
     ['Общенациональная коалиция', 'Общенациональная коалиция']),
    # a shorter name -> the one longer name starting with it
    ([('Общенациональную коалицию «За Конституцию»', 'ORG', 'Общенациональная коалиция «За Конституцию»', None),
      ('Общенациональной коалиции', 'ORG', 'Общенациональная коалиция', None)],
     ['Общенациональная коалиция «За Конституцию»', 'Общенациональная коалиция «За Конституцию»']),
    # abbreviations of every word's initial
    ([('Комитета национальной безопасности', 'ORG', 'Комитет национальной безопасности', None),
      ('КНБ', 'ORG', 'КНБ', None)],
     ['Комитет национальной безопасности', 'Комитет национальной безопасности']),
    ([('Министерства иностранных дел', 'ORG', 'Министерство иностранных дел', None),
      ('МИД', 'ORG', 'МИД', None)],
     ['Министерство иностранных дел', 'Министерство иностранных дел']),
    # ... and to the expansion's canonical name
    ([('Республики Казахстан', 'LOC', 'Республика Казахстан', 'Казахстан'), ('РК', 'LOC', 'РК', None)],
     ['Казахстан', 'Казахстан']),
    # two expansions: no link
    ([('Министерства иностранных дел', 'ORG', 'Министерство иностранных дел', None),
      ('Музея истории денег', 'ORG', 'Музей истории денег', None), ('МИД', 'ORG', 'МИД', None)],
     ['Министерство иностранных дел', 'Музей истории денег', 'МИД']),
    # a gazetteer name wins
    ([('Мажилиса Парламента', 'ORG', 'Мажилис Парламента', 'Мажилис'), ('Мажилисе', 'ORG', 'Мажилис', 'Мажилис')],
     ['Мажилис', 'Мажилис']),
])
def test_link_names(nlp, marked, expected):
    text = ' и '.join(surface for surface, *_ in marked) + '.'
    found = spans(nlp, text, marked)
    link_names(found)
    assert [span._.entity for span in found] == expected


def test_link_persons_keeps_namesakes_apart(nlp):
    text = 'Иван Петров, Анна Петрова, Петров и И. Петров.'
    found = spans(nlp, text, [('Иван Петров', 'PER', 'Иван Петров', None), ('Анна Петрова', 'PER', 'Анна Петрова', None),
                              ('Петров', 'PER', 'Петров', None), ('И. Петров', 'PER', 'И. Петров', None)])
    parts = [('Иван', None, 'Петров'), ('Анна', None, 'Петрова'), (None, None, 'Петров'), ('И.', None, 'Петров')]
    for span, (first, middle, last) in zip(found, parts):
        span._.first, span._.middle, span._.last = first, middle, last
    link_persons(found)
    assert [span._.entity for span in found] == ['Иван Петров', 'Анна Петрова', 'Иван Петров', 'Иван Петров']


@pytest.mark.parametrize('name, abbreviation', [
    ('Республика Казахстан', 'РК'),
    ('Восточно-Казахстанская область', 'ВКО'),
    ('Министерство иностранных дел', 'МИД'),
    ('Комиссия по конституционной реформе', 'ККР'),
    ('Центральная избирательная комиссия', 'ЦИК'),
])
def test_abbreviations(name, abbreviation):
    assert abbreviation in abbreviations(name)


def mention(doc_id, type, entity, normal=None, first=None, middle=None, last=None):
    return {'doc_id': doc_id, 'type': type, 'entity': entity, 'normal': normal or entity,
            'first': first, 'middle': middle, 'last': last}


def run_names(mentions):
    entities = {row['entity_id']: row for row in link_run(mentions)}
    return [entities[m['entity_id']]['name'] for m in mentions], entities


# mentions of several documents -> the entity name each ends up in
RUN_CASES = [
    # one person across documents, under the fullest name
    ([mention('a', 'PER', 'Касым-Жомарт Токаев', first='Касым-Жомарт', last='Токаев'),
      mention('b', 'PER', 'Касым-Жомарт Кемелевич Токаев', first='Касым-Жомарт', middle='Кемелевич', last='Токаев'),
      mention('c', 'PER', 'Касым-Жомарт Кемелулы Токаев', first='Касым-Жомарт', middle='Кемелулы', last='Токаев'),
      mention('d', 'PER', 'Токаев', last='Токаев'),
      mention('e', 'PER', 'К. Токаев', first='К.', last='Токаев')],
     ['Касым-Жомарт Кемелевич Токаев'] * 5),
    # surname first
    ([mention('a', 'PER', 'Маулен Ашимбаев'), mention('b', 'PER', 'Ашимбаев Маулен')], ['Маулен Ашимбаев'] * 2),
    # two persons of one surname stay two; a surname alone then stays apart
    ([mention('a', 'PER', 'Иван Петров'), mention('b', 'PER', 'Анна Петрова'), mention('c', 'PER', 'Петров')],
     ['Иван Петров', 'Анна Петрова', 'Петров']),
    # initials join the full name only when the patronymic's initial agrees too
    ([mention('a', 'PER', 'Нурлан Серикович Омаров', first='Нурлан', middle='Серикович', last='Омаров'),
      mention('b', 'PER', 'Н. К. Омаров', first='Н.', middle='К.', last='Омаров')],
     ['Нурлан Серикович Омаров', 'Н. К. Омаров']),
    ([mention('a', 'PER', 'Нурлан Серикович Омаров', first='Нурлан', middle='Серикович', last='Омаров'),
      mention('b', 'PER', 'Н. С. Омаров', first='Н.', middle='С.', last='Омаров')],
     ['Нурлан Серикович Омаров'] * 2),
    # a name without its quoted part joins the one with it
    ([mention('a', 'ORG', 'Общенациональная коалиция «За Конституцию»'),
      mention('b', 'ORG', 'Общенациональная коалиция')],
     ['Общенациональная коалиция «За Конституцию»'] * 2),
    ([mention('a', 'ORG', 'корпорация «Восток-Молоко»'), mention('b', 'ORG', 'Восток-Молоко')],
     ['корпорация «Восток-Молоко»'] * 2),
    # ... but a branch is not the party
    ([mention('a', 'ORG', 'филиал «AMANAT»'), mention('b', 'ORG', 'AMANAT')], ['филиал «AMANAT»', 'AMANAT']),
    # case, quotes and ё do not make two entities
    ([mention('a', 'ORG', 'партия «Ак жол»'), mention('b', 'ORG', 'Партия "Ак жол"')], ['партия «Ак жол»'] * 2),
    ([mention('a', 'PER', 'Сергей Пономарёв'), mention('b', 'PER', 'Сергей Пономарев')], ['Сергей Пономарёв'] * 2),
    # types stay apart
    ([mention('a', 'ORG', 'Астана'), mention('b', 'LOC', 'Астана')], ['Астана', 'Астана']),
]


@pytest.mark.parametrize('mentions, expected', RUN_CASES)
def test_link_run(mentions, expected):
    names, _ = run_names(mentions)
    assert names == expected


def test_link_run_ids_are_stable_and_aliases_list_other_forms():
    def mentions():
        return [mention('a', 'PER', 'Маулен Ашимбаев', 'Маулен Ашимбаев', 'Маулен', None, 'Ашимбаев'),
                mention('a', 'PER', 'Маулен Ашимбаев', 'Ашимбаев', None, None, 'Ашимбаев'),
                mention('b', 'PER', 'Маулен Ашимбаев', 'Маулен Ашимбаев', 'Маулен', None, 'Ашимбаев')]
    first, second = mentions(), mentions()
    [entity] = link_run(first)
    link_run(second)
    assert [m['entity_id'] for m in first] == [m['entity_id'] for m in second] == [entity['entity_id']] * 3
    assert entity['entity_id'] == entity_id('PER', 'Маулен Ашимбаев')
    assert (entity['first'], entity['last'], entity['aliases']) == ('Маулен', 'Ашимбаев', 'Ашимбаев')
    assert (entity['mentions'], entity['documents']) == (3, 2)


# a list's surname-first order: the mention's normal form keeps the text's order, the entity
# is named first name first
@pytest.mark.parametrize('text, surface, normal, entity', [
    ('В комиссию вошли Сейтжанов Марат и Омарова Айгуль.', 'Сейтжанов Марат', 'Сейтжанов Марат', 'Марат Сейтжанов'),
    ('В комиссию вошли Сейтжанов Марат и Омарова Айгуль.', 'Омарова Айгуль', 'Омарова Айгуль', 'Айгуль Омарова'),
    ('Приказ подписал Сейтжанов Марат Ерланович.', 'Сейтжанов Марат Ерланович', 'Сейтжанов Марат Ерланович',
     'Марат Ерланович Сейтжанов'),
])
def test_surname_first_entity_name(nlp, text, surface, normal, entity):
    span = next(span for span in nlp(text).ents if span.text == surface)
    assert (span._.normal, span._.entity) == (normal, entity)


# a surname shared by `Имя и Имя Фамилия` in the gender of the other first name
@pytest.mark.parametrize('last, feminine, expected', [
    ('Жолдыбаев', True, 'Жолдыбаева'),
    ('Жолдыбаева', False, 'Жолдыбаев'),
    ('Жолдыбаева', True, 'Жолдыбаева'),
    ('Каримов', False, 'Каримов'),
    ('Сапарин', True, 'Сапарина'),
    ('Кудрина', False, 'Кудрин'),
    ('Тусупбекулын', True, 'Тусупбекулына'),
    ('Семёнов', True, 'Семёнова'),
    ('Гребенёва', False, 'Гребенёв'),
    ('Вишневский', True, 'Вишневская'),
    ('Загорецкая', False, 'Загорецкий'),
    ('Жолдыбаевы', True, 'Жолдыбаева'),
    ('Жолдыбаевы', False, 'Жолдыбаев'),
    ('Кудрины', True, 'Кудрина'),
    ('Семёновы', False, 'Семёнов'),
    # no ending of a gender: one form for both
    ('Пак', True, 'Пак'),
    ('Бондаренко', True, 'Бондаренко'),
    ('Шевчук', False, 'Шевчук'),
])
def test_gendered_surname(last, feminine, expected):
    assert gendered_surname(last, feminine) == expected
