"""Readers and scorers of pipeline.evaluation on tiny hand-made gold files
(tests/data/eval, tests/data/gold).

Expected values are worked out by hand in the comments; no natasha models are
loaded and nothing outside the repository is read, but for the shared
document-level scorer (../shared/gold/score_gold.py) where it is there, to
check that our scores agree with its.
"""

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.evaluation import cli, corpora, doclevel, runner, scoring, split, systems
from pipeline.evaluation.systems import Prediction, PredMention

DATA = Path(__file__).parent / 'data' / 'eval'


def at(text, sub, occurrence=1):
    start = -1
    for _ in range(occurrence):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def mention(text, sub, type, occurrence=1, **kwargs):
    start, stop = at(text, sub, occurrence)
    return PredMention(start, stop, type, **kwargs)


def by_text(docs, make):
    """A system answering from a {text: Prediction} table built by `make`."""
    table = {doc.text: make(doc.text) for doc in docs}

    def predict(texts):
        return [table.get(text, Prediction([], [])) for text in texts]

    return predict


def scores_of(table):
    return {row: values for row, values in table.rows.items()}


# ---------------------------------------------------------------- factRuEval


@pytest.fixture
def factru():
    return corpora.read_factru(DATA / 'factru' / 'devset')


def test_read_factru(factru):
    assert [d.id for d in factru] == ['book_1', 'book_2']
    book1 = factru[0]
    assert [o.type for o in book1.objects] == [
        'Person', 'Org', 'Location', 'Person']
    person = book1.objects[0]
    assert book1.text[person.start:person.stop] == 'Фёдор Пыжов'
    coref = book1.corefs[0]
    assert [o.id for o in coref.objects] == ['201', '204']
    assert coref.slot('firstname') == 'Фёдор'
    assert coref.slot('lastname') == 'Пыжов'
    # a slot without value ('wikidata') is skipped
    assert factru[1].corefs[2].slots == [('firstname', 'Олег'),
                                         ('lastname', 'Тупиков')]


def test_factru_gold_spans(factru):
    book1, book2 = factru
    got = [(s.type, book1.text[s.start:s.stop])
           for s in scoring.factru_gold_spans(book1)]
    # Person = whole extent, Org = org_name only (not 'завод'), Location
    assert got == [('PER', 'Фёдор Пыжов'), ('ORG', 'Ромашка'),
                   ('LOC', 'Верхнеозёрске'), ('PER', 'Пыжов')]
    got = [(s.type, book2.text[s.start:s.stop])
           for s in scoring.factru_gold_spans(book2)]
    # LocOrg inside the Org dropped as overlapping; 'Нижнеречь' is not
    # aligned to token bounds and dropped
    assert got == [('ORG', 'Мэрия Верхнеозёрска'), ('PER', 'Олега Тупикова')]


def factru_fake(text):
    if text.startswith('Фёдор'):
        return Prediction([
            # tokens Фёдор Пыжов: both PER, both right
            mention(text, 'Фёдор Пыжов', 'PER', first='Федор',
                    last='Пыжова'),
            # « Ромашка »: 3 ORG tokens, 1 right
            mention(text, '«Ромашка»', 'ORG'),
            mention(text, 'Верхнеозёрске', 'LOC'),
            # other labels are not scored
            mention(text, 'завод', 'MISC'),
            # second 'Пыжов' missed
        ], [])
    return Prediction([
        # gold LocOrg was dropped as overlapping: LOC false positive
        mention(text, 'Верхнеозёрска', 'LOC'),
        # misaligned prediction: touches Олега and Тупикова -> 2 PER tokens
        mention(text, 'Олега Тупико', 'PER', first='Олег', last='Тупиков'),
    ], [])


