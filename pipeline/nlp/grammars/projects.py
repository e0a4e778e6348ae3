"""Figure status patterns of things still to be built and of budgets still to be spent, beside the verb's
tense (targets.py):

    `Областной бюджет на 2027 год – 700 млрд тенге`             -> target (a budget for a year is a plan)
    `Маслихат утвердил бюджет на 2027 год в объеме 412 млрд`     -> target (adopting a plan does not spend it)
    `Лимит вылова утвержден в объеме 12,8 тыс. тонн`             -> target (a limit adopted is a bound)
    `Строительство моста оценивается в 40 млрд тенге`            -> target (a construction's cost estimated)
    `началось строительство больницы на 250 коек`                -> target (the size of a thing being built)
    `будет перерабатывать 8 млн тонн вместо нынешних 5 млн`      -> `5 млн` actual (the value a plan is set against)
"""

import re

from pipeline.nlp.morph import parse
from pipeline.nlp.doc import sentence_of

from pipeline.nlp.grammars.figures.vocabulary import SET_AGAINST
from pipeline.nlp.grammars.clause_words import (
    best_parse, clause_lemma_sets, clause_lemmas, clause_parses, clause_texts, clause_words)

YEAR = re.compile(r'^(?:19|20)\d\d$')
BUDGETS = frozenset({'бюджет', 'смета'})
# the verbs of adopting a plan: `утвердил бюджет`, `бюджет принят`, `одобрили смету`
ADOPTING = frozenset({'утвердить', 'утверждать', 'принять', 'принимать', 'одобрить', 'одобрять'})
# what is adopted as a plan or a bound (`утвердил бюджет`, `лимит утвержден`), and the accounts of what was done
PLANS_ADOPTED = BUDGETS | {'лимит', 'квота'}
ACCOUNTS = frozenset({'отчет', 'отчёт', 'исполнение'})
# a year named by its place from now: `бюджет на следующий год`
COMING = frozenset({'следующий', 'предстоящий', 'будущий', 'очередной'})
# the works whose cost is a plan until they are done: `стоимость проекта`, `строительство ... оценивается`
WORKS = frozenset({'проект', 'программа', 'строительство', 'реконструкция', 'возведение', 'сооружение',
                   'модернизация'})
ESTIMATING = frozenset({'оцениваться', 'оценить'})
# a loss is measured after the fact: `ущерб от строительства оценивается в 2 млрд` stays as it is
LOSSES = frozenset({'ущерб', 'убыток', 'потеря', 'урон'})
BUILDING = frozenset({'строительство', 'возведение', 'сооружение', 'реконструкция'})
# a construction begun or going on: what it builds is not there yet
UNDER_WAY = frozenset({'начаться', 'начать', 'начинаться', 'стартовать', 'приступить', 'вестись', 'идти',
                       'продолжаться', 'развернуться'})


def best(token):
    """`best_parse` of a token's text: pymorphy3's most probable parse, or None for numbers and punctuation."""
    return best_parse(token.text)


def predicates(tokens):
    """The parses of the clause's finite verbs and short participles."""
    found = []
    for text, parsed in zip(clause_texts(tokens), clause_parses(tokens)):
        if parsed is None:
            continue
        if parsed.tag.POS in ('ADVB', 'ADJS'):  # `построено` is read as an adverb first
            parsed = next((other for other in parse(text) if other.tag.POS == 'PRTS'), parsed)
        if parsed.tag.POS in ('VERB', 'PRTS'):
            found.append(parsed)
    return found


def has_predicate(tokens):
    """Does the clause have a finite verb or a short participle?"""
    return bool(predicates(tokens))


def budget_for_year(tokens):
    """A budget named for a year, its clause without a verb: `Областной бюджет на 2027 год – 700 млрд тенге`,
    `бюджет на следующий год – 96 млрд` (a budget is a plan of spending; `бюджет на 2025 год исполнен на 98%`
    has a verb and goes by it; a verb of adopting it: adopted_plan)."""
    words = clause_words(tokens)
    for index, lemmas in enumerate(clause_lemma_sets(tokens)):
        if not lemmas & BUDGETS:
            continue
        after = words[index + 1:index + 6]
        for position in range(len(after) - 2):
            if after[position] == 'на' and (YEAR.match(after[position + 1]) or after[position + 1] in COMING) \
                    and after[position + 2].startswith('год'):
                return not has_predicate(tokens)
    return False


def adopted_plan(tokens):
    """A plan of spending or a limit adopted: `Маслихат утвердил бюджет области на 2027 год в объеме 412 млрд
    тенге`, `Лимит вылова в нынешнем году утвержден в объеме 12,8 тыс. тонн`, `квота принята в размере 900
    голов` (adopting a plan spends nothing and a limit is a bound; the report of a budget spent is a fact:
    `утвердил отчет об исполнении бюджета`)."""
    words = clause_lemmas(tokens)
    if not words & PLANS_ADOPTED or words & ACCOUNTS:
        return False
    return any(parsed.normal_form in ADOPTING for parsed in predicates(tokens))


def cost_of_works(tokens):
    """The cost of a project or a construction estimated: `Строительство линии метро оценивается в 320 млрд
    тенге`, `проект оценивается в 2 млрд долларов` (a loss estimated is a fact: `ущерб оценивается в 3 млрд`).
    The cost stated alone (`Стоимость проекта – 9 млрд тенге`) stays as its verb says: read as a target it
    lowered the kz-dev check part (.950 -> .940), verbless or not."""
    flat = clause_lemmas(tokens)
    if flat & LOSSES or not flat & WORKS:
        return False
    return bool(flat & ESTIMATING)


def size_under_construction(span, tokens):
    """A figure after `на` in a clause telling of a construction begun or going on: the size of the thing being
    built (`началось строительство больницы на 250 коек`, `ведется строительство школы на 600 мест`); a
    construction finished (`завершено строительство школы на 900 мест`) is not under way."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ != 'на':
        return False
    words = clause_lemmas(tokens)
    return bool(words & BUILDING) and bool(words & UNDER_WAY)


def set_against(span, tokens):
    """The figure stands right after `вместо` or `против` (an adjective between at most): the value a plan or a
    forecast is set against, known today: `будет перерабатывать 8 млн тонн вместо нынешних 5 млн тонн`,
    `будет собрано 20 млн тонн против 17 млн тонн в прошлом году`."""
    sentence = sentence_of(span)
    before = span.doc[max(sentence.start, span.start - 2):span.start]
    for position in range(len(before) - 1, -1, -1):
        token = before[position]
        if token.lower_ in SET_AGAINST:
            return all(best(other) is not None and best(other).tag.POS in ('ADJF', 'PRTF')
                       for other in before[position + 1:])
    return False

