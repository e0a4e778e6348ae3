"""The word shapes behind place and organisation normal forms (words written for the tests)."""

import pytest

from pipeline.nlp.kazakh import has_feminine_place_element, is_kazakh_adjective, is_undeclined_place
from pipeline.nlp.place_forms import is_east_asian, locative_gender, singular_forms
from pipeline.nlp.stages.normalize import common_prefix, ends_in_capitals
from pipeline.nlp.wordforms import follow_capitals


@pytest.mark.parametrize('word, expected', [
    ('Курайлы', True), ('Кайнарлы', True), ('Жосалы', True),
    ('Кызылорды', False), ('Талгар', False), ('Лы', False),
])
def test_is_undeclined_place(word, expected):
    assert is_undeclined_place(word) == expected


@pytest.mark.parametrize('lemma, expected', [
    ('кызылорда', True), ('жанакала', True), ('сарыарка', True), ('бетпак-дала', True),
    ('орда', False), ('майорка', False), ('гатвика', False), ('конкорда', False), ('ньюарка', False),
    ('грин-парка', False),
])
def test_has_feminine_place_element(lemma, expected):
    assert has_feminine_place_element(lemma) == expected


@pytest.mark.parametrize('word, expected', [
    ('КазНУ', True), ('КарГТУ', True), ('КазМунайГаза', False), ('Астана', False), ('РК', False),
])
def test_ends_in_capitals(word, expected):
    assert ends_in_capitals(word) == expected


@pytest.mark.parametrize('one, other, expected', [('высшая', 'высшей', 4), ('высочайшая', 'высшей', 3), ('', 'а', 0)])
def test_common_prefix(one, other, expected):
    assert common_prefix(one, other) == expected


@pytest.mark.parametrize('normal, form, expected', [
    # a place in -а that pymorphy3 reads only as an indeclinable abbreviation declines all the same
    ('Майорка', 'майорку', True), ('Майорка', 'майорке', True), ('Майорка', 'майорк', False),
    # a place in -ь may be feminine
    ('Ухань', 'ухани', True), ('Ухань', 'уханью', True),
    ('Курчума', 'курчум', False), ('Талдыкорган', 'талдыкоргана', True),
])
def test_singular_forms(normal, form, expected):
    assert (form in singular_forms(normal)) == expected


@pytest.mark.parametrize('stem, expected', [
    # the suffix -ка, a rising cluster, a doubled stop: feminine
    ('Луговк', 'femn'), ('Озерянк', 'femn'), ('Ветлатк', 'femn'), ('Кумейк', 'femn'), ('Ракотр', 'femn'),
    ('Сольгр', 'femn'), ('Мирасн', 'femn'), ('Баретт', 'femn'),
    # the regions in -щина/-чина, though a vowel + н
    ('Озерщин', 'femn'), ('Луговчин', 'femn'),
    # a vowel before н, с, р and the suffixes -ск, -цк, -бург: masculine
    ('Карасан', 'masc'), ('Бектас', 'masc'), ('Тасбор', 'masc'), ('Озерск', 'masc'), ('Лидецк', 'masc'),
    ('Вальдбург', 'masc'),
    # the letters do not tell
    ('Ньюарк', None), ('Сантаренант', None), ('Бургаз', None), ('Острав', None), ('Ак', None),
])
def test_locative_gender(stem, expected):
    assert locative_gender(stem) == expected


@pytest.mark.parametrize('word, expected', [
    ('Жана', True), ('Ак', True), ('Кызыл', True), ('Сары', True), ('Улы', True), ('Кара', True),
    ('Жаңа', True), ('Жан', False), ('Новая', False), ('Карабулак', False),
])
def test_is_kazakh_adjective(word, expected):
    assert is_kazakh_adjective(word) == expected


@pytest.mark.parametrize('form, original, expected', [
    ('Казмунайгаз', 'КазМунайГаза', 'КазМунайГаз'), ('Астана', 'Астаны', 'Астана'),
    ('Энергобанк', 'ЭнергоБанка', 'ЭнергоБанк'), ('ab', 'ABC', 'AB'),
])
def test_follow_capitals(form, original, expected):
    assert follow_capitals(form, original) == expected


@pytest.mark.parametrize('word, expected', [
    ('Чэнду', True), ('Тэгу', True), ('Гуанчжоу', True), ('Цзинань', True),
    ('Гранаду', False), ('Перуджу', False), ('Эйлат', False),
])
def test_is_east_asian(word, expected):
    assert is_east_asian(word) == expected
