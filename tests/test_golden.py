"""The seeds against hand-made gold: document-level P/R/F1 per type."""

import pytest

from pipeline.gold import format_scores, read_gold, score_run

from conftest import GOLD

THRESHOLDS = {'PER': 0.95, 'LOC': 0.95, 'ORG': 0.85, 'FIG': 0.9}


@pytest.fixture(scope='module')
def scores(seed_run):
    scores = score_run(seed_run.tables, read_gold(GOLD))
    print('\n' + format_scores(scores))
    for score in scores.values():
        for error in score.errors:
            print('  ', *error)
    return scores


@pytest.mark.parametrize('type', sorted(THRESHOLDS))
def test_seed_f1(scores, type):
    assert scores[type].f1 >= THRESHOLDS[type], format_scores(scores)


def test_every_seed_document_is_scored(seed_run):
    gold = read_gold(GOLD)
    assert set(gold) <= set(seed_run['documents'].doc_id)


def test_article_numbers_and_dates_are_not_figures(seed_run):
    figures = seed_run['figures']
    texts = ' | '.join(figures.text)
    assert 'статье 8' not in texts
    assert not figures.text.str.contains('2026').any()
    assert not figures.text.str.contains('февраля').any()


def test_scoring_counts_duplicates_and_optional():
    import pandas as pd
    gold = {'d': {'doc_id': 'd', 'entities': [
        {'type': 'ORG', 'name': 'партия «Ауыл»', 'aliases': ['Ауыл']},
        {'type': 'ORG', 'name': 'Правительство', 'optional': True},
        {'type': 'PER', 'name': 'Серик Егизбаев'},
    ], 'figures': [{'value': 5, 'qualifier': 'exact', 'object': 'партия'}]}}
    tables = {
        'entities': pd.DataFrame([
            {'entity_id': 'a', 'name': 'Ауыл'}, {'entity_id': 'b', 'name': 'партия "Ауыл"'},
            {'entity_id': 'c', 'name': 'Правительство'}, {'entity_id': 'd', 'name': 'Мажилис'},
        ]),
        'mentions': pd.DataFrame([
            {'doc_id': 'd', 'type': 'ORG', 'entity_id': key} for key in 'abcd'
        ]),
        'figures': pd.DataFrame([{'doc_id': 'd', 'value': 5.0, 'qualifier': 'exact', 'object': 'партия',
                                  'text': 'пяти партий'}]),
    }
    scores = score_run(tables, gold)
    # Ауыл matches, партия "Ауыл" is a duplicate, Правительство optional, Мажилис wrong
    assert (scores['ORG'].tp, scores['ORG'].fp, scores['ORG'].fn) == (1, 2, 0)
    assert (scores['PER'].tp, scores['PER'].fp, scores['PER'].fn) == (0, 0, 1)
    assert scores['FIG'].f1 == 1.0
