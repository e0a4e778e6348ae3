"""Scoring the pipeline: on public Russian corpora (``corpora`` reads them,
``systems`` runs this package and plain natasha, ``scoring`` scores, ``runner``
puts them together, ``cli`` prints) and on hand-made gold (``gold``)."""
