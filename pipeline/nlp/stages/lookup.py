"""Names a newsroom knows: parties, chambers, ministries, regions, cities, media.

`models/gazetteer.tsv` lists each with its canonical name and aliases; the
`lookup` stage finds them by lemma with spaCy's PhraseMatcher, so every case
form matches (`в Мажилисе`, `Сената Парламента РК`), and sets the canonical
name on the mention. A match wins over a slovnet span it overlaps, except that
a country inside a longer organisation stays inside it
(`Министерства труда ... РК`).

A name the gazetteer also lists in the other script (`Эйр Астана` | `Air Astana`)
is given in the script the document names it in first: the table is audited
back to the text, so a text that writes `Air Astana` gets `Air Astana`, and
every mention of it in the document keeps that one name (`written_scripts`).

Entries of type NOT are words that are never a name however they are written
(`СМИ`): a mention that is just one of them is dropped.
"""

from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span

from pipeline.nlp.doc import Stage, doc_value, set_span_value, span_value
from pipeline.nlp.morph import lexeme_forms, parse, token_lemma
from pipeline.nlp.name_parts import is_first_name, is_patronymic, is_surname_like, looks_like_person
from pipeline.nlp.place_forms import noun_after_list
from pipeline.nlp.wordforms import SOFT_DECLENSIONS, SOFT_VOWELS
from pipeline.schema import ENTITY_TYPES

# words remembered by whether a match can begin with them, before the memory starts afresh
MAX_BEGINNERS = 200_000
# never a mention: `СМИ` (mass media)
NOT = 'NOT'


class GazetteerError(ValueError):
    pass


@dataclass
class Entry:
    type: str
    name: str
    aliases: list = field(default_factory=list)


def read_gazetteer(path):
    """Entries of a gazetteer TSV: type, name, aliases separated by `|`."""
    path = Path(path)
    if not path.is_file():
        raise GazetteerError(f'gazetteer not found: {path}')
    entries = []
    for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        if not line.strip() or line.startswith('#'):
            continue
        parts = line.split('\t')
        if len(parts) < 2 or parts[0] not in ENTITY_TYPES + (NOT,) or not parts[1].strip():
            raise GazetteerError(
                f'{path}:{number}: expected "TYPE<TAB>name[<TAB>alias|alias]" with TYPE in {ENTITY_TYPES + (NOT,)}, '
                f'got {line!r}'
            )
        aliases = [alias.strip() for alias in parts[2].split('|')] if len(parts) > 2 else []
        entries.append(Entry(parts[0], parts[1].strip(), [alias for alias in aliases if alias]))
    return entries


def is_capitalised(text):
    return text[:1].isupper() or text[:1].isdigit() or text in '«"“„'


def place_lemma(text):
    """The lemma of a place's parse when pymorphy3 reads the word first as something else:
    `Жезказгана` is first `жезказгать` (a participle), then `жезказган` (Geox)."""
    if not text.isalpha():
        return None
    return next((parsed.normal_form for parsed in parse(text)[1:3]
                 if parsed.tag.POS == 'NOUN' and 'Geox' in parsed.tag), None)


def case_forms(word):
    """The other case forms of a one-word name pymorphy3 knows as a noun in its own nominative, lower
    case: `Казгидромет` -> казгидромета, казгидромету, ... The lemma pymorphy3 gives such a form alone can
    miss the name (`Казгидромета` reads first as `казгидромёт`, `Жетысая` as an adjective), so the
    matcher is told which name it is; a name no parse of which is its own lemma gives none, but one in a
    vowel and -й declines as Андрей (`Семей`, read as семья: семея, семею, семеем, семее). A town named by
    a masculine adjective (`Рудный`) gives its masculine forms."""
    lower = word.lower()
    forms = set()
    for parsed in parse(word)[:3]:
        if parsed.tag.POS == 'NOUN' and parsed.normal_form == lower and 'nomn' in parsed.tag:
            paradigm = lexeme_forms(parsed) or [(form.word, form.tag) for form in parsed.lexeme]
            forms.update(form for form, tag in paradigm if 'sing' in tag)
        elif parsed.tag.POS == 'ADJF' and parsed.normal_form == lower and {'nomn', 'masc'} <= parsed.tag.grammemes:
            # a town named by a masculine adjective (`из Рудного`, `в Рудном`): its masculine singular forms
            forms.update(form.word for form in parsed.lexeme if {'masc', 'sing'} <= form.tag.grammemes)
    if not forms and len(lower) > 3 and lower[-1] == 'й' and lower[-2] in SOFT_VOWELS:
        forms.update(lower[:-1] + ending for ending in SOFT_DECLENSIONS['й'])
    forms.discard(lower)
    return forms


