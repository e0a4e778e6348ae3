"""Scoring the pipeline on the development corpora, part by part of the
tune/check split (``split``): ``corpora`` reads the public Russian corpora and
the hand-made gold, ``systems`` runs this package and plain natasha,
``scoring`` scores the public corpora, ``doclevel`` the hand-made gold as
../shared/gold/score_gold.py does, ``runner`` puts them together, ``cli``
prints; ``gold`` scores a run against tests/gold_seeds.json."""
