"""What the figure status patterns (targets.py, commitments.py, projects.py) read of a clause's words:
their texts, lower-case words, best parses and lemma sets, read once per clause.

    `в бюджете заложено 26 млрд тенге` -> words `в бюджете заложено 26 млрд тенге`, best parses
                                          `в бюджет заложить - - тенг`, lemma sets {в} {бюджет} {заложить} ...

Each of some ten clause patterns walked the clause's spaCy Tokens again for the same texts, parses and
lemmas (a Token's text is a call into spaCy, its parse a cache look-up), for every clause of every
sentence with a figure: `Clause` keeps them the first time a pattern asks. The helpers below take any
list of Tokens, and read a Clause's kept values; tests/test_clause_words.py holds the two ways equal.
"""

from functools import cached_property, lru_cache

from pipeline.nlp.morph import parse


# by the word's text: the status patterns read every word of a figure's sentence, once per clause
# pattern and again for each figure of the sentence (115 K reads on NEREL train)
@lru_cache(maxsize=100_000)
def best_parse(text):
    """pymorphy3's most probable parse of a word, or None for numbers and punctuation; two readings it puts
    first are set aside for news: an abbreviation read as a verb (`поднялся на 18 см` is no imperative
    `смотри`) and `есть` read as `to eat` (`доступ есть у 92% населения` states what is: `быть`, present)."""
    if not text.replace('-', '').isalpha():
        return None
    parses = parse(text)
    if text.lower() == 'есть':
        return next((parsed for parsed in parses if parsed.normal_form == 'быть'), parses[0] if parses else None)
    return next((parsed for parsed in parses if not (parsed.tag.POS == 'VERB' and 'Abbr' in parsed.tag)), None)


# by the word's text: the clause patterns of the figure status read the lemmas of every word of a
# figure's sentence, and of the same sentence again for each figure in it (94 K reads on NEREL train)
@lru_cache(maxsize=100_000)
def word_lemmas(text):
    """Every lemma pymorphy3 gives a word (none for numbers and punctuation), a frozenset."""
    if not text.replace('-', '').isalpha():
        return frozenset()
    return frozenset(parsed.normal_form for parsed in parse(text))


class Clause(list):
    """The Tokens of one clause (a list, as any other), with the reads of its words kept on first use."""

    @cached_property
    def texts(self):
        return [token.text for token in self]

    @cached_property
    def words(self):
        return [text.lower() for text in self.texts]

    @cached_property
    def parses(self):
        return [best_parse(text) for text in self.texts]

    @cached_property
    def lemma_sets(self):
        return [word_lemmas(text) for text in self.texts]

    @cached_property
    def lemma_union(self):
        return frozenset().union(*self.lemma_sets)


def clause_texts(tokens):
    """The texts of the words of `tokens` (a Clause or a list of Tokens)."""
    return tokens.texts if type(tokens) is Clause else [token.text for token in tokens]


def clause_words(tokens):
    """The lower-case words of `tokens`."""
    return tokens.words if type(tokens) is Clause else [token.text.lower() for token in tokens]


def clause_parses(tokens):
    """`best_parse` of each word of `tokens` (None for numbers and punctuation)."""
    return tokens.parses if type(tokens) is Clause else [best_parse(token.text) for token in tokens]


def clause_lemma_sets(tokens):
    """`word_lemmas` of each word of `tokens`."""
    return tokens.lemma_sets if type(tokens) is Clause else [word_lemmas(token.text) for token in tokens]


def clause_lemmas(tokens):
    """Every lemma of every word of `tokens`, a frozenset."""
    return tokens.lemma_union if type(tokens) is Clause else frozenset().union(*clause_lemma_sets(tokens))