def stem(word):
    """What every case form of a one-word name starts with: `Москв` for
    `Москва`, so that `Семья` (lemma семья) is not `Семей` (lemma семья too)."""
    word = word.lower()
    return word if len(word) <= 3 else word[:len(word) - 1]


class Gazetteer(Stage):
    """Finds gazetteer names in a doc and merges them into doc.ents."""

    def __init__(self, nlp, name, path):
        self.name = name
        self.entries = read_gazetteer(path)
        self.matcher = PhraseMatcher(nlp.vocab, attr='LEMMA')
        make_doc = nlp.make_doc
        # entry index -> stems of its one-word surfaces
        self.stems = {}
        # entry index -> {lemmas of a surface of two words or more: the surface}
        self.written = {}
        # entry index -> {lemmas of a surface: the surface}, for entries listed in both scripts
        self.scripted = {}
        # every beginning of every pattern's lemmas: ('сенат',), ('сенат', ' '), ('сенат', ' ', 'парламент'), ...
        self.beginnings = set()
        # a case form of a one-word place or organisation -> the lemma its pattern has (case_forms)
        self.case_lemmas = {}
        # word (orth id) -> whether a kept match can begin with it, for the words met so far
        self.beginners = {}
        self.strings = nlp.vocab.strings
        for index, entry in enumerate(self.entries):
            patterns = []
            for surface in [entry.name] + entry.aliases:
                doc = make_doc(surface)
                lemmas = []
                for token in doc:
                    token.lemma_ = token_lemma(token.text)
                    lemmas.append(token.lemma_)
                    self.beginnings.add(tuple(lemmas))
                patterns.append(doc)
                self.scripted.setdefault(index, {}).setdefault(tuple(lemmas), surface)
                if len(doc) == 1:
                    self.stems.setdefault(index, set()).add(stem(surface))
                    if entry.type in ('LOC', 'ORG'):
                        for form in case_forms(surface):
                            self.case_lemmas.setdefault(form, lemmas[0])
                            # `рудного` does not start with the stem `рудны` of `Рудный`
                            self.stems[index].add(form)
                elif entry.type == 'ORG' and len(entry.name.split()) == 1 and not surface.startswith(entry.name):
                    # `Организация Объединённых Наций` for `ООН`; not `Сенат Парламента РК` for `Сенат`
                    self.written.setdefault(index, {}).setdefault(tuple(lemmas), surface)
            self.matcher.add(str(index), patterns)
        self.scripted = {index: surfaces for index, surfaces in self.scripted.items()
                         if len({script(surface) for surface in surfaces.values()} - {None}) > 1}

    def stem_agrees(self, index, token):
        stems = self.stems.get(index)
        return not stems or any(token.text.lower().startswith(value) for value in stems)

    def lemmatize(self, doc):
        """Lemmas for the tokens a kept match can cover, and no others.

        A match is kept only from a capitalised token in the body, so the
        lemmas are read from each such token whose lemma begins a pattern, for
        as long as they go on beginning one: most words of a text are never
        parsed for the matcher. A token without a lemma matches no pattern
        token, none of which is empty.
        """
        body_start, size = doc_value(doc, 'body_start'), len(doc)
        beginners = self.beginners
        for start, orth in enumerate(doc.to_array(ORTH).tolist()):
            # `may_begin` inline for a word seen before (most words): no call per token
            known = beginners.get(orth)
            if known is None:
                known = self.may_begin(orth)
            if not known:
                continue
            token = doc[start]
            if token.idx < body_start:
                continue
            lemmas = ()
            for position in range(start, size):
                token = doc[position]
                lemma = token.lemma_  # set already by this walk from an earlier start, or by `lemmatize`
                if position == start:
                    lemma = token.lemma_ = self.beginners[orth]
                elif not lemma:
                    lemma = token.lemma_ = token_lemma(token.text)
                lemmas += (lemma,)
                if lemmas not in self.beginnings:
                    break

    def may_begin(self, orth):
        """The lemma a kept match can begin with at this word, else '': capitalised, its lemma
        (or its place parse's, `Жезказгана`) the first of a pattern."""
        known = self.beginners.get(orth)
        if known is None:
            if len(self.beginners) >= MAX_BEGINNERS:
                self.beginners.clear()
            text, known = self.strings[orth], ''
            if is_capitalised(text):
                word = token_lemma(text)
                if (word,) not in self.beginnings:
                    word = place_lemma(text)
                if (word,) not in self.beginnings:
                    word = self.case_lemmas.get(text.lower())
                known = word if (word,) in self.beginnings else ''
            self.beginners[orth] = known
        return known

    def matches(self, doc):
        self.lemmatize(doc)
        spans, written, scripted = [], {}, {}
        for key, start, stop in self.matcher(doc):
            if not is_capitalised(doc[start].text) or doc[start].idx < doc_value(doc, 'body_start'):
                continue
            index = int(self.matcher.vocab.strings[key])
            entry = self.entries[index]
            if stop - start == 1 and (not self.stem_agrees(index, doc[start]) or is_district_adjective(doc, start)):
                continue
            span = Span(doc, start, stop, label=entry.type)
            set_span_value(span, 'rule', 'gazetteer')
            set_span_value(span, 'canonical', entry.name)
            lemmas = tuple(token.lemma_ for token in span)
            surface = self.written.get(index, {}).get(lemmas)
            if surface:
                written[start, stop] = surface
            surface = self.scripted.get(index, {}).get(lemmas)
            if surface:
                scripted[start, stop] = surface
            spans.append(span)
        # longest first, then leftmost: `Сената Парламента РК` over `Сената`
        spans.sort(key=lambda span: (-(span.end - span.start), span.start))
        chosen, taken = [], set()
        for span in spans:
            if taken.isdisjoint(range(span.start, span.end)):
                chosen.append(span)
                taken.update(range(span.start, span.end))
        return written_names(written_scripts(chosen, scripted), written)

    def __call__(self, doc):
        found = self.matches(doc)
        if not found:
            return doc
        # `СМИ`: never a mention
        never = {(span.start, span.end) for span in found if span.label_ == NOT}
        found = [span for span in found if span.label_ != NOT]
        # the matches do not overlap: each token names the one covering it, so the
        # matches an ent overlaps are found in its own length, not all the matches'
        live = dict(enumerate(found))
        covering = {token: number for number, span in live.items() for token in range(span.start, span.end)}
        kept = []
        for ent in doc.ents:
            if (ent.start, ent.end) in never:
                continue
            numbers = sorted({covering[token] for token in range(ent.start, ent.end) if covering.get(token) in live})
            overlapping = [live[number] for number in numbers]
            if not overlapping:
                kept.append(ent)
                continue
            inside = all(ent.start <= span.start and span.end <= ent.end for span in overlapping)
            # `области Улытау Берик Сәрсенұлы`, `больницы № 7 Алматы Ержан Нурланов`: the place
            # of a title before a first name and a surname is no part of the name
            if inside and ent.label_ == 'PER' and place_before_name(doc, ent, overlapping):
                rest = Span(doc, overlapping[0].end, ent.end, label='PER')
                rest._.rule = 'gazetteer-split'
                kept.append(rest)
                continue
            # `Джордж Вашингтон`, `Азия Ардженто`: a place's name can be a person's
            if inside and ent.label_ == 'PER' and all(span.label_ == 'LOC' for span in overlapping):
                for number in numbers:
                    del live[number]
                kept.append(ent)
                continue
            if inside and len(overlapping) == 1 and (ent.end - ent.start) > (overlapping[0].end - overlapping[0].start):
                span = overlapping[0]
                # `Министерства ... РК` (ORG) keeps the country; `Сената Парламента` keeps its name
                if ent.label_ == 'ORG' and span.label_ == 'LOC' or ent.label_ == span.label_:
                    del live[numbers[0]]
                    kept.append(ent)
                    continue
            kept.extend(self.leftovers(doc, ent, overlapping))
        doc.ents = sorted(kept + list(live.values()), key=lambda span: span.start)
        return doc

    def leftovers(self, doc, ent, overlapping):
        """Parts of a slovnet span outside the gazetteer matches it overlaps.

        `в Мажилисе Магеррам Магеррамов` comes from slovnet as one LOC; once
        `Мажилисе` is the chamber, `Магеррам Магеррамов` is a person.
        """
        pieces, start = [], ent.start
        for span in sorted(overlapping, key=lambda span: span.start):
            if span.start > start:
                pieces.append((start, span.start))
            start = max(start, span.end)
        if start < ent.end:
            pieces.append((start, ent.end))
        spans = []
        for first, stop in pieces:
            while first < stop and not doc[first].is_alpha:
                first += 1
            while stop > first and not (doc[stop - 1].is_alpha or doc[stop - 1].text in '»"'):
                stop -= 1
            if first >= stop or not doc[first].text[:1].isupper():
                continue
            piece = doc[first:stop]
            label = 'PER' if looks_like_person(piece) else ent.label_
            span = Span(doc, first, stop, label=label)
            span._.rule = 'gazetteer-split'
            spans.append(span)
        return spans


