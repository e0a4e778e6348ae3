"""The word shapes of pipeline/nlp/stages/repair/lone_words.py, on words chosen for the test."""

import pytest

from pipeline.nlp.stages.repair.lone_words import genitive_nominatives, is_name_word, is_place_shaped


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
    ('Имеретии', [], True),          # a region in -ия
    ('Гурии', [], False),            # Гурий, a first name
    ('Марии', [], False),            # a first name
    ('Кузьминовки', [], True),       # a Russian village in -овка
    ('Шенгелии', ['Шенгелия'], False),  # a surname of a person of the text
])
def test_is_place_shaped(word, people, expected):
    assert is_place_shaped(word, people) is expected
