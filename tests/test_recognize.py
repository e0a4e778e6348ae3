"""slovnet recognition over paragraphs (pipeline/ner.py): [text, spans found, spans not found]."""

import pytest

from pipeline.nlp.stages.recognize import bio_to_spans


def mentions(nlp, text):
    return {(span.text, span.label_) for span in nlp(text).ents}


RECOGNIZE = [
    # a span never runs across a paragraph break
    ('Выступил Али Галым\n\nАстана приняла гостей.',
     [('Али Галым', 'PER'), ('Астана', 'LOC')], ['Али Галым\n\nАстана']),
    # Kazakh letters are folded for the model; spans keep the text as written
    ('Әлихан Смайылов провёл совещание в Ақтөбе.', [('Әлихан Смайылов', 'PER'), ('Ақтөбе', 'LOC')], []),
    ('В Қазақстан прибыл Али Галым', [('Қазақстан', 'LOC'), ('Али Галым', 'PER')], []),
]


@pytest.mark.parametrize('text, found, absent', RECOGNIZE)
def test_recognize(nlp, text, found, absent):
    got = mentions(nlp, text)
    assert set(found) <= got, got
    assert not {surface for surface, _ in got} & set(absent), got


@pytest.mark.parametrize('tags, spans', [
    (['B-PER', 'I-PER', 'O', 'B-LOC'], [(10, 12, 'PER'), (13, 14, 'LOC')]),
    # an I- tag without its B- starts a span; a change of type ends one
    (['I-ORG', 'I-ORG', 'I-LOC'], [(10, 12, 'ORG'), (12, 13, 'LOC')]),
    (['O', 'O'], []),
])
def test_bio_to_spans(tags, spans):
    assert bio_to_spans(range(10, 10 + len(tags)), tags) == spans


def test_rule_is_slovnet(nlp):
    from pipeline import load
    bare = load(disable=('lookup', 'repair', 'normalize', 'link', 'assign_roles', 'quantify', 'date'))
    doc = bare('Спикер Сената Маулен Ашимбаев прибыл в Усть-Каменогорск.')
    assert doc.ents and all(span._.rule == 'slovnet' for span in doc.ents)
