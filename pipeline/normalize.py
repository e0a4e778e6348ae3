"""Nominative normal forms of mentions.

- Persons: `names.person_normal` (gender kept, Kazakh patronymics as written)
  and first/middle/last.
- Organisations and places: only the head phrase, the adjectives and the
  first noun, is put in the nominative; dependants and quoted names stay as
  written (`Политического совета Казахстанской партии зелёных` ->
  `Политический совет Казахстанской партии зелёных`).
"""

from functools import lru_cache

from spacy.language import Language

from .kazakh import has_kazakh
from .morph import inflect, match_case, parse, restore_yo
from .names import person_normal, split_name

QUOTE_CHARS = set('«»“”„"\'')
AGREEING = ('ADJF', 'PRTF')


def mention_words(span):
    """(token, text) pairs of a span, spaces dropped."""
    return [token for token in span if not token.is_space]


def join_tokens(tokens, forms):
    """Rebuild the span text with `forms` in place of the tokens' texts."""
    parts = []
    for token, form in zip(tokens, forms):
        parts.append(form)
        if token.whitespace_:
            parts.append(' ')
    return ''.join(parts).strip()


# маслихата, маслихату, маслихатом, маслихате: a masculine consonant stem
MASCULINE_ENDINGS = {'': ('nomn', 'accs'), 'а': ('gent',), 'у': ('datv',), 'ом': ('ablt',), 'е': ('loct',)}


class LexiconParse:
    """A pymorphy3-like parse of a word from models/nouns.tsv."""

    def __init__(self, lemma):
        self.lemma = lemma
        self.score = 1.0

    def inflect(self, grammemes):
        return self


def lexicon_readings(word):
    lower = word.lower()
    for ending, cases in MASCULINE_ENDINGS.items():
        stem = lower[:len(lower) - len(ending)] if ending else lower
        if (not ending or lower.endswith(ending)) and known_nouns().get(stem) == 'masc':
            return [('NOUN', case, 'sing', 'masc', LexiconParse(stem)) for case in cases]
    return []


@lru_cache(maxsize=1)
def known_nouns():
    from .config import resolve_model_path
    path = resolve_model_path('nouns.tsv')
    nouns = {}
    for line in path.read_text(encoding='utf-8').splitlines():
        if line.strip() and not line.startswith('#'):
            word, gender = line.split('\t')[:2]
            nouns[word.strip()] = gender.strip()
    return nouns


def readings(word):
    """(pos, case, number, gender, parse) of a Cyrillic word's parses."""
    result = lexicon_readings(word)
    if result:
        return result
    for parsed in parse(word):
        tag = parsed.tag
        if tag.POS in AGREEING + ('NOUN',) and tag.case:
            case = {'gen2': 'gent', 'acc2': 'accs', 'loc2': 'loct'}.get(tag.case, tag.case)
            result.append((tag.POS, case, tag.number, tag.gender, parsed))
    return result


def nominative(parsed, grammemes):
    if isinstance(parsed, LexiconParse):
        return parsed.lemma
    return inflect(parsed, grammemes)


def is_cyrillic_word(token):
    text = token.text
    return text.replace('-', '').isalpha() and not has_kazakh(text) and any('а' <= char <= 'я' or char == 'ё' for char in text.lower())


def head_phrase(tokens):
    """Index range [0, stop) of the leading adjectives and the first noun."""
    for index, token in enumerate(tokens):
        if not is_cyrillic_word(token):
            return index
        kinds = [reading[0] for reading in readings(token.text)]
        if not kinds:
            return index
        # `Министерства`, `совета`: a noun ends the head; `Политического`: go on
        if kinds[0] == 'NOUN' or 'NOUN' in kinds and not set(kinds) & set(AGREEING):
            return index + 1
        if not set(kinds) & set(AGREEING):
            return index
    return len(tokens)


def phrase_normal(tokens):
    """Normal form of an organisation or place mention."""
    if not tokens or tokens[0].text in QUOTE_CHARS:
        return join_tokens(tokens, [token.text for token in tokens])
    stop = head_phrase(tokens)
    head = tokens[:stop]
    if not head:
        return join_tokens(tokens, [token.text for token in tokens])
    options = [readings(token.text) for token in head]
    noun_options = [r for r in options[-1] if r[0] == 'NOUN'] or options[-1]
    adjective_options = options[:-1]
    best = None
    for pos, case, number, gender, noun in noun_options:
        fits = all(
            any(a_case == case and a_number == number and (number == 'plur' or a_gender in (gender, None))
                for _, a_case, a_number, a_gender, _ in adjective)
            for adjective in adjective_options
        )
        if not fits:
            continue
        # names are singular far more often than not: `Министерства` is the
        # genitive of `Министерство`, not `министерства` (plural nominative)
        score = noun.score + (0.6 if number == 'sing' else 0.0) + (0.5 if case == 'nomn' else 0.0)
        if best is None or score > best[0]:
            best = (score, case, number, gender, noun)
    if best is None or best[1] == 'nomn':
        return join_tokens(tokens, [token.text for token in tokens])
    _, case, number, gender, noun = best
    forms = []
    for token, token_options in zip(head[:-1], adjective_options):
        parsed = next(r[4] for r in token_options if r[1] == case and r[2] == number and (number == 'plur' or r[3] in (gender, None)))
        grammemes = {'nomn', number} | ({gender} if number == 'sing' and gender else set())
        form = nominative(parsed, grammemes)
        forms.append(restore_yo(match_case(form, token.text), token.text) if form else token.text)
    form = nominative(noun, {'nomn', number})
    last = head[-1].text
    forms.append(restore_yo(match_case(form, last), last) if form else last)
    forms.extend(token.text for token in tokens[stop:])
    return join_tokens(tokens, forms)


class Normalizer:
    """Sets `span._.normal` on every mention, and first/middle/last on persons."""

    def __init__(self, nlp, name):
        self.name = name

    def __call__(self, doc):
        for span in doc.ents:
            tokens = mention_words(span)
            if span.label_ == 'PER':
                words = [token.text for token in tokens if not token.is_punct or token.text == '.']
                words = merge_initials(words)
                normal = person_normal(words)
                span._.normal = ' '.join(normal)
                span._.first, span._.middle, span._.last = split_name(normal)
            else:
                span._.normal = phrase_normal(tokens)
        return doc

    def pipe(self, docs, batch_size=64):
        for doc in docs:
            yield self(doc)


def merge_initials(words):
    """['А', '.', 'Амиртаев'] -> ['А.', 'Амиртаев']."""
    merged = []
    for word in words:
        if word == '.' and merged and len(merged[-1]) == 1:
            merged[-1] += '.'
        elif word != '.':
            merged.append(word)
    return merged


@Language.factory('normalize', assigns=['span._.normal', 'span._.first', 'span._.middle', 'span._.last'])
def make_normalizer(nlp, name):
    return Normalizer(nlp, name)
