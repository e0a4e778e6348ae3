"""Multiples written as one word: `вдвое`, `втрое` ... `вдесятеро`.  The value is the multiple, the
counted object `раз`, as `в 2 раза` reads (a change of size, kind `change`):

    объем торгов вырос вдвое                  -> 2, раз
    что почти втрое больше обычного           -> 3 approx, раз
    для детей – вдвое дешевле                 -> 2, раз
"""

from decimal import Decimal

from pipeline.nlp.grammars.figures.vocabulary import MULTIPLE_WORDS

MULTIPLE_OBJECT = 'раз'


def multiple_at(tokens, index):
    """The value of a multiple word at tokens[index] (`вдвое`: 2), or None."""
    if index >= len(tokens) or tokens[index].kind != 'word':
        return None
    value = MULTIPLE_WORDS.get(tokens[index].norm)
    return None if value is None else Decimal(value)
