"""Place rules run on mentions set by hand, as slovnet may leave them (the whole pipeline's slovnet
finds most of these whole): a place's adjective takes in its head noun (places.py, `loc-adjective-head`),
a place run on into a verb ends before it (places.py, `loc-verb-end`), a one-word place takes in the
honorific after it (places.py, `loc-titled-tail`), and a lone one-word person the document shows to be
a place (lone_places.py, `place-word`).
Rows: [sentence, mentions before the rule as (label, surface), mentions after it]."""

import pytest

from pipeline.nlp.stages.repair.lone_places import place_words
from pipeline.nlp.stages.repair.places import adjective_heads, verb_ends
from pipeline.nlp.stages.repair.titled_places import titled_tails
from pipeline.nlp.stages.repair.spans import make_span


def spans_of(doc, mentions):
    """Spans of (label, surface) pairs, each surface found at its first place in the doc's tokens."""
    words = [token.text for token in doc]
    spans = []
    for label, surface in mentions:
        parts = surface.split()
        start = next(index for index in range(len(words)) if words[index:index + len(parts)] == parts)
        spans.append(make_span(doc, start, start + len(parts), label, 'slovnet'))
    return sorted(spans, key=lambda span: span.start)


def apply(nlp, rule, text, before):
    doc = nlp.make_doc(text)
    return sorted((span.label_, span.text) for span in rule(doc, spans_of(doc, before)))


ADJECTIVE_HEADS = [
    ('Лучшие надои показали Уланский и Глубоковский районы.',
     [('LOC', 'Уланский'), ('LOC', 'Глубоковский')],
     [('LOC', 'Глубоковский районы'), ('LOC', 'Уланский')]),
    ('Сев закончили в Аршалынском районе.', [('LOC', 'Аршалынском')], [('LOC', 'Аршалынском районе')]),
    ('Паводок дошёл до Павлодарской области.', [('LOC', 'Павлодарской')], [('LOC', 'Павлодарской области')]),
    ('Глава Аршалынского района приехал.', [('LOC', 'Аршалынского')], [('LOC', 'Аршалынского района')]),
    # the head already in, a noun in another case, a noun that heads no place: nothing changes
    ('Сев закончили в Аршалынском районе.', [('LOC', 'Аршалынском районе')], [('LOC', 'Аршалынском районе')]),
    ('Ребята из Алматы районы знают плохо.', [('LOC', 'Алматы')], [('LOC', 'Алматы')]),
    ('Делегация посетила Жамбылский музей.', [('LOC', 'Жамбылский')], [('LOC', 'Жамбылский')]),
]


