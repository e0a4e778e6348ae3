"""Kazakh letters seen through Russian eyes.

navec, slovnet and pymorphy3 know only the Russian alphabet: `Қазақстан` is an
unknown word to them (slovnet's morph tagger even takes it for punctuation).
`fold` maps each Kazakh letter to the Russian letter it is usually written as,
one character for one character, so offsets in the folded text are the
offsets in the original.
"""

KAZAKH = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі'
RUSSIAN = 'АаГгКкНнОоУуУуХхИи'

FOLD_TABLE = str.maketrans(KAZAKH, RUSSIAN)


def fold(text):
    """Replace Kazakh letters with Russian look-alikes; len(fold(t)) == len(t)."""
    return text.translate(FOLD_TABLE)


def has_kazakh(text):
    return any(char in KAZAKH for char in text)
