"""person-surname-org: a one-word organisation that is a case form of the surname of a person
the document names is that person (pipeline/nlp/stages/repair/name_edges.py). Sentences written
for the test; the word is handed to the rule as an ORG, as the tagger may read it."""

import pytest
from spacy.tokens import Span

# text, the word read as ORG, the label the rule gives it
SURNAME_ORGS = [
    # a foreign surname of no Russian shape, after its first name
    ('Проект возглавил профессор Томас Вернер. В лаборатории Вернера уже испытали образцы.', 'Вернера', 'PER'),
    # a surname's shape, in a list with initials
    ('В комиссию вошли Сейтказиев Б. Е. и Омаров К. Л. Председателем избран Сейтказиев.', 'Сейтказиев', 'PER'),
    # no person of that name: the organisation stays
    ('Проект возглавил профессор Томас Вернер. Контракт подписал Казатомпром.', 'Казатомпром', 'ORG'),
    # the first name alone is no surname
    ('Проект возглавил профессор Томас Вернер. Компания Томас выпустила отчет.', 'Томас', 'ORG'),
]


@pytest.mark.parametrize('text, word, label', SURNAME_ORGS)
def test_surname_orgs(nlp, text, word, label):
    from pipeline.nlp.stages.repair.name_edges import surname_orgs
    doc = nlp(text)
    index = max(token.i for token in doc if token.text == word)
    spans = [span for span in doc.ents if not (span.start <= index < span.end)] + [Span(doc, index, index + 1, 'ORG')]
    found = {span.text: span.label_ for span in surname_orgs(doc, spans)}
    assert found[word] == label


# person-particle: text, the person's words handed to the rule, the person it gives
SURNAME_PARTICLES = [
    ('Позже Ле Пен заявила, что не уйдет.', 'Пен', 'Ле Пен'),
    ('Канцлер Отто фон Бисмарк подписал договор.', 'Бисмарк', 'фон Бисмарк'),
    # a first name after `да` is a second person
    ('На праздник пришли Асель да Ерлан.', 'Ерлан', 'Ерлан'),
]


@pytest.mark.parametrize('text, words, expected', SURNAME_PARTICLES)
def test_surname_particles(nlp, text, words, expected):
    from pipeline.nlp.stages.repair.name_edges import surname_particles
    doc = nlp.make_doc(text)
    start = next(token.i for token in doc if token.text == words.split()[0])
    person = Span(doc, start, start + len(words.split()), 'PER')
    assert [span.text for span in surname_particles(doc, [person])] == [expected]