def test_score_factru_tokens(factru):
    preds = by_text(factru, factru_fake)([d.text for d in factru])
    table, errors = scoring.score_factru(factru, preds, system='fake')
    s = scores_of(table)
    # PER: gold tokens 3 + 2 = 5, predicted 2 + 2 = 4, all right
    assert s['PER']['P'] == pytest.approx(1.0)
    assert s['PER']['R'] == pytest.approx(4 / 5)
    assert s['PER']['F1'] == pytest.approx(8 / 9)
    # ORG: gold Ромашка + Мэрия Верхнеозёрска = 3 tokens, predicted 3, 1 right
    assert s['ORG']['P'] == pytest.approx(1 / 3)
    assert s['ORG']['R'] == pytest.approx(1 / 3)
    assert s['ORG']['F1'] == pytest.approx(1 / 3)
    # LOC: gold 1 token, predicted 2, 1 right
    assert s['LOC']['P'] == pytest.approx(1 / 2)
    assert s['LOC']['R'] == pytest.approx(1.0)
    assert s['LOC']['F1'] == pytest.approx(2 / 3)
    # all: 6 of 9 predicted, 6 of 9 gold
    assert s['all']['P'] == pytest.approx(6 / 9)
    assert s['all']['R'] == pytest.approx(6 / 9)
    assert s['all']['F1'] == pytest.approx(6 / 9)
    assert table.support == {'PER': 3, 'ORG': 2, 'LOC': 1, 'all': 6}
    kinds = sorted((e.doc, e.type, e.kind, e.text) for e in errors)
    assert kinds == [
        ('book_1', 'ORG', 'fp', '«Ромашка»'),
        ('book_1', 'PER', 'fn', 'Пыжов'),
        ('book_2', 'LOC', 'fp', 'Верхнеозёрска'),
        ('book_2', 'ORG', 'fn', 'Мэрия Верхнеозёрска'),
    ]



def test_score_factru_leaves_inner_mentions_out(factru):
    """factRu's gold is flat: a mention inside another scores nothing, right or wrong."""
    texts = [d.text for d in factru]
    flat = scoring.score_factru(factru, by_text(factru, factru_fake)(texts))[0]
    nested = by_text(factru, with_inner(factru_fake, ('Пыжов', 'LOC'), ('Олега', 'PER')))(texts)
    assert scores_of(scoring.score_factru(factru, nested)[0]) == scores_of(flat)

def test_score_factru_names(factru):
    preds = by_text(factru, factru_fake)([d.text for d in factru])
    table, errors = scoring.score_factru_names(factru, preds, system='fake')
    s = scores_of(table)
    # book_1: 'Фёдор Пыжов' covered; first Федор == фёдор (ё->е), last wrong
    # book_2: the PER prediction does not cover 'Олега Тупикова' -> no vote
    assert s['first'] == {'cov': pytest.approx(1 / 2),
                          'acc': pytest.approx(1 / 2)}
    assert s['last'] == {'cov': pytest.approx(1 / 2), 'acc': 0.0}
    assert table.support == {'first': 2, 'last': 2}
    assert sorted((e.doc, e.kind) for e in errors) == [
        ('book_1', 'last'), ('book_2', 'first'), ('book_2', 'last')]


def test_names_majority_vote(factru):
    book1 = factru[0]
    text = book1.text
    preds = [Prediction([
        mention(text, 'Фёдор Пыжов', 'PER', last='Пыжова'),
        mention(text, 'Пыжов', 'PER', occurrence=2, last='ПЫЖОВ'),
        mention(text, 'Пыжов', 'PER', occurrence=2, last='Пыжов'),
    ], [])]
    table, _ = scoring.score_factru_names([book1], preds)
    assert table.rows['last']['acc'] == 1.0
    assert table.rows['first'] == {'cov': 0.0, 'acc': 0.0}


# --------------------------------------------------------------------- NEREL


@pytest.fixture
def nerel():
    return corpora.read_nerel(DATA / 'nerel')


def test_read_nerel(nerel):
    assert [d.id for d in nerel] == ['dev/doc1']
    ids = [e.id for e in nerel[0].entities]
    assert 'T11' not in ids   # discontinuous
    assert len(ids) == 10
    both = corpora.read_nerel(DATA / 'nerel', splits=('dev', 'train'))
    assert [d.id for d in both] == ['dev/doc1', 'train/doc2']


def nerel_fake(text):
    return Prediction([
        mention(text, 'Правительство Верхнеозёрской области', 'ORG'),  # tp
        mention(text, 'Верхнеозёрской области', 'LOC'),   # nested: ignored
        mention(text, 'Верхнеозёрска', 'LOC'),            # tp
        mention(text, 'Пыжов', 'PER'),                    # fp (and T4 fn)
        mention(text, 'Пыжову', 'PER'),                   # tp
        mention(text, 'Верхнеозёрской', 'ORG'),           # fp
    ], [
        at(text, '5 млн'),     # overlaps MONEY and NUMBER
        at(text, '50'),        # overlaps AGE: fine for precision
        at(text, 'бюджета'),   # fp
        at(text, 'Пыжову'),    # fp
    ])


