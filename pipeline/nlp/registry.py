"""Imports every stage module so that its `@Language.factory` is registered.

Nothing under nlp/ imports this module: it sits above the stages.
"""

from pipeline.nlp.stages import (  # noqa: F401
                                  assign_roles,
                                  date,
                                  lemmatize,
                                  link,
                                  lookup,
                                  normalize,
                                  quantify,
                                  recognize,
                                  repair,
                                  segment,
                                  tag,
)

# stage name -> what it does, in the default order; `lemmatize` is not in the
# default pipeline (no table needs every token's lemma), but a config may add it
STAGES = {
    'segment': 'razdel tokens, sentences, paragraphs; the date header',
    'lemmatize': 'pymorphy3 lemmas of every token (optional)',
    'recognize': 'slovnet NER: PER, ORG, LOC',
    'lookup': 'gazetteer names from models/gazetteer.tsv',
    'tag': 'the trained tagger (models/tagger.crfsuite): spans and types from the features of each token',
    'repair': 'boundary and type rules',
    'normalize': 'nominative normal forms; first/middle/last',
    'link': 'mentions -> entities within the document',
    'assign_roles': 'roles: the positions the text gives persons',
    'quantify': 'figures: numbers and what they count',
    'date': 'dates, ISO',
}
