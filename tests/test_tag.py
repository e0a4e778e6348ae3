"""The trained tagger: its features, the gold it is trained on, the stage, the training command."""

from pathlib import Path

import pytest

from pipeline.evaluation.corpora import BratDoc, BratEntity, BsnlpMention
from pipeline.nlp.features import sequence_features, shape, word_features
from pipeline.training.gold import is_street, nerel_spans, outermost, project, sentence_initial

ROOT = Path(__file__).resolve().parent.parent
TINY = Path(__file__).resolve().parent / 'data' / 'tagger'


@pytest.mark.parametrize('text, expected', [
    ('Нур-Султан', 'Xx-Xx'),
    ('РК', 'X'),
    ('2024', 'd'),
    ('«', '«'),
    ('iPhone', 'xXx'),
])
def test_shape(text, expected):
    assert shape(text) == expected


@pytest.mark.parametrize('word, present, absent', [
    ('Нурлан', ['title', 'gr=Name', 'pos=NOUN', 'case=nomn', 'lemma=нурлан'], ['caps', 'unknown']),
    ('Абаевич', ['gr=Patr'], ['gr=Geox']),
    ('Иванова', ['gr=Surn'], []),
    # the second parse of `Алматы` is the place; the name grammemes of the first three count
    ('Алматы', ['gr=Geox'], []),
    ('МВД', ['caps', 'title', 'gr=Orgn', 'gr=Abbr'], ['unknown']),
    ('Қасым', ['kazakh', 'gr=Name'], []),
    ('Нур-Султан', ['hyphen'], ['punct']),
    ('«', ['quote', 'punct', 'lemma=«'], ['title']),
    ('2024', ['digit'], ['title']),
])
def test_word_features(word, present, absent):
    features, _ = word_features(word)
    assert set(present) <= set(features), features
    assert not set(absent) & set(features), features


@pytest.mark.parametrize('text, token, present, absent', [
    # the earlier stages' span, its type and its source
    ('Спикер Сената Маулен Ашимбаев прибыл.', 'Маулен', ['ent=B-PER', 'etype=PER', '-1:ent=B-ORG'], ['first']),
    ('Спикер Сената Маулен Ашимбаев прибыл.', 'Спикер', ['first', 'ent=O', '1:ent=B-ORG', '-1:edge'], []),
    ('Спикер Сената Маулен Ашимбаев прибыл.', 'Ашимбаев', ['ent=I-PER', '-1:ent=B-PER', '-2:lemma=сенат', '2:lemma=.'], []),
    # inside quotes, not the quotes themselves
    ('Партия «Ак жол» выиграла.', 'Ак', ['inquote', '-1:shape=«'], []),
    ('Партия «Ак жол» выиграла.', '»', [], ['inquote']),
    ('Партия «Ак жол» выиграла.', 'выиграла', [], ['inquote']),
])
def test_sequence_features(text, token, present, absent):
    from spacy.tokens import Span

    from pipeline.nlp.features import span_tags
    from pipeline.nlp.language import load

    nlp = load(disable=['recognize', 'lookup', 'repair', 'normalize', 'link', 'assign_roles', 'quantify', 'date'])
    doc = nlp(text)
    ents = {'Сената': 'ORG', 'Маулен Ашимбаев': 'PER'}
    spans = []
    for surface, label in ents.items():
        start = text.find(surface)
        if start >= 0:
            spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = [Span(doc, span.start, span.end, label=span.label_) for span in spans]
    indices = [t.i for t in doc if not t.is_space]
    rows = sequence_features(doc, indices, span_tags(doc))
    row = set(rows[[doc[i].text for i in indices].index(token)])
    assert set(present) <= row, sorted(row)
    assert not set(absent) & row, sorted(row)


