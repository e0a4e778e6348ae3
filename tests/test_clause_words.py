"""The reads kept for speed give what the slow paths give: a Clause's words, best parses and lemmas
(pipeline/nlp/grammars/clause_words.py) and each figure status pattern over a Clause or over a plain
list of the same Tokens, and `Parse.is_known` kept by the word (pipeline/nlp/morph.py)."""

import pytest

from pipeline.nlp.grammars import commitments, projects, targets
from pipeline.nlp.grammars.clause_words import (
    Clause, best_parse, clause_lemma_sets, clause_lemmas, clause_parses, clause_texts, clause_words, word_lemmas)
from pipeline.nlp.morph import get_analyzer, parse


@pytest.fixture(scope='module')
def segment():
    from pipeline import load
    return load(disable=('recognize', 'lookup', 'repair', 'normalize', 'link', 'assign_roles', 'quantify', 'date'))


# the clause patterns, each over one clause
PATTERNS = [targets.clause_status, targets.recurring, targets.has_deadline, targets.has_ceiling, targets.has_bound,
            targets.has_forecast, targets.says_now, targets.estimated_cost, targets.is_relative,
            targets.opens_with_continuation, commitments.has_bound, commitments.required_term, commitments.laid_by,
            projects.predicates, projects.budget_for_year, projects.adopted_plan, projects.cost_of_works]
# the patterns over the clauses of a sentence and the number of one of them
SENTENCE_PATTERNS = [targets.complement_of_target, targets.revised_budget, targets.allocated_ahead,
                     targets.sentence_status]

SENTENCES = [
    'В бюджете будущего года заложено 26 млрд тенге, из них на дороги перераспределено 4 млрд.',
    'Ожидается, что к 2030 году выпуск вырастет до 12 млн тонн, а цены не могут превысить 5%.',
    'Сейчас в поселке 140 безработных; гарантийный срок составляет не менее 5 лет.',
    'Маслихат утвердил бюджет на 2027 год в объеме 412 млрд, отчет об исполнении не утвержден.',
    'Строительство моста оценивается в 40 млрд тенге – ущерб оценивается в 2 млрд.',
    'Камеры ежедневно фиксируют в среднем 340 нарушений в день (при плане 300).',
    'Среди них – 4 поликлиники, которые откроются весной, и 12 школ.',
    'Ёлки, 2026, «Ак жол» – и -- !',
]


def clauses_of(segment, text):
    doc = segment(text)
    sentences = list(doc.sents)
    return [piece for sentence in sentences for piece in targets.clauses(sentence)], sentences


@pytest.mark.parametrize('text', SENTENCES)
def test_clause_reads_as_tokens(segment, text):
    pieces, _ = clauses_of(segment, text)
    assert pieces and all(type(piece) is Clause for piece in pieces)
    for piece in pieces:
        tokens = list(piece)
        assert clause_texts(piece) == clause_texts(tokens) == [token.text for token in tokens]
        assert clause_words(piece) == clause_words(tokens) == [token.lower_ for token in tokens]
        assert clause_parses(piece) == clause_parses(tokens) == [best_parse(token.text) for token in tokens]
        assert clause_lemma_sets(piece) == clause_lemma_sets(tokens) == [word_lemmas(token.text) for token in tokens]
        assert clause_lemmas(piece) == clause_lemmas(tokens) == set().union(*clause_lemma_sets(tokens))


@pytest.mark.parametrize('text', SENTENCES)
def test_patterns_over_clause_and_list(segment, text):
    _, sentences = clauses_of(segment, text)
    for sentence in sentences:
        pieces = targets.clauses(sentence)
        lists = [list(piece) for piece in pieces]
        for piece, tokens in zip(pieces, lists):
            for pattern in PATTERNS:
                assert pattern(piece) == pattern(tokens), pattern.__name__
        for index in range(len(pieces)):
            for pattern in SENTENCE_PATTERNS:
                assert pattern(pieces, index) == pattern(lists, index), pattern.__name__


# [word, known to the dictionary]
@pytest.mark.parametrize('word, known', [
    ('москва', True), ('ёлка', True), ('елка', True),   # `е` for `ё`: one of pymorphy3's substitutes
    ('бюджет', True), ('жанболатовна', False), ('xyzqw', False), ('Москва', True),
])
def test_is_known_by_word(word, known):
    analyzer = get_analyzer()
    parses = parse(word)
    looked_up = [analyzer.dictionary.word_is_known(word=parsed.word, substitutes_compiled=analyzer.char_substitutes)
                 for parsed in parses]
    assert [parsed.is_known for parsed in parses] == looked_up
    assert parses[0].is_known == known
