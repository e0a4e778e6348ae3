"""repair/place_ends.py: a place slovnet ran on into the lower-case word after its name ends at the name
(`loc-word-end`), and a place whose lower-case last word is its own head stays. Phrases written for the test."""

import pytest

from pipeline.nlp.stages.repair.place_ends import word_ends
from conftest import rule_on

# sentence, the LOC as found, the LOC after the rule
CASES = [
    ('В горах Заилийского Алатау лавиноопасно до пятницы.', 'Заилийского Алатау лавиноопасно',
     'Заилийского Алатау'),
    # a name of two words joined by a hyphen closes the place as one word does
    ('А в Таш-Кумыре кыргызские энергетики запустили станцию.', 'Таш-Кумыре кыргызские', 'Таш-Кумыре'),
    ('У Кок-Жайляу туристы разбили лагерь.', 'Кок-Жайляу туристы', 'Кок-Жайляу'),
    # a head noun after an adjective, a Kazakh place noun, an honorific: the place's own words
    ('На Капшагайском водохранилище открыли сезон.', 'Капшагайском водохранилище', 'Капшагайском водохранилище'),
    ('Жители Абай облысы встретили гостей.', 'Абай облысы', 'Абай облысы'),
    ('Автобус дошел до Айтеке би к вечеру.', 'Айтеке би', 'Айтеке би'),
]


@pytest.mark.parametrize('sentence, found, expected', CASES)
def test_word_ends(nlp, sentence, found, expected):
    spans = rule_on(word_ends, nlp(sentence), found, 'LOC')
    assert [span.text for span in spans] == [expected]
