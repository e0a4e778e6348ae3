"""The HTML report: a small fixed set of files (the page, its script and style, data files of rows
and texts), the data exact and escaped, nothing from elsewhere; and, in headless Chromium, the
index, a document with its highlights, an entity, and the entity table's filter and sort."""

import csv
import json
import os
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest

from pipeline import run
from pipeline.report import model, write_report
from pipeline.report.targets import target_rows

# the report's scripts in the order the page must load them: the data first (the data files call REPORT.add),
# the routes last (they draw the first view, with every view registered)
SCRIPTS = ['report-data.js', 'report-dom.js', 'report-index.js', 'report-document.js', 'report-entity.js',
           'report-routes.js']
DATA_RE = re.compile(r'window\.REPORT\.add\(("[^"]*"), (.*)\);\n\Z', re.S)


@pytest.fixture(scope='module')
def report(seed_run, tmp_path_factory):
    output = Path(seed_run.paths['documents']).parent
    folder = tmp_path_factory.mktemp('report')
    index = write_report(output, folder / 'report')
    return index.parent


def read_data(folder):
    """{kind: value} of a report's data files, texts gathered: what window.REPORT.add receives."""
    found = {'texts': {}}
    for path in sorted((Path(folder) / 'data').glob('*.js')):
        match = DATA_RE.match(path.read_text(encoding='utf-8'))
        assert match, path
        kind, value = json.loads(match.group(1)), json.loads(match.group(2))
        if kind == 'texts':
            assert path.name == f'texts-{value["chunk"]:03d}.js'
            found['texts'].update(value['texts'])
        else:
            assert path.name == f'{kind}.js'
            found[kind] = value
    return found


def records(table):
    """The rows of a data file's table as dicts, cells missing at the end as ''."""
    return [dict(zip(table['columns'], row + [''] * (len(table['columns']) - len(row)))) for row in table['rows']]


def csv_rows(path):
    with open(path, encoding='utf-8', newline='') as file:
        return list(csv.DictReader(file))


class Elements(HTMLParser):
    """Start tags of a page as (tag, attributes) in document order."""

    def __init__(self, text):
        super().__init__()
        self.found = []
        self.feed(text)

    def handle_starttag(self, tag, attributes):
        self.found.append((tag, dict(attributes)))

    def all(self, tag, **wanted):
        return [attributes for name, attributes in self.found if name == tag and all(
            re.search(value, attributes.get(key.rstrip('_').replace('_', '-')) or '') for key, value in wanted.items())]


def test_a_small_fixed_set_of_files(seed_run, report):
    data = read_data(report)
    chunks = data['meta']['texts']['chunks']
    tables = sorted([f'data/{name}.js' for name in seed_run.paths if name != 'manifest'] + ['data/targets.js'])
    expected = {'index.html', *SCRIPTS, 'report.css', 'data/meta.js', *tables,
                *(f'data/texts-{number:03d}.js' for number in range(chunks))}
    assert {path.relative_to(report).as_posix() for path in report.rglob('*') if path.is_file()} == expected
    assert chunks == 1  # the seed corpus is far below a chunk
    # the page loads its scripts, the summary and the tables; the text chunks are loaded when a view needs them
    sources = [element['src'] for element in Elements((report / 'index.html').read_text(encoding='utf-8')).all('script')]
    loaded = len(SCRIPTS) + 1
    assert sources[:loaded] == [*SCRIPTS, 'data/meta.js'] and sorted(sources[loaded:]) == tables


def test_the_data_are_the_tables(seed_run, report):
    data = read_data(report)
    output = Path(seed_run.paths['documents']).parent
    for name in ('documents', 'entities', 'mentions', 'figures', 'dates', 'roles'):
        if name not in seed_run.paths:
            continue
        expected = csv_rows(output / f'{name}.csv')
        got = records(data[name])
        assert len(got) == len(expected), name
        for row, want in zip(got, expected):
            for key, value in want.items():
                if key == 'sentence':  # cut from the text by the views: left out where the text is there
                    assert row[key] == '', (name, row)
                else:
                    assert str(row[key]) == value, (name, key, row[key], value)
    # numbers and booleans typed for the views
    mention = records(data['mentions'])[0]
    assert isinstance(mention['start'], int) and isinstance(mention['corrected'], bool)
    # every highlight lands on its text
    for row in records(data['mentions']) + records(data['figures']) + records(data['dates']):
        assert data['texts'][row['doc_id']][row['start']:row['stop']] == row['text'], row