def test_score_nerel(nerel):
    preds = by_text(nerel, nerel_fake)([d.text for d in nerel])
    table, errors = scoring.score_nerel(nerel, preds, system='fake')
    s = scores_of(table)
    # outermost gold: ORG T1, LOC T3 (inside a PROFESSION only), PER T4, T8
    assert s['PER'] == pytest.approx({'P': 1 / 2, 'R': 1 / 2, 'F1': 1 / 2})
    assert s['ORG'] == pytest.approx({'P': 1 / 2, 'R': 1.0, 'F1': 2 / 3})
    assert s['LOC'] == pytest.approx({'P': 1.0, 'R': 1.0, 'F1': 1.0})
    assert s['all'] == pytest.approx({'P': 3 / 5, 'R': 3 / 4, 'F1': 2 / 3})
    assert table.support == {'PER': 2, 'ORG': 1, 'LOC': 1, 'all': 4}
    assert sorted((e.kind, e.text) for e in errors) == [
        ('fn', 'Фёдор Пыжов'), ('fp', 'Верхнеозёрской'), ('fp', 'Пыжов')]



def with_inner(make, *extra):
    """`make`'s prediction and the mentions `extra` ((text, type)) as mentions inside another."""
    def predict(text):
        made = make(text)
        inner = [mention(text, sub, type, inside=True) for sub, type in extra if sub in text]
        return Prediction(made.mentions + inner, made.figures)
    return predict


@pytest.mark.parametrize('extra, loc', [
    ((), {'P': 1.0, 'R': 1.0, 'F1': 1.0}),
    # NEREL's gold nests: an inner mention is scored, a false one is a false positive
    ((('Пыжов', 'LOC'),), {'P': 1 / 2, 'R': 1.0, 'F1': 2 / 3}),
])
def test_score_nerel_scores_inner_mentions(nerel, extra, loc):
    preds = by_text(nerel, with_inner(nerel_fake, *extra))([d.text for d in nerel])
    table, _ = scoring.score_nerel(nerel, preds, system='fake')
    assert scores_of(table)['LOC'] == pytest.approx(loc)


def test_score_nerel_finds_an_outer_gold_span_as_inner(nerel):
    """The LOC gold span found only as a mention inside another is found."""
    def make(text):
        return Prediction([m for m in nerel_fake(text).mentions if m.type != 'LOC'], [])
    flat = scores_of(scoring.score_nerel(nerel, by_text(nerel, make)([d.text for d in nerel]))[0])
    nested = by_text(nerel, with_inner(make, ('Верхнеозёрска', 'LOC')))([d.text for d in nerel])
    assert flat['LOC']['R'] == 0.0
    assert scores_of(scoring.score_nerel(nerel, nested)[0])['LOC']['R'] == 1.0

def test_score_figures(nerel):
    preds = by_text(nerel, nerel_fake)([d.text for d in nerel])
    table, errors = scoring.score_figures(nerel, preds, system='fake')
    # recall: MONEY, NUMBER found, PERCENT missed -> 2/3
    # precision: '5 млн', '50' (AGE) right; 'бюджета', 'Пыжову' wrong -> 2/4
    s = table.rows['figures']
    assert s['P'] == pytest.approx(1 / 2)
    assert s['R'] == pytest.approx(2 / 3)
    assert s['F1'] == pytest.approx(4 / 7)
    assert table.support['figures'] == 3
    assert sorted((e.kind, e.text) for e in errors) == [
        ('fn', '10%'), ('fp', 'Пыжову'), ('fp', 'бюджета')]


# --------------------------------------------------------------------- BSNLP


@pytest.fixture
def bsnlp():
    return corpora.read_bsnlp(DATA / 'bsnlp-dev', topics=('ryanair',))


def test_read_bsnlp(bsnlp):
    assert [d.id for d in bsnlp] == ['ryanair/t_1', 'ryanair/t_2']
    assert not any(d.lower for d in bsnlp)
    t1 = bsnlp[0]
    # header dropped, CRLF read as LF
    assert t1.text.startswith('Фёдор Пыжов посетил Верхнеозёрск\n\nМэр')
    assert '\r' not in t1.text
    # the repeated (surface, type) line is dropped; PRO kept by the reader
    assert [m.surface for m in t1.mentions].count('Нижнеречье') == 1
    assert t1.mentions[-1].type == 'PRO'