def brat(text, *entities):
    found = []
    for number, (surface, type, nth) in enumerate(entities):
        start = -1
        for _ in range(nth + 1):
            start = text.find(surface, start + 1)
        found.append(BratEntity(f'T{number}', type, start, start + len(surface), surface))
    return BratDoc('train/x', text, found)


def surfaces(text, spans):
    return [(text[start:stop], type) for start, stop, type in spans]


@pytest.mark.parametrize('doc, common, expected', [
    # a country after an organisation inside it is part of it
    (brat('Министерство финансов Казахстана сообщило.', ('Министерство финансов Казахстана', 'ORGANIZATION', 0),
          ('Казахстана', 'COUNTRY', 0)), set(), [('Министерство финансов Казахстана', 'ORG')]),
    # a bare lower-case institution noun and an adjective are no names; the place inside counts
    (brat('В Москве правительство России и российский премьер.', ('Москве', 'CITY', 0),
          ('правительство России', 'ORGANIZATION', 0), ('России', 'COUNTRY', 0), ('российский', 'COUNTRY', 0)),
     set(), [('Москве', 'LOC'), ('России', 'LOC')]),
    # at a sentence start, a word written in lower case elsewhere is no name either
    (brat('Правительство Кипра одобрило план.', ('Правительство Кипра', 'ORGANIZATION', 0), ('Кипра', 'COUNTRY', 0)),
     {'правительство'}, [('Кипра', 'LOC')]),
    (brat('Правительство Кипра одобрило план.', ('Правительство Кипра', 'ORGANIZATION', 0), ('Кипра', 'COUNTRY', 0)),
     set(), [('Правительство Кипра', 'ORG')]),
    # a street is a place, a person it is named after is none; other facilities are left out
    (brat('На улице Байтурсынова и Красной площади у аэропорта Шереметьево.',
          ('улице Байтурсынова', 'FACILITY', 0), ('Байтурсынова', 'PERSON', 0),
          ('Красной площади', 'FACILITY', 0), ('аэропорта Шереметьево', 'FACILITY', 0)),
     set(), [('Красной площади', 'LOC')]),
    # a person may start in lower case
    (brat('Сказал аль-Барадеи.', ('аль-Барадеи', 'PERSON', 0)), {'аль-барадеи'}, [('аль-Барадеи', 'PER')]),
])
def test_nerel_spans(doc, common, expected):
    assert surfaces(doc.text, nerel_spans(doc, frozenset(common))) == expected


@pytest.mark.parametrize('text, start, expected', [
    ('Правительство решило.', 0, True),
    ('Так. Правительство решило.', 5, True),
    ('Так. «Правительство» решило.', 6, True),
    ('Так решило Правительство.', 11, False),
])
def test_sentence_initial(text, start, expected):
    assert sentence_initial(text, start) == expected


@pytest.mark.parametrize('text, expected', [
    ('Гаврской улице', True), ('проспекта Вернадского', True), ('Белом доме', False), ('аэропорта', False)])
def test_is_street(text, expected):
    assert is_street(text) == expected


@pytest.mark.parametrize('text, mentions, lower, expected', [
    ('Ryanair и Ryanair Holdings в Дублине.',
     [('Ryanair', 'ORG'), ('Ryanair Holdings', 'ORG'), ('Дублине', 'LOC')], False,
     [('Ryanair', 'ORG'), ('Ryanair Holdings', 'ORG'), ('Дублине', 'LOC')]),
    # lower-case annotations match a capitalised occurrence only; EVT takes its words
    ('Газпром строит Северный поток, газпромовский газ.',
     [('газпром', 'ORG'), ('северный поток', 'EVT'), ('северный', 'LOC')], True, [('Газпром', 'ORG')]),
])
def test_project(text, mentions, lower, expected):
    found = project(text, [BsnlpMention(surface, surface, type, surface) for surface, type in mentions], lower)
    assert surfaces(text, found) == expected


def test_outermost():
    assert outermost([(0, 10, 'ORG'), (5, 10, 'LOC'), (12, 14, 'PER'), (13, 16, 'LOC')]) == [
        (0, 10, 'ORG'), (12, 14, 'PER')]