def test_the_targets_data(seed_run, report):
    """data/targets.js: the Targets rows of figures.csv (targets.py), figure ids typed as the tables' are."""
    output = Path(seed_run.paths['documents']).parent
    got = records(read_data(report)['targets'])
    assert got and all(isinstance(row['figure_id'], int) for row in got)
    assert [{**row, 'figure_id': str(row['figure_id'])} for row in got] == target_rows(csv_rows(output / 'figures.csv'))


def test_counts_and_run_info(seed_run, report):
    meta = read_data(report)['meta']
    output = Path(seed_run.paths['documents']).parent
    manifest = json.loads((output / 'run.json').read_text(encoding='utf-8'))
    assert meta['problems'] == [] and meta['missing'] == []
    assert meta['timings'] == manifest['timings'] and meta['command'] == manifest['command']
    assert meta['types'] == ['PER', 'ORG', 'LOC']
    assert set(meta['texts']['of']) == set(seed_run['documents'][seed_run['documents'].status == 'ok'].doc_id)


@pytest.mark.parametrize('name, value, expected', [
    ('start', '12', 12), ('start', '0', 0), ('start', '-3', '-3'), ('start', '007', '007'), ('start', 'x', 'x'),
    ('mentions', '4', 4), ('corrected', 'True', True), ('corrected', 'False', False), ('corrected', 'yes', 'yes'),
    ('doc_id', '003', '003'), ('value', '6.0', '6.0'),
])
def test_cells_typed(tmp_path, name, value, expected):
    (tmp_path / 'documents.csv').write_text('doc_id,source,status\n', encoding='utf-8')
    (tmp_path / 'extra.csv').write_text(f'doc_id,{name}\nd,{value}\n', encoding='utf-8')
    run_ = model.Run(tmp_path, texts={})
    run_.tables['extra'] = model.read_table(tmp_path / 'extra.csv')
    assert records(run_.table('extra'))[0][name] == expected


def test_texts_in_chunks(seed_run, monkeypatch, tmp_path):
    monkeypatch.setattr(model, 'CHUNK_BYTES', 3000)
    output = Path(seed_run.paths['documents']).parent
    folder = write_report(output, tmp_path / 'report').parent
    data = read_data(folder)
    chunks = data['meta']['texts']['chunks']
    assert chunks > 2 and len(list((folder / 'data').glob('texts-*.js'))) == chunks
    for doc_id, number in data['meta']['texts']['of'].items():
        chunk = json.loads(DATA_RE.match((folder / 'data' / f'texts-{number:03d}.js').read_text(encoding='utf-8'))[2])
        assert doc_id in chunk['texts']


EVIL = ('<img src=x onerror=alert(1)> Маулен Ашимбаев «<b>Астана</b>» & "кавычки" </pre><script>alert(2)</script>'
        ' \u2028 🙂 Алматы')


