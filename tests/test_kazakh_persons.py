"""Kazakh and Russian person names found whole and typed PER (repair/persons.py:
`place-head`, `join-name`, `settlement`; names.py, kazakh.py): [input, expected]."""

import pytest

from pipeline.nlp.kazakh import has_name_element, russian_spellings
from pipeline.nlp.name_parts import is_first_name, kazakh_patronymic_gender, split_name
from pipeline.nlp.names import person_normal
from pipeline.nlp.stages.repair.persons import join_names, settlement_names, split_place_heads
from pipeline.nlp.stages.repair.spans import make_span


def mentions(nlp, text):
    return {(span.label_, span.text, span._.normal) for span in nlp(text).ents}


# a place in the genitive before a full name is the place of the title, not part of the name
PLACE_HEADS = [
    ('Аким Алматы Ерлан Маратович Досмағамбетов провёл совещание.',
     [('LOC', 'Алматы'), ('PER', 'Ерлан Маратович Досмағамбетов')]),
    ('Аким Костаная Болат Серікұлы Жақсыбеков открыл школу.',
     [('LOC', 'Костаная'), ('PER', 'Болат Серікұлы Жақсыбеков')]),
    ('Аким Жезказгана Ерболат Серікович Құдайбергенов подписал приказ.',
     [('LOC', 'Жезказгана'), ('PER', 'Ерболат Серікович Құдайбергенов')]),
    # a city that looks like a surname in the genitive, after a territorial title
    ('Аким Конаева Талғат Серікұлы Жұмабаев встретился с фермерами.',
     [('LOC', 'Конаева'), ('PER', 'Талғат Серікұлы Жұмабаев')]),
]

# a full name split between mentions, or typed otherwise, is one person
WHOLE_NAMES = [
    ('«Мы завершили ремонт школы», – рассказала директор гимназии Гүлнара Серікқызы Омарова.',
     ('PER', 'Гүлнара Серікқызы Омарова', 'Гүлнара Серікқызы Омарова')),
    ('«Работы идут по графику», – отметил руководитель отдела Бейбіт Қанатұлы Сағынтаев.',
     ('PER', 'Бейбіт Қанатұлы Сағынтаев', 'Бейбіт Қанатұлы Сағынтаев')),
    # the patronymic written as two words
    ('По словам Асхата Бақытжан ұлы Нұрмаханова, работы идут.',
     ('PER', 'Асхата Бақытжан ұлы Нұрмаханова', 'Асхат Бақытжан ұлы Нұрмаханов')),
    # a surname in capitals: a byline, a speaker
    ('На встрече выступила Айгерім САПАРОВА, директор школы.',
     ('PER', 'Айгерім САПАРОВА', 'Айгерім Сапарова')),
    ('Ербол САПАРОВ', ('PER', 'Ербол САПАРОВ', 'Ербол Сапаров')),
    ('Бауыржан ҚАЛИЕВ', ('PER', 'Бауыржан ҚАЛИЕВ', 'Бауыржан Қалиев')),
]

# a one-word "person" after a settlement noun, or in its list of places, is a place
SETTLEMENTS = [
    ('Выборы прошли на участках в селах Ақжар, Көктөбе и Қызылжар.', ('LOC', 'Қызылжар')),
    ('Голосование проходило в аулах Талдыбұлақ, Сарыкөл и Жаңаарық.', ('LOC', 'Жаңаарық')),
]

# what the rules leave alone
UNCHANGED = [
    ('Председатель Сената Маулен Ашимбаев открыл заседание.', ('PER', 'Маулен Ашимбаев')),
    ('Об этом рассказал Арман.', ('PER', 'Арман')),
    ('Как рассказала Гүлнар, в селе нет воды.', ('PER', 'Гүлнар')),
]


@pytest.mark.parametrize('text, expected', PLACE_HEADS)
def test_place_heads(nlp, text, expected):
    found = {(label, surface) for label, surface, _ in mentions(nlp, text)}
    assert set(expected) <= found, found


@pytest.mark.parametrize('text, expected', WHOLE_NAMES)
def test_whole_names(nlp, text, expected):
    found = mentions(nlp, text)
    label, surface, normal = expected
    assert any(got[:2] == (label, surface) and normal in (None, got[2]) for got in found), found


@pytest.mark.parametrize('text, expected', SETTLEMENTS + UNCHANGED)
def test_settlements_and_unchanged(nlp, text, expected):
    found = {(label, surface) for label, surface, _ in mentions(nlp, text)}
    assert expected in found, found


def spans_of(nlp, text, pieces):
    """The doc of `text` with the mentions `pieces` [(label, start token, end token)] set by hand."""
    doc = nlp(text)
    return doc, [make_span(doc, start, end, label, 'test') for label, start, end in pieces]


