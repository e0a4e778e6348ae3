"""A figure in a title line over a text is no total of the body's parts (grammars/part_guards.py): texts with a
title written for this test; the links found must be exactly those given."""

import pytest

CASES = [
    ['Павлодар: 900 тыс. туристов за лето\nОбласть приняла 900 тыс. человек. Больше всего туристов приехало из '
     'России – 310 тыс., из Казахстана – 420 тыс.', []],
    ['Павлодар принял 900 тыс. туристов.\nБольше всего туристов приехало из России – 310 тыс., из Казахстана – '
     '420 тыс.', ['310 тыс.=>900 тыс. туристов', '420 тыс.=>900 тыс. туристов']],
]


@pytest.mark.parametrize('text, expected', CASES)
def test_headline_total(figures_nlp, text, expected):
    doc = figures_nlp(text)
    spans = list(doc.spans['figures'])
    found = [f'{span.text}=>{spans[span._.figure["part_of"]].text}' for span in spans
             if span._.figure['part_of'] is not None]
    assert sorted(found) == sorted(expected)
