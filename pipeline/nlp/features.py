"""What the tagger sees of each token: the earlier stages' spans, pymorphy3's
morphology, the word's shape and lemma, and the same of its neighbours.

A sequence is a sentence of the document body (`segment` starts one at every
paragraph too), whitespace tokens left out. Each token becomes a list of
`name=value` strings, the form python-crfsuite takes; the training command
(`pipeline/training/crf.py`) and the `tag` stage build them with the same
functions, so what was trained on is what is tagged.
"""

from functools import lru_cache

from pipeline.nlp.kazakh import has_kazakh
from pipeline.nlp.morph import QUOTES, parse

# pymorphy3's grammemes a name is made of: first name, surname, patronymic, place, organisation
NAME_GRAMMEMES = ('Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Init')
# parses looked at for the name grammemes: `Алматы` is Geox only in its second parse
NAME_PARSES = 3
WINDOW = (-2, -1, 1, 2)
OPENING = set('«„“')
CLOSING = set('»”')


def shape(text):
    """Letter classes with repeats collapsed: `Нур-Султан` -> `Xx-Xx`, `РК` -> `X`, `2024` -> `d`."""
    out = []
    for char in text:
        if char.isupper():
            kind = 'X'
        elif char.isalpha():
            kind = 'x'
        elif char.isdigit():
            kind = 'd'
        else:
            kind = char
        if not out or out[-1] != kind:
            out.append(kind)
    return ''.join(out)[:8]


@lru_cache(maxsize=200_000)
def word_features(text):
    """The features of a word that do not depend on where it stands, and its lemma."""
    lower = text.lower()
    features = [f'w={lower}', f'shape={shape(text)}', f'suf3={lower[-3:]}', f'suf2={lower[-2:]}']
    if text[:1].isupper():
        features.append('title')
    if len(text) > 1 and text.isupper():
        features.append('caps')
    if has_kazakh(text):
        features.append('kazakh')
    if any(char.isdigit() for char in text):
        features.append('digit')
    if text in QUOTES:
        features.append('quote')
    if '-' in text and len(text) > 1:
        features.append('hyphen')
    if not any(char.isalnum() for char in text):
        features.append('punct')
    lemma = lower
    if any(char.isalpha() for char in text):
        parses = parse(text)
        if parses:
            best = parses[0]
            lemma = best.normal_form
            tag = best.tag
            features.extend([f'pos={tag.POS}', f'case={tag.case}', f'num={tag.number}', f'gen={tag.gender}'])
            if not best.is_known:
                features.append('unknown')
            grammemes = set()
            for other in parses[:NAME_PARSES]:
                grammemes.update(grammeme for grammeme in NAME_GRAMMEMES if grammeme in other.tag)
            features.extend(f'gr={grammeme}' for grammeme in sorted(grammemes))
    features.append(f'lemma={lemma}')
    return tuple(features), lemma


@lru_cache(maxsize=200_000)
def neighbour_features(text):
    """offset -> what a token's feature list says of this word standing at that offset from it:
    the lemma and shape from two away, and the morphology and capital from next door too."""
    features, lemma = word_features(text)
    near = [feature for feature in features if feature.startswith(('gr=', 'case=', 'pos=')) or feature == 'title']
    seen = {}
    for offset in WINDOW:
        row = [f'{offset}:lemma={lemma}', f'{offset}:{features[1]}']  # features[1]: the shape
        if abs(offset) == 1:
            row.extend(f'{offset}:{feature}' for feature in near)
        seen[offset] = tuple(row)
    return seen


def span_tags(doc):
    """token index -> (BIO tag, rule) of the spans the earlier stages left in doc.ents."""
    tags = {}
    for span in doc.ents:
        rule = span._.rule or ''
        source = 'gaz' if span._.canonical else rule
        for index in range(span.start, span.end):
            tags[index] = (('B-' if index == span.start else 'I-') + span.label_, source)
    return tags


def sequences(doc):
    """Token indices of each sentence of the body, whitespace left out."""
    body_start = doc._.body_start
    groups, group = [], []
    for token in doc:
        if token.is_sent_start and group:
            groups.append(group)
            group = []
        if token.is_space or token.idx < body_start:
            continue
        group.append(token.i)
    if group:
        groups.append(group)
    return groups


def sequence_features(doc, indices, tags):
    """Feature lists of the tokens `indices` (one sentence)."""
    words = [doc[index].text for index in indices]
    own = []
    quoted = False
    for position, (index, text) in enumerate(zip(indices, words)):
        features, lemma = word_features(text)
        tag, source = tags.get(index, ('O', ''))
        local = [f'ent={tag}', f'etype={tag[2:]}', f'src={source}']
        if position == 0:
            local.append('first')
        if text in OPENING or (text == '"' and not quoted):
            quoted_here = False
            quoted = True
        elif text in CLOSING or (text == '"' and quoted):
            quoted_here = False
            quoted = False
        else:
            quoted_here = quoted
        if quoted_here:
            local.append('inquote')
        own.append((features, lemma, tag, local))
    result = []
    size = len(own)
    for position, (features, lemma, tag, local) in enumerate(own):
        row = ['bias', *features, *local]
        for offset in WINDOW:
            other = position + offset
            if 0 <= other < size:
                row.append(f'{offset}:ent={own[other][2]}')
                row.extend(neighbour_features(words[other])[offset])
            else:
                row.append(f'{offset}:edge')
        if position + 1 < size:
            row.append(f'bigram={lemma}|{own[position + 1][1]}')
        result.append(row)
    return result


def doc_features(doc):
    """(token indices, feature lists) of each sentence of the document."""
    tags = span_tags(doc)
    return [(indices, sequence_features(doc, indices, tags)) for indices in sequences(doc)]
