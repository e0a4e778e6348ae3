"""The seeds against hand-made gold: document-level P/R/F1 per type."""

import pytest
from conftest import GOLD

from pipeline.evaluation.gold import format_scores, read_gold, score_roles, score_run
from pipeline.nlp.stages.link import name_key

THRESHOLDS = {'PER': 0.95, 'LOC': 0.95, 'ORG': 0.85, 'FIG': 0.9}
ROLE_RECALL = 0.95


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


@pytest.fixture(scope='module')
def role_score(seed_run):
    score = score_roles(seed_run.tables, read_gold(GOLD))
    print(f'\nroles: recall {score.recall:.3f} ({score.tp} of {score.tp + score.fn})')
    for doc_id, person, expected, found in score.errors:
        print('   role miss', doc_id, person, repr(expected), 'found:', found)
    return score


def test_seed_roles(role_score):
    assert role_score.recall >= ROLE_RECALL, role_score.errors


def test_every_gold_person_is_one_entity_under_its_full_name(seed_run):
    """One entity per gold person and document, named in full (first name and surname)."""
    gold = read_gold(GOLD)
    mentions, entities = seed_run['mentions'], seed_run['entities']
    names = dict(zip(entities.entity_id, entities.name))
    problems = []
    for doc_id, document in gold.items():
        ids = set(mentions[(mentions.doc_id == doc_id) & (mentions.type == 'PER')].entity_id)
        for person in document['entities']:
            if person['type'] != 'PER' or person.get('optional'):
                continue
            keys = {name_key(person['name'])} | {name_key(alias) for alias in person.get('aliases', [])}
            matched = [names[entity_id] for entity_id in ids if name_key(names[entity_id]) in keys]
            if len(matched) != 1 or len(matched[0].split()) < 2:
                problems.append((doc_id, person['name'], matched))
    assert not problems


def test_role_scoring_ignores_case_quotes_and_yo():
    import pandas as pd
    gold = {'d': {'doc_id': 'd', 'entities': [
        {'type': 'PER', 'name': 'Серик Егизбаев', 'role': 'председатель партии «Ауыл»'},
        {'type': 'PER', 'name': 'Есет Байкен', 'role': 'заместитель акима'},
        {'type': 'PER', 'name': 'Абай', 'optional': True, 'role': 'поэт'},
    ]}}
    tables = {
        'entities': pd.DataFrame([{'entity_id': 'a', 'name': 'Серик Егизбаев'}, {'entity_id': 'b', 'name': 'Есет Байкен'}]),
        'mentions': pd.DataFrame([{'doc_id': 'd', 'type': 'PER', 'entity_id': key} for key in 'ab']),
        'roles': pd.DataFrame([
            {'doc_id': 'd', 'entity_id': 'a', 'role': 'Председатель партии "Ауыл"'},
            {'doc_id': 'd', 'entity_id': 'b', 'role': 'аким'},
        ]),
    }
    score = score_roles(tables, gold)
    assert (score.tp, score.fn) == (1, 1)
    assert score.errors == [('d', 'Есет Байкен', 'заместитель акима', 'аким')]
