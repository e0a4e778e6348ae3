"""Person spans at their edges (pipeline/nlp/stages/repair/name_edges.py): the words a
tagger may take into a name that are no part of it. Sentences written for the test; the words are
handed to each rule as one PER, as the tagger may read them."""

import pytest


def person(doc, words):
    """The PER span of `words` in `doc` (their first occurrence)."""
    start = doc.text.index(words)
    return doc.char_span(start, start + len(words), label='PER')


# person-sentence: a full name before a capitalised common word whose sentence lost its full stop
UNPUNCTUATED = [
    ('Мы долго репетировали, говорит Марина Белозерова Работа шла без выходных.',
     'Марина Белозерова Работа', 'Марина Белозерова'),
    ('Все прошло спокойно, говорит Анна Лебедева Просто нужно было подождать.',
     'Анна Лебедева Просто', 'Анна Лебедева'),
    # a third word that is a name stays: a patronymic, a surname
    ('Заявление сделала Анна Сергеевна Лебедева.', 'Анна Сергеевна Лебедева', 'Анна Сергеевна Лебедева'),
    ('Доклад прочла Анна Лебедева Соколова.', 'Анна Лебедева Соколова', 'Анна Лебедева Соколова'),
    # no Russian-pattern surname before it: the word may be a name's
    ('Приехал Жан Поль Бельмондо.', 'Жан Поль Бельмондо', 'Жан Поль Бельмондо'),
    # a name that ends its sentence is whole, its last word a common noun or not
    ('Его полное имя — Сергей Воробьёв Мост.', 'Сергей Воробьёв Мост', 'Сергей Воробьёв Мост'),
]


@pytest.mark.parametrize('text, words, expected', UNPUNCTUATED)
def test_unpunctuated_end(nlp, text, words, expected):
    from pipeline.nlp.stages.repair.name_edges import split_at_sentences
    doc = nlp.make_doc(text)
    assert [span.text for span in split_at_sentences(doc, [person(doc, words)])] == [expected]


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


@pytest.mark.parametrize('text, words, expected', OPENERS)
def test_sentence_openers(nlp, text, words, expected):
    from pipeline.nlp.stages.repair.name_edges import sentence_openers
    doc = nlp.make_doc(text)
    assert [span.text for span in sentence_openers(doc, [person(doc, words)])] == expected
