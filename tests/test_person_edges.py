"""Person spans at their edges (pipeline/nlp/stages/repair/name_edges.py): the words a
tagger may take into a name that are no part of it. Sentences written for the test; the words are
handed to each rule as one PER, as the tagger may read them."""

import pytest

from pipeline.nlp.stages.repair.name_edges import dash_ends, function_words, sentence_openers, split_at_sentences, streets
from pipeline.nlp.stages.repair.regnal import regnal_names, regnal_numerals


def person(doc, words, label='PER'):
    """The span of `words` in `doc` (their first occurrence), a PER unless `label` says otherwise."""
    start = doc.text.index(words)
    return doc.char_span(start, start + len(words), label=label)


# person-sentence: a full name before a capitalised common word whose sentence lost its full stop
UNPUNCTUATED = [
    ('Мы долго репетировали, говорит Марина Белозерова Работа шла без выходных.',
     'Марина Белозерова Работа', ['Марина Белозерова']),
    ('Все прошло спокойно, говорит Анна Лебедева Просто нужно было подождать.',
     'Анна Лебедева Просто', ['Анна Лебедева']),
    # a third word that is a name stays: a patronymic, a surname
    ('Заявление сделала Анна Сергеевна Лебедева.', 'Анна Сергеевна Лебедева', ['Анна Сергеевна Лебедева']),
    ('Доклад прочла Анна Лебедева Соколова.', 'Анна Лебедева Соколова', ['Анна Лебедева Соколова']),
    # no Russian-pattern surname before it: the word may be a name's
    ('Приехал Жан Поль Бельмондо.', 'Жан Поль Бельмондо', ['Жан Поль Бельмондо']),
    # a name that ends its sentence is whole, its last word a common noun or not
    ('Его полное имя — Сергей Воробьёв Мост.', 'Сергей Воробьёв Мост', ['Сергей Воробьёв Мост']),
]


# person-opener: a common word that opens a sentence stays outside the name after it
OPENERS = [
    ('Партнёром Жанар Мусиной по дуэту стал Ерлан Кадыров.', 'Партнёром Жанар Мусиной', ['Жанар Мусиной']),
    ('Племянник Серика Жунусова возглавил кооператив.', 'Племянник Серика Жунусова', ['Серика Жунусова']),
    ('Отстранить Бекова Арата Маратовича предложили депутаты.', 'Отстранить Бекова Арата Маратовича',
     ['Бекова Арата Маратовича']),
    # a word of a part of speech no noun has, alone, is no person
    ('Выступавшие на форуме фермеры просили субсидий.', 'Выступавшие', []),
    # a first name, a surname of a list's order, a first name the list lacks before a surname of its gender
    ('Канат Жумабеков выступил первым.', 'Канат Жумабеков', ['Канат Жумабеков']),
    ('Соловей Андрей Петрович назначен директором.', 'Соловей Андрей Петрович', ['Соловей Андрей Петрович']),
    ('Заря Мухтарова выступила на открытии.', 'Заря Мухтарова', ['Заря Мухтарова']),
    ('Алмаз Сафин стал чемпионом.', 'Алмаз Сафин', ['Алмаз Сафин']),
    ('Алмаз Каримович делает домбры.', 'Алмаз Каримович', ['Алмаз Каримович']),
    # an East Asian name opens with its surname; an adjective may open a name
    ('Хан Сон Ми провела мастер-класс.', 'Хан Сон Ми', ['Хан Сон Ми']),
    ('Святой Пётр изображён на иконе.', 'Святой Пётр', ['Святой Пётр']),
    # a noun alone is sentence-noun's (nouns.py), which sees whether the text capitalises it elsewhere
    ('Выход нашли быстро.', 'Выход', ['Выход']),
]


# person-regnal: a monarch's numeral is in the name, the period after it is the sentence's, and
# the word between a title and the name is the realm
REGNAL = [
    ('Церемонию откроет король Дании Фредерик X.', 'Фредерик X.', [('PER', 'Фредерик X')]),
    ('Он сын короля Буганды Мутесы II Мутеби.', 'Буганды Мутесы II Мутеби',
     [('LOC', 'Буганды'), ('PER', 'Мутесы II Мутеби')]),
    ('Король Лесото Летсие III прибыл в столицу.', 'Лесото Летсие III', [('LOC', 'Лесото'), ('PER', 'Летсие III')]),
    # the name itself: two names before the numeral, a first name first, no title before it
    ('Награду вручил Карл Густав XVI.', 'Карл Густав XVI', [('PER', 'Карл Густав XVI')]),
    ('На фото Мутесы Мутеби II у дворца.', 'Мутесы Мутеби II', [('PER', 'Мутесы Мутеби II')]),
    # a Latin initial after a Latin name stays, a period after a Cyrillic word ends nothing here
    ('Приехал John F. Smith.', 'John F.', [('PER', 'John F.')]),
    ('Пришёл Иван Петров. Потом ушёл.', 'Иван Петров', [('PER', 'Иван Петров')]),
]


@pytest.mark.parametrize('text, words, expected', REGNAL)
def test_regnal_names(nlp, text, words, expected):
    doc = nlp.make_doc(text)
    assert [(span.label_, span.text) for span in regnal_names(doc, [person(doc, words)])] == expected


# person-regnal-numeral: a numeral right after a name, in no other mention, is the name's
NUMERALS = [
    ('В годы правления Летсие III страна окрепла.', 'Летсие', ['Летсие III']),
    ('При Людовике XIV двор переехал.', 'Людовике', ['Людовике XIV']),
    # a Latin word, a numeral after a comma or a Cyrillic word are no numeral of the name
    ('Выступил Иван Петров, II место.', 'Иван Петров', ['Иван Петров']),
    ('Пришёл Иван Петров IIa раньше.', 'Иван Петров', ['Иван Петров']),
    ('Мы читали Smith II вчера.', 'Smith', ['Smith']),
]


