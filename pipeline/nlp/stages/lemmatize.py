"""The `lemmatize` stage (optional): pymorphy3 lemmas of every token."""

from spacy.language import Language

from pipeline.nlp.doc import Stage
from pipeline.nlp.morph import get_analyzer, token_lemma


class Lemmatizer(Stage):
    """Sets `token.lemma_` from pymorphy3 (Kazakh-lettered words kept as written)."""

    def __init__(self, nlp, name):
        self.name = name
        get_analyzer()

    def __call__(self, doc):
        for token in doc:
            token.lemma_ = token_lemma(token.text)
        return doc


@Language.factory('lemmatize', assigns=['token.lemma'])
def make_lemmatizer(nlp, name):
    return Lemmatizer(nlp, name)
