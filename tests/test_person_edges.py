"""Person spans at their edges (pipeline/nlp/stages/repair/name_edges.py, persons.py): the words a
tagger may take into a name that are no part of it. Sentences written for the test; the words are
handed to each rule as one PER, as the tagger may read them."""

import pytest
from spacy.tokens import Span


def person(doc, words):
    """The PER span of `words` in `doc` (their first occurrence)."""
    start = doc.text.index(words)
    return doc.char_span(start, start + len(words), label='PER')


# person-initials-edge: text, the words read as one PER, the spans the rule gives
BEFORE_INITIALS = [
    ('Как сообщил глава департамента по Павлодару А. Е. Нуркенов, проверка закончена.',
     'Павлодару А. Е. Нуркенов', [('LOC', 'Павлодару'), ('PER', 'А. Е. Нуркенов')]),
    ('Выступил директор института Казгипроводхоз А. Е. Нуркенов.', 'Казгипроводхоз А. Е. Нуркенов',
     [('PER', 'А. Е. Нуркенов')]),
    ('Отчет подписал представитель Москвы И. П. Сидоров.', 'Москвы И. П. Сидоров',
     [('LOC', 'Москвы'), ('PER', 'И. П. Сидоров')]),
    # initials after the surname, as lists write them: one name
    ('В комиссию вошел Нуркенов А. Е. из Павлодара.', 'Нуркенов А. Е.', [('PER', 'Нуркенов А. Е.')]),
    # initials before the surname: one name
    ('Приказ подписал А. Е. Нуркенов.', 'А. Е. Нуркенов', [('PER', 'А. Е. Нуркенов')]),
]


@pytest.mark.parametrize('text, words, expected', BEFORE_INITIALS)
def test_words_before_initials(nlp, text, words, expected):
    from pipeline.nlp.stages.repair.name_edges import words_before_initials
    doc = nlp.make_doc(text)
    found = words_before_initials(doc, [person(doc, words)])
    assert [(span.label_, span.text) for span in found] == expected


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


# settlement: a one-word PER in -е at the end of a list of places after `в`
LISTED_LOCATIVES = [
    ('Фестиваль прошел в Павлодаре, Экибастузе и Майкаине.', 'Майкаине', 'LOC'),
    # a name one knows stays a person
    ('Концерт прошел в Павлодаре и Сауле понравился.', 'Сауле', 'PER'),
    # no `в` before the list: a person
    ('Письмо пришло из Павлодара и Майкаине ответили.', 'Майкаине', 'PER'),
]


@pytest.mark.parametrize('text, word, label', LISTED_LOCATIVES)
def test_listed_locatives(nlp, text, word, label):
    from pipeline.nlp.stages.repair.persons import settlement_names
    doc = nlp(text)
    index = next(token.i for token in doc if token.text == word)
    spans = [span for span in doc.ents if not (span.start <= index < span.end)] + [Span(doc, index, index + 1, 'PER')]
    found = {span.text: span.label_ for span in settlement_names(doc, sorted(spans, key=lambda span: span.start),
                                                                  positions=frozenset())}
    assert found[word] == label
