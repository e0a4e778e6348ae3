"""The review app's backend: the token, each edit as a corrections row and its rebuilt tables,
the audit's sample, Wilson intervals and Cohen's kappa."""

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from pipeline.review import audit
from pipeline.review.tables import Tables

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / 'corpus'


def call(server, path, body=None, token=True, headers=None):
    """(status, parsed JSON or text) of a request to the server."""
    host, port = server.server_address[:2]
    request = urllib.request.Request(f'http://{host}:{port}{path}', method='POST' if body is not None else 'GET',
                                     data=json.dumps(body).encode() if body is not None else None)
    if body is not None:
        request.add_header('Content-Type', 'application/json')
    if token:
        request.add_header('X-Review-Token', server.token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request) as response:
            status, text, kind = response.status, response.read().decode(), response.headers['Content-Type']
    except urllib.error.HTTPError as error:
        status, text, kind = error.code, error.read().decode(), error.headers['Content-Type']
    return status, json.loads(text) if kind.startswith('application/json') else text


def table(output, name):
    return pd.read_csv(output / f'{name}.csv', keep_default_na=False)


def corrections(output):
    with open(output / 'corrections.csv', encoding='utf-8', newline='') as file:
        return list(csv.DictReader(file))


@pytest.mark.parametrize('path, body, headers', [
    ('/', None, {}),
    ('/index.html', None, {}),
    ('/api/state', None, {}),
    ('/api/audit/summary', None, {}),
    ('/review/review.js', None, {}),
    ('/api/edit', {'action': 'rename', 'entity_id': 'x', 'name': 'y'}, {}),
    ('/api/state', None, {'X-Review-Token': 'wrong'}),
    ('/api/state', None, {'Cookie': 'entity_review_token=wrong'}),
    ('/?token=wrong', None, {}),
])
def test_a_request_without_the_token_gets_403(server, output, path, body, headers):
    status, _ = call(server, path, body, token=False, headers=headers)
    assert status == 403
    assert not (output / 'corrections.csv').exists()


def test_the_token_in_the_address_becomes_a_cookie(server):
    host, port = server.server_address[:2]
    with urllib.request.urlopen(f'http://{host}:{port}/?token={server.token}') as response:
        cookie = response.headers['Set-Cookie']
        page = response.read().decode()
        policy = response.headers['Content-Security-Policy']
    assert '/review/review.js' in page
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    value = re.match(r'([^;]+);', cookie).group(1)
    assert 'HttpOnly' in cookie and 'SameSite=Strict' in cookie
    assert call(server, '/api/state', token=False, headers={'Cookie': value})[0] == 200


def test_it_listens_on_this_machine_only_by_default(server):
    assert server.server_address[0] == '127.0.0.1'
    assert server.url.startswith(f'http://127.0.0.1:{server.server_address[1]}/?token=')


def test_rebuilt_tables_without_corrections_are_the_runs(run_folder, tmp_path):
    folder = tmp_path / 'out'
    shutil.copytree(run_folder, folder)
    Tables(folder, report=False).rebuild()
    for name in ('documents', 'mentions', 'entities', 'figures', 'dates', 'roles'):
        assert (folder / f'{name}.csv').read_bytes() == (run_folder / f'{name}.csv').read_bytes(), name
    from pipeline.running.manifest import verify
    assert verify(folder) == []


@pytest.mark.parametrize('format, told', [
    ('4', 'format 4, this one reads'),   # an earlier version's rows: zlib bytes marshal cannot read
    (None, 'format unknown'),            # no format row at all
])
def test_a_cache_of_another_format_is_refused_in_one_line(run_folder, tmp_path, capsys, monkeypatch, format, told):
    import sqlite3

    from pipeline.cli import main
    from pipeline.review.server import ReviewServer
    monkeypatch.setattr(ReviewServer, 'serve_forever', lambda self, *args, **options: None)  # a miss must not hang
    folder = tmp_path / 'out'
    shutil.copytree(run_folder, folder)
    with sqlite3.connect(folder / '.cache' / 'rows.sqlite') as db:
        db.execute("DELETE FROM meta WHERE name = 'format'")
        if format:
            db.execute("INSERT INTO meta VALUES ('format', ?)", (format,))
    db.close()
    assert main(['review', str(folder), '--no-browser']) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith('error: ') and told in lines[0], lines
    assert 'run the pipeline again' in lines[0]


def first(frame, **wanted):
    for column, value in wanted.items():
        frame = frame[frame[column] == value]
    return frame.iloc[0].to_dict()