@pytest.fixture(scope='module')
def tagged(tmp_path_factory):
    """The pipeline with the `tag` stage after `lookup` (mode `replace`), and the shipped weights."""
    return with_tag(tmp_path_factory, 'replace')


def with_tag(tmp_path_factory, mode, threshold=0.0):
    from pipeline import load
    from pipeline.resources import MODELS_DIR

    config = (MODELS_DIR / 'pipeline.cfg').read_text(encoding='utf-8')
    assert '"lookup", "repair"' in config
    path = tmp_path_factory.mktemp('config') / f'with-tag-{mode}.cfg'
    path.write_text(config.replace('"lookup", "repair"', '"lookup", "tag", "repair"')
                    + f'\n[components.tag]\nmode = "{mode}"\nthreshold = {threshold}\n', encoding='utf-8')
    return load(path)


@pytest.mark.parametrize('text, expected', [
    # a long official name keeps its tail: one ORG, no LOC cut out of it
    ('Сотрудники Департамента Агентства РК по делам государственной службы по Карагандинской области провели '
     'проверку.', [('Департамента Агентства РК по делам государственной службы по Карагандинской области', 'ORG')]),
    ('Департамент экономических расследований по Актюбинской области возбудил дело.',
     [('Департамент экономических расследований по Актюбинской области', 'ORG')]),
    ('Об этом сообщили в Министерстве финансов Казахстана.', [('Министерстве финансов Казахстана', 'ORG')]),
    ('Аким Жамбылской области Ербол Карашукеев посетил Байзакский район.',
     [('Жамбылской области', 'LOC'), ('Ербол Карашукеев', 'PER'), ('Байзакский район', 'LOC')]),
    ('Как сообщает пресс-служба МВД, задержанный доставлен в Алматы.', [('МВД', 'ORG'), ('Алматы', 'LOC')]),
    ('Жители Караганды Асем Нурланова и Болат Серикович Ахметов обратились в акимат.',
     [('Караганды', 'LOC'), ('Асем Нурланова', 'PER'), ('Болат Серикович Ахметов', 'PER')]),
])
def test_tag_stage(tagged, text, expected):
    assert [(span.text, span.label_) for span in tagged(text).ents] == expected


def test_tag_stage_keeps_the_spans_it_agrees_with(tagged):
    doc = tagged('Спикер Сената Маулен Ашимбаев прибыл в Астану.')
    rules = {span.text: span._.rule for span in doc.ents}
    # the gazetteer's chamber keeps its rule and canonical name
    assert rules['Сената'] == 'gazetteer'
    assert [span._.canonical for span in doc.ents if span.text == 'Сената'] == ['Сенат']


def test_the_stage_is_off_by_default():
    from pipeline.nlp.language import read_config
    assert 'tag' not in read_config()['nlp']['pipeline']


@pytest.fixture(scope='module')
def default(tmp_path_factory):
    """The pipeline with `tag` in mode `extend`, threshold 0.9 (the mode that wins on every type)."""
    return with_tag(tmp_path_factory, 'extend', 0.9)


@pytest.mark.parametrize('text, expected', [
    # the tagger grows today's ORG over the place of its tail
    ('Об этом сообщили в Департаменте экономических расследований по Актюбинской области.',
     [('Департаменте экономических расследований по Актюбинской области', 'ORG')]),
    ('Об этом сообщили в Министерстве финансов Казахстана.', [('Министерстве финансов Казахстана', 'ORG')]),
    # a person after a city in the locative stays a PER without the city
    ('В Шымкенте Ерлан Мукашевич Сейтжанов задержан полицией.',
     [('Шымкенте', 'LOC'), ('Ерлан Мукашевич Сейтжанов', 'PER')]),
    ('В Караганде Асем Нурланова открыла кафе.', [('Караганде', 'LOC'), ('Асем Нурланова', 'PER')]),
    # where the tagger is not sure, today's spans stay
    ('Дело рассмотрел Специализированный следственный суд города Актобе.',
     [('Специализированный следственный суд города Актобе', 'ORG')]),
    ('Как сообщает пресс-служба МВД, задержанный доставлен в Алматы.', [('МВД', 'ORG'), ('Алматы', 'LOC')]),
])
def test_extend_mode(default, text, expected):
    assert [(span.text, span.label_) for span in default(text).ents] == expected


