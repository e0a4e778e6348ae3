"""Numeric figures in Russian news text (`более 300 общественных организаций`).

One job a module, read bottom-up: vocabulary (the words), tokens (the scanner),
words (pymorphy3, cached), amounts (numbers to values), objects (unit, counted
noun), fraction (треть, две трети, половина), multiples (вдвое, втрое), filters (what is not a figure),
durations (terms, ages, time expressions, the length of events), topics (a genitive plural noun fronted
before its number), elided (the noun a bare number leaves out),
verbs (the qualifier a verb gives, the size of a change), kinds, subject, grammar
(`extract_figures`).
"""

from pipeline.nlp.grammars.figures.grammar import Figure, extract_figures

__all__ = ['Figure', 'extract_figures']