# the rules on mentions set by hand: (text, mentions before, mentions after)
RULE_CASES = [
    (split_place_heads, 'Аким Павлодара Нұрлан Серікұлы Бекенов выступил.',
     [('PER', 1, 5)], [('LOC', 'Павлодара'), ('PER', 'Нұрлан Серікұлы Бекенов')]),
    # a first name before a full name is the person's own: `Анна Мария Ивановна Петрова`
    (split_place_heads, 'Выступила Анна Мария Ивановна Петрова.',
     [('PER', 1, 5)], [('PER', 'Анна Мария Ивановна Петрова')]),
    (join_names, 'Выступила Мейрамгүл Қанатқызы Ахметова.',
     [('LOC', 1, 2), ('PER', 2, 4)], [('PER', 'Мейрамгүл Қанатқызы Ахметова')]),
    (join_names, 'Выступила Айгерім САПАРОВА.',
     [('ORG', 1, 3)], [('PER', 'Айгерім САПАРОВА')]),
    (join_names, 'Выступил Нұрлан Бақытжан ұлы Сейітов.',
     [('PER', 1, 3), ('PER', 4, 5)], [('PER', 'Нұрлан Бақытжан ұлы Сейітов')]),
    # a mention that runs past the name is left alone
    (join_names, 'Выступила компания Айгерім САПАРОВА Групп.',
     [('ORG', 2, 5)], [('ORG', 'Айгерім САПАРОВА Групп')]),
    # a name without a patronymic, its surname not in capitals: no evidence to join
    (join_names, 'В Айгерім Сапарова.',
     [('LOC', 1, 2), ('ORG', 2, 3)], [('LOC', 'Айгерім'), ('ORG', 'Сапарова')]),
    (settlement_names, 'Жители села Жаңатұрмыс пожаловались.',
     [('PER', 2, 3)], [('LOC', 'Жаңатұрмыс')]),
    (settlement_names, 'Жители сел Ақсай и Жаңатұрмыс пожаловались.',
     [('LOC', 2, 3), ('PER', 4, 5)], [('LOC', 'Ақсай'), ('LOC', 'Жаңатұрмыс')]),
    # the holder of a title over the town, a surname one knows
    (settlement_names, 'Глава города Собянин открыл парк.',
     [('PER', 2, 3)], [('PER', 'Собянин')]),
    (settlement_names, 'Мэр города Жаңатұрмыс открыл парк.',
     [('PER', 2, 3)], [('PER', 'Жаңатұрмыс')]),
]


@pytest.mark.parametrize('rule, text, before, after', RULE_CASES)
def test_rules(nlp, rule, text, before, after):
    doc, spans = spans_of(nlp, text, before)
    positions = nlp.get_pipe('repair').positions
    result = sorted(rule(doc, spans, positions), key=lambda span: span.start)
    assert [(span.label_, span.text) for span in result] == after


@pytest.mark.parametrize('word, expected', [
    ('Нұржан', True), ('Әсел', True), ('Гүлнар', True), ('Мейрамгүл', True), ('Айгерім', True),
    ('Жаңаталап', False), ('Қарабұлақ', False),
])
def test_kazakh_first_names(word, expected):
    assert is_first_name(word) is expected


@pytest.mark.parametrize('word, expected', [
    ('Әсел', {'асел', 'асель'}),
    ('Гүлнар', {'гулнар', 'гульнар'}),
    ('Нұржан', {'нуржан'}),
])
def test_russian_spellings(word, expected):
    assert russian_spellings(word) == expected


@pytest.mark.parametrize('word, expected', [
    ('Ерболат', True), ('Мейрамгүл', True), ('Нұрсұлтан', True), ('Бек', False), ('Жаңаталап', False),
])
def test_name_elements(word, expected):
    assert has_name_element(word) is expected


@pytest.mark.parametrize('word, expected', [
    ('Қанатқызы', 'femn'), ('Серікұлы', 'masc'), ('ұлы', 'masc'), ('қызы', 'femn'), ('Ахметова', None),
])
def test_patronymic_gender(word, expected):
    assert kazakh_patronymic_gender(word) == expected


@pytest.mark.parametrize('words, expected', [
    (['Айгерім', 'САПАРОВА'], ['Айгерім', 'Сапарова']),
    (['Нұрлан', 'ТӨЛЕУ-БЕКОВ'], ['Нұрлан', 'Төлеу-Беков']),
    # all in capitals (a stage name), a Roman numeral, an initial: as written
    (['PSY'], ['PSY']),
    (['Николай', 'II'], ['Николай', 'II']),
    (['А.', 'Петров'], ['А.', 'Петров']),
])
def test_capitals_normal(words, expected):
    assert person_normal(words) == expected


GENITIVE = {'gent': 0.6, 'accs': 0.6}


# a name with Kazakh letters declines as its Russian-letter look-alike does, its letters kept
@pytest.mark.parametrize('words, cases, expected', [
    (['Нұржана', 'Оразалина'], GENITIVE, ['Нұржан', 'Оразалин']),
    (['Әсемгүл', 'Төлеуовой'], {'gent': 0.6}, ['Әсемгүл', 'Төлеуова']),
    # the father's name of a two-word patronymic does not decline
    (['Асхата', 'Бақытжан', 'ұлы', 'Нұрмаханова'], GENITIVE, ['Асхат', 'Бақытжан', 'ұлы', 'Нұрмаханов']),
    (['Әсел', 'Төлеуова'], None, ['Әсел', 'Төлеуова']),
    (['Дәурен', 'Сейітқали'], None, ['Дәурен', 'Сейітқали']),
])
def test_kazakh_declension(words, cases, expected):
    assert person_normal(words, cases) == expected


@pytest.mark.parametrize('words, expected', [
    (['Асхат', 'Бақытжан', 'ұлы'], ('Асхат', 'Бақытжан ұлы', None)),
    (['Асхат', 'Бақытжан', 'ұлы', 'Нұрмаханов'], ('Асхат', 'Бақытжан ұлы', 'Нұрмаханов')),
    (['Ерлан', 'Маратович', 'Досмағамбетов'], ('Ерлан', 'Маратович', 'Досмағамбетов')),
])
def test_split_name(words, expected):
    assert split_name(words) == expected