# person-dash-end: a dash glued to a soft hyphen after a name is no part of it
DASH_ENDS = [
    ('Младший брат — Олег \xad— уехал в Казань.', 'Олег \xad—', ['Олег']),
    ('Старший — Пётр Ильин \xad— остался дома.', 'Пётр Ильин \xad—', ['Пётр Ильин']),
    ('Приехал Пётр Ильин-Сокол.', 'Пётр Ильин-Сокол', ['Пётр Ильин-Сокол']),
]


# person-function-word: a one-word PER pymorphy3 reads only as a word no name is, wherever it stands
FUNCTION_WORDS = [
    ('Мы ждали тишины Похоже зря ждали.', 'Похоже', []),
    ('Гости пришли рано Разъехались к полуночи.', 'Разъехались', []),
    ('Список открыл Двадцатым кандидатом депутат.', 'Двадцатым', []),
    ('Об этом сказал Ни один из них.', 'Ни', []),
    # a first name, a surname, a noun that may be a name stay
    ('Об этом сказал Слуцкий на пресс-конференции.', 'Слуцкий', ['Слуцкий']),
    ('Об этом сказала Надежда на пресс-конференции.', 'Надежда', ['Надежда']),
    ('Об этом сказал Добрый на пресс-конференции.', 'Добрый', ['Добрый']),
    # a foreign name read as a short adjective, a participle or an imperative stays
    ('Вдова политика Суха дала согласие.', 'Суха', ['Суха']),
    ('Бывший премьер Мори прибыл в Токио.', 'Мори', ['Мори']),
    ('Нападающий Морено забил гол.', 'Морено', ['Морено']),
]


# each rule above over its table: the rule given the words as one PER leaves these spans
RULES = {split_at_sentences: UNPUNCTUATED, sentence_openers: OPENERS, regnal_numerals: NUMERALS,
         dash_ends: DASH_ENDS, function_words: FUNCTION_WORDS}


@pytest.mark.parametrize('rule, text, words, expected',
                         [(rule, *row) for rule, rows in RULES.items() for row in rows],
                         ids=lambda value: getattr(value, '__name__', None))
def test_rule(nlp, rule, text, words, expected):
    doc = nlp.make_doc(text)
    assert [span.text for span in rule(doc, [person(doc, words)])] == expected


# strip-title: a former or deputy holder of a title or a position, a `сэр`, before a name stays outside it
PREFIXED_TITLES = [
    ('Экс-советник Петрова получил гонорар.', 'Петрова'),
    ('Экс-министра Сидорова отпустили под залог.', 'Сидорова'),
    ('Сэр Элтон Джон выступил в Лондоне.', 'Элтон Джон'),
]


@pytest.mark.parametrize('text, expected', PREFIXED_TITLES)
def test_prefixed_titles(nlp, text, expected):
    persons = [span.text for span in nlp(text).ents if span.label_ == 'PER']
    assert persons == [expected]


# person-trailing-name: a first name after a full name in an oblique case is another person
TRAILING = [
    (['Серика', 'Жакупова', 'Алия'], 2),      # his genitive, then her name
    (['Гульнары', 'Бекеновой', 'Ерлан'], 2),  # her genitive, then his name
    (['Розы', 'Ахметовой', 'Асан'], 2),
    (['Руслана', 'Исаева', 'Динара'], 2),     # her nominative alone, his genitive before a first name
    (['Ерлан', 'Садыков', 'Айдос'], None),    # a nominative throughout: no genitive to part
    (['Петра', 'Сергеевича', 'Ивана'], None),  # a patronymic, no surname
    (['Ивана', 'Петрова', 'Сергея'], None),   # the third word no nominative
    (['Ольга', 'Ким', 'Анна'], None),
    (['Жанибеком', 'Сыздыковым', 'Арман', 'Бекенов'], 2),  # two full names, instrumental and nominative
    (['Иван', 'Петров', 'Сергей', 'Иванов'], None),         # both nominative: no case parts them
]


@pytest.mark.parametrize('words, expected', TRAILING)
def test_trailing_name_split(words, expected):
    from pipeline.nlp.stages.repair.name_edges import trailing_name_split
    assert trailing_name_split(words) == expected


# person-street: a person's name after a street noun in the singular is the street's
STREETS = [
    # a surname pymorphy3 reads first, a town of the same name second: the street is the person's
    ('Ремонт на улице Кирова закончат в мае.', 'Кирова', 'LOC', ['улице Кирова']),
    ('Проспект переименуют в проспект Гагарина.', 'Гагарина', 'LOC', ['проспект Гагарина']),
    ('Дом стоит на улице Абая.', 'Абая', 'LOC', ['улице Абая']),
    # a town alone, a city's streets: the place stays
    ('Сувениры продают на улице Каира.', 'Каира', 'LOC', ['Каира']),
    ('Туристы гуляли по улицам Кирова.', 'Кирова', 'LOC', ['Кирова']),
    # an adjective names the street
    ('Рынок откроют на улице Советской.', 'Советской', 'LOC', ['Советской']),
]


@pytest.mark.parametrize('text, words, label, expected', STREETS)
def test_streets(nlp, text, words, label, expected):
    doc = nlp.make_doc(text)
    assert [span.text for span in streets(doc, [person(doc, words, label)])] == expected