def bsnlp_fake(text, entities=True):
    def m(sub, type, normal, entity, occurrence=1):
        return mention(text, sub, type, occurrence, normal=normal,
                       entity=entity if entities else None)

    if text.startswith('Фёдор'):
        return Prediction([
            m('Фёдор Пыжов', 'PER', 'Фёдор Пыжов', 'e1'),
            m('Верхнеозёрск', 'LOC', 'Верхнеозёрск', 'v'),
            m('Верхнеозёрска', 'LOC', 'Верхнеозёрска', 'v'),
            m('Ромашка', 'ORG', 'Ромашка', 'r'),
            # ООО «Ромашка» and Нижнеречье not predicted
            m('Пыжов', 'PER', 'Пыжов', 'e1', occurrence=2),  # no gold
        ], [])
    return Prediction([
        m('Пыжов', 'PER', 'Пыжов', 'p2'),
        m('Ромашка', 'ORG', 'Ромашка', 'r'),
        m('Нижнеречье', 'LOC', 'Нижнеречья', 'n'),
    ], [])



@pytest.mark.parametrize('scorer', [scoring.score_bsnlp_norm, scoring.score_bsnlp_grouping])
def test_score_bsnlp_leaves_inner_mentions_out(bsnlp, scorer):
    """BSNLP's gold is flat: a mention inside another (here one a flat mention misses,
    `Нижнеречье`) is not scored."""
    texts = [d.text for d in bsnlp]
    flat = scorer(bsnlp, by_text(bsnlp, bsnlp_fake)(texts))[0]
    nested = by_text(bsnlp, with_inner(bsnlp_fake, ('Нижнеречье', 'LOC'), ('Ромашка', 'PER')))(texts)
    assert scores_of(scorer(bsnlp, nested)[0]) == scores_of(flat)

def test_score_bsnlp_norm(bsnlp):
    preds = by_text(bsnlp, bsnlp_fake)([d.text for d in bsnlp])
    table, errors = scoring.score_bsnlp_norm(bsnlp, preds, system='fake')
    s = scores_of(table)
    # PER: 2 gold, both found, both normal forms right
    assert s['PER'] == pytest.approx({'found': 1.0, 'acc': 1.0})
    # ORG: 3 gold, ООО «Ромашка» not found; 2 found right
    assert s['ORG'] == pytest.approx({'found': 2 / 3, 'acc': 1.0})
    # LOC: 4 gold, Нижнеречье (t_1) not found; of 3 found only
    # Верхнеозёрск right
    assert s['LOC'] == pytest.approx({'found': 3 / 4, 'acc': 1 / 3})
    assert s['all'] == pytest.approx({'found': 7 / 9, 'acc': 5 / 7})
    assert table.support == {'PER': 2, 'ORG': 3, 'LOC': 4, 'all': 9}
    assert sorted((e.doc, e.kind, e.text) for e in errors) == [
        ('ryanair/t_1', 'fn', 'Нижнеречье'),
        ('ryanair/t_1', 'fn', 'ООО «Ромашка»'),
        ('ryanair/t_1', 'normal', 'Верхнеозёрска'),
        ('ryanair/t_2', 'normal', 'Нижнеречье'),
    ]


def test_score_bsnlp_grouping_with_entity_ids(bsnlp):
    preds = by_text(bsnlp, bsnlp_fake)([d.text for d in bsnlp])
    table, _ = scoring.score_bsnlp_grouping(bsnlp, preds)
    s = scores_of(table)
    # in doc: t_1 gold pair (Верхнеозёрск, Верхнеозёрска), predicted too
    assert s['in doc'] == pytest.approx({'P': 1.0, 'R': 1.0, 'F1': 1.0})
    # cross doc goes by normal forms, ids being document-level: gold pairs
    # Pyzhov, V, Romashka = 3; predicted Ромашка/Ромашка only, right
    assert s['cross doc'] == pytest.approx({'P': 1.0, 'R': 1 / 3,
                                            'F1': 1 / 2})


def test_score_bsnlp_grouping_by_normal_form(bsnlp):
    preds = by_text(bsnlp, lambda t: bsnlp_fake(t, entities=False))(
        [d.text for d in bsnlp])
    table, _ = scoring.score_bsnlp_grouping(bsnlp, preds)
    s = scores_of(table)
    # without ids the normal form is the key: Верхнеозёрск != Верхнеозёрска
    assert s['in doc'] == {'P': 0.0, 'R': 0.0, 'F1': 0.0}
    # cross doc: only Ромашка/Ромашка predicted together (right) of 3 gold
    assert s['cross doc'] == pytest.approx({'P': 1.0, 'R': 1 / 3,
                                            'F1': 1 / 2})


