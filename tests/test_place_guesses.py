"""pymorphy3's guesses a place name rules out (pipeline/nlp/place_guesses.py), on words written for the test."""

import pytest

from pipeline.nlp.place_guesses import has_made_up_vowel


@pytest.mark.parametrize('lemma, word, expected', [
    ('камлупёс', 'Камлупса', True),      # a vowel the borrowed name has not
    ('камлупс', 'Камлупса', False),
    ('зеленец', 'Зеленца', False),       # the Russian suffix -ец keeps its fleeting vowel
    ('городок', 'Городка', False),
    ('виннипег', 'Виннипега', False),
])
def test_made_up_vowel(lemma, word, expected):
    assert has_made_up_vowel(lemma, word) is expected
