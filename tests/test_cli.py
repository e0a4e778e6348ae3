"""The command line: exit codes, one-line errors, examples in every --help."""

import io
import json
import subprocess
import sys

import pytest
from conftest import ROOT

import pipeline.api
from pipeline.cli import Progress, build_parser, main

ARTICLE = 'Спикер Сената Маулен Ашимбаев прибыл в Усть-Каменогорск.'


@pytest.fixture
def loaded(nlp, monkeypatch):
    """`run` uses the session's pipeline instead of loading the models again."""
    monkeypatch.setattr(pipeline.api, 'load', lambda config=None, disable=(): nlp)
    return nlp


@pytest.fixture
def no_models(monkeypatch):
    """Fails if the models are loaded: bad arguments must be refused before that."""
    from pipeline.nlp.language import read_config

    def refuse(config=None, disable=()):
        read_config(config)  # load() checks the config first, before any model
        raise AssertionError('the models were loaded')
    monkeypatch.setattr(pipeline.api, 'load', refuse)


def one_line_error(stderr):
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith('error: '), stderr
    return lines[0]


def test_run_exits_0_when_some_documents_are_processed(loaded, tmp_path, capsys):
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'good.txt').write_text(ARTICLE, encoding='utf-8')
    (tmp_path / 'in' / 'empty.txt').write_bytes(b'')
    assert main(['run', str(tmp_path / 'in'), '-o', str(tmp_path / 'out')]) == 0
    out, err = capsys.readouterr()
    assert 'documents: 1 ok, 1 errors' in out
    assert f'report: {tmp_path / "out" / "report" / "index.html"}' in out
    assert 'empty.txt: empty file' in err
    for name in ('documents.csv', 'mentions.csv', 'entities.csv', 'figures.csv', 'dates.csv', 'run.json',
                 'report/index.html'):
        assert (tmp_path / 'out' / name).is_file(), name
    manifest = json.loads((tmp_path / 'out' / 'run.json').read_text(encoding='utf-8'))
    assert manifest['counts']['ok'] == 1 and manifest['counts']['errors'] == 1
    assert manifest['versions']['spacy'] and manifest['versions']['slovnet'] and manifest['versions']['navec']
    assert any(name.startswith('models/') for name in manifest['models'])
    assert manifest['input_files'] and all(entry['sha256'] for entry in manifest['input_files']
                                           if entry['path'].endswith('good.txt'))
    assert manifest['timings']['total'] > 0 and manifest['config']['pipeline']
    assert {'load', 'process', 'link', 'write', 'report'} <= set(manifest['timings'])


class Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize('stream, line', [
    (io.StringIO, ''),  # stderr redirected: nothing
    (Terminal, '3 documents [00:00, '),
])
def test_progress_line_with_the_errors_on_a_terminal_only(stream, line):
    stream = stream()
    progress = Progress(stream)
    for status in ('ok', 'error', 'ok'):
        progress({'status': status})
    progress.close()
    last = stream.getvalue().rstrip('\n').rpartition('\r')[2]
    assert last.startswith(line) and (not line or last.endswith(', 1 errors]')), last


def test_run_without_report(loaded, tmp_path, capsys):
    (tmp_path / 'good.txt').write_text(ARTICLE, encoding='utf-8')
    assert main(['run', str(tmp_path / 'good.txt'), '-o', str(tmp_path / 'out'), '--no-report']) == 0
    assert not (tmp_path / 'out' / 'report').exists()


def test_run_exits_1_when_nothing_could_be_processed(loaded, tmp_path, capsys):
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'empty.txt').write_bytes(b'')
    (tmp_path / 'in' / 'binary.txt').write_bytes(b'\x00\x01\x02')
    assert main(['run', str(tmp_path / 'in'), '-o', str(tmp_path / 'out')]) == 1
    _, err = capsys.readouterr()
    assert 'empty.txt' in err and 'binary.txt' in err
    assert (tmp_path / 'out' / 'documents.csv').is_file()  # the error rows are written


def test_run_exits_1_for_a_folder_without_articles(loaded, tmp_path, capsys):
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'notes.md').write_text('не статья', encoding='utf-8')
    assert main(['run', str(tmp_path / 'in'), '-o', str(tmp_path / 'out')]) == 1
    assert 'no articles found' in capsys.readouterr().err