def test_an_unknown_mode_is_refused():
    from pipeline.nlp.stages.tag import Tagger
    from pipeline.resources import MODELS_DIR
    with pytest.raises(ValueError):
        Tagger(None, 'tag', MODELS_DIR / 'tagger.crfsuite', mode='orgs-only')


@pytest.mark.slow
def test_training_command_on_a_tiny_corpus(tmp_path):
    """Deterministic given the seed; the weights tag."""
    import pycrfsuite

    from pipeline.training.crf import main

    first, second = tmp_path / 'a.crfsuite', tmp_path / 'b.crfsuite'
    for output in (first, second):
        main(['--eval-dir', str(TINY), '--part', 'any', '--seed', '3', '--iterations', '20', '-o', str(output)])
    assert first.read_bytes() == second.read_bytes()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(first))
    assert set(tagger.labels()) >= {'B-PER', 'B-ORG', 'B-LOC', 'O'}


@pytest.mark.parametrize('mode, threshold, today, tagged, expected', [
    # an ORG grows over today's ORG and the LOC of its tail
    ('extend', 0.9, [(0, 3, 'ORG'), (4, 6, 'LOC')], [(0, 6, 'ORG', 0.95)], [(0, 6, 'ORG')]),
    ('orgs', 0.9, [(0, 3, 'ORG'), (4, 6, 'LOC')], [(0, 6, 'ORG', 0.95)], [(0, 6, 'ORG')]),
    # ... unless the tagger is unsure
    ('extend', 0.9, [(0, 3, 'ORG'), (4, 6, 'LOC')], [(0, 6, 'ORG', 0.6)], [(0, 3, 'ORG'), (4, 6, 'LOC')]),
    # a PER never takes in the city before it (`В Шымкенте Ерлан Мукашевич Сейтжанов`)
    ('extend', 0.0, [(1, 2, 'LOC'), (2, 5, 'PER')], [(1, 5, 'PER', 0.99)], [(1, 2, 'LOC'), (2, 5, 'PER')]),
    # orgs: the tagger's PER and LOC do not count, nor does an ORG over a person
    ('orgs', 0.0, [(1, 2, 'LOC')], [(1, 3, 'LOC', 0.99), (5, 6, 'PER', 0.99)], [(1, 2, 'LOC')]),
    ('orgs', 0.0, [(2, 4, 'PER')], [(0, 4, 'ORG', 0.99)], [(2, 4, 'PER')]),
    # same words, another type: today's type stays
    ('extend', 0.0, [(0, 1, 'LOC')], [(0, 1, 'ORG', 0.99)], [(0, 1, 'LOC')]),
    # a span crossing today's is left out
    ('extend', 0.0, [(0, 2, 'ORG')], [(1, 3, 'ORG', 0.99)], [(0, 2, 'ORG')]),
    # a new span where today has none, if sure
    ('extend', 0.9, [], [(3, 4, 'LOC', 0.97), (6, 7, 'ORG', 0.5)], [(3, 4, 'LOC')]),
    ('replace', 0.0, [(1, 2, 'LOC')], [(1, 2, 'ORG', 0.1)], [(1, 2, 'ORG')]),
])
def test_combine(mode, threshold, today, tagged, expected):
    from pipeline.nlp.stages.tag import combine
    assert sorted(combine(today, tagged, mode, threshold)) == expected
