"""Gold PER/ORG/LOC spans of the public corpora, mapped to the project's guideline,
for training the tagger and scoring it on the check part.

The newsroom view (README, Evaluation): adjectives are no places, a bare
lower-case institution noun is no name, and a country after an organisation
inside it is part of the organisation's name. So:

- NEREL: PERSON -> PER, ORGANIZATION -> ORG, COUNTRY, CITY, STATE_OR_PROVINCE,
  LOCATION, DISTRICT -> LOC. A FACILITY that is a street or a square written
  with a capital (`Гаврской улице`, `Красной площади`) is a LOC, as in factRu;
  any other (`аэропорт Шереметьево`, `Кремль`, `улица Лобачевского`) is no type
  of ours: it is left out, and the places and organisations inside it count on
  their own, the persons not (`шахта имени Костенко`, `проспект Тауке хана`:
  no person is meant, as the Kazakhstan gold has it). An ORG or
  LOC starting with a common word is left out, unless a capitalised word no
  nested span covers follows: a lower-case word (`российский` COUNTRY,
  `правительство` ORGANIZATION, `сборной России`, `министерства обороны США`),
  or at a sentence start a word NEREL writes in lower case more often than
  capitalised inside a sentence (`Правительство Кипра`, not `Министерство`).
  Then the outermost of the remaining spans is taken: `Министерство финансов
  России` stays one ORG, `правительство Кипра` gives `Кипра` LOC.
- factRuEval: Person, Org, Location, LocOrg -> PER, ORG, LOC, LOC, the spans
  its scorer derives (`scoring.factru_gold_spans`: an organisation's name part,
  `мэрии Москвы` -> `Москвы` LOC).
- BSNLP: document-level surface forms (PER, ORG, LOC; EVT and PRO left out),
  projected on every occurrence in the text at word boundaries, longest first.
  The ec and trump topics write their surfaces in lower case: there an
  occurrence is matched in any case but must start with a capital, a digit or
  a quote.

A document belongs to the tune or the check part by `split.part(corpus, doc_id)`,
corpus `nerel-train`, `nerel-dev`, `factru`, `bsnlp-<topic>`, doc id the file
name without its extension (`book_100`, `ryan-ru_file_1`, `file_233_ru`).
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.evaluation.corpora import (
    DEFAULT_EVAL_DIR,
    read_bsnlp_out,
    read_bsnlp_raw,
    read_factru,
    read_nerel,
)
from pipeline.evaluation.scoring import NEREL_TYPES, factru_gold_spans
from pipeline.evaluation.split import part
from pipeline.nlp.morph import lemma

TYPES = ('PER', 'ORG', 'LOC')
SOURCES = ('nerel-train', 'nerel-dev', 'factru', 'bsnlp')
# a FACILITY with one of these is a place: factRu's Location has streets and squares too
STREET_WORDS = {'улица', 'площадь', 'проспект', 'бульвар', 'переулок', 'шоссе', 'набережная', 'проезд',
                'тракт', 'микрорайон', 'сквер', 'парк', 'сад', 'ул', 'пр'}
BSNLP_TYPES = {'PER': 'PER', 'ORG': 'ORG', 'LOC': 'LOC'}


@dataclass
class GoldDoc:
    corpus: str
    doc_id: str
    text: str
    spans: list = field(default_factory=list)   # of (start, stop, type), sorted, not overlapping


def outermost(spans):
    """The spans no other span contains, sorted; of two that cross, the earlier and longer."""
    spans = sorted(set(spans), key=lambda span: (span[0], -span[1]))
    kept = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def sentence_initial(text, start):
    """Whether the word at `start` opens a sentence (its capital says nothing then)."""
    before = text[:start].rstrip(' \t«"„“—–-')
    return not before or before[-1] in '.!?…\n'


def common_start(doc, span, common):
    """Whether a span begins with a common word, not a name: lower case (`правительство`,
    `российский`), or at a sentence start a word NEREL writes in lower case elsewhere."""
    first = doc.text[span[0]:span[1]].split()[0]
    if first[:1].islower():
        return True
    return sentence_initial(doc.text, span[0]) and first.lower() in common


def named_words(doc, span, spans):
    """Capitalised words of a span that no nested span of ours covers (`Тверской` in
    `площади Тверской`, not `США` in `министерства обороны США`)."""
    words = []
    for match in re.finditer(r'\S+', doc.text[span[0]:span[1]]):
        start, stop = span[0] + match.start(), span[0] + match.end()
        if match.group()[:1].isupper() and match.start() > 0 and not any(
                other != span and other[0] <= start and stop <= other[1] for other in spans):
            words.append(match.group())
    return words


def is_street(text):
    """Whether a NEREL FACILITY is a street or a square (`Гаврской улице`, `проспекта Вернадского`)."""
    return any(lemma(word) in STREET_WORDS for word in re.findall(r'\w+', text.lower()))


def nerel_spans(doc, common=frozenset()):
    """Our spans of a NEREL document (see the module docstring): a span starting with a
    common word is left out unless a name of its own follows (`правительство Кипра` -> `Кипра`)."""
    facilities = [entity for entity in doc.entities if entity.type == 'FACILITY']
    spans = {(entity.start, entity.stop, NEREL_TYPES[entity.type]) for entity in doc.entities
             if entity.type in NEREL_TYPES and not (entity.type == 'PERSON' and any(
                 facility.start <= entity.start and entity.stop <= facility.stop for facility in facilities))}
    spans.update((entity.start, entity.stop, 'LOC') for entity in facilities
                 if is_street(entity.text) and entity.text[:1].isupper())
    kept = [span for span in spans if span[2] == 'PER'
            or not common_start(doc, span, common) or named_words(doc, span, spans)]
    return outermost(kept)


def nerel_common_words(docs):
    """First words NEREL writes in lower case more often than with a capital inside a sentence:
    `правительство`, `российский`, but not `министерство` (`Министерство финансов России`)."""
    lower, upper = Counter(), Counter()
    for doc in docs:
        for entity in doc.entities:
            words = entity.text.split()
            if NEREL_TYPES.get(entity.type, 'PER') == 'PER' or not words:
                continue
            if words[0][:1].islower():
                lower[words[0].lower()] += 1
            elif not sentence_initial(doc.text, entity.start):
                upper[words[0].lower()] += 1
    return frozenset(word for word, count in lower.items() if count > upper[word])


def nerel_documents(eval_dir, split):
    docs = read_nerel(Path(eval_dir) / 'nerel', (split,))
    common = nerel_common_words(docs)
    return [GoldDoc(f'nerel-{split}', doc.id.split('/', 1)[1], doc.text, nerel_spans(doc, common)) for doc in docs]


def factru_documents(eval_dir):
    return [GoldDoc('factru', doc.id, doc.text, [(span.start, span.stop, span.type) for span in factru_gold_spans(doc)])
            for doc in read_factru(Path(eval_dir) / 'factru' / 'devset')]


def bsnlp_annotation(topic, raw):
    """The annotation of a raw file: `ryan-ru_file_1.out`, or `233.txt` for `file_233_ru.txt`."""
    folder = topic / 'annotated' / 'ru'
    number = re.search(r'(\d+)', raw.stem)
    for path in (folder / f'{raw.stem}.out', folder / f'{number.group(1)}.txt' if number else None):
        if path is not None and path.exists():
            return path
    return None


def project(text, mentions, lower):
    """Every occurrence of the surfaces at word boundaries, longest surface first, none overlapping."""
    found = []
    taken = set()
    haystack = text.lower() if lower else text
    for mention in sorted(mentions, key=lambda mention: -len(mention.surface)):
        if mention.type not in BSNLP_TYPES and mention.type not in ('EVT', 'PRO'):
            continue
        surface = mention.surface.lower() if lower else mention.surface
        if not surface.strip():
            continue
        pattern = re.compile(r'(?<!\w)' + re.escape(surface) + r'(?!\w)')
        for match in pattern.finditer(haystack):
            start, stop = match.span()
            if lower and not (text[start].isupper() or text[start].isdigit() or not text[start].isalnum()):
                continue
            if not taken.isdisjoint(range(start, stop)):
                continue
            taken.update(range(start, stop))
            # EVT and PRO take their words, so that a place inside `Северный поток` is not a LOC
            if mention.type in BSNLP_TYPES:
                found.append((start, stop, BSNLP_TYPES[mention.type]))
    return sorted(found)


def bsnlp_documents(eval_dir):
    docs = []
    for topic in sorted((Path(eval_dir) / 'bsnlp-dev').iterdir()):
        for raw in sorted((topic / 'raw' / 'ru').glob('*.txt')):
            annotation = bsnlp_annotation(topic, raw)
            if annotation is None:
                continue
            text = read_bsnlp_raw(raw)
            mentions = read_bsnlp_out(annotation)
            lower = all(mention.surface == mention.surface.lower() for mention in mentions)
            docs.append(GoldDoc(f'bsnlp-{topic.name}', raw.stem, text, project(text, mentions, lower)))
    return docs


def available(eval_dir):
    """The gold sources present under `eval_dir`."""
    eval_dir = Path(eval_dir)
    folders = {'nerel-train': eval_dir / 'nerel' / 'train', 'nerel-dev': eval_dir / 'nerel' / 'dev',
               'factru': eval_dir / 'factru' / 'devset', 'bsnlp': eval_dir / 'bsnlp-dev'}
    return [source for source in SOURCES if folders[source].is_dir()]


def documents(eval_dir, sources=SOURCES, parts=('tune',)):
    """The gold documents of `sources` whose split part is in `parts` (`any` for every document)."""
    eval_dir = Path(eval_dir)
    found = []
    for source in sources:
        if source.startswith('nerel-'):
            docs = nerel_documents(eval_dir, source.split('-', 1)[1])
        elif source == 'factru':
            docs = factru_documents(eval_dir)
        elif source == 'bsnlp':
            docs = bsnlp_documents(eval_dir)
        else:
            raise ValueError(f'unknown gold source {source!r}; known: {", ".join(SOURCES)}')
        found.extend(doc for doc in docs if 'any' in parts or part(doc.corpus, doc.doc_id) in parts)
    return found


def token_labels(doc, indices, spans):
    """BIO labels of the tokens `indices` of a spaCy Doc from gold character spans:
    a token inside a span (or overlapping it) takes its type."""
    labels = []
    position = 0
    previous = None
    for index in indices:
        token = doc[index]
        start, stop = token.idx, token.idx + len(token.text)
        while position < len(spans) and spans[position][1] <= start:
            position += 1
        label = 'O'
        if position < len(spans) and spans[position][0] < stop:
            span = spans[position]
            label = ('I-' if previous == span else 'B-') + span[2]
            previous = span
        else:
            previous = None
        labels.append(label)
    return labels



def add_gold_arguments(parser):
    """The options every training command shares: where the gold is, which corpora, which part, the seed."""
    parser.add_argument('--eval-dir', type=Path, default=DEFAULT_EVAL_DIR,
                        help='folder holding nerel/, factru/, bsnlp-dev/ (default: %(default)s)')
    parser.add_argument('--source', action='append', choices=SOURCES, help='gold to train on (default: all)')
    parser.add_argument('--part', action='append', choices=('tune', 'check', 'any'),
                        help='split part trained on (default: tune)')
    parser.add_argument('--seed', type=int, default=13)


def training_documents(args):
    """The gold documents a training command's options select; exits with a message when there are none."""
    import sys
    sources = tuple(args.source or available(args.eval_dir))  # a folder of one's own may hold only some corpora
    docs = documents(args.eval_dir, sources, tuple(args.part or ('tune',)))
    if not docs:
        sys.exit(f'no gold documents under {args.eval_dir} for {sources}')
    return docs
