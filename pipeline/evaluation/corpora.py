"""Readers of the public Russian corpora, kept outside the repository (default
``../shared/eval`` relative to the working directory).

* ``factru``  factRuEval-2016 devset (``factru/devset``): text, spans, objects
  and coref entities with their name slots.
* ``nerel``   NEREL v1.1 (``nerel/<split>``, brat): continuous text-bound
  annotations.
* ``bsnlp``   BSNLP-2019 (``bsnlp-dev/<topic>/{raw,annotated}/ru``): the gold
  mentions of each document with base form, type and entity id.

Every document has an ``id`` stable across runs (``book_N``, ``split/name``,
``topic/name``) and a ``text``; readers return documents in a fixed order.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_EVAL_DIR = Path('../shared/eval')
CORPORA = ('factru', 'nerel', 'bsnlp')


def check_dir(path, what):
    """``path`` as a Path; a missing folder is named with a hint."""
    path = Path(path)
    if not path.is_dir():
        raise FileNotFoundError(
            f'{what} not found at {path.resolve()}: pass the evaluation '
            f'directory (holding factru/, nerel/, bsnlp-dev/) with --eval-dir')
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


def read_bsnlp(directory, language='ru'):
    """Documents of every topic under ``directory`` (e.g. ``<eval>/bsnlp-dev``)
    having ``raw/<language>`` and ``annotated/<language>``. Ids are
    ``topic/name``."""
    directory = check_dir(directory, 'BSNLP directory')
    docs = []
    topics = [directory] if (directory / 'raw').is_dir() else \
        sorted(p for p in directory.iterdir() if p.is_dir())
    for topic in topics:
        raw = topic / 'raw' / language
        annotated = topic / 'annotated' / language
        if not raw.is_dir() or not annotated.is_dir():
            continue
        for path in sorted(raw.glob('*.txt')):
            out = annotated / (path.stem + '.out')
            if not out.exists():
                log.warning('no annotation for %s', path)
                continue
            docs.append(BsnlpDoc(f'{topic.name}/{path.stem}',
                                 read_bsnlp_raw(path), read_bsnlp_out(out)))
    if not docs:
        raise FileNotFoundError(f'no BSNLP documents under {directory}')
    return docs


def load_corpus(name, eval_dir, nerel_splits=('dev',)):
    """Documents of corpus ``name`` (one of :data:`CORPORA`) under
    ``eval_dir``."""
    eval_dir = check_dir(eval_dir, 'evaluation directory')
    if name == 'factru':
        return read_factru(eval_dir / 'factru' / 'devset')
    if name == 'nerel':
        return read_nerel(eval_dir / 'nerel', nerel_splits)
    if name == 'bsnlp':
        return read_bsnlp(eval_dir / 'bsnlp-dev')
    raise ValueError(f'unknown corpus {name!r}; known: {", ".join(CORPORA)}')
