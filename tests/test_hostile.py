"""Hostile input and faults: nothing breaks a run, nothing is lost, output is stable.

The hostile corpus is built in a temporary folder: legacy code pages, BOMs,
UTF-16, CRLF, mixed scripts, empty/binary/oversized/foreign files, broken
jsonl and csv rows, duplicate ids, formula-like text and HTML in the text.
"""

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import CORPUS, ROOT

from pipeline import run
from pipeline.running import manifest
from pipeline.running.inputs import decode

MAX_BYTES = 20_000
ARTICLE = 'Спикер Сената Маулен Ашимбаев прибыл в Усть-Каменогорск. Аким области провёл встречу.'
MIXED = ('Қасым-Жомарт Тоқаев\u00a0встретился с\u200bАлиханом Смаиловым в Астане 12\u202fфевраля 2026 года.\r\n'
         'Кон\u00adституция 🇰🇿 — «Amanat» и e-Otinish: 15% роста, 1\u00a0000 тенге.\r\n')

# file name -> (bytes, expected status, hint in the error message)
GOOD = {
    'utf8.txt': (ARTICLE.encode('utf-8'), 'utf-8'),
    'bom.txt': (codecs.BOM_UTF8 + ARTICLE.encode('utf-8'), 'utf-8-sig'),
    'cp1251.txt': (ARTICLE.encode('cp1251'), 'cp1251'),
    'koi8r.txt': (ARTICLE.encode('koi8-r'), 'koi8-r'),
    'utf16.txt': (ARTICLE.encode('utf-16'), 'utf-16'),
    'crlf.txt': (ARTICLE.replace('. ', '.\r\n').encode('utf-8'), 'utf-8'),
    'mixed.txt': (MIXED.encode('utf-8'), 'utf-8'),
    'header.txt': (('date 2026-02-12\r\n' + ARTICLE).encode('utf-8'), 'utf-8'),
    'html.txt': ('<script>alert("x")</script> Маулен Ашимбаев & <b>Астана</b>'.encode('utf-8'), 'utf-8'),
    'formula.txt': ('=HYPERLINK("http://x") +7 701 -5 @Ашимбаев Маулен Ашимбаев'.encode('utf-8'), 'utf-8'),
}
BAD = {
    'empty.txt': (b'', 'empty file'),
    'blank.txt': (b'  \r\n\t\r\n', 'only whitespace'),
    'binary.txt': (b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + bytes(range(256)) * 4, 'binary'),
    'controls.txt': (bytes(range(1, 9)) * 50, 'binary'),
    'latin1.txt': ('Grüße aus München, café crème'.encode('latin-1'), 'save it as UTF-8'),
    'huge.txt': (('Маулен Ашимбаев. ' * 2000).encode('utf-8'), '--max-bytes'),
}
JSONL = [
    json.dumps({'id': 'j-good', 'text': ARTICLE, 'date': '2026-02-25'}, ensure_ascii=False),
    '{"id": "j-broken", "text": "оборвано',
    json.dumps({'id': 'j-notext'}),
    json.dumps({'text': ARTICLE}, ensure_ascii=False),
    '"just a string"',
    json.dumps({'id': 'j-surrogate', 'text': 'плохой \ud800'}),
    json.dumps({'id': 'j-huge', 'text': 'ы' * MAX_BYTES}, ensure_ascii=False),
    json.dumps({'id': 'utf8', 'text': 'Дубликат id из файла utf8.txt: Астана.'}, ensure_ascii=False),
]
CSV = ('id,text,date\n'
       'c-good,"' + ARTICLE + '",2026-03-11\n'
       'c-multiline,"Первая строка.\r\nВторая строка, Алматы.",\n'
       'c-extra,a,b,c,d\n'
       'c-empty,,\n')
ERROR_ROWS = {  # source suffix -> hint
    'feed.jsonl:2': 'broken JSON', 'feed.jsonl:3': 'no "text"', 'feed.jsonl:4': 'no "id"',
    'feed.jsonl:5': 'not an object', 'feed.jsonl:6': 'invalid characters', 'feed.jsonl:7': 'byte limit',
    'feed.csv:5': 'broken CSV', 'feed.csv:6': 'no "text"',
}


def make_hostile(folder):
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, (data, *_) in {**GOOD, **BAD}.items():
        (folder / name).write_bytes(data)
    (folder / 'feed.jsonl').write_text('\n'.join(JSONL) + '\n', encoding='utf-8')
    (folder / 'feed.csv').write_text(CSV, encoding='utf-8', newline='')
    (folder / 'not-an-article.pdf').write_bytes(b'%PDF-1.4')
    return folder


