"""The shortcuts taken for speed give what the slow path gives."""

import pytest
from razdel import tokenize

from pipeline.nlp.morph import inflect, lexeme_words, parse
from pipeline.nlp.tokenizer import adapt_razdel, razdel_tokens


@pytest.mark.parametrize('text', [
    'а -б и в- г',                       # a dash joins across the space
    'счёт 5 .5 и 7, 8 и 1 /2',           # float and fraction rules look past the space
    'В 2020. Году ,5 и 3/4 доли',
    'слово, «Союз» (Дэниел) сказал: нет!',
    'yahoo! и Yahoo ! и :-) ;(( ...?!',
    'ΔP mβж Қасымұлы 5-й 1,5-2 млн',
    'under_score _x x_ и — тире – и - дефис',
    '',
    '   ',
    'по-русски\tи\nпо-казахски\u00a0—\u2028всё',
])
def test_razdel_tokens_are_razdel_s(text):
    assert razdel_tokens(text) == adapt_razdel(tokenize(text))


@pytest.mark.parametrize('word', ['столом', 'Маулена', 'Гиллелем', 'казахстанская', 'бежали', 'Петрова'])
def test_lexeme_words_are_the_lexeme_s(word):
    for parsed in parse(word):
        assert lexeme_words(parsed) == [form.word for form in parsed.lexeme]


def pymorphy_inflect(parsed, grammemes):
    try:
        form = parsed.inflect(set(grammemes))
    except (ValueError, KeyError):
        return None
    return form.word if form else None


@pytest.mark.parametrize('word, grammemes', [
    ('столом', {'nomn', 'sing'}),
    ('Маулена', {'nomn', 'sing', 'masc'}),      # a word pymorphy3 predicts from its ending
    ('Гиллелем', {'nomn', 'sing', 'masc'}),
    ('лесе', {'loc2'}),                          # a rare case made common when the paradigm lacks it
    ('казахстанской', {'nomn', 'sing', 'femn'}),
    ('бежали', {'nomn'}),                        # no such form
])
def test_inflect_is_pymorphy_s(word, grammemes):
    for parsed in parse(word):
        assert inflect(parsed, grammemes) == pymorphy_inflect(parsed, grammemes)