# `в Аральском и Казалинском районах`: -ском/-цком before the noun it agrees with is a district's adjective,
# not the instrumental of the town in -ск (`Аральск`) the gazetteer knows
ADJECTIVE_ENDINGS = ('ском', 'цком')


def is_district_adjective(doc, index):
    """Token `index` in -ском/-цком is followed, maybe after a list of capitalised words, by a
    lower-case noun in the locative (`Аральском районе`, `Аральском и Казалинском районах`)."""
    return doc[index].text.lower().endswith(ADJECTIVE_ENDINGS) and noun_after_list(doc, index + 1, 'loct')


def written_names(spans, written):
    """An organisation known by a one-word name (`ОБСЕ`, `Евросоюз`) that the document writes out
    in full (`Организации по безопасности и сотрудничеству в Европе`) is named as written there,
    in every mention of the document: the full name is its name, the short one an alias.
    `written`: {(start, stop): the full surface} of the matches of such a surface."""
    full = {}
    for span in spans:
        surface = written.get((span.start, span.end))
        if surface and len(surface) > len(full.get(span_value(span, 'canonical'), '')):
            full[span_value(span, 'canonical')] = surface
    if not full:
        return spans
    for span in spans:
        if span_value(span, 'canonical') in full:
            span._.canonical = full[span_value(span, 'canonical')]
    return spans