@pytest.fixture(scope='module')
def evil_report(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp('evil')
    (folder / 'in').mkdir()
    (folder / 'in' / 'feed.jsonl').write_text(
        json.dumps({'id': '<evil id>', 'text': EVIL}, ensure_ascii=False) + '\n', encoding='utf-8')
    run([folder / 'in'], output_dir=folder / 'out', nlp=nlp)
    return write_report(folder / 'out').parent


def test_data_are_escaped(evil_report):
    for path in (evil_report / 'data').glob('*.js'):
        text = path.read_text(encoding='utf-8')
        assert '</' not in text and '\u2028' not in text, path
    data = read_data(evil_report)
    assert data['texts'] == {'<evil id>': EVIL}
    assert records(data['documents'])[0]['doc_id'] == '<evil id>'
    # the page holds no data: nothing of the text can become markup there
    page = Elements((evil_report / 'index.html').read_text(encoding='utf-8'))
    assert not page.all('img') and not page.all('b')


@pytest.mark.parametrize('name', SCRIPTS)
def test_script_builds_the_dom_from_text_only(report, name):
    script = (report / name).read_text(encoding='utf-8')
    for sink in ('innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function'):
        assert sink not in script, sink


def test_nothing_from_elsewhere(report):
    page = Elements((report / 'index.html').read_text(encoding='utf-8'))
    fetched = [element.get('src') for element in page.all('script')] + [element.get('href') for element in page.all('link')]
    assert all(address and not re.match(r'([a-z]+:)?//', address) for address in fetched), fetched
    assert not page.all('img')
    for name in ('index.html', 'report.css', *SCRIPTS):
        text = (report / name).read_text(encoding='utf-8')
        assert 'url(' not in text and '@import' not in text and not re.search(r'(https?:)?//[\w-]+\.\w', text), name
    for path in (report / 'data').glob('*.js'):
        if not path.name.startswith('texts-'):  # a text may well hold an address: it is shown as text
            assert not re.search(r'https?://', path.read_text(encoding='utf-8')), path


def test_report_without_the_source_files(nlp, tmp_path):
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'a.txt').write_text('Маулен Ашимбаев прибыл в Астану.', encoding='utf-8')
    run([tmp_path / 'in'], output_dir=tmp_path / 'out', nlp=nlp)
    (tmp_path / 'in' / 'a.txt').write_text('Другой текст.', encoding='utf-8')
    data = read_data(write_report(tmp_path / 'out').parent)
    assert data['meta']['missing'] == ['a'] and data['texts'] == {} and data['meta']['texts']['of'] == {}
    # without the text the views show each mention's sentence
    assert {row['sentence'] for row in records(data['mentions'])} == {'Маулен Ашимбаев прибыл в Астану.'}


def test_hand_edited_tables_are_flagged(nlp, tmp_path):
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'a.txt').write_text('Маулен Ашимбаев прибыл в Астану.', encoding='utf-8')
    run([tmp_path / 'in'], output_dir=tmp_path / 'out', nlp=nlp)
    path = tmp_path / 'out' / 'mentions.csv'
    path.write_text(path.read_text(encoding='utf-8').replace('Астану', 'Астаны'), encoding='utf-8')
    data = read_data(write_report(tmp_path / 'out').parent)
    assert any('mentions.csv is not the table of this run' in problem for problem in data['meta']['problems'])


# in the browser ---------------------------------------------------------------------------------------------------

def find_chromium():
    for name in ('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'):
        path = shutil.which(name)
        if path:
            return path
    return None


CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason='chromium not found: `apt-get install -y chromium` (.ci/run does it) to run the '
                             'report in a browser')


def dump_dom(url):
    """The DOM of a page after its scripts ran (and loaded the text chunks they asked for), from headless Chromium."""
    with tempfile.TemporaryDirectory() as profile:
        command = [CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                   '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage',
                   f'--user-data-dir={profile}', '--virtual-time-budget=5000', '--dump-dom', url]
        done = subprocess.run(command, capture_output=True, timeout=120, env={**os.environ, 'HOME': profile})
    text = done.stdout.decode('utf-8', 'replace')
    assert '<html' in text, done.stderr.decode('utf-8', 'replace')[-2000:]
    assert 'data-ready="1"' in text, 'the view was not drawn: ' + text[:2000]
    return text


def rows_of(dom, table_id):
    """(attributes, text) of every body row of a table in a dumped DOM."""
    table = re.search(rf'<table id="{table_id}"[^>]*>(.*?)</table>', dom, re.S)
    assert table, f'no table {table_id}'
    body = table.group(1).split('<tbody>', 1)[1]
    return [(match.group(1), re.sub(r'<[^>]+>', ' ', match.group(2)))
            for match in re.finditer(r'<tr([^>]*)>(.*?)</tr>', body, re.S)]


def doc_text(dom):
    """The text of #doc-text in a dumped DOM, and its runs as (data-offset, text)."""
    import html
    inner = re.search(r'<pre id="doc-text"[^>]*>(.*?)</pre>', dom, re.S).group(1)
    runs = [(int(offset), html.unescape(text)) for offset, text in
            re.findall(r'<span data-offset="(\d+)">([^<]*)</span>', inner)]
    return html.unescape(re.sub(r'<[^>]+>', '', inner)), runs


