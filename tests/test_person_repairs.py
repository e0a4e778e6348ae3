"""person-surname-org: a one-word organisation that is a case form of the surname of a person
the document names is that person (pipeline/nlp/stages/repair/name_edges.py). Sentences written
for the test; the word is handed to the rule as an ORG, as the tagger may read it."""

import pytest
from spacy.tokens import Span

# text, the word read as ORG, the label the rule gives it
SURNAME_ORGS = [
    # a foreign surname of no Russian shape, after its first name
    ('Проект возглавил профессор Томас Вернер. В лаборатории Вернера уже испытали образцы.', 'Вернера', 'PER'),
    # a surname's shape, in a list with initials
    ('В комиссию вошли Сейтказиев Б. Е. и Омаров К. Л. Председателем избран Сейтказиев.', 'Сейтказиев', 'PER'),
    # no person of that name: the organisation stays
    ('Проект возглавил профессор Томас Вернер. Контракт подписал Казатомпром.', 'Казатомпром', 'ORG'),
    # the first name alone is no surname
    ('Проект возглавил профессор Томас Вернер. Компания Томас выпустила отчет.', 'Томас', 'ORG'),
]


@pytest.mark.parametrize('text, word, label', SURNAME_ORGS)
def test_surname_orgs(nlp, text, word, label):
    from pipeline.nlp.stages.repair.name_edges import surname_orgs
    doc = nlp(text)
    index = max(token.i for token in doc if token.text == word)
    spans = [span for span in doc.ents if not (span.start <= index < span.end)] + [Span(doc, index, index + 1, 'ORG')]
    found = {span.text: span.label_ for span in surname_orgs(doc, spans)}
    assert found[word] == label


# person-particle: text, the person's words handed to the rule, the person it gives
SURNAME_PARTICLES = [
    ('Позже Ле Пен заявила, что не уйдет.', 'Пен', 'Ле Пен'),
    ('Канцлер Отто фон Бисмарк подписал договор.', 'Бисмарк', 'фон Бисмарк'),
    # a first name after `да` is a second person
    ('На праздник пришли Асель да Ерлан.', 'Ерлан', 'Ерлан'),
]


@pytest.mark.parametrize('text, words, expected', SURNAME_PARTICLES)
def test_surname_particles(nlp, text, words, expected):
    from pipeline.nlp.stages.repair.name_edges import surname_particles
    doc = nlp.make_doc(text)
    start = next(token.i for token in doc if token.text == words.split()[0])
    person = Span(doc, start, start + len(words.split()), 'PER')
    assert [span.text for span in surname_particles(doc, [person])] == [expected]


# person-typed (repair/persons.py): text, the two words handed to the rule as a place, the label it gives
TYPED_NAMES = [
    # a first name and a declined Russian-pattern surname after a place's genitive: a person
    ('Жалобу переслали директору парка Ерику Жумагулову.', 'Ерику Жумагулову', 'PER'),
    ('Встреча с Серіком Жұманғариным прошла в Токио.', 'Серіком Жұманғариным', 'PER'),
    # a settlement, a street, a namesake named after a person stay places
    ('В селе Шокана Валиханова открыли школу.', 'Шокана Валиханова', 'LOC'),
    ('На улице Абая Кунанбаева меняют асфальт.', 'Абая Кунанбаева', 'LOC'),
    ('Музей имени Ахмета Байтурсынова открылся после ремонта.', 'Ахмета Байтурсынова', 'LOC'),
    # no first name: no person
    ('Туристы едут в Верхнее Дуброво.', 'Верхнее Дуброво', 'LOC'),
]


