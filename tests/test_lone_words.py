"""The word shapes of pipeline/nlp/stages/repair/lone_words.py, on words chosen for the test."""

import pytest
import spacy

from pipeline.nlp.stages.repair.name_edges import person_before_noun
from pipeline.nlp.stages.repair.lone_words import genitive_nominatives, is_name_word, is_place_shaped, reads_as_plural


@pytest.mark.parametrize('word, expected', [
    ('Тасарыка', ['Тасарык']),      # у Тасарыка: a consonant + -а
    ('Коксарая', ['Коксарай']),     # от Коксарая: a vowel + -я
    ('Кенгиря', ['Кенгирь']),       # до Кенгиря: a consonant + -я
    ('Кайнарлы', ['Кайнарлы']),     # -лы does not decline
    ('Жанаарке', []),               # no genitive of a masculine noun
])
def test_genitive_nominatives(word, expected):
    assert genitive_nominatives(word) == expected


@pytest.mark.parametrize('word, expected', [
    ('Асылбек', True),     # a Kazakh first name
    ('Сапаров', True),     # a surname's shape
    ('Бекболатулы', True), # a patronymic used as a surname
    ('Тасарык', False),
    ('Кенжетай', False),
])
def test_is_name_word(word, expected):
    assert is_name_word(word) is expected


@pytest.mark.parametrize('word, people, expected', [
    ('Кузьминовки', [], True),          # a Russian village in -овка
    ('Петровкой', [], True),
    ('Имеретии', [], False),            # a region in -ия: no shape of its own
    ('Марии', [], False),
    ('Кузьминовки', ['Кузьминовка'], False),  # a word of a person of the text
])
def test_is_place_shaped(word, people, expected):
    assert is_place_shaped(word, people) is expected


@pytest.mark.parametrize('words, expected', [
    ('Марата Сагиева суд', 2),        # the verb's object before its subject: the person only
    ('Сагиева комиссия', 1),
    ('Сагиев', 1),                    # a one-word organisation that is the surname
    ('Марата Сагиева', 0),            # no lower-case noun after it
    ('Дома Сагиевых', 0),
    ('Фонд Сагиева поддержки', 0),    # the last capitalised word before the nouns is no surname
    ('Марата Оспанова суд', 0),       # no person of the document
])
def test_person_before_noun(words, expected):
    nlp = spacy.blank('xx')
    doc = nlp(words)
    assert person_before_noun(doc[0:len(doc)], {'Сагиев'}, {'Марат', 'Сагиев'}) == expected


@pytest.mark.parametrize('word, expected', [
    ('Отары', True),       # flocks (or Отар's namesakes): no one person
    ('Кандасы', True),     # repatriates
    ('Ермеки', True),
    ('Маржаны', False),    # may be one woman's name
    ('Айгерим', False),
    ('Отара', False),      # a singular
])
def test_reads_as_plural(word, expected):
    assert reads_as_plural(word) is expected