def edit_of(action, mentions, entities):
    """(request, expected corrections row, check(mentions, entities) of the rebuilt tables)."""
    person = first(mentions, type='PER')
    where = {'doc_id': person['doc_id'], 'start': int(person['start']), 'stop': int(person['stop'])}
    at = (person['doc_id'], person['start'], person['stop'])

    def mention(frame):
        found = frame[(frame.doc_id == at[0]) & (frame.start == at[1]) & (frame.stop == at[2])]
        return found.iloc[0].to_dict() if len(found) else None

    persons = entities[entities.type == 'PER'].sort_values('mentions', ascending=False)
    big, small = persons.iloc[0].to_dict(), persons.iloc[1].to_dict()
    if action == 'drop':
        return {'action': 'drop', **where}, where, lambda m, e: mention(m) is None
    if action == 'type':
        return ({'action': 'type', 'type': 'ORG', **where}, {**where, 'type': 'ORG'},
                lambda m, e: mention(m)['type'] == 'ORG' and mention(m)['corrected'])
    if action == 'move':
        other = persons[persons.entity_id != person['entity_id']].iloc[0]['entity_id']
        return ({'action': 'type', 'type': 'PER', 'entity_id': other, **where},
                {**where, 'type': 'PER', 'entity_id': other}, lambda m, e: mention(m)['entity_id'] == other)
    if action == 'add':
        text = (CORPUS / f'{person["doc_id"]}.txt').read_text(encoding='utf-8-sig')
        start = next(match.start() for match in re.finditer(r'\w{6,}', text)
                     if not ((mentions.doc_id == person['doc_id']) & (mentions.start <= match.start())
                             & (mentions.stop > match.start())).any())
        stop = start + len(re.match(r'\w+', text[start:]).group())
        added = {'doc_id': person['doc_id'], 'start': start, 'stop': stop}
        return ({'action': 'add', 'type': 'ORG', 'name': 'Проверка', **added}, {**added, 'type': 'ORG', 'name': 'Проверка'},
                lambda m, e: ((m.doc_id == added['doc_id']) & (m.start == start) & (m.stop == stop)
                              & (m.source == 'correction') & (m.normal == 'Проверка')).sum() == 1)
    if action == 'merge':
        return ({'action': 'merge', 'entity_id': small['entity_id'], 'into': big['entity_id']},
                {'entity_id': small['entity_id'], 'into': big['entity_id']},
                lambda m, e: small['entity_id'] not in set(e.entity_id) and small['entity_id'] not in set(m.entity_id)
                and int(first(e, entity_id=big['entity_id'])['mentions']) == big['mentions'] + small['mentions'])
    if action == 'rename':
        return ({'action': 'rename', 'entity_id': big['entity_id'], 'name': 'Иван  Проверкин'},
                {'entity_id': big['entity_id'], 'name': 'Иван Проверкин'},
                lambda m, e: first(e, entity_id=big['entity_id'])['name'] == 'Иван Проверкин')
    raise ValueError(action)


@pytest.mark.parametrize('action', ['drop', 'type', 'move', 'add', 'merge', 'rename'])
def test_each_edit_appends_its_row_and_rebuilds_the_tables(server, output, action):
    request, expected, check = edit_of(action, table(output, 'mentions'), table(output, 'entities'))
    assert not check(table(output, 'mentions'), table(output, 'entities'))
    status, answer = call(server, '/api/edit', request)
    assert status == 200, answer
    rows = corrections(output)
    assert len(rows) == 1
    wanted = {'action': 'type' if action == 'move' else action, **{key: str(value) for key, value in expected.items()}}
    assert {key: value for key, value in rows[0].items() if value} == wanted
    assert check(table(output, 'mentions'), table(output, 'entities'))
    manifest = json.loads((output / 'run.json').read_text(encoding='utf-8'))
    assert [row['status'] for row in manifest['corrections']['rows']] == ['applied']
    from pipeline.running.manifest import verify
    assert verify(output) == []


def test_edits_accumulate_in_file_order(server, output):
    mentions, entities = table(output, 'mentions'), table(output, 'entities')
    for action in ('rename', 'drop'):
        assert call(server, '/api/edit', edit_of(action, mentions, entities)[0])[0] == 200
    assert [row['action'] for row in corrections(output)] == ['rename', 'drop']
    for action in ('rename', 'drop'):
        assert edit_of(action, mentions, entities)[2](table(output, 'mentions'), table(output, 'entities'))


