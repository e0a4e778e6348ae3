"""Readers of the development corpora, kept outside the repository: the public
Russian corpora under ``--eval-dir`` (default ``../shared/eval``) and the
hand-made gold under ``--gold-dir`` (default ``../shared/gold``).

* ``factru``       factRuEval-2016 devset (``factru/devset``): text, spans,
  objects and coref entities with their name slots.
* ``nerel-dev``, ``nerel-train``  NEREL v1.1 (``nerel/<split>``, brat):
  continuous text-bound annotations.
* ``bsnlp-ryanair``, ``bsnlp-ec``, ``bsnlp-trump``  BSNLP-2019
  (``bsnlp-dev/<topic>/{raw,annotated}/ru``): the gold mentions of each
  document with base form, type and entity id.
* ``seeds``, ``kz-dev``  hand-made gold (``seeds.json`` for the texts in
  ``<gold-dir>/../seeds``, ``kz-dev.json`` for ``<gold-dir>/kz-dev``): per
  document its entities, without offsets.

Every document has an ``id`` stable across runs (``book_N``, ``split/name``,
``topic/name``, the file name) and a ``text``; readers return documents in a
fixed order. The split (``pipeline.evaluation.split``) keys a document by its
corpus and :func:`split_id`.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluation.split import CORPORA

log = logging.getLogger(__name__)

DEFAULT_EVAL_DIR = Path('../shared/eval')
DEFAULT_GOLD_DIR = Path('../shared/gold')
GOLD_CORPORA = ('seeds', 'kz-dev')
# names `--corpus` also takes for several corpora at once
GROUPS = {'gold': GOLD_CORPORA, 'nerel': ('nerel-train', 'nerel-dev'),
          'bsnlp': ('bsnlp-ryanair', 'bsnlp-ec', 'bsnlp-trump')}


def expand_corpora(names):
    """Corpus names with the groups (``nerel``, ``bsnlp``, ``gold``) expanded,
    in :data:`CORPORA` order, each once."""
    wanted = set()
    for name in names:
        if name in GROUPS:
            wanted.update(GROUPS[name])
        elif name in CORPORA:
            wanted.add(name)
        else:
            raise ValueError(f'unknown corpus {name!r}; known: {", ".join(CORPORA + tuple(GROUPS))}')
    return tuple(name for name in CORPORA if name in wanted)


def split_id(doc):
    """The doc id the split is keyed by: the file name, without the NEREL
    split or the BSNLP topic (the corpus name holds them)."""
    return doc.id.rsplit('/', 1)[-1]


def check_dir(path, what, hint='the evaluation directory (holding factru/, nerel/, bsnlp-dev/) with --eval-dir'):
    """``path`` as a Path; a missing folder is named with a hint."""
    path = Path(path)
    if not path.is_dir():
        raise FileNotFoundError(f'{what} not found at {path.resolve()}: pass {hint}')
    return path


def _lines(path):
    if not path.exists():
        return []
    with open(path, encoding='utf-8-sig') as file:
        return [line.rstrip('\r\n') for line in file]


@dataclass
class FactruSpan:
    id: str
    type: str
    start: int
    stop: int


@dataclass
class FactruObject:
    id: str
    type: str
    spans: list

    @property
    def start(self):
        return min(s.start for s in self.spans)

    @property
    def stop(self):
        return max(s.stop for s in self.spans)


@dataclass
class FactruCoref:
    id: str
    objects: list
    slots: list   # of (type, value)

    def slot(self, name):
        for type, value in self.slots:
            if type == name:
                return value
        return None


@dataclass
class FactruDoc:
    id: str
    text: str
    spans: list
    objects: list
    corefs: list


def _parse_factru_spans(lines):
    # 22763 loc_name 37 6 143790 1  # 143790 Москвы
    for line in lines:
        if not line.strip():
            continue
        id, type, start, size, _ = line.split(None, 4)
        yield FactruSpan(id, type, int(start), int(start) + int(size))


def _parse_factru_objects(lines, spans):
    # 10433 Org 22763 22764 # Москвы мэрии
    by_id = {s.id: s for s in spans}
    for line in lines:
        parts = line.split('#', 1)[0].split()
        if len(parts) < 2:
            continue
        id, type, *ids = parts
        members = [by_id[i] for i in ids if i in by_id]
        if members:
            yield FactruObject(id, type, members)


def _parse_factru_corefs(lines, objects):
    # 48 10435 10441
    # firstname Юрий
    # lastname Лужков
    # <blank>
    by_id = {o.id: o for o in objects}
    block = []
    for line in lines + ['']:
        if line.strip():
            block.append(line)
            continue
        if block:
            head, *rest = block
            id, *ids = head.split()
            slots = []
            for line_ in rest:
                parts = line_.split(None, 1)
                if len(parts) == 2:
                    slots.append((parts[0], parts[1].strip()))
            members = [by_id[i] for i in ids if i in by_id]
            yield FactruCoref(id, members, slots)
        block = []


def read_factru(directory):
    """Documents of a factRuEval directory (e.g. ``<eval>/factru/devset``)."""
    directory = check_dir(directory, 'factRuEval directory')
    docs = []
    paths = sorted(directory.glob('book_*.txt'),
                   key=lambda p: (len(p.stem), p.stem))
    for path in paths:
        base = path.with_suffix('')
        text = path.read_text(encoding='utf-8-sig')
        spans = list(_parse_factru_spans(_lines(base.with_suffix('.spans'))))
        objects = list(_parse_factru_objects(
            _lines(base.with_suffix('.objects')), spans))
        corefs = list(_parse_factru_corefs(
            _lines(base.with_suffix('.coref')), objects))
        docs.append(FactruDoc(path.stem, text, spans, objects, corefs))
    if not docs:
        raise FileNotFoundError(f'no book_*.txt files in {directory}')
    return docs


@dataclass(frozen=True)
class BratEntity:
    id: str
    type: str
    start: int
    stop: int
    text: str


@dataclass
class BratDoc:
    id: str
    text: str
    entities: list


def read_brat_ann(path):
    """Continuous text-bound annotations (``T`` lines) of a brat .ann file;
    discontinuous ones (``start stop;start stop``) are skipped."""
    entities = []
    for line in _lines(Path(path)):
        if not line.startswith('T'):
            continue
        parts = line.split('\t')
        if len(parts) < 2:
            continue
        info = parts[1]
        if ';' in info:
            continue
        fields = info.split()
        if len(fields) != 3:
            continue
        type, start, stop = fields
        text = parts[2] if len(parts) > 2 else ''
        entities.append(BratEntity(parts[0], type, int(start), int(stop),
                                   text))
    return entities


def read_nerel(directory, splits=('dev',)):
    """Documents of NEREL splits under ``directory`` (e.g. ``<eval>/nerel``).
    Document ids are ``split/name``."""
    directory = check_dir(directory, 'NEREL directory')
    docs = []
    for split in splits:
        folder = check_dir(directory / split, f'NEREL split {split!r}')
        for path in sorted(folder.glob('*.txt')):
            # brat offsets count characters of the file as stored
            with open(path, encoding='utf-8', newline='') as file:
                text = file.read()
            entities = read_brat_ann(path.with_suffix('.ann'))
            docs.append(BratDoc(f'{split}/{path.stem}', text, entities))
    if not docs:
        raise FileNotFoundError(f'no .txt files in {directory} {splits}')
    return docs


@dataclass(frozen=True)
class BsnlpMention:
    surface: str
    base: str
    type: str
    entity: str


@dataclass
class BsnlpDoc:
    id: str
    text: str
    mentions: list
    lower: bool = False   # annotated in lower case: surfaces and forms compared so


BSNLP_HEADER_LINES = 4   # id, language, date, URL


def read_bsnlp_raw(path):
    """Title and text of a raw BSNLP file (the four header lines dropped)."""
    lines = _lines(Path(path))
    return '\n'.join(lines[BSNLP_HEADER_LINES:]).strip('\n')


def read_bsnlp_out(path):
    """Distinct gold mentions of an annotated .out file (first line the id)."""
    mentions = []
    seen = set()
    for line in _lines(Path(path))[1:]:
        parts = line.split('\t')
        if len(parts) < 4:
            continue
        surface, base, type, entity = (p.strip() for p in parts[:4])
        if (surface, type) in seen:   # the same mention listed twice
            continue
        seen.add((surface, type))
        mentions.append(BsnlpMention(surface, base, type, entity))
    return mentions


def bsnlp_annotation(topic, raw, language='ru'):
    """The annotation file of a raw file: ``ryan-ru_file_1.out`` for
    ``ryan-ru_file_1.txt``, or ``233.txt`` for ``file_233_ru.txt`` (the ec
    and trump topics); None if there is none."""
    folder = topic / 'annotated' / language
    candidates = [folder / f'{raw.stem}.out']
    number = re.search(r'\d+', raw.stem)
    if number:
        candidates.append(folder / f'{number.group()}.txt')
    return next((path for path in candidates if path.is_file()), None)


def read_bsnlp(directory, language='ru', topics=None):
    """Documents of the topics under ``directory`` (e.g. ``<eval>/bsnlp-dev``;
    all of them, or those named in ``topics``) having ``raw/<language>`` and
    ``annotated/<language>``. Ids are ``topic/name``. A document annotated
    wholly in lower case (``мишель обамой`` -> ``мишель обама``) is marked
    ``lower``."""
    directory = check_dir(directory, 'BSNLP directory')
    docs = []
    found = [directory] if (directory / 'raw').is_dir() else \
        sorted(p for p in directory.iterdir() if p.is_dir())
    for topic in found:
        if topics is not None and topic.name not in topics:
            continue
        raw = topic / 'raw' / language
        if not raw.is_dir() or not (topic / 'annotated' / language).is_dir():
            continue
        for path in sorted(raw.glob('*.txt')):
            out = bsnlp_annotation(topic, path, language)
            if out is None:
                log.warning('no annotation for %s', path)
                continue
            mentions = read_bsnlp_out(out)
            lower = bool(mentions) and all(m.surface == m.surface.lower() and m.base == m.base.lower()
                                           for m in mentions)
            docs.append(BsnlpDoc(f'{topic.name}/{path.stem}', read_bsnlp_raw(path), mentions, lower))
    if not docs:
        raise FileNotFoundError(f'no BSNLP documents under {directory}'
                                + (f' for {", ".join(topics)}' if topics else ''))
    return docs


@dataclass
class GoldDoc:
    id: str
    text: str
    entities: list          # gold entity dicts: type, name, aliases, optional
    path: Path = None       # the article file, for a run of the pipeline


def read_gold_corpus(texts, gold_json):
    """Documents of a hand-made gold file, in its order, with their texts read
    from ``texts`` (``<doc_id>.txt``) as `entity-pipeline run` reads them."""
    from pipeline.running.inputs import read_inputs

    gold_json = Path(gold_json)
    if not gold_json.is_file():
        raise FileNotFoundError(f'gold file not found at {gold_json.resolve()}: pass the gold directory '
                                f'(holding seeds.json, kz-dev.json, kz-dev/) with --gold-dir')
    texts = check_dir(texts, 'gold texts', 'the gold directory with --gold-dir')
    documents = json.loads(gold_json.read_text(encoding='utf-8'))['documents']
    paths = [texts / f'{document["doc_id"]}.txt' for document in documents]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        raise FileNotFoundError(f'gold documents without a text: {", ".join(missing)}')
    sources = {source.doc_id: source for source in read_inputs(paths)}
    return [GoldDoc(document['doc_id'], sources[document['doc_id']].text, document['entities'], path)
            for document, path in zip(documents, paths)]


def load_corpus(name, eval_dir=DEFAULT_EVAL_DIR, gold_dir=DEFAULT_GOLD_DIR):
    """Documents of corpus ``name`` (one of :data:`CORPORA`)."""
    if name == 'seeds':
        gold_dir = Path(gold_dir)
        return read_gold_corpus(gold_dir.parent / 'seeds', gold_dir / 'seeds.json')
    if name == 'kz-dev':
        gold_dir = Path(gold_dir)
        return read_gold_corpus(gold_dir / 'kz-dev', gold_dir / 'kz-dev.json')
    eval_dir = check_dir(eval_dir, 'evaluation directory')
    if name == 'factru':
        return read_factru(eval_dir / 'factru' / 'devset')
    if name.startswith('nerel-') and name in CORPORA:
        return read_nerel(eval_dir / 'nerel', (name.split('-', 1)[1],))
    if name.startswith('bsnlp-') and name in CORPORA:
        return read_bsnlp(eval_dir / 'bsnlp-dev', topics=(name.split('-', 1)[1],))
    raise ValueError(f'unknown corpus {name!r}; known: {", ".join(CORPORA)}')