@pytest.fixture(scope='module')
def hostile(nlp, tmp_path_factory):
    folder = make_hostile(tmp_path_factory.mktemp('hostile'))
    output = tmp_path_factory.mktemp('hostile-out')
    result = run([folder], output_dir=output, nlp=nlp, max_bytes=MAX_BYTES)
    return folder, output, result


def test_every_bad_file_is_an_error_row_naming_it(hostile):
    folder, _, result = hostile
    documents = result['documents'].set_index('source')
    for name, (_, hint) in BAD.items():
        row = documents.loc[str(folder / name)]
        assert row.status == 'error', name
        assert name in row.error and hint in row.error, (name, row.error)
    for suffix, hint in ERROR_ROWS.items():
        row = documents.loc[f'{folder}/{suffix}']
        assert row.status == 'error' and hint in row.error and f'line {suffix.split(":")[1]}' in row.error, \
            (suffix, row.error)
    errors = documents[documents.status == 'error']
    assert len(errors) == len(BAD) + len(ERROR_ROWS)


def test_every_good_document_is_processed(hostile):
    folder, _, result = hostile
    by_source = result['documents'].set_index('source')
    for name, (_, encoding) in GOOD.items():
        row = by_source.loc[str(folder / name)]
        assert row.status == 'ok' and row.encoding == encoding, (name, row.error)
    documents = result['documents'].set_index('doc_id')
    assert documents.loc['j-good', 'date'] == '2026-02-25' and documents.loc['c-good', 'date'] == '2026-03-11'
    assert documents.loc['header', 'date'] == '2026-02-12'
    assert documents.loc['c-multiline', 'status'] == 'ok'
    # an id used twice (feed.jsonl's "utf8" and utf8.txt) is kept, made unique
    assert by_source.loc[str(folder / 'utf8.txt'), 'doc_id'] == 'utf8~2'
    assert by_source.loc[f'{folder}/feed.jsonl:8', 'doc_id'] == 'utf8'
    mentions = result['mentions']
    for doc_id in ('utf8~2', 'cp1251', 'koi8r', 'utf16', 'crlf', 'j-good', 'c-good'):
        names = set(mentions[mentions.doc_id == doc_id].normal)
        assert 'Маулен Ашимбаев' in names, (doc_id, names)


def test_hostile_offsets_point_into_the_file_text(hostile):
    folder, _, result = hostile
    texts = {}
    for row in result['documents'].itertuples():
        if row.status == 'ok' and row.source.endswith('.txt'):
            # the encoding column names the codec that reads the text the offsets point into
            with open(row.source, encoding=row.encoding, newline='') as file:
                texts[row.doc_id] = file.read()
            assert texts[row.doc_id] == decode(Path(row.source).read_bytes())[0]
    texts['j-good'] = texts['c-good'] = ARTICLE
    texts['c-multiline'] = 'Первая строка.\r\nВторая строка, Алматы.'
    for name in ('mentions', 'figures', 'dates'):
        for row in result[name].itertuples():
            if row.doc_id in texts:
                assert texts[row.doc_id][row.start:row.stop] == row.text, (name, row)


BOM_ARTICLE = ('Спикер Сената Маулен Ашимбаев 12 февраля 2026 года прибыл в Усть-Каменогорск.\n'
               'Аким области сообщил, что построено более 300 домов.\n')


@pytest.mark.parametrize('newline', ['\n', '\r\n'])
def test_offsets_into_a_file_with_a_bom(nlp, tmp_path, newline):
    path = tmp_path / 'bom.txt'
    path.write_bytes(codecs.BOM_UTF8 + BOM_ARTICLE.replace('\n', newline).encode('utf-8'))
    result = run([path], output_dir=tmp_path / 'out', nlp=nlp)
    [document] = result['documents'].itertuples()
    assert document.encoding == 'utf-8-sig'
    with open(path, encoding=document.encoding, newline='') as file:
        text = file.read()
    for name in ('mentions', 'figures', 'dates'):
        assert len(result[name]), name
        for row in result[name].itertuples():
            assert text[row.start:row.stop] == row.text, (name, row)


