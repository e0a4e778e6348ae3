"""Reading articles: folders, .txt files, globs, .jsonl and .csv.

Each input becomes a `Source` with its doc_id, decoded text and, where the
input cannot be used, an error message that says what to do. Nothing here
raises for bad input: one bad file never stops a run.
"""

import csv
import glob
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = ('.txt',)
TABLE_SUFFIXES = ('.jsonl', '.csv')
SUFFIXES = TEXT_SUFFIXES + TABLE_SUFFIXES
# Russian text decoded with the wrong single-byte code page is full of these
CYRILLIC = set('абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ')
COMMON = set('оеаинтсрвлкмдпуяыОЕАИНТСРВЛКМДПУ ')


class InputError(ValueError):
    """An input path that does not exist or holds no articles."""


@dataclass
class Source:
    doc_id: str
    source: str
    text: str = ''
    date: str = None
    encoding: str = None
    error: str = None
    sha256: str = None


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def score_cyrillic(text):
    return sum(char in COMMON for char in text) / max(1, len(text))


def decode(data):
    """(text, encoding) of file bytes: UTF-8 (BOM allowed), else cp1251/KOI8-R."""
    if b'\x00' in data[:8192]:
        raise UnicodeError('binary file (NUL bytes)')
    try:
        return data.decode('utf-8-sig'), 'utf-8'
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ('cp1251', 'koi8-r'):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((score_cyrillic(text), encoding, text))
    if not candidates or max(candidates)[0] < 0.2:
        raise UnicodeError('not UTF-8, cp1251 or KOI8-R text')
    _, encoding, text = max(candidates)
    return text, encoding


def doc_id_of(path, root):
    relative = Path(os.path.relpath(path, root)) if root else Path(Path(path).name)
    return relative.with_suffix('').as_posix() if relative.suffix == '.txt' else relative.as_posix()


def expand(inputs):
    """(path, root) pairs of article files under the given paths and globs."""
    found = []
    for item in inputs:
        item = str(item)
        path = Path(item)
        if path.is_dir():
            for file in sorted(path.rglob('*')):
                if file.is_file() and file.suffix.lower() in SUFFIXES:
                    found.append((file, path))
        elif path.is_file():
            found.append((path, None))
        else:
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError(f'no such file, folder or glob: {item}')
            found.extend((Path(match), None) for match in matches if Path(match).is_file())
    return found


def read_text_file(path, root, max_bytes):
    doc_id = doc_id_of(path, root)
    source = Source(doc_id=doc_id, source=str(path))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            source.error = f'{path}: {size} bytes is over the {max_bytes}-byte limit; split the file or raise --max-bytes'
            return source
        data = path.read_bytes()
    except OSError as error:
        source.error = f'{path}: cannot read ({error.strerror or error}); check the file permissions'
        return source
    source.sha256 = sha256(data)
    if not data.strip():
        source.error = f'{path}: empty file; nothing to extract'
        return source
    try:
        source.text, source.encoding = decode(data)
    except UnicodeError as error:
        source.error = f'{path}: {error}; save it as UTF-8 text'
    return source


def table_rows(path):
    """Rows of a .jsonl or .csv file as (line, dict or error message)."""
    if path.suffix.lower() == '.jsonl':
        with open(path, encoding='utf-8-sig', errors='replace') as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    if not isinstance(row, dict):
                        raise ValueError('not an object')
                    yield number, row
                except ValueError as error:
                    yield number, f'broken JSON ({error})'
    else:
        with open(path, encoding='utf-8-sig', errors='replace', newline='') as file:
            reader = csv.DictReader(file)
            try:
                for number, row in enumerate(reader, 2):
                    yield number, row
            except csv.Error as error:
                yield reader.line_num, f'broken CSV ({error})'


def read_table_file(path, max_bytes):
    for number, row in table_rows(path):
        if isinstance(row, str):
            yield Source(doc_id=f'{path.name}:{number}', source=f'{path}:{number}',
                         error=f'{path}, line {number}: {row}; fix or remove the row')
            continue
        doc_id = str(row.get('id') or '').strip()
        text = row.get('text')
        source = Source(doc_id=doc_id or f'{path.name}:{number}', source=f'{path}:{number}',
                        date=(str(row.get('date')).strip() or None) if row.get('date') else None)
        if not doc_id:
            source.error = f'{path}, line {number}: no "id"; every row needs id and text'
        elif not isinstance(text, str) or not text.strip():
            source.error = f'{path}, line {number}: no "text"; every row needs id and text'
        elif len(text.encode('utf-8')) > max_bytes:
            source.error = f'{path}, line {number}: text over the {max_bytes}-byte limit'
        else:
            source.text = text
            source.encoding = 'utf-8'
            source.sha256 = sha256(text.encode('utf-8'))
        yield source


def read_inputs(inputs, max_bytes=DEFAULT_MAX_BYTES):
    """Sources for every article in the inputs, lazily, in a stable order."""
    for path, root in expand(inputs):
        if path.suffix.lower() in TABLE_SUFFIXES:
            yield from read_table_file(path, max_bytes)
        else:
            yield read_text_file(path, root, max_bytes)
