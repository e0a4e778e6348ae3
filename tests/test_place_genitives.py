"""The nominative of an unknown one-word place in a masculine genitive (pipeline/nlp/place_genitives.py):
written [word, nominative] rows, None where the ending is no masculine genitive's."""

import pytest

from pipeline.nlp.place_genitives import genitive_nominative


@pytest.mark.parametrize('word, expected', [
    ('Эрдэнэта', 'Эрдэнэт'),     # -а after a hard consonant: a masculine stem
    ('Кордая', 'Кордай'),        # -я after a vowel: a name in -й
    ('Тургеня', 'Тургень'),      # -я after a consonant: a name in -ь
    ('ЭРДЭНЭТА', 'ЭРДЭНЭТ'),
    # not a masculine genitive's ending: a feminine genitive, a word that does not decline
    ('Хайфы', None),
    ('Ченнаи', None),
    ('Брно', None),
    ('Шалча', None),            # -а after ч: a noun in -а (Бадамша: из Бадамши), never masculine so
])
def test_genitive_nominative(word, expected):
    assert genitive_nominative(word) == expected
