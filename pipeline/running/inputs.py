"""Reading articles: folders, .txt files, globs, .jsonl and .csv.

Each input becomes a `Source` with its doc_id, decoded text and, where the
input cannot be used, an error message that names the file and says what to
do. Nothing here raises for bad input: one bad file never stops a run. Only a
path that does not exist raises `InputError`, before anything is read.

Encodings: UTF-8 (with or without BOM), UTF-16 with a BOM, and the two legacy
Russian code pages, cp1251 and KOI8-R, told apart by letter frequencies and
letter case. The text of a document is the decoded file text exactly as read
(only a BOM is dropped): every offset in the tables points into it, and the
encoding reported is the codec that reads it so, BOM dropped: `utf-8-sig` for
UTF-8 with a BOM, `utf-16` for UTF-16.
"""

import codecs
import csv
import glob
import hashlib
import json
import math
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = ('.txt',)
TABLE_SUFFIXES = ('.jsonl', '.csv')
SUFFIXES = TEXT_SUFFIXES + TABLE_SUFFIXES
LEGACY_ENCODINGS = ('cp1251', 'koi8-r')
SNIFF_BYTES = 256 * 1024
# how much of a legacy file the letter-frequency scores read: a 5 MB cp1251 file
# took 12 s scored whole, 0.2 s so; a code page shows in far fewer letters
SCORE_BYTES = 64 * 1024
NO_LIMIT = 1 << 40

# Russian letter frequencies (per cent); other letters count as rare
FREQUENCIES = {
    'о': 10.97, 'е': 8.45, 'а': 8.01, 'и': 7.35, 'н': 6.70, 'т': 6.26, 'с': 5.47, 'р': 4.73, 'в': 4.54,
    'л': 4.40, 'к': 3.49, 'м': 3.21, 'д': 2.98, 'п': 2.81, 'у': 2.62, 'я': 2.01, 'ы': 1.90, 'ь': 1.74,
    'г': 1.70, 'з': 1.65, 'б': 1.59, 'ч': 1.44, 'й': 1.21, 'х': 0.97, 'ж': 0.94, 'ш': 0.73, 'ю': 0.64,
    'ц': 0.48, 'щ': 0.36, 'э': 0.32, 'ф': 0.26, 'ъ': 0.04, 'ё': 0.04,
}
LOG_FREQUENCIES = {letter: math.log(share / 100) for letter, share in FREQUENCIES.items()}
RARE = math.log(0.0001)
WORD_RE = re.compile(r'[^\W\d_]+')
# control characters that never occur in text (tab, line and page breaks do)
CONTROL_RE = re.compile(r'[\x00-\x08\x0e-\x1f\x7f]')
SURROGATE_RE = re.compile(r'[\ud800-\udfff]')


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


def is_cyrillic(char):
    return '\u0400' <= char <= '\u04ff'


def word_plausible(word):
    """A word in the right code page is one script and lower case or starts with a capital.

    The wrong one of cp1251/KOI8-R swaps the case of every letter: `Маулен`
    comes out as `мАУЛЕН`.
    """
    cyrillic = sum(map(is_cyrillic, word))
    if cyrillic and cyrillic != len(word):
        return False
    return word.islower() or word[0].isupper()


def legacy_score(text):
    """(plausible share of Cyrillic words, mean log letter frequency) of a decoding."""
    words = [word for word in WORD_RE.findall(text) if any(map(is_cyrillic, word))]
    if not words:
        return 0.0, RARE
    plausible = sum(map(word_plausible, words)) / len(words)
    letters = [char for word in words for char in word.lower() if is_cyrillic(char)]
    likelihood = sum(LOG_FREQUENCIES.get(char, RARE) for char in letters) / len(letters)
    # letters outside words: box drawing and the like of a wrong code page
    odd = sum(1 for char in text if ord(char) > 0x7f and unicodedata.category(char)[0] in 'SC'
              and char not in '«»№€°±§©®™•…–—‘’‚“”„†‡‰‹›')
    return plausible - odd / max(1, len(text)), likelihood