def test_pairwise():
    score = scoring.pairwise([('a', 1), ('a', 1), ('a', 2), ('b', 2)])
    # gold pairs: a-a x3; pred pairs: 1-1, 2-2; right: the 1-1 pair
    assert score.p == pytest.approx(1 / 2)
    assert score.r == pytest.approx(1 / 3)


@pytest.mark.parametrize('topics, ids', [
    # the ec and trump answers are named `7.txt` for `file_7_ru.txt`
    (('ec', 'trump'), ['ec/file_7_ru', 'trump/file_9_ru']),
    (None, ['ec/file_7_ru', 'ryanair/t_1', 'ryanair/t_2', 'trump/file_9_ru']),
])
def test_read_bsnlp_topics(topics, ids):
    docs = corpora.read_bsnlp(DATA / 'bsnlp-dev', topics=topics)
    assert [d.id for d in docs] == ids
    assert [d.lower for d in docs] == [not d.id.startswith('ryanair') for d in docs]


def lower_fake(text):
    """Predictions for the lower-case annotated ec document."""
    def m(sub, type, normal, occurrence=1):
        return mention(text, sub, type, occurrence, normal=normal)

    return Prediction([
        m('Мишель Обама', 'PER', 'Мишель Обама'),          # right, in lower case
        m('Мишель Обаму', 'PER', 'Мишель Обаму'),          # wrong form
        m('Европейская комиссия', 'ORG', 'Европейская Комиссия'),  # right
        m('Брюсселе', 'LOC', 'Брюсселе'),                  # wrong form
    ], [])


@pytest.mark.parametrize('type, expected', [
    ('PER', {'found': 1.0, 'acc': 0.5}),
    ('ORG', {'found': 1.0, 'acc': 1.0}),
    ('LOC', {'found': 1.0, 'acc': 0.0}),
    ('all', {'found': 1.0, 'acc': 0.5}),
])
def test_score_bsnlp_lower_case_gold(type, expected):
    docs = corpora.read_bsnlp(DATA / 'bsnlp-dev', topics=('ec',))
    table, errors = scoring.score_bsnlp_norm(docs, [lower_fake(docs[0].text)])
    assert table.rows[type] == pytest.approx(expected)
    assert sorted(e.text for e in errors) == ['брюсселе', 'мишель обаму']


# ------------------------------------------------- hand-made gold (score_gold)


GOLD = Path(__file__).parent / 'data' / 'gold'
SCORE_GOLD = Path(__file__).resolve().parent.parent.parent / 'shared' / 'gold' / 'score_gold.py'


@pytest.mark.parametrize('name, folded', [
    ('ТОО «Нурлы Жол»', 'нурлы жол'),
    ('КГП на ПХВ "Городская больница"', 'городская больница'),
    ('Минэнерго РК', 'минэнерго'),
    ('город  Алматы', 'алматы'),
    ('Ёлкин', 'елкин'),
    ('Республики Казахстан', 'республики казахстан'),   # a tail needs a name before it
])
def test_fold_name(name, folded):
    assert doclevel.fold_name(name) == folded


def read_csv(path):
    with open(path, encoding='utf-8') as file:
        return list(csv.DictReader(file))


def run_answers(docs):
    found = doclevel.run_entities(read_csv(GOLD / 'run' / 'mentions.csv'), read_csv(GOLD / 'run' / 'entities.csv'))
    return [found.get(doc.id, set()) for doc in docs]


@pytest.fixture
def kz_dev():
    return corpora.load_corpus('kz-dev', gold_dir=GOLD)