@pytest.mark.parametrize('text, words, label', TYPED_NAMES)
def test_typed_names(nlp, text, words, label):
    from pipeline.nlp.stages.repair.persons import typed_names
    from pipeline.resources import resolve_model_path
    from pipeline.nlp.lexicons import position_lemmas
    doc = nlp.make_doc(text)
    start = next(token.i for token in doc if token.text == words.split()[0])
    place = Span(doc, start, start + 2, 'LOC')
    place._.rule = 'slovnet'
    positions = position_lemmas(resolve_model_path('positions.txt'))
    assert [span.label_ for span in typed_names(doc, [place], positions)] == [label]


# person-halves (repair/persons.py): text, the first name and the surname handed to the rule as two
# persons, the persons it gives
JOINED_HALVES = [
    ('По мнению Фёдора Кравченко, урожай будет хорошим.', 'Фёдора Кравченко', ['Фёдора Кравченко']),
    ('Интервью с Матильдой Уррутией вышло в субботу.', 'Матильдой Уррутией', ['Матильдой Уррутией']),
    # no first name: two persons stay two
    ('Спорили Петров Сидоров и другие.', 'Петров Сидоров', ['Петров', 'Сидоров']),
    # a first name and a word of another case: two persons (`Ивану` dative, `Петров` nominative)
    ('Письмо Ивану Петров так и не отправил.', 'Ивану Петров', ['Ивану', 'Петров']),
]


@pytest.mark.parametrize('text, words, expected', JOINED_HALVES)
def test_joined_halves(nlp, text, words, expected):
    from pipeline.nlp.stages.repair.persons import joined_halves
    from pipeline.resources import resolve_model_path
    from pipeline.nlp.lexicons import position_lemmas
    doc = nlp.make_doc(text)
    start = next(token.i for token in doc if token.text == words.split()[0])
    halves = [Span(doc, start, start + 1, 'PER'), Span(doc, start + 1, start + 2, 'PER')]
    positions = position_lemmas(resolve_model_path('positions.txt'))
    assert [span.text for span in joined_halves(doc, halves, positions)] == expected


# place-title-head (pipeline/nlp/stages/repair/place_titles.py): the place of an akim's or a mayor's title
# glued before a first name and a surname; the words after the title handed to the rule as one PER
TITLED_PLACES = [
    ('Аким Степногорска Ерлан Жумабаев открыл каток.', 'Степногорска Ерлан Жумабаев',
     [('LOC', 'Степногорска'), ('PER', 'Ерлан Жумабаев')]),
    ('Вчера аким Текели Айдана Сапарова встретилась с ветеранами.', 'Текели Айдана Сапарова',
     [('LOC', 'Текели'), ('PER', 'Айдана Сапарова')]),
    ('Мэр Бишкека Азамат Токтосунов проверил дороги.', 'Бишкека Азамат Токтосунов',
     [('LOC', 'Бишкека'), ('PER', 'Азамат Токтосунов')]),
    # no title before: the words stay one person
    ('Директор Ерлан Асхатович Жумабаев открыл каток.', 'Ерлан Асхатович Жумабаев',
     [('PER', 'Ерлан Асхатович Жумабаев')]),
    # surname first with a patronymic: a name of three words, no place
    ('Аким Жумабаев Ерлан Асхатович открыл каток.', 'Жумабаев Ерлан Асхатович',
     [('PER', 'Жумабаев Ерлан Асхатович')]),
    # a first name first: no place before it
    ('Аким Ерлан Асхатович Жумабаев открыл каток.', 'Ерлан Асхатович Жумабаев',
     [('PER', 'Ерлан Асхатович Жумабаев')]),
]


@pytest.mark.parametrize('text, words, expected', TITLED_PLACES)
def test_titled_place_heads(nlp, text, words, expected):
    from pipeline.nlp.stages.repair.place_titles import titled_place_heads
    doc = nlp.make_doc(text)
    texts = [token.text for token in doc]
    start = texts.index(words.split()[0])
    span = Span(doc, start, start + len(words.split()), 'PER')
    positions = nlp.get_pipe('repair').positions
    assert [(found.label_, found.text) for found in titled_place_heads(doc, [span], positions)] == expected