def check_text(text):
    """Raise UnicodeError for text that is really binary data."""
    controls = len(CONTROL_RE.findall(text))
    if controls and controls > max(2, len(text) // 100):
        raise UnicodeError('binary file (control bytes)')


def detect_legacy(data):
    """(text, encoding) of bytes in cp1251 or KOI8-R, or UnicodeError.

    Hand code rather than charset-normalizer (3.5, restricted to cp1251 and
    KOI8-R): both name the code page of every seed, every seed line over 20
    characters (81/81) and 200 NEREL texts (231/231) in either code page, but
    charset-normalizer takes short and all-caps KOI8-R for cp1251 (`ООН`, `Мир`,
    `СРОЧНО`, `АКИМ ОБЛАСТИ`: 36/51 short texts right against 49/51 here). It
    is faster on long texts (0.25 ms a NEREL text against 2.4 ms; 0.02 s a 5 MB
    file against 12 s), which scoring only the first SCORE_BYTES brings to 0.2 s,
    little beside the minutes such a file takes to process.
    """
    candidates = []
    for encoding in LEGACY_ENCODINGS:
        try:
            sample = data[:SCORE_BYTES].decode(encoding)
        except UnicodeDecodeError:
            continue
        plausible, likelihood = legacy_score(sample)
        candidates.append((plausible * 10 + likelihood, plausible, encoding))
    for _, plausible, encoding in sorted(candidates, reverse=True):
        if plausible < 0.8:
            break
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:  # a byte past the sample that this code page lacks
            continue
    raise UnicodeError('not UTF-8, cp1251 or KOI8-R text')


def decode(data):
    """(text, encoding) of file bytes: UTF-8 (BOM allowed), UTF-16 with BOM, else cp1251/KOI8-R.

    Raises UnicodeError for binary data and text in any other encoding.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode('utf-16')
        except UnicodeDecodeError as error:
            raise UnicodeError(f'broken UTF-16 ({error.reason} at byte {error.start})') from None
        check_text(text)
        return text, 'utf-16'
    if b'\x00' in data[:8192]:
        raise UnicodeError('binary file (NUL bytes)')
    # with a BOM `utf-8-sig`: the codec that gives the text the offsets point into
    codec = 'utf-8-sig' if data.startswith(codecs.BOM_UTF8) else 'utf-8'
    try:
        text, encoding = data.decode(codec), codec
    except UnicodeDecodeError:
        bad = invalid_utf8(data)
        if bad is not None:
            # UTF-8 with a few broken bytes: keep the text, mark each broken byte U+FFFD
            text = data.decode(codec, errors='replace')
            encoding = f'{codec} ({bad} invalid byte{"s" if bad > 1 else ""} replaced)'
        else:
            text, encoding = detect_legacy(data)
    check_text(text)
    return text, encoding


def invalid_utf8(data):
    """The number of invalid bytes of mostly-UTF-8 data (one per ten good characters at most), else None."""
    text = data.decode('utf-8', errors='surrogateescape')
    bad = len(SURROGATE_RE.findall(text))
    good = sum(1 for char in text if ord(char) > 0x7f) - bad
    return bad if bad and good >= 10 * bad else None


def sniff_encoding(head):
    """The encoding of a table file from its first bytes (a cut character allowed)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return 'utf-16'
    if b'\x00' in head[:8192]:
        raise UnicodeError('binary file (NUL bytes)')
    try:
        codecs.getincrementaldecoder('utf-8')().decode(head, final=False)
        return 'utf-8-sig'
    except UnicodeDecodeError:
        pass
    if invalid_utf8(head) is not None:
        return 'utf-8-sig'
    try:
        return detect_legacy(head)[1]
    except UnicodeError:
        # mostly UTF-8 with some broken bytes: read as UTF-8, the broken rows become errors
        return 'utf-8-sig'


def clean_path(path):
    """A path as printable text: undecodable bytes of a file name become U+FFFD."""
    text = str(path)
    if SURROGATE_RE.search(text):
        text = text.encode('utf-8', 'surrogateescape').decode('utf-8', 'replace')
    return text


def doc_id_of(path, root):
    relative = Path(os.path.relpath(path, root)) if root else Path(Path(path).name)
    doc_id = relative.with_suffix('').as_posix() if relative.suffix.lower() in TEXT_SUFFIXES else relative.as_posix()
    return clean_path(doc_id)


def expand(inputs):
    """(path, root) pairs of article files under the given paths and globs."""
    found = []
    for item in inputs:
        item = os.fspath(item)
        if isinstance(item, bytes):
            item = os.fsdecode(item)
        path = Path(item)
        if path.is_dir():
            for file in sorted(path.rglob('*')):
                if file.suffix.lower() in SUFFIXES and file.is_file():
                    found.append((file, path))
        elif path.is_file():
            found.append((path, None))
        else:
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError(f'no such file, folder or glob: {item}')
            for match in matches:
                match = Path(match)
                if match.is_file():
                    found.append((match, None))
                elif match.is_dir():
                    found.extend((file, match) for file in sorted(match.rglob('*'))
                                 if file.suffix.lower() in SUFFIXES and file.is_file())
    return found


def read_text_file(path, root, max_bytes):
    doc_id = doc_id_of(path, root)
    name = clean_path(path)
    source = Source(doc_id=doc_id, source=name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            source.error = f'{name}: {size} bytes is over the {max_bytes}-byte limit; split the file or raise --max-bytes'
            return source
        data = path.read_bytes()
    except OSError as error:
        source.error = f'{name}: cannot read ({error.strerror or error}); check the file permissions'
        return source
    source.sha256 = sha256(data)
    if not data:
        source.error = f'{name}: empty file; nothing to extract (remove it or add the text)'
        return source
    try:
        source.text, source.encoding = decode(data)
    except UnicodeError as error:
        source.error = f'{name}: {error}; save it as UTF-8 text'
        return source
    if not source.text.strip():
        source.text = ''
        source.error = f'{name}: only whitespace; nothing to extract (remove it or add the text)'
    return source


def open_table(path):
    """A text stream of a .jsonl/.csv file in its detected encoding; broken bytes kept as surrogates."""
    with open(path, 'rb') as file:
        head = file.read(SNIFF_BYTES)
    encoding = sniff_encoding(head)
    stream = open(path, encoding=encoding, errors='surrogateescape', newline='')
    return stream, 'utf-8' if encoding == 'utf-8-sig' else encoding


def table_rows(path, max_bytes=DEFAULT_MAX_BYTES):
    """Rows of a .jsonl or .csv file as (line, dict or error message, encoding)."""
    try:
        stream, encoding = open_table(path)
    except UnicodeError as error:
        yield 1, f'{error}; save it as UTF-8', None
        return
    except OSError as error:
        yield 1, f'cannot read ({error.strerror or error}); check the file permissions', None
        return
    with stream:
        if path.suffix.lower() == '.jsonl':
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    if not isinstance(row, dict):
                        raise ValueError(f'a JSON {type(row).__name__}, not an object')
                    yield number, row, encoding
                except ValueError as error:
                    if SURROGATE_RE.search(line):
                        yield number, 'bytes that are not UTF-8 text', encoding
                    else:
                        yield number, f'broken JSON ({error})', encoding
            return
        limit = max(csv.field_size_limit(), 4 * max_bytes + 1024)
        csv.field_size_limit(limit)
        reader = csv.reader(stream)
        header = None
        last = 0
        while True:
            start = last + 1
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                last = reader.line_num
                yield start, f'broken CSV ({error})', encoding
                continue
            last = reader.line_num
            if header is None:
                header = [column.strip().lower() for column in record]
                if 'text' not in header:
                    yield start, f'no "text" column in the header ({", ".join(header)[:200]})', encoding
                    return
                continue
            if not any(field.strip() for field in record):
                continue
            if len(record) > len(header):
                yield start, f'broken CSV ({len(record)} fields, the header has {len(header)})', encoding
                continue
            record += [''] * (len(header) - len(record))
            yield start, dict(zip(header, record)), encoding


def read_table_file(path, max_bytes):
    name = clean_path(path)
    for number, row, encoding in table_rows(path, max_bytes):
        where = f'{name}:{number}'
        if isinstance(row, str):
            yield Source(doc_id=f'{Path(name).name}:{number}', source=where, encoding=encoding,
                         error=f'{name}, line {number}: {row}; fix or remove the row')
            continue
        raw_id = row.get('id')
        doc_id = str(raw_id).strip() if raw_id is not None and not isinstance(raw_id, (dict, list)) else ''
        text = row.get('text')
        date = row.get('date')
        date = (str(date).strip() or None) if date not in (None, '') and not isinstance(date, (dict, list)) else None
        bad = any(SURROGATE_RE.search(value) for value in (doc_id, date, text) if isinstance(value, str))
        source = Source(doc_id=(doc_id if not bad else '') or f'{Path(name).name}:{number}', source=where,
                        date=None if bad else date, encoding=encoding)
        if bad:
            source.error = (f'{name}, line {number}: invalid characters (bytes that are not UTF-8, '
                            f'or lone surrogate escapes); fix the row')
        elif not doc_id:
            source.error = f'{name}, line {number}: no "id"; every row needs id and text'
        elif not isinstance(text, str) or not text.strip():
            source.error = f'{name}, line {number}: no "text"; every row needs id and text'
        elif len(text.encode('utf-8')) > max_bytes:
            source.error = (f'{name}, line {number}: text over the {max_bytes}-byte limit; '
                            f'split the text or raise --max-bytes')
        elif CONTROL_RE.search(text) and len(CONTROL_RE.findall(text)) > max(2, len(text) // 100):
            source.error = f'{name}, line {number}: text full of control characters (binary?); fix the row'
        else:
            source.text = text
            source.sha256 = sha256(text.encode('utf-8'))
        yield source


def unique_ids(sources):
    """Sources with unique doc_ids: a repeated id gets `~2`, `~3`, ... (the source column tells which)."""
    seen = set()
    for source in sources:
        if source.doc_id in seen:
            number = 2
            while f'{source.doc_id}~{number}' in seen:
                number += 1
            source.doc_id = f'{source.doc_id}~{number}'
        seen.add(source.doc_id)
        yield source


def read_files(files, max_bytes):
    for path, root in files:
        if path.suffix.lower() in TABLE_SUFFIXES:
            yield from read_table_file(path, max_bytes)
        else:
            yield read_text_file(path, root, max_bytes)


def read_inputs(inputs, max_bytes=DEFAULT_MAX_BYTES):
    """Sources for every article in the inputs, lazily, in a stable order.

    Paths are checked at once (InputError for one that does not exist); files
    are read as the sources are consumed.
    """
    if isinstance(inputs, (str, bytes)) or hasattr(inputs, '__fspath__'):
        inputs = [inputs]
    return unique_ids(read_files(expand(inputs), max_bytes))


def split_source(source):
    """(path, line or None) of a `source` value of the documents table."""
    path, _, line = str(source).rpartition(':')
    if path and line.isdigit() and Path(path).suffix.lower() in TABLE_SUFFIXES:
        return path, int(line)
    return str(source), None


def reread(documents, max_bytes=None):
    """{doc_id: text} of documents read again from their `source` files.

    `documents` are rows (dicts) of the documents table. A text is given only
    when its sha256 still matches: a file changed since the run is left out.
    """
    texts = {}
    by_table = {}
    for row in documents:
        if row.get('status') != 'ok':
            continue
        path, line = split_source(row['source'])
        if line is None:
            source = read_text_file(Path(path), None, max_bytes or NO_LIMIT)
            if not source.error and source.sha256 == row.get('sha256'):
                texts[row['doc_id']] = source.text
        else:
            by_table.setdefault(path, {})[line] = row
    for path, rows in by_table.items():
        if not Path(path).is_file():
            continue
        for source in read_table_file(Path(path), max_bytes or NO_LIMIT):
            _, line = split_source(source.source)
            row = rows.get(line)
            if row is not None and not source.error and source.sha256 == row.get('sha256'):
                texts[row['doc_id']] = source.text
    return texts