def url_of(folder, route=''):
    return (Path(folder) / 'index.html').resolve().as_uri() + route


@pytest.mark.slow
@needs_chromium
def test_browser_index(seed_run, report):
    dom = dump_dom(url_of(report))
    assert 'data-view="index"' in dom
    counts = {attributes: text.split() for attributes, text in rows_of(dom, 'counts')}
    mentions = seed_run['mentions']
    for type in ('PER', 'ORG', 'LOC'):
        assert counts[f' data-type="{type}"'] == [type, str(int((mentions.type == type).sum())),
                                                  str(int((seed_run['entities'].type == type).sum()))]
    assert len(rows_of(dom, 'entities')) == len(seed_run['entities'])
    assert len(rows_of(dom, 'documents')) == len(seed_run['documents'])


@pytest.mark.slow
@needs_chromium
def test_browser_document_with_highlights(seed_run, report):
    data = read_data(report)
    doc_id = '001_d955e6dc879a892f'
    dom = dump_dom(url_of(report, '#/doc/' + quote(doc_id, safe='') + '?select=m-1'))
    page = Elements(dom)
    mentions = seed_run['mentions'][seed_run['mentions'].doc_id == doc_id]
    for type in ('PER', 'ORG', 'LOC'):
        marks = page.all('mark', data_kind='^mentions$', data_type=f'^{type}$')
        assert len(marks) == int((mentions.type == type).sum()) > 0, type
    for row in mentions.itertuples():
        (mark,) = page.all('mark', id=f'^m-{row.mention_id}$')
        assert (mark['data-doc'], mark['data-start'], mark['data-stop'], mark['data-entity']) == (
            doc_id, str(row.start), str(row.stop), row.entity_id)
        for detail in (f'normal form: {row.normal}', f'entity id: {row.entity_id}', f'stage/rule: {row.source}'):
            assert detail in mark['title'], (detail, mark['title'])
    assert page.all('mark', data_kind='^figures$', class_='FIG') and page.all('mark', data_kind='^dates$')
    # the text container holds the document text exactly, and each run says where it starts
    text, runs = doc_text(dom)
    assert text == data['texts'][doc_id]
    assert all(data['texts'][doc_id][offset:offset + len(run_)] == run_ for offset, run_ in runs)
    # ?select= opened the first mention's details in the side panel
    panel = re.search(r'<aside id="panel">(.*?)</aside>', dom, re.S).group(1)
    assert 'normal form' in panel and '#/entity/' in panel
    assert len(rows_of(dom, 'mentions')) == len(mentions)


@pytest.mark.slow
@needs_chromium
def test_browser_entity(seed_run, report):
    mentions = seed_run['mentions']
    entity_id = mentions.entity_id.value_counts().index[0]
    rows = mentions[mentions.entity_id == entity_id]
    dom = dump_dom(url_of(report, '#/entity/' + quote(entity_id, safe='')))
    links = {link['href'] for link in Elements(dom).all('a', href='select=m-')}
    assert links == {f'#/doc/{quote(row.doc_id, safe="")}?select=m-{row.mention_id}' for row in rows.itertuples()}
    # each mention in its context, the mention itself marked
    contexts = re.findall(r'<span class="context">.*?<mark class="\w+">(.*?)</mark>', dom, re.S)
    assert sorted(contexts) == sorted(rows.text)


