"""What pymorphy3 says about a word, cached: the part of speech, the noun lemma
and forms, every lemma, a name or not, an adjective standing for a noun."""

from functools import lru_cache

from pipeline.nlp.grammars.figures.vocabulary import ADJECTIVE_POS, NOUN_LEMMA_FIXES, NUMBER_WORDS, PROPER_GRAMMEMES
from pipeline.nlp.morph import parse


class WordInfo:
    """What the grammar asks pymorphy3 about one word."""

    __slots__ = ('pos', 'noun_lemma', 'noun_forms', 'lemmas', 'proper', '_adjective', '_best', 'plural',
                 'genitive_plural', 'adjective_forms')

    def __init__(self, pos, noun_lemma, noun_forms, lemmas, proper=False, plural=False,
                 genitive_plural=None, adjective_forms=frozenset(), best=None):
        self.pos = pos                  # POS of the most probable parse
        self.noun_lemma = noun_lemma    # normal form of the best noun parse, or None
        self.noun_forms = noun_forms    # {(case, number)} of the noun parses
        self.lemmas = lemmas            # normal forms of all parses
        self.proper = proper            # the best parse is a name, surname or place
        self._adjective = None if best is None else UNREAD
        self._best = best               # the most probable parse, whose `adjective` is read on first use
        self.plural = plural            # ... in a plural form
        self.genitive_plural = genitive_plural  # сел -> село: a genitive plural noun reading, however rare
        self.adjective_forms = adjective_forms  # пожарных: {(case, number)} of its adjective readings too

    @property
    def adjective(self):
        """погибших -> погибший: an ADJF/PRTF as a noun would be (`_adjective_lemma` of the best parse).
        Read on first use: pymorphy3 inflects the word for it, which was a third of the time of
        `word_info`, and the grammar asks it of few words (the last adjective before a figure's noun)."""
        if self._adjective is UNREAD:
            self._adjective = _adjective_lemma(self._best)
        return self._adjective


# `WordInfo.adjective` not read yet
UNREAD = object()


def _noun_lemma(noun_parses):
    """Normal form of the noun reading (pymorphy3's, ё kept); a genitive one first,
    as after most numbers (2 маслихата -> маслихат, not маслихата)."""
    genitive = [p for p in noun_parses if p.tag.case == 'gent']
    lemma = (genitive or noun_parses)[0].normal_form
    return NOUN_LEMMA_FIXES.get(lemma, lemma)


def _adjective_lemma(parsed):
    """погибших -> погибший, неизвестных -> неизвестный: the masculine nominative of an
    adjective or participle (pymorphy3's normal form of a participle is its verb)."""
    if parsed.tag.POS not in ADJECTIVE_POS or 'Supr' in parsed.tag:
        return None  # (pymorphy3 makes лучших наихороший)
    try:
        form = parsed.inflect({'masc', 'sing', 'nomn'})  # лучших -> лучший, not хороший
    except (ValueError, KeyError):
        form = None
    if form is not None:
        return form.word
    return parsed.normal_form if parsed.tag.POS == 'ADJF' else None


@lru_cache(maxsize=100_000)
def word_info(norm):
    """WordInfo of a normalised word (lower case, е for ё)."""
    parses = parse(norm)
    if not parses:
        return WordInfo(None, None, frozenset(), frozenset())
    best = parses[0]
    noun_parses = [p for p in parses if p.tag.POS == 'NOUN']
    noun_lemma = _noun_lemma(noun_parses) if noun_parses else None
    genitive_plural = next((NOUN_LEMMA_FIXES.get(p.normal_form, p.normal_form) for p in noun_parses
                            if p.tag.case == 'gent' and p.tag.number == 'plur'), None)
    if noun_parses and best.tag.POS not in (None, 'NOUN') and best.score > 2 * noun_parses[0].score:
        noun_lemma = None  # a rare noun reading of an adjective/verb
    return WordInfo(
        best.tag.POS,
        noun_lemma,
        frozenset((p.tag.case, p.tag.number) for p in noun_parses),
        frozenset(p.normal_form.replace('ё', 'е') for p in parses),
        not PROPER_GRAMMEMES.isdisjoint(best.tag.grammemes),
        best.tag.number == 'plur',
        genitive_plural,
        frozenset((p.tag.case, p.tag.number) for p in parses if p.tag.POS in ADJECTIVE_POS),
        best=best,
    )


def is_number_token(token):
    """A number in digits or a number word: `412`, `сорок`."""
    return token.kind == 'num' or token.norm in NUMBER_WORDS


def lemma_back(tokens, at, lemmas, window):
    """The index of the nearest word before tokens[at], at most `window` tokens back and in its sentence,
    one of whose lemmas is in `lemmas`; None if there is none."""
    sentence = tokens[at].sentence
    for back in range(at - 1, max(-1, at - window - 1), -1):
        token = tokens[back]
        if token.sentence != sentence:
            return None
        if token.kind == 'word' and word_info(token.norm).lemmas & lemmas:
            return back
    return None


# выявлено, открыто: a neuter short participle pymorphy3 reads best as an adverb
VERB_LIKE_POS = frozenset({'VERB', 'PRTS'})


def is_verb_like(norm):
    """A finite verb or a short participle, also when the participle is not the best parse (`Новых школ
    открыто две`: открыто is first an adverb)."""
    return word_info(norm).pos in VERB_LIKE_POS or any(p.tag.POS == 'PRTS' for p in parse(norm))