def test_hostile_run_writes_tables_manifest_and_report(hostile, tmp_path):
    folder, output, result = hostile
    assert manifest.verify(output) == []
    written = manifest.read(output)
    assert written['counts']['errors'] == len(BAD) + len(ERROR_ROWS)
    assert len(written['errors']) == written['counts']['errors']
    assert {entry['path'] for entry in written['input_files']} >= {str(folder / 'feed.jsonl'), str(folder / 'utf8.txt')}
    from pipeline.report import write_report
    index = write_report(output, tmp_path / 'report')
    # the text is data in a script file (the report's scripts put it in the page as text): no `</` can end a script there
    texts = ''.join(path.read_text(encoding='utf-8') for path in (tmp_path / 'report' / 'data').glob('texts-*.js'))
    assert '</' not in texts and '<script>alert(\\"x\\")<\\/script>' in texts and '<b>Астана<\\/b>' in texts
    assert '<script>alert' not in index.read_text(encoding='utf-8')


def test_excel_mode_defuses_formulas_and_default_csv_stays_exact(hostile, nlp, tmp_path):
    folder, output, result = hostile
    plain = (output / 'documents.csv').read_bytes()
    assert not plain.startswith(codecs.BOM_UTF8)
    run([folder / 'formula.txt'], output_dir=tmp_path, nlp=nlp, excel=True)
    excel = (tmp_path / 'mentions.csv').read_bytes()
    assert excel.startswith(codecs.BOM_UTF8)
    frame = pd.read_csv(tmp_path / 'mentions.csv', encoding='utf-8-sig', dtype=str, keep_default_na=False)
    cells = [cell for column in frame.columns for cell in frame[column]]
    assert not [cell for cell in cells if cell[:1] in ('=', '+', '-', '@')]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells), cells
    # the default CSV keeps the text exactly
    exact = pd.read_csv(output / 'mentions.csv', dtype=str, keep_default_na=False)
    assert any(cell.startswith('=HYPERLINK') for cell in exact.sentence)


def table_bytes(folder):
    return {path.name: path.read_bytes() for path in sorted(Path(folder).glob('*.csv'))}