@pytest.mark.parametrize('request_body, message', [
    ({'action': 'drop', 'doc_id': 'nothing', 'start': 1, 'stop': 2}, 'no mention at nothing:1-2'),
    ({'action': 'explode'}, 'unknown action'),
    ({'action': 'merge', 'entity_id': 'PER-1'}, 'merge needs into'),
    ({'action': 'drop', 'doc_id': 'a', 'start': 'one', 'stop': 2}, 'start must be a whole number'),
    ({'action': 'rename', 'entity_id': 'PER-nobody', 'name': 'X'}, 'no entity PER-nobody'),
])
def test_an_edit_that_matches_nothing_is_refused_and_not_written(server, output, request_body, message):
    status, answer = call(server, '/api/edit', request_body)
    assert status == 400 and message in answer['error']
    assert not (output / 'corrections.csv').exists()


def test_a_row_goes_under_the_header_of_a_hand_edited_file(server, output):
    mentions, entities = table(output, 'mentions'), table(output, 'entities')
    request, _, check = edit_of('rename', mentions, entities)
    (output / 'corrections.csv').write_text('action,entity_id,name,note\n# by hand\n', encoding='utf-8')
    assert call(server, '/api/edit', request)[0] == 200
    lines = (output / 'corrections.csv').read_text(encoding='utf-8').splitlines()
    assert lines[:2] == ['action,entity_id,name,note', '# by hand']
    assert lines[2] == f'rename,{request["entity_id"]},Иван Проверкин,'
    assert check(table(output, 'mentions'), table(output, 'entities'))


@pytest.mark.parametrize('successes, trials, low, high', [
    (8, 10, 0.4902, 0.9433),
    (0, 10, 0.0, 0.2775),
    (10, 10, 0.7225, 1.0),
    (50, 100, 0.4038, 0.5962),
    (0, 0, 0.0, 1.0),
])
def test_wilson_interval(successes, trials, low, high):
    assert audit.wilson(successes, trials) == pytest.approx((low, high), abs=5e-5)


def pairs_of(counts):
    return [pair for pair, count in counts.items() for _ in range(count)]


@pytest.mark.parametrize('counts, kappa', [
    # the textbook 2x2 tables: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> 0.4
    ({('right', 'right'): 20, ('right', 'wrong'): 5, ('wrong', 'right'): 10, ('wrong', 'wrong'): 15}, 0.4),
    ({('right', 'right'): 45, ('right', 'wrong'): 15, ('wrong', 'right'): 25, ('wrong', 'wrong'): 15}, 0.1304),
    ({('right', 'right'): 1, ('right', 'wrong'): 1, ('wrong', 'right'): 1, ('wrong', 'wrong'): 1}, 0.0),
    ({('right', 'right'): 3, ('wrong', 'wrong'): 2, ('unsure', 'unsure'): 1}, 1.0),
    ({('right', 'right'): 4}, None),
    ({}, None),
])
def test_cohen_kappa(counts, kappa):
    found = audit.cohen_kappa(pairs_of(counts))
    assert found == (None if kappa is None else pytest.approx(kappa, abs=5e-5))


def synthetic(sizes):
    """Tables with mentions in strata of the given sizes {(type, source): n} and no figures."""
    rows = [{'doc_id': f'{type}-{source}-{index:03}', 'start': 0, 'stop': 1, 'type': type, 'source': source, 'text': 'x'}
            for (type, source), count in sizes.items() for index in range(count)]
    figures = pd.DataFrame(columns=['doc_id', 'start', 'stop', 'text'])
    return {'mentions': pd.DataFrame(rows), 'figures': figures}


@pytest.mark.parametrize('sizes, size, expected', [
    ({('PER', 'ner'): 10, ('ORG', 'ner'): 2, ('LOC', 'gazetteer'): 1}, 6,
     {('PER', 'ner'): 3, ('ORG', 'ner'): 2, ('LOC', 'gazetteer'): 1}),
    ({('PER', 'ner'): 10, ('PER', 'repair'): 10}, 5, {('PER', 'ner'): 3, ('PER', 'repair'): 2}),
    ({('PER', 'ner'): 2, ('ORG', 'ner'): 1}, 10, {('PER', 'ner'): 2, ('ORG', 'ner'): 1}),
])
def test_the_sample_is_stratified(sizes, size, expected):
    chosen = audit.sample(synthetic(sizes), size, seed=7)
    counts = {}
    for row in chosen:
        counts[(row['type'], row['rule'])] = counts.get((row['type'], row['rule']), 0) + 1
    assert counts == expected
    assert len({row['key'] for row in chosen}) == len(chosen)