@pytest.mark.slow
@needs_chromium
def test_browser_filters_and_sorts_the_entity_table(seed_run, report):
    entities = seed_run['entities']
    dom = dump_dom(url_of(report, '#/?q=' + quote('токаев') + '&type=PER'))
    rows = rows_of(dom, 'entities')
    assert len(rows) == 1 and 'Токаев' in rows[0][1]
    assert re.search(r'id="entities-shown">1<', dom)
    # by type alone, in the address's query
    dom = dump_dom(url_of(report, '?type=LOC'))
    rows = rows_of(dom, 'entities')
    assert len(rows) == int((entities.type == 'LOC').sum()) > 0
    assert all('data-type="LOC"' in attributes for attributes, _ in rows)
    dom = dump_dom(url_of(report, '#q=' + quote('нет такого имени')))
    assert rows_of(dom, 'entities') == []
    dom = dump_dom(url_of(report, '#/?sort=mentions&desc=1'))
    assert 'data-sorted="mentions:desc"' in dom
    ids = re.findall(r'data-id="([^"]+)"', dom.split('<table id="entities"', 1)[1].split('</table>', 1)[0])
    counts = entities.set_index('entity_id').mentions
    assert [counts[identifier] for identifier in ids] == sorted(counts, reverse=True)


@pytest.mark.slow
@needs_chromium
def test_browser_escapes_the_text(evil_report):
    dom = dump_dom(url_of(evil_report, '#/doc/' + quote('<evil id>', safe='')))
    view = dom.split('<main id="view">', 1)[1]
    page = Elements(view)
    assert not page.all('img') and not page.all('b') and not page.all('script')
    text, runs = doc_text(dom)
    assert text == EVIL
    # offsets are code points: the run after the emoji starts where Python says
    assert (EVIL.index('Алматы'), 'Алматы') in runs
    (mark,) = [mark for mark in page.all('mark', data_kind='^mentions$') if mark['data-start'] == str(EVIL.index('Алматы'))]
    assert mark['data-stop'] == str(EVIL.index('Алматы') + len('Алматы'))


@pytest.mark.slow
@needs_chromium
def test_browser_flags_rows_off_their_text(nlp, tmp_path):
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'a.txt').write_text('Маулен Ашимбаев прибыл в Астану.', encoding='utf-8')
    run([tmp_path / 'in'], output_dir=tmp_path / 'out', nlp=nlp)
    path = tmp_path / 'out' / 'mentions.csv'
    path.write_text(path.read_text(encoding='utf-8').replace('Астану', 'Астаны'), encoding='utf-8')
    folder = write_report(tmp_path / 'out').parent
    dom = dump_dom(url_of(folder, '#/doc/a'))
    assert 'offsets do not match the text' in dom
    assert [attributes for attributes, _ in rows_of(dom, 'mentions') if 'class="bad"' in attributes]
    index = dump_dom(url_of(folder))
    assert 'mentions.csv is not the table of this run' in index


def cells_of(dom, table_id):
    """The cells' text of every body row of a table in a dumped DOM."""
    import html
    return [[html.unescape(re.sub(r'<[^>]+>', '', cell)) for cell in re.findall(r'<td[^>]*>(.*?)</td>', text, re.S)]
            for text in re.findall(r'<tr[^>]*>(.*?)</tr>', re.search(
                rf'<table id="{table_id}"[^>]*>.*?<tbody>(.*?)</tbody>', dom, re.S).group(1), re.S)]


def panel_of(dom):
    """(label, text, href) of each line of the side panel's details in a dumped DOM."""
    import html
    panel = re.search(r'<aside id="panel">(.*?)</aside>', dom, re.S).group(1)
    return [(html.unescape(label), html.unescape(re.sub(r'<[^>]+>', '', value)),
             html.unescape((re.search(r'href="([^"]*)"', value) or [None, None])[1] or ''))
            for label, value in re.findall(r'<dt>(.*?)</dt><dd>(.*?)</dd>', panel, re.S)]