@pytest.mark.parametrize('arguments, message', [
    (['run', '{tmp}/missing'], 'no such file, folder or glob'),
    (['run', '{tmp}/nothing-*.txt'], 'no such file, folder or glob'),
    (['run', '{tmp}/in', '--config', '{tmp}/missing.cfg'], 'pipeline config not found'),
    (['run', '{tmp}/in', '--config', '{tmp}/bad.cfg'], 'unknown stage'),
    (['run', '{tmp}/in', '--corrections', '{tmp}/missing.csv'], 'corrections file not found'),
    (['run', '{tmp}/in', '--corrections', '{tmp}/bad.csv'], 'no "action" column'),
    (['run', '{tmp}/in', '-o', '{tmp}/in/a.txt'], 'not a folder'),
    (['report', '-o', '{tmp}/in'], 'no documents.csv'),
])
def test_bad_path_or_config_exits_2_with_one_line(no_models, tmp_path, capsys, arguments, message):
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'a.txt').write_text(ARTICLE, encoding='utf-8')
    (tmp_path / 'bad.cfg').write_text('[nlp]\nlang = "ru"\npipeline = ["segment", "tokenise"]\n', encoding='utf-8')
    (tmp_path / 'bad.csv').write_text('doc_id,start\nx,1\n', encoding='utf-8')
    arguments = [argument.format(tmp=tmp_path) for argument in arguments]
    assert main(arguments) == 2
    out, err = capsys.readouterr()
    assert message in one_line_error(err)


def test_bad_option_value_exits_2(capsys):
    with pytest.raises(SystemExit) as exit:
        main(['run', 'corpus', '--max-bytes', '0'])
    assert exit.value.code == 2
    assert 'positive' in capsys.readouterr().err


def test_report_command(loaded, tmp_path, capsys):
    (tmp_path / 'a.txt').write_text(ARTICLE, encoding='utf-8')
    assert main(['run', str(tmp_path / 'a.txt'), '-o', str(tmp_path / 'out'), '--no-report']) == 0
    assert main(['report', '-o', str(tmp_path / 'out')]) == 0
    assert (tmp_path / 'out' / 'report' / 'index.html').is_file()
    assert main(['report', '-o', str(tmp_path / 'out'), '--report-dir', str(tmp_path / 'elsewhere')]) == 0
    assert (tmp_path / 'elsewhere' / 'index.html').is_file() and (tmp_path / 'elsewhere' / 'data' / 'texts-000.js').is_file()


def subcommands():
    parser = build_parser()
    action = next(action for action in parser._actions if action.dest == 'command')
    return sorted(action.choices)


@pytest.mark.parametrize('command', subcommands())
def test_every_subcommand_help_shows_an_example(command, capsys):
    with pytest.raises(SystemExit) as exit:
        main([command, '--help'])
    assert exit.value.code == 0
    out = capsys.readouterr().out
    assert 'example:' in out and f'entity-pipeline {command}' in out.split('example:', 1)[1], out


def test_top_level_help_and_subcommands():
    assert {'run', 'report', 'evaluate'} <= set(subcommands())
    with pytest.raises(SystemExit):
        main(['--help'])