def test_the_sample_is_reproducible(output):
    tables = Tables(output, report=False).corrected()[0]
    strata = audit.population(tables)
    assert ('FIG', 'figures') in strata and len(strata) >= 4
    keys = [row['key'] for row in audit.sample(tables, 20, seed=3)]
    assert keys == [row['key'] for row in audit.sample(tables, 20, seed=3)]
    assert keys != [row['key'] for row in audit.sample(tables, 20, seed=4)]
    # every stratum is in a sample as large as the number of strata
    chosen = audit.sample(tables, len(strata), seed=3)
    assert {(row['type'], row['rule']) for row in chosen} == set(strata)


def test_verdicts_give_precision_and_kappa(server, output):
    status, sample = call(server, '/api/audit/sample?size=10&seed=5')
    assert status == 200 and len(sample['rows']) == 10
    for index, row in enumerate(sample['rows']):
        verdict = 'wrong' if index < 2 else 'unsure' if index == 2 else 'right'
        assert call(server, '/api/audit/verdict', {'key': row['key'], 'verdict': verdict, 'note': 'n'})[0] == 200
    status, summary = call(server, '/api/audit/summary')
    assert summary['reviewer'] == 'anna' and summary['agreement'] == []
    assert summary['overall'] == {'right': 7, 'wrong': 2, 'unsure': 1, 'judged': 9, 'precision': 0.7778,
                                  'low': 0.4526, 'high': 0.9368}
    assert sum(group['judged'] + group['unsure'] for group in summary['types'].values()) == 10
    assert json.loads((output / 'audit.json').read_text(encoding='utf-8'))['overall'] == summary['overall']
    with open(output / 'audit.csv', encoding='utf-8', newline='') as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == list(audit.COLUMNS) and len(rows) == 10
    assert {row['reviewer'] for row in rows} == {'anna'}
    # a second reviewer on the same rows: agreement on all but the first two
    for index, row in enumerate(sample['rows']):
        verdict = 'right' if index != 2 else 'unsure'
        audit.record(output, row['key'], row['type'], row['rule'], verdict, '', 'boris')
    summary = call(server, '/api/audit/summary')[1]
    assert summary['agreement'] == [{'reviewers': ['anna', 'boris'], 'rows': 10, 'agreed': 8,
                                     'kappa': pytest.approx(audit.cohen_kappa(
                                         [('wrong', 'right')] * 2 + [('unsure', 'unsure')] + [('right', 'right')] * 7),
                                         abs=1e-4)}]
    # the reviewer's verdicts come back with the sample
    again = call(server, '/api/audit/sample?size=10&seed=5')[1]['rows']
    assert [row['verdict'] for row in again] == ['wrong', 'wrong', 'unsure'] + ['right'] * 7


@pytest.mark.parametrize('body, message', [
    ({'key': 'M:nothing:0:1', 'verdict': 'right'}, 'no row'),
    ({'verdict': 'right'}, 'no row'),
])
def test_a_verdict_on_no_row_is_refused(server, output, body, message):
    status, answer = call(server, '/api/audit/verdict', body)
    assert status == 400 and message in answer['error']
    assert not (output / 'audit.csv').exists()


def test_a_bad_verdict_is_refused(server, output):
    key = call(server, '/api/audit/sample?size=1')[1]['rows'][0]['key']
    status, answer = call(server, '/api/audit/verdict', {'key': key, 'verdict': 'maybe'})
    assert status == 400 and 'verdict must be one of' in answer['error']


@pytest.mark.parametrize('path', ['/../run.json', '/%2e%2e/run.json', '/review/../server.py', '/missing.html'])
def test_files_outside_the_report_are_not_served(server, path):
    assert call(server, path)[0] == 404


@pytest.mark.slow
def test_cli_serves_at_the_printed_address(run_folder, tmp_path):
    folder = tmp_path / 'out'
    shutil.copytree(run_folder, folder)
    import socket
    with socket.socket() as probe:
        probe.bind(('127.0.0.1', 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, '-m', 'pipeline', 'review', str(folder), '--no-browser',
                                '--port', str(port), '--reviewer', 'anna'],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, 'PYTHONPATH': str(ROOT)})
    try:
        line = process.stdout.readline()
        address = re.match(r'review: (http://127\.0\.0\.1:(\d+)/\?token=[\w-]+)$', line.strip())
        assert address and int(address.group(2)) == port, line + process.stderr.read() if not address else line
        with urllib.request.urlopen(address.group(1)) as response:
            assert response.status == 200 and '/review/review.js' in response.read().decode()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f'http://127.0.0.1:{port}/')
        assert refused.value.code == 403
    finally:
        process.terminate()
        process.wait(timeout=10)