PLACE_WORDS = [
    # a town pymorphy3 knows, and no name
    ('Рыбаки из бывшего Лениногорска вернулись с уловом.', [('PER', 'Лениногорска')], [('LOC', 'Лениногорска')]),
    # a place elsewhere in the document
    ('Автобусы из Шу идут в Тараз. Дорогу до Шу закроют.', [('LOC', 'Шу'), ('LOC', 'Тараз'), ('PER', 'Шу')],
     [('LOC', 'Шу'), ('LOC', 'Тараз'), ('LOC', 'Шу')]),
    # the name a place adjective of the document is made of
    ('В Кордайском районе построили школу, а у Кордая открыли заправку.',
     [('LOC', 'Кордайском районе'), ('PER', 'Кордая')], [('LOC', 'Кордайском районе'), ('LOC', 'Кордая')]),
    ('Шиелийский район пострадал от засухи, у Шиели выгорели пастбища.',
     [('LOC', 'Шиелийский район'), ('PER', 'Шиели')], [('LOC', 'Шиелийский район'), ('LOC', 'Шиели')]),
    # a village whose adjective-shaped name its district's adjective is (Мамлютское, Успенское)
    ('В Мамлютском районе прошёл ливень, у Мамлютского затопило дорогу.',
     [('LOC', 'Мамлютском районе'), ('PER', 'Мамлютского')], [('LOC', 'Мамлютском районе'), ('LOC', 'Мамлютского')]),
    ('Школу у Успенского откроют осенью, сообщили в Успенском районе.',
     [('PER', 'Успенского'), ('LOC', 'Успенском районе')], [('LOC', 'Успенского'), ('LOC', 'Успенском районе')]),
    # ... but not a surname one knows, nor one of no place adjective of the document
    ('В Жуковском районе открыли выставку, стихи Жуковского читали дети.',
     [('LOC', 'Жуковском районе'), ('PER', 'Жуковского')], [('LOC', 'Жуковском районе'), ('PER', 'Жуковского')]),
    ('В Кордайском районе выступил Ахмадиевского ученик.',
     [('LOC', 'Кордайском районе'), ('PER', 'Ахмадиевского')], [('LOC', 'Кордайском районе'), ('PER', 'Ахмадиевского')]),
    # a person named in full before, a name one knows, no evidence of a place: a person stays
    ('Тренер Болат Кордаев привёз команду из Кордая. Кордаев доволен.',
     [('PER', 'Болат Кордаев'), ('LOC', 'Кордая'), ('PER', 'Кордаев')],
     [('PER', 'Болат Кордаев'), ('LOC', 'Кордая'), ('PER', 'Кордаев')]),
    ('Депутат посетил Абайский район. Абаев пообещал помочь.', [('LOC', 'Абайский район'), ('PER', 'Абаев')],
     [('LOC', 'Абайский район'), ('PER', 'Абаев')]),
    ('Фермер Тлеуов пригнал стадо к Талдыкоргану.', [('PER', 'Тлеуов'), ('LOC', 'Талдыкоргану')],
     [('PER', 'Тлеуов'), ('LOC', 'Талдыкоргану')]),
    # a common noun for a living being written with a capital is a title, whatever place adjective shares its stem
    ('Префект Папского дворца встретил гостей, Папа выступил с речью.',
     [('LOC', 'Папского дворца'), ('PER', 'Папа')], [('LOC', 'Папского дворца'), ('PER', 'Папа')]),
    ('Паломники из Папской области увидели Папу.',
     [('LOC', 'Папской области'), ('PER', 'Папу')], [('LOC', 'Папской области'), ('PER', 'Папу')]),
]


VERB_ENDS = [
    ('Движение у Каратау перекроют до июля.', [('LOC', 'Каратау перекроют')], [('LOC', 'Каратау')]),
    ('Мост у Жанатаса откроют к осени.', [('LOC', 'Жанатаса откроют')], [('LOC', 'Жанатаса')]),
    # a noun or an adjective after the name is no verb
    ('Паводок пришёл в Есильский район.', [('LOC', 'Есильский район')], [('LOC', 'Есильский район')]),
    ('Школу построили в Каратау.', [('LOC', 'Каратау')], [('LOC', 'Каратау')]),
]


TITLED_TAILS = [
    ('Дорогу в Толе би отремонтируют.', [('LOC', 'Толе')], [('LOC', 'Толе би')]),
    ('Огороды подтопило в районе Шал акына.', [('LOC', 'Шал')], [('LOC', 'Шал акына')]),
    ('Огороды подтопило в районе Биржан сала.', [('LOC', 'Биржан')], [('LOC', 'Биржан сала')]),
    # a person before the honorific, a word that is no honorific: nothing changes
    ('Поэт Шал акын жил давно.', [('PER', 'Шал')], [('PER', 'Шал')]),
    ('Школу открыли в Таразе сегодня.', [('LOC', 'Таразе')], [('LOC', 'Таразе')]),
]


RULES = {adjective_heads: ADJECTIVE_HEADS, place_words: PLACE_WORDS, verb_ends: VERB_ENDS,
         titled_tails: TITLED_TAILS}


@pytest.mark.parametrize('rule, text, before, after',
                         [(rule, *row) for rule, rows in RULES.items() for row in rows],
                         ids=lambda value: getattr(value, '__name__', None))
def test_rule(nlp, rule, text, before, after):
    assert apply(nlp, rule, text, before) == sorted(after)
