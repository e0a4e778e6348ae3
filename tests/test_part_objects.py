"""The counted noun a part takes when the text leaves it out (grammars/links.part_objects): its total's, or the
noun of the part before it of the same total in its sentence. Passages written for this test."""

import pytest

ROWS = [
    # text, the part's text, the object it counts
    ('За год перевезено 4 млн пассажиров: по области – 2,5 млн человек, в другие регионы – 1,5 млн.',
     '1,5 млн', 'человек'),
    ('Библиотека получила 9 тыс. книг. Из них 6 тыс. изданий – на казахском языке, 2 тыс. – на русском.',
     '2 тыс.', 'издание'),
    ('Библиотека получила 9 тыс. книг. Из них 6 тыс. – на казахском языке, 2 тыс. – на русском.',
     '2 тыс.', 'книга'),
    ('В лагерях отдохнули 12 тыс. детей, из них 3 тыс. – из сел.', '3 тыс.', 'ребёнок'),
    ('Сборная завоевала 11 медалей: 3 золотые, 4 серебряные и 4 бронзовые.', '4 бронзовые', 'медаль'),
]


@pytest.mark.parametrize('text, part, noun', ROWS)
def test_part_object(figures_nlp, text, part, noun):
    doc = figures_nlp(text)
    found = {text[span._.figure['start']:span._.figure['stop']]: span._.figure['object']
             for span in doc.spans['figures']}
    # a span may take the sentence's full stop after an abbreviation: `1,5 млн.`
    assert found.get(part, found.get(part + '.')) == noun
