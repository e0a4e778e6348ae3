"""Persons: titles outside the name, names found again, positions that name nobody.

- `strip-title`: `Император Акихито`, `Всё-таки Проди` -> `Акихито`, `Проди`;
- `propagate-person`: `Иван Голунов` ... `Голунова` (unrecognised) -> PER;
- `drop-positions`: `Аким`, `Аким области` at a sentence start are no name.

Each rule takes `positions`, the position lemmas of the stage's config
(positions.txt, `lexicons.position_lemmas`).
"""

from pipeline.nlp.morph import lemma, parse
from pipeline.nlp.stages.repair.spans import NAME_TAGS, make_span

# Император Акихито, Папа Франциск, Полковник Квачков, Мадам Трули-Пулли
TITLES = frozenset('''
император императрица кронпринц принц принцесса король королева царь царица
папа понтифик патриарх митрополит архиепископ епископ кардинал
генерал полковник подполковник майор капитан лейтенант сержант адмирал маршал
мадам мадемуазель месье мсье мистер миссис
поп-звезда звезда певица певец актёр актриса режиссёр рэпер музыкант
писатель писательница поэт художник футболист хоккеист теннисист боксёр
бизнесмен миллиардер олигарх премьер экс-президент экс-премьер
'''.split())
# Всё-таки Проди, Безлюдная Пикадилли-сёркус: a word that names nothing
STRAY_POS = ('ADJF', 'PRCL', 'CONJ', 'ADVB', 'PREP', 'INTJ')


def is_title_word(token, positions):
    """A capitalised title or stray word before a name: `Император`,
    `Полковник`, `Всё-таки`, `34-летний` (not `Ван`, `Пан`, `Роза`)."""
    text = token.text
    if text[:1].isdigit():
        return True
    if not text[:1].isupper() or text.isupper():
        return False
    word = lemma(text)
    if word in TITLES or word in positions:
        return True
    parses = parse(text)
    if not parses or not all(getattr(parsed, 'is_known', False) for parsed in parses[:3]):
        return False
    # Ван Цзюнь: a particle, but also a noun, so maybe a name
    return all(parsed.tag.POS in STRAY_POS for parsed in parses)


def strip_titles(doc, spans, positions):
    """`Император Акихито`, `Полковник Квачков` -> `Акихито`, `Квачков`:
    a title or a stray word before a person's name stays outside it."""
    result = []
    for span in spans:
        start = span.start
        if span.label_ == 'PER':
            while span.end - start > 1 and is_title_word(doc[start], positions) and doc[start + 1].text[:1].isupper():
                start += 1
        if start != span.start:
            span = make_span(doc, start, span.end, span.label_, 'strip-title', span._.canonical)
        result.append(span)
    return result


def same_name(word, other):
    """Case forms of one name: `Голунов`, `Голунова`, `Голуновым` (not `Голубев`)."""
    word, other = word.lower(), other.lower()
    if abs(len(word) - len(other)) > 2:
        return False
    size = max(4, min(len(word), len(other)) - 2)
    return word[:size] == other[:size] and (len(word) > 4 or word == other)


def is_common_word(token):
    """A dictionary word that is not a name (`Вчера`, `Роза` is a name too)."""
    parses = parse(token.text)
    return bool(parses) and all(getattr(parsed, 'is_known', False) for parsed in parses[:2]) and not any(
        tag in parsed.tag for parsed in parses for tag in NAME_TAGS)


def propagate_persons(doc, spans, positions):
    """`Иван Голунов` ... `Голунова`: a word of a person's name found elsewhere
    in the document, unrecognised, is that person again."""
    known = {token.text for span in spans if span.label_ == 'PER' for token in span
             if token.is_alpha and token.text[:1].isupper() and len(token.text) > 2}
    if not known:
        return spans
    taken = {index for span in spans for index in range(span.start, span.end)}
    found = []
    for token in doc:
        if token.i in taken or not token.is_alpha or not token.text[:1].isupper() or token.idx < doc._.body_start:
            continue
        if token.text.isupper() or not any(same_name(token.text, word) for word in known):
            continue
        # `Его Высочество`, `Болгарским Патриархом`: words, not names
        if is_common_word(token) or lemma(token.text) in positions | TITLES:
            continue
        if found and found[-1][1] == token.i:
            found[-1][1] = token.i + 1
        else:
            found.append([token.i, token.i + 1])
    # `Мейв` found next to `Кеннеди` known: one name
    persons = {span.start: span for span in spans if span.label_ == 'PER'}
    ends = {span.end: span for span in spans if span.label_ == 'PER'}
    for piece in found:
        start, stop = piece
        if stop in persons and doc[stop - 1].whitespace_ == ' ':
            spans.remove(persons[stop])
            piece[1] = persons[stop].end
        elif start in ends and doc[start - 1].whitespace_ == ' ':
            spans.remove(ends[start])
            piece[0] = ends[start].start
    return spans + [make_span(doc, start, stop, 'PER', 'propagate-person') for start, stop in found]


def is_position(span, positions):
    """`Аким`, `Аким области`, `Министр иностранных дел`: a position, capitalised
    at a sentence start, and nothing that names anything after it."""
    first = span[0].text
    if lemma(first) not in positions or parse(first)[0].tag.POS != 'NOUN':
        return False
    return all(not token.text[:1].isupper() for token in span[1:])


def drop_positions(doc, spans, positions):
    """A position is not a place or an organisation."""
    return [span for span in spans if span.label_ == 'PER' or not is_position(span, positions)]