@pytest.mark.slow
def test_entry_point_runs_as_a_program():
    done = subprocess.run([sys.executable, '-m', 'pipeline', 'report', '--help'], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and 'example:' in done.stdout
    done = subprocess.run([sys.executable, '-m', 'pipeline', 'run', 'no/such/folder'], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and one_line_error(done.stderr)


# the command line with a probe: is spaCy loaded when the forkserver of a local cluster starts?
PROBE = """
import sys
from pipeline.running import cluster as parallel
start = parallel.start_forkserver

def probe(config=None):
    print('spacy loaded at forkserver start:', 'spacy' in sys.modules, file=sys.stderr)
    return start(config)

parallel.start_forkserver = probe
from pipeline.cli import entry
sys.argv[0] = 'entity-pipeline'
sys.exit(entry())
"""


@pytest.mark.slow
def test_a_local_cluster_run_starts_its_forkserver_before_loading_spacy(tmp_path):
    # the forkserver loads the workers' pipeline while the command line imports its own modules
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'one.txt').write_text('Касым-Жомарт Токаев выступил в Астане.', encoding='utf-8')
    done = subprocess.run([sys.executable, '-c', PROBE, 'run', str(tmp_path / 'in'), '-o', str(tmp_path / 'out'),
                           '--workers', '2', '--no-report'], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert 'spacy loaded at forkserver start: False' in done.stderr
    assert 'Токаев' in (tmp_path / 'out' / 'entities.csv').read_text(encoding='utf-8')


# the command line with a probe: which heavy modules did a run import by its end?
IMPORTED = """
import atexit, sys
atexit.register(lambda: print('pandas imported:', 'pandas' in sys.modules, file=sys.stderr))
from pipeline.cli import entry
sys.argv[0] = 'entity-pipeline'
sys.exit(entry())
"""


@pytest.mark.slow
def test_a_run_without_a_report_writes_its_tables_without_pandas(tmp_path):
    # a streamed run writes CSV with the csv module; importing pandas alone took a second of a run
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'one.txt').write_text(ARTICLE, encoding='utf-8')
    (tmp_path / 'in' / 'empty.txt').write_bytes(b'')
    done = subprocess.run([sys.executable, '-c', IMPORTED, 'run', str(tmp_path / 'in'), '-o', str(tmp_path / 'out'),
                           '--no-report'], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert 'pandas imported: False' in done.stderr
    assert 'empty.txt: empty file' in done.stderr  # the error rows are still told, from what the run gathered
    assert 'Ашимбаев' in (tmp_path / 'out' / 'entities.csv').read_text(encoding='utf-8')


# quick_exit skips the interpreter's teardown: what the process printed into a pipe (unflushed), its exit
# handlers and its exit code must survive; while another thread runs it must not exit at all
QUICK_EXIT = """
import atexit, io, sys, threading, time
from pipeline.cli import quick_exit
atexit.register(lambda: print('handler ran', file=sys.stderr, flush=True))
if sys.argv[1] == 'thread':
    threading.Thread(target=lambda: (time.sleep(0.2), print('thread done', flush=True))).start()

class Full(io.StringIO):
    def flush(self):
        raise OSError(28, 'No space left on device')

if sys.argv[1] == 'full':
    sys.stdout = Full()
print('buffered', end=' ')
quick_exit(int(sys.argv[2]))
print('went on', end=' ')
"""


@pytest.mark.parametrize('case, code, status, stdout, stderr', [
    ('alone', 3, 3, 'buffered', ['handler ran']),
    ('alone', 0, 0, 'buffered', ['handler ran']),
    # returned: the script goes on and ends as usual
    ('thread', 3, 0, 'buffered went on thread done', ['handler ran']),
    # stdout cannot be flushed: returned, and the interpreter's exit reports it as it would (the handler once)
    ('full', 0, 120, '', ['handler ran', 'Exception ignored', 'No space left on device']),
])
def test_quick_exit_keeps_output_handlers_and_code(case, code, status, stdout, stderr):
    done = subprocess.run([sys.executable, '-c', QUICK_EXIT, case, str(code)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (status, stdout)
    assert all(line in done.stderr for line in stderr) and done.stderr.count('handler ran') == 1


def test_a_run_through_the_console_entry_prints_and_writes_everything(tmp_path):
    # `python -m pipeline` ends in quick_exit: the summary (stdout into a pipe), the error rows
    # (stderr), the tables, run.json, the merged rows cache and the exit status are all there
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'one.txt').write_text(ARTICLE, encoding='utf-8')
    (tmp_path / 'in' / 'empty.txt').write_bytes(b'')
    done = subprocess.run([sys.executable, '-m', 'pipeline', 'run', str(tmp_path / 'in'), '-o', str(tmp_path / 'out'),
                           '--no-report'], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0
    assert 'documents: 1 ok, 1 errors' in done.stdout and done.stdout.rstrip().endswith(f'tables: {tmp_path / "out"}/')
    assert 'empty.txt: empty file' in done.stderr
    assert json.loads((tmp_path / 'out' / 'run.json').read_text(encoding='utf-8'))['timings']['total'] > 0
    assert 'Ашимбаев' in (tmp_path / 'out' / 'entities.csv').read_text(encoding='utf-8')
    # the rows cache was closed before the quick exit: its write-ahead log merged, not left beside it
    assert sorted(path.name for path in (tmp_path / 'out' / '.cache').iterdir()) == ['lock', 'rows.sqlite']
    (tmp_path / 'in' / 'one.txt').unlink()
    done = subprocess.run([sys.executable, '-m', 'pipeline', 'run', str(tmp_path / 'in'), '-o', str(tmp_path / 'out'),
                           '--no-report'], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and 'documents: 0 ok, 1 errors' in done.stdout  # no document could be processed


def test_evaluate_exits_0_after_printing_the_tables(nlp, monkeypatch, capsys):
    import pipeline
    monkeypatch.setattr(pipeline, 'load', lambda config=None, disable=(): nlp)
    assert main(['evaluate', '--eval-dir', str(ROOT / 'tests' / 'data' / 'eval'),
                 '--gold-dir', str(ROOT / 'tests' / 'data' / 'gold')]) == 0
    out, err = capsys.readouterr()
    assert out.startswith('split: ')
    assert 'factru: factRuEval-2016 devset, token-level' in out
    assert 'BSNLP-2019 dev, entity grouping' in out
    assert 'scores' not in out + err