@pytest.mark.slow
@needs_chromium
def test_browser_targets_and_a_figures_panel(seed_run, report):
    """The seeds plan about 1000 events, split by level: the index's Targets table lists the total with its
    coverage and the three parts; a figure's panel shows its kind and status and links to the figures it names."""
    figures = seed_run['figures']
    total = figures[figures.text == 'около 1000 мероприятий'].iloc[0]
    doc_id = total.doc_id
    ids = figures[figures.doc_id == doc_id].set_index('text').figure_id
    rows = cells_of(dump_dom(url_of(report)), 'targets')
    # document, figure, target, value, unit / object, part of, coverage / measure, sentence
    assert rows[0][:7] == [doc_id, str(ids['около 1000 мероприятий']), 'около 1000 мероприятий', '1000',
                           'мероприятие', '', '700 тысяч человек']
    assert 'планируется проведение около 1000 мероприятий' in rows[0][7]
    assert [(row[2], row[6]) for row in rows if row[5] == 'около 1000 мероприятий'] == [
        ('порядка 100 мероприятий', '6 тысяч участников'), ('700 мероприятий', '660 тысяч участников'),
        ('около 400 мероприятий', '35 тысяч участников')]
    href = lambda text: f'#/doc/{quote(doc_id, safe="")}?select=f-{ids[text]}'  # noqa: E731
    panel = panel_of(dump_dom(url_of(report, href('6 тысяч участников'))))
    assert ('kind', 'count', '') in panel and ('status', 'target', '') in panel
    # part of the coverage of the 1000 events, describing the 100 events of the central level
    assert [line for line in panel if line[2]] == [
        ('part of', '700 тысяч человек', href('700 тысяч человек')),
        ('with (describes)', 'порядка 100 мероприятий', href('порядка 100 мероприятий'))]
    panel = panel_of(dump_dom(url_of(report, href('около 1000 мероприятий'))))
    assert ('status', 'target', '') in panel
    assert [line for line in panel if line[2]] == [
        ('part', text, href(text)) for text in ('порядка 100 мероприятий', '700 мероприятий', 'около 400 мероприятий')
    ] + [('described by', '700 тысяч человек', href('700 тысяч человек'))]


CUT_CASES = [
    ('Астана', [], 'Астана'),
    ('в Астане сегодня', [(2, 8, 'LOC', True)], 'в [LOCАстане] сегодня'),
    # a role around an organisation: nested
    ('член Политсовета', [(0, 16, 'ROLE', True), (5, 16, 'ORG', True)], '[ROLEчлен [ORGПолитсовета]]'),
    # crossing spans: the inner one is closed at the outer one's end and opened again (without its id)
    ('abcdefgh', [(0, 5, 'PER', True), (3, 8, 'DATE', True)], "[PERabc[DATEde]][DATE'fgh]"),
    # rows whose offsets do not match the text, and empty spans, are not highlighted
    ('abcdef', [(1, 3, 'PER', False), (2, 2, 'ORG', True)], 'abcdef'),
    ('<b>&', [(0, 3, 'ORG', True)], '[ORG<b>]&'),
]


@pytest.fixture(scope='module')
def cut_results(report, tmp_path_factory):
    """REPORT.cut of every case, run once in Chromium: a page that loads the report's scripts and writes the
    results (the scripts mark the page data-ready once they drew it)."""
    folder = tmp_path_factory.mktemp('cut')
    for name in SCRIPTS:
        shutil.copy(report / name, folder / name)
    scripts = ''.join(f'<script src="{name}"></script>' for name in SCRIPTS)
    cases = json.dumps([[text, [{'start': a, 'stop': b, 'type': kind, 'ok': ok} for a, b, kind, ok in spans]]
                        for text, spans, _ in CUT_CASES], ensure_ascii=False).replace('</', '<\\/')
    (folder / 'index.html').write_text(f'''<!DOCTYPE html><html><head><meta charset="utf-8">{scripts}
</head><body><main id="view"></main><pre id="out"></pre><script>
document.getElementById('out').textContent = JSON.stringify({cases}.map(function (item) {{
  return window.REPORT.cut(item[0].length, item[1]).map(function (piece) {{
    return piece[0] === 'text' ? item[0].slice(piece[1], piece[2]) : piece[0] === 'open' ?
      '[' + piece[1].type + (piece[2] ? '' : "'") : ']';
  }}).join('');
}}));
</script></body></html>''', encoding='utf-8')
    import html
    dom = dump_dom(url_of(folder))
    return json.loads(html.unescape(re.search(r'<pre id="out">(.*?)</pre>', dom, re.S).group(1)))


@pytest.mark.slow
@needs_chromium
@pytest.mark.parametrize('number', range(len(CUT_CASES)))
def test_cut_nests_spans(cut_results, number):
    assert cut_results[number] == CUT_CASES[number][2]