LATIN = frozenset('abcdefghijklmnopqrstuvwxyz')


def script(name):
    """'latin' or 'cyrillic' for a name written in letters of one of them only, else None
    (`АО «KEGOC»`, `G7` with its digit aside, is neither: it mixes them)."""
    letters = {char for char in name.lower() if char.isalpha()}
    if not letters:
        return None
    latin = letters <= LATIN
    if latin or letters.isdisjoint(LATIN):
        return 'latin' if latin else 'cyrillic'
    return None


def own_name(surface):
    """The name in a gazetteer surface without the lower-case nouns before it:
    `партия Amanat` -> `Amanat`."""
    words = surface.split()
    while len(words) > 1 and words[0].islower():
        words = words[1:]
    return ' '.join(words)


def written_scripts(spans, scripted):
    """A gazetteer name listed in both scripts is given in the script of its first mention:
    `Об этом сообщает Kazinform` -> `Kazinform`, not `Казинформ`; `партии «Аманат»` -> `Аманат`,
    not `AMANAT`. Every mention of that name in the document takes the same name, so the
    document keeps one entity. `scripted`: {(start, stop): the gazetteer surface matched}."""
    first = {}
    for span in sorted(spans, key=lambda span: span.start):
        surface = scripted.get((span.start, span.end))
        if surface and span_value(span, 'canonical') not in first:
            first[span_value(span, 'canonical')] = surface
    renamed = {canonical: own_name(surface) for canonical, surface in first.items()
               if script(surface) and script(canonical) and script(surface) != script(canonical)}
    for span in spans:
        canonical = span_value(span, 'canonical')
        set_span_value(span, 'canonical', renamed.get(canonical, canonical))
    return spans


def place_before_name(doc, ent, overlapping):
    """A PER mention that opens with one place the gazetteer knows, followed by a first
    name and a surname or patronymic (`Алматы Ержан Нурланов`); not `Азия Ардженто`."""
    if len(overlapping) != 1 or overlapping[0].start != ent.start or overlapping[0].label_ != 'LOC':
        return False
    rest = [token.text for token in doc[overlapping[0].end:ent.end]]
    return len(rest) in (2, 3) and all(word.isalpha() and word[:1].isupper() for word in rest) \
        and is_first_name(rest[0]) and (is_surname_like(rest[-1]) or is_patronymic(rest[-1]))


@Language.factory(
    'lookup',
    default_config={'path': 'gazetteer.tsv'},
    assigns=['doc.ents', 'span._.canonical', 'token.lemma'],
)
def make_gazetteer(nlp, name, path):
    from pipeline.resources import resolve_model_path
    return Gazetteer(nlp, name, resolve_model_path(path))