# tests/data/gold/run against kz-dev.json: 200: Сапарова twice (two tp, as score_gold.py
# counts), Нурлы Жол without ТОО (tp), Акимат Астаны optional (no count), Казахстан fp,
# Алматы fn; 201: Минэнерго РК (tp), Республики Казахстан fp, Казахстан fn
@pytest.mark.parametrize('type, expected, n', [
    ('PER', {'P': 1.0, 'R': 1.0, 'F1': 1.0}, 2),
    ('ORG', {'P': 1.0, 'R': 1.0, 'F1': 1.0}, 2),
    ('LOC', {'P': 1 / 3, 'R': 1 / 3, 'F1': 1 / 3}, 3),
    ('all', {'P': 6 / 8, 'R': 6 / 8, 'F1': 6 / 8}, 7),   # tp 3 + 2 + 1, fp 2, fn 2
])
def test_score_gold_docs(kz_dev, type, expected, n):
    table, errors = doclevel.score_gold_docs(kz_dev, run_answers(kz_dev), system='run')
    assert table.rows[type] == pytest.approx(expected)
    assert table.support[type] == n
    assert sorted((e.doc, e.kind, e.text) for e in errors) == [
        ('200_88c533ba', 'fn', 'Алматы'), ('200_88c533ba', 'fp', 'Казахстан'),
        ('201_630cef29', 'fn', 'Казахстан'), ('201_630cef29', 'fp', 'Республики Казахстан')]


@pytest.mark.skipif(not SCORE_GOLD.is_file(), reason='the shared scorer ../shared/gold/score_gold.py is not here')
def test_score_gold_docs_agrees_with_the_shared_scorer(kz_dev):
    spec = importlib.util.spec_from_file_location('score_gold', SCORE_GOLD)
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    theirs = shared.seeds(GOLD / 'run', GOLD / 'kz-dev.json')
    table, errors = doclevel.score_gold_docs(kz_dev, run_answers(kz_dev))
    for type in systems.TYPES:
        ours = {key.lower(): round(value, 4) for key, value in table.rows[type].items()}
        assert ours == theirs[type]
    assert sorted(f'{e.kind.upper()} {e.doc[:3]} {e.type} {e.text}' for e in errors) == sorted(theirs['misses'])


def test_gold_texts_are_read_as_a_run_reads_them(kz_dev):
    assert [d.id for d in kz_dev] == ['200_88c533ba', '201_630cef29']
    assert kz_dev[1].text.startswith(' date 2026-01-27 ')
    assert kz_dev[1].path == GOLD / 'kz-dev' / '201_630cef29.txt'
    [seed] = corpora.load_corpus('seeds', gold_dir=GOLD)
    assert seed.text.startswith('Президент')


@pytest.mark.parametrize('predicted, expected', [
    # natasha's answer: its mentions' normal forms, grouped per document
    ([('Жанар Сапарова', 'PER', 'Жанар Сапарова'), ('Сапарова', 'PER', 'Сапарова'),
      ('Сапарова', 'PER', 'Сапарова', 2), ('Алматы', 'LOC', None)],
     {('PER', 'Жанар Сапарова'), ('PER', 'Сапарова'), ('LOC', 'Алматы')}),
    ([('Нурлы Жол', 'ORG', 'Нурлы  Жол'), ('встретилась', 'MISC', 'встретиться')], {('ORG', 'Нурлы Жол')}),
])
def test_document_entities_of_mentions(kz_dev, predicted, expected):
    doc = kz_dev[0]

    def predict(texts):
        return [Prediction([mention(doc.text, sub, type, *occurrence, normal=normal)
                            for sub, type, normal, *occurrence in predicted])]

    assert runner.document_entities(predict, [doc]) == [expected]


# ---------------------------------------------------------------- end to end


def fake_system(text):
    for make in (factru_fake, nerel_fake, bsnlp_fake, lower_fake):
        try:
            return make(text)
        except ValueError:   # a string not in this text
            continue
    return Prediction([], [])


def fake_predict(texts):
    return [fake_system(t) for t in texts]


def fake_pipeline():
    """A system like the pipeline's: the gold corpora scored on a run's tables
    (here tests/data/gold/run, for the documents asked)."""
    import pandas as pd

    def tables(docs):
        ids = {doc.id for doc in docs}
        mentions = pd.DataFrame(read_csv(GOLD / 'run' / 'mentions.csv'))
        return {'mentions': mentions[mentions.doc_id.isin(ids)],
                'entities': pd.DataFrame(read_csv(GOLD / 'run' / 'entities.csv'))}

    def predict(texts):
        return fake_predict(texts)

    predict.tables = tables
    return predict


def empty(texts):
    return [Prediction([], []) for _ in texts]


def value(scores, **where):
    rows = scores
    for column, wanted in where.items():
        rows = rows[rows[column] == wanted]
    return rows.value.item()