def test_same_inputs_give_byte_identical_tables(nlp, tmp_path):
    folder = make_hostile(tmp_path / 'in')
    for path in sorted(CORPUS.glob('*.txt'))[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    run([folder], output_dir=tmp_path / 'one', nlp=nlp, max_bytes=MAX_BYTES)
    run([folder], output_dir=tmp_path / 'two', nlp=nlp, max_bytes=MAX_BYTES)
    one, two = table_bytes(tmp_path / 'one'), table_bytes(tmp_path / 'two')
    assert {'documents.csv', 'mentions.csv', 'entities.csv', 'figures.csv', 'dates.csv'} <= set(one)
    assert one == two
    # a rerun into the same folder replaces the tables: no duplicate rows
    run([folder], output_dir=tmp_path / 'one', nlp=nlp, max_bytes=MAX_BYTES)
    assert table_bytes(tmp_path / 'one') == one


@pytest.mark.parametrize('excel', [False, True])
def test_streamed_tables_are_the_bytes_of_the_in_memory_tables(hostile, nlp, tmp_path, excel):
    # the streamed writer formats cells itself (tables.csv_cells); pandas writes the in-memory tables
    folder = hostile[0]
    for path in sorted(CORPUS.glob('*.txt'))[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    one = run([folder], output_dir=tmp_path / 'streamed', nlp=nlp, max_bytes=MAX_BYTES, excel=excel, stream=True)
    two = run([folder], output_dir=tmp_path / 'frames', nlp=nlp, max_bytes=MAX_BYTES, excel=excel, stream=False)
    streamed, frames = table_bytes(tmp_path / 'streamed'), table_bytes(tmp_path / 'frames')
    assert set(streamed) == {f'{name}.csv' for name in ('documents', 'mentions', 'entities', 'figures', 'dates',
                                                         'roles')}
    assert streamed == frames
    # the manifest of a streamed run reads a summary of the documents (manifest.Documents), not the table
    for key in ('input_files', 'counts', 'errors'):
        assert one.manifest[key] == two.manifest[key], key
    assert one.manifest['counts']['errors'] == len(one.manifest['errors']) > 5
    assert any(entry['path'].endswith('feed.jsonl') and entry['sha256'] for entry in one.manifest['input_files'])


@pytest.mark.slow
def test_tables_the_workers_write_are_the_bytes_this_process_writes(hostile, nlp, cluster, tmp_path, written_parts):
    # error rows, a .jsonl file of many documents and odd encodings, in ranges written side by side
    folder = hostile[0]
    here = run([folder], output_dir=tmp_path / 'here', nlp=nlp, max_bytes=MAX_BYTES, stream=True)
    there = run([folder], output_dir=tmp_path / 'there', scheduler=cluster.client.scheduler.address,
                max_bytes=MAX_BYTES, stream=True)
    assert written_parts[0] is None and len(written_parts[1]) >= 2
    assert table_bytes(tmp_path / 'there') == table_bytes(tmp_path / 'here')
    for key in ('input_files', 'counts', 'errors'):
        assert there.manifest[key] == here.manifest[key], key
    assert any(entry['path'].endswith('feed.jsonl') and entry['sha256'] for entry in there.manifest['input_files'])


class Killed(BaseException):
    """Stands for SIGKILL/Ctrl-C in the middle of a run."""


@pytest.mark.parametrize('where', ['stage', 'write', 'rename'])
def test_a_killed_run_leaves_the_previous_tables(nlp, tmp_path, monkeypatch, where):
    first = tmp_path / 'first'
    first.mkdir()
    (first / 'a.txt').write_text(ARTICLE, encoding='utf-8')
    output = tmp_path / 'out'
    run([first], output_dir=output, nlp=nlp)
    before = table_bytes(output)
    second = tmp_path / 'second'
    second.mkdir()
    (second / 'b.txt').write_text('Аким Алматы провёл встречу в Астане.', encoding='utf-8')

    import pipeline.running.output as tables
    calls = []
    if where == 'stage':
        import pipeline.running.engine as api

        def broken(*args):
            raise Killed()
        monkeypatch.setattr(api, 'process_batch', broken)
    elif where == 'write':
        original = tables.write_csv

        def broken(frame, path, excel=False):
            calls.append(path)
            if len(calls) == 3:
                raise Killed()
            original(frame, path, excel)
        monkeypatch.setattr(tables, 'write_csv', broken)
    else:
        original = os.replace

        def broken(source, target):
            if Path(target).parent == output and str(target).endswith('.csv'):
                calls.append(target)
                if len(calls) == 3:
                    raise Killed()
            original(source, target)
        monkeypatch.setattr(tables.os, 'replace', broken)
    with pytest.raises(Killed):
        run([second], output_dir=output, nlp=nlp)
    monkeypatch.undo()
    after = table_bytes(output)
    if where == 'rename':
        # renames are the only window: the manifest, written last, tells a mixed set
        assert after != before and manifest.verify(output)
    else:
        assert after == before and manifest.verify(output) == []
    assert not list(output.glob('.tables-*'))
    # the rerun finishes and leaves one consistent set, no duplicate rows
    result = run([second], output_dir=output, nlp=nlp)
    assert manifest.verify(output) == []
    assert set(result['documents'].doc_id) == {'b'}
    assert not list(output.glob('.tables-*'))
    mentions = pd.read_csv(output / 'mentions.csv')
    assert not mentions.duplicated(['doc_id', 'start', 'stop']).any()


KILL_SCRIPT = '''
import sys, time, pathlib, spacy
import pipeline.running.output as tables
from pipeline.api import run
marker = pathlib.Path(sys.argv[3])
original = tables.write_csv
def slow(frame, path, excel=False):
    original(frame, path, excel)
    marker.write_text('writing')
    time.sleep(60)
tables.write_csv = slow
nlp = spacy.blank('ru')
nlp.add_pipe('sentencizer')
run([sys.argv[1]], output_dir=sys.argv[2], nlp=nlp)
'''


@pytest.mark.slow
def test_sigkill_while_writing_leaves_the_previous_tables(nlp, tmp_path):
    """A real SIGKILL (no cleanup code runs) in the middle of writing the tables."""
    inputs = tmp_path / 'in'
    inputs.mkdir()
    (inputs / 'a.txt').write_text(ARTICLE, encoding='utf-8')
    output = tmp_path / 'out'
    run([inputs], output_dir=output, nlp=nlp)
    before = table_bytes(output)
    (inputs / 'b.txt').write_text('Второй текст про Алматы.', encoding='utf-8')
    marker = tmp_path / 'marker'
    process = subprocess.Popen([sys.executable, '-c', KILL_SCRIPT, str(inputs), str(output), str(marker)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 120
        while not marker.exists() and process.poll() is None and time.time() < deadline:
            time.sleep(0.1)
        assert marker.exists(), process.stderr.read().decode()[-2000:] if process.poll() is not None else 'timeout'
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert table_bytes(output) == before
    assert manifest.verify(output) == []
    assert list(output.glob('.tables-*'))  # the killed run's scratch folder ...
    result = run([inputs], output_dir=output, nlp=nlp)
    assert not list(output.glob('.tables-*'))  # ... is cleared by the next run
    assert set(result['documents'].doc_id) == {'a', 'b'} and manifest.verify(output) == []
