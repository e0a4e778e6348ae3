"""The places a road joins: mentions of their own inside the road's (doc.spans['inner'], rule
`road-end`), normalised and linked as any mention, rows of the mentions table with `inside`."""

import pytest

from pipeline import run
from pipeline.schema import COLUMNS, INTEGERS, NULLABLE_INTS


def inner(doc):
    return [(span.text, span._.normal) for span in doc.spans.get('inner', ())]


@pytest.mark.parametrize('text, expected', [
    # a road of two places, its end declined
    ('Вчера закрыли трассу Караганда – Балхаш из-за бурана.', [('Караганда', 'Караганда'), ('Балхаш', 'Балхаш')]),
    ('Ремонт автодороги Тараз – Шымкента продлится до осени.', [('Тараз', 'Тараз'), ('Шымкента', 'Шымкент')]),
    # a road of three places
    ('Грузовики пустили по трассе Астана – Караганда – Балхаш.',
     [('Астана', 'Астана'), ('Караганда', 'Караганда'), ('Балхаш', 'Балхаш')]),
    # a border's country is the place a road ends in
    ('Пробка растянулась на автодороге Костанай – граница РФ на пять километров.',
     [('Костанай', 'Костанай'), ('РФ', 'РФ')]),
    # a plural head shares itself with the roads listed after it
    ('Движение ограничено на автодорогах Актобе – Кандыагаш и Уральск – Атырау.',
     [('Актобе', 'Актобе'), ('Кандыагаш', 'Кандыагаш'), ('Уральск', 'Уральск'), ('Атырау', 'Атырау')]),
    # a dash that joins no places of a road
    ('Вечером прошёл матч Астана – Кайрат на Центральном стадионе.', []),
    ('Игра закончилась со счётом 2 – 1 в пользу хозяев.', []),
    ('Дорога к селу была закрыта, сообщили в акимате Шымкента.', []),
])
def test_road_ends_are_inner_places(nlp, text, expected):
    doc = nlp(text)
    assert inner(doc) == expected
    roads = [span for span in doc.ents if span._.rule == 'loc-road']
    for span in doc.spans.get('inner', ()):
        assert span.label_ == 'LOC' and span._.rule == 'road-end'
        assert any(road.start <= span.start and span.end <= road.end for road in roads)


def test_doc_ents_stay_flat(nlp):
    doc = nlp('Закрыта трасса Караганда – Балхаш, а также дорога Жезказган – Караганда.')
    ents = list(doc.ents)
    assert all(one.end <= other.start for one, other in zip(ents, ents[1:]))
    assert [span.text for span in ents if span._.rule == 'loc-road'] == [
        'трасса Караганда – Балхаш', 'дорога Жезказган – Караганда']


@pytest.mark.parametrize('text, inner_text, outer_text', [
    # the end named elsewhere in the text, declined: one entity
    ('Ремонт автодороги Павлодар – Щербакты завершён. В Щербактах ждут новый асфальт.', 'Щербакты', 'Щербактах'),
    ('Из Кокшетау до Степногорска автобусы идут по трассе Кокшетау – Степногорск.', 'Степногорск', 'Степногорска'),
])
def test_an_end_named_elsewhere_is_one_entity(nlp, text, inner_text, outer_text):
    doc = nlp(text)
    (inside,) = [span for span in doc.spans['inner'] if span.text == inner_text]
    (outside,) = [span for span in doc.ents if span.text == outer_text]
    assert inside._.entity == outside._.entity


def test_a_road_is_no_head_of_its_first_place(nlp):
    """`Ушарал` alone is not the road `трасса Ушарал – Достык` it starts."""
    doc = nlp('Ремонт трассы Ушарал – Достык начнётся весной.')
    assert [span._.entity for span in doc.spans['inner']] == ['Ушарал', 'Достык']


def test_mentions_schema_has_inside():
    assert COLUMNS['mentions'][-1] == 'inside'
    assert 'inside' in NULLABLE_INTS and 'inside' in INTEGERS


TEXTS = {
    'roads': 'Из-за метели закрыта трасса Караганда – Балхаш, а также дорога Павлодар – граница РФ. '
             'Водителей из Балхаша просят переждать.\n',
    'plain': 'Аким Карагандинской области провёл совещание в Караганде.\n',
}


@pytest.fixture(scope='module')
def road_run(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp('roads')
    for name, text in TEXTS.items():
        (folder / f'{name}.txt').write_text(text, encoding='utf-8')
    return run([folder], output_dir=tmp_path_factory.mktemp('road-tables'), nlp=nlp)


def test_inner_rows_point_at_their_text_and_mention(road_run):
    mentions = road_run['mentions']
    rows = mentions[mentions.inside.notna()]
    assert sorted(rows.text) == ['Балхаш', 'Караганда', 'Павлодар', 'РФ']
    assert set(rows.doc_id) == {'roads'}
    assert set(rows.source) == {'road-end'}
    flat = mentions[mentions.inside.isna()]
    for row in rows.itertuples():
        assert TEXTS[row.doc_id][row.start:row.stop] == row.text
        (around,) = flat[(flat.doc_id == row.doc_id) & (flat.mention_id == row.inside)].itertuples()
        assert around.start <= row.start and row.stop <= around.stop and around.source == 'loc-road'
        # numbered after the document's flat mentions
        assert row.mention_id > flat[flat.doc_id == row.doc_id].mention_id.max()


def test_inner_rows_join_entities(road_run):
    mentions, entities = road_run['mentions'], road_run['entities']
    names = dict(zip(entities.entity_id, entities.name))
    (balkhash,) = set(mentions[mentions.text.isin(['Балхаш', 'Балхаша'])].entity_id)
    assert names[balkhash] == 'Балхаш'
    assert len(mentions[mentions.entity_id == balkhash]) == 2
    (russia,) = set(mentions[mentions.text == 'РФ'].entity_id)
    assert names[russia] == 'Россия'


def test_flat_mentions_have_no_inside(road_run):
    mentions = road_run['mentions']
    assert mentions[mentions.doc_id == 'plain'].inside.isna().all()