def test_evaluate_parts(tmp_path):
    errors_csv = tmp_path / 'errors.csv'
    results = runner.evaluate(systems={'fake': fake_pipeline(), 'empty': empty}, eval_dir=DATA, gold_dir=GOLD,
                              errors_csv=errors_csv)
    scores = results['scores']
    assert list(dict.fromkeys(scores.corpus)) == list(split.CORPORA)
    # factru: both books are tune; NEREL's two documents are check
    assert results['documents']['factru'] == {'tune': 2, 'check': 0}
    assert value(scores, table='factru', system='fake', row='PER', metric='R', part='tune') == pytest.approx(4 / 5)
    assert value(scores, corpus='nerel-dev', system='fake', row='all', metric='F1', part='check') == \
        pytest.approx(2 / 3)
    # kz-dev: 200 is tune (PER, ORG right; LOC 1 of 2), 201 check (LOC 0 of 1, one fp)
    assert value(scores, corpus='kz-dev', system='fake', row='LOC', metric='R', part='tune') == 0.5
    assert value(scores, corpus='kz-dev', system='fake', row='LOC', metric='P', part='check') == 0.0
    assert value(scores, corpus='kz-dev', system='fake', row='ORG', metric='F1', part='check') == 1.0
    # ec: lower-case gold, found in lower case
    assert value(scores, corpus='bsnlp-ec', system='fake', row='all', metric='acc', part='check') == 0.5
    with open(errors_csv, encoding='utf-8') as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == list(scoring.ERROR_FIELDS)
    assert {(r['corpus'], r['part']) for r in rows if r['kind'] == 'fn' and r['system'] == 'fake'} >= {
        ('kz-dev', 'tune'), ('kz-dev', 'check'), ('factru', 'tune'), ('nerel-dev', 'check')}
    assert len(rows) == len(results['errors'])


@pytest.mark.parametrize('corpus, hold_out, parts, expected', [
    ('kz-dev', None, ('tune', 'check'), {'tune': 1, 'check': 1}),
    ('kz-dev', 'kz-dev', ('tune', 'check'), {'tune': 0, 'check': 2}),
    ('kz-dev', 'factru', ('tune', 'check'), {'tune': 1, 'check': 1}),
    ('bsnlp', None, ('check',), {'check': 1}),
    ('bsnlp-ryanair', 'bsnlp-ryanair', ('tune',), {'tune': 0}),
])
def test_parts_and_hold_out(corpus, hold_out, parts, expected):
    results = runner.evaluate(corpora=(corpus,), systems={'fake': fake_predict}, eval_dir=DATA, gold_dir=GOLD,
                              parts=parts, hold_out=hold_out)
    first = next(iter(results['documents'].values()))
    assert first == expected
    scored = results['scores']
    assert set(scored[scored.corpus == next(iter(results['documents']))].part) == {
        part for part, count in expected.items() if count}


def test_format_table_shows_tune_check_and_drop(tmp_path):
    results = runner.evaluate(corpora=('kz-dev', 'factru'), systems={'fake': fake_pipeline(), 'empty': empty},
                              eval_dir=DATA, gold_dir=GOLD, hold_out='factru')
    text = cli.format_table(results)
    blocks = text.split('\n\n')
    assert blocks[0].splitlines()[1:] == ['  kz-dev        tune    1  check    1 documents',
                                          '  factru        tune    0  check    2 documents']
    lines = blocks[1].splitlines()
    assert lines[0] == 'kz-dev: hand-made gold, document-level entities, F1'
    assert lines[1].split() == ['fake', 'empty']
    assert lines[2].split() == ['type', 'n', 'tune/check'] + ['tune', 'check', 'drop'] * 2
    # LOC: tune 1 of 2 gold found, one fp -> 0.5; check 0
    assert lines[5].split() == ['LOC', '2/1', '0.500', '0.000', '+0.500', '0.000', '0.000', '+0.000']
    # factru held out: no tune column values, no drop
    per = blocks[2].splitlines()[3].split()
    assert per[:2] == ['PER', '-/3'] and per[2] == '-' and per[4] == '-'
    path = runner.write_json(results, tmp_path / 'scores.json', command='test', date='2026-01-01')
    data = json.loads(path.read_text(encoding='utf-8'))
    assert data['split']['hold_out'] == 'factru'
    loc = [r for r in data['scores'] if (r['corpus'], r['row'], r['system'], r['metric']) ==
           ('kz-dev', 'LOC', 'fake', 'F1')]
    assert loc == [{'corpus': 'kz-dev', 'table': 'gold', 'title': 'kz-dev: hand-made gold, document-level entities',
                    'row': 'LOC', 'system': 'fake', 'metric': 'F1', 'tune': 0.5, 'check': 0.0, 'n_tune': 2,
                    'n_check': 1, 'drop': 0.5}]


@pytest.mark.parametrize('value, signed, shown', [
    (0.91234, False, '0.912'), (-0.00004, True, '+0.000'), (0.0456, True, '+0.046'), (-0.2, True, '-0.200'),
    (None, True, '-'), (float('nan'), False, '-'),
])
def test_cells(value, signed, shown):
    assert cli._cell(value, 3, signed) == shown


def test_cli_table_has_tune_and_check_columns(monkeypatch, capsys, tmp_path):
    from pipeline.cli import main as entity_pipeline
    monkeypatch.setitem(systems.SYSTEMS, 'pipeline', fake_pipeline)
    assert entity_pipeline(['evaluate', '--eval-dir', str(DATA), '--gold-dir', str(GOLD), '--corpus', 'kz-dev',
                            '--corpus', 'nerel', '--json', str(tmp_path / 'all.json')]) == 0
    out = capsys.readouterr().out
    heads = [line.split() for line in out.splitlines() if line.startswith('type')]
    assert len(heads) == 5   # kz-dev; nerel-train and nerel-dev, spans and figures
    assert all(head[1:] == ['n', 'tune/check', 'tune', 'check', 'drop'] for head in heads)
    assert json.loads((tmp_path / 'all.json').read_text(encoding='utf-8'))['documents']['kz-dev'] == {
        'tune': 1, 'check': 1}
    assert entity_pipeline(['evaluate', '--eval-dir', str(DATA), '--gold-dir', str(GOLD), '--corpus', 'kz-dev',
                            '--part', 'check']) == 0
    heads = [line.split() for line in capsys.readouterr().out.splitlines() if line.startswith('type')]
    assert heads == [['type', 'n', 'check', 'check']]


def test_missing_eval_dir(tmp_path):
    with pytest.raises(FileNotFoundError, match='--eval-dir'):
        runner.evaluate(corpora=('factru',), systems={'x': lambda t: []},
                        eval_dir=tmp_path / 'nowhere')


def test_wrong_prediction_count():
    with pytest.raises(ValueError, match='1 predictions for 2 texts'):
        systems.predictions(lambda texts: [Prediction()], ['a', 'b'])


def test_main_arguments(capsys):
    import argparse
    parser = cli.add_arguments(argparse.ArgumentParser())
    args = parser.parse_args(['--corpus', 'factru', '--baseline', 'natasha',
                              '--eval-dir', str(DATA)])
    assert args.corpus == ['factru'] and args.baseline == ['natasha']
    with pytest.raises(SystemExit):
        cli.main(parser.parse_args(['--no-pipeline']))


# ------------------------------------------------------ pipeline adapter


def test_pipeline_system_adapter(monkeypatch):
    """pipeline_system reads doc.ents and doc.spans['figures'] (char offsets)
    from whatever `pipeline.load()` returns; here a blank spaCy pipeline."""
    import spacy

    import pipeline

    nlp = spacy.blank('ru')

    class FakeNLP:
        def pipe(self, texts):
            for text in texts:
                doc = nlp(text)
                doc.ents = [doc.char_span(0, 11, label='PER')]
                doc.spans['figures'] = [doc.char_span(18, 19)]
                yield doc

    monkeypatch.setattr(pipeline, 'load', lambda: FakeNLP(), raising=False)
    predict = systems.pipeline_system()
    [pred] = predict(['Фёдор Пыжов купил 5 домов.'])
    [m] = pred.mentions
    assert (m.start, m.stop, m.type) == (0, 11, 'PER')
    assert pred.figures == [(18, 19)]


@pytest.mark.parametrize('argv, expected', [
    (['--help'], 'usage: python -m pipeline.evaluation'),
    (['--no-pipeline'], 'nothing to evaluate'),
])
def test_python_m_entry(argv, expected, monkeypatch, capsys):
    import runpy
    import sys
    monkeypatch.setattr(sys, 'argv', ['python -m pipeline.evaluation'] + argv)
    with pytest.raises(SystemExit) as exit:
        runpy.run_module('pipeline.evaluation', run_name='__main__')
    assert expected in capsys.readouterr().out + str(exit.value.code)
