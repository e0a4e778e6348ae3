"""The HTML report: pages for every document and entity, escaping, offline, and (in
headless Chromium) highlights that render and an entity filter that works."""

import html
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
from pipeline.report import write_report
from pipeline.report.model import doc_href, entity_href, highlight


@pytest.fixture(scope='module')
def report(seed_run, tmp_path_factory):
    output = Path(seed_run.paths['documents']).parent
    folder = tmp_path_factory.mktemp('report')
    index = write_report(output, folder / 'report')
    return index.parent


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
            re.search(value, attributes.get(key.rstrip('_')) or '') for key, value in wanted.items())]


def test_a_page_for_every_document_and_entity(seed_run, report):
    for doc_id in seed_run['documents'].doc_id:
        assert (report / doc_href(doc_id)).is_file()
    for entity_id in seed_run['entities'].entity_id:
        assert (report / entity_href(entity_id)).is_file()


def test_every_row_is_highlighted_with_its_details(seed_run, report):
    mentions = seed_run['mentions']
    for doc_id, rows in mentions.groupby('doc_id'):
        page = Elements((report / doc_href(doc_id)).read_text(encoding='utf-8'))
        for row in rows.itertuples():
            (mark,) = page.all('mark', id=f'^m-{row.mention_id}$')
            assert row.type in mark['class'].split()
            for detail in (f'normal form: {row.normal}', f'entity id: {row.entity_id}', f'stage/rule: {row.source}'):
                assert detail in mark['title'], (detail, mark['title'])
            assert mark['data-href'] == f'../{entity_href(row.entity_id)}'
        figures = seed_run['figures'][seed_run['figures'].doc_id == doc_id]
        assert len(page.all('mark', id='^f-')) == len(figures)
        assert all('FIG' in mark['class'] for mark in page.all('mark', id='^f-'))


def test_entity_pages_link_to_every_mention(seed_run, report):
    mentions = seed_run['mentions']
    for entity_id, rows in mentions.groupby('entity_id'):
        page = Elements((report / entity_href(entity_id)).read_text(encoding='utf-8'))
        links = {link['href'] for link in page.all('a', href='#m-')}
        assert links == {f'../{doc_href(row.doc_id)}#m-{row.mention_id}' for row in rows.itertuples()}


def test_report_is_self_contained(report):
    for path in report.rglob('*.html'):
        text = path.read_text(encoding='utf-8')
        page = Elements(text)
        # the style and script of every page are the files of the report folder
        fetched = [element.get('src') for element in page.all('script')] + [
            element.get('href') for element in page.all('link')]
        assert sorted((path.parent / address).resolve() for address in fetched) == [
            (report / 'report.css').resolve(), (report / 'report.js').resolve()], (path, fetched)
        assert not page.all('img'), path
        assert 'url(' not in text and '@import' not in text and '//fonts.' not in text, path
        for link in page.all('a'):
            assert not re.match(r'(https?:)?//', link.get('href', '')), (path, link)
    for name in ('report.css', 'report.js'):
        text = (report / name).read_text(encoding='utf-8')
        assert 'url(' not in text and '@import' not in text and not re.search(r'//[\w-]+\.\w', text), name


def marked(text, spans):
    """The pieces of highlight() as a string: `[KIND` opens (`[KIND'` opens again a split span), `]` closes."""
    spans = [{'start': start, 'stop': stop, 'kind': kind, 'status': status} for start, stop, kind, status in spans]
    return ''.join(value if piece == 'text' else f'[{value["kind"]}' + ('' if first else "'") if piece == 'open'
                   else ']' for piece, value, first in highlight(text, spans))


@pytest.mark.parametrize('text, spans, expected', [
    ('Астана', [], 'Астана'),
    ('в Астане сегодня', [(2, 8, 'LOC', 'ok')], 'в [LOCАстане] сегодня'),
    # a role around an organisation: nested
    ('член Политсовета', [(0, 16, 'ROLE', 'ok'), (5, 16, 'ORG', 'ok')], '[ROLEчлен [ORGПолитсовета]]'),
    # crossing spans: the inner one is closed at the outer one's end and opened again (without its id)
    ('abcdefgh', [(0, 5, 'PER', 'ok'), (3, 8, 'DATE', 'ok')], "[PERabc[DATEde]][DATE'fgh]"),
    # rows whose offsets do not match the text, and empty spans, are not highlighted
    ('abcdef', [(1, 3, 'PER', 'bad offsets'), (2, 2, 'ORG', 'ok')], 'abcdef'),
    ('<b>&', [(0, 3, 'ORG', 'ok')], '[ORG<b>]&'),  # raw text here: the template escapes it
])
def test_highlight_nests_spans(text, spans, expected):
    assert marked(text, spans) == expected


def test_text_is_escaped(nlp, tmp_path):
    evil = '<img src=x onerror=alert(1)> Маулен Ашимбаев «<b>Астана</b>» & "кавычки" </pre><script>alert(2)</script>'
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'feed.jsonl').write_text(
        json.dumps({'id': '<evil id>', 'text': evil}, ensure_ascii=False) + '\n', encoding='utf-8')
    run([tmp_path / 'in'], output_dir=tmp_path / 'out', nlp=nlp)
    index = write_report(tmp_path / 'out')
    for path in index.parent.rglob('*.html'):
        page = Elements(path.read_text(encoding='utf-8'))
        assert not page.all('img') and not page.all('b') and len(page.all('script')) <= 1, path
    page = (index.parent / doc_href('<evil id>')).read_text(encoding='utf-8')
    text = re.search(r'<pre class="text" id="text">(.*?)</pre>', page, re.S).group(1)
    assert '&lt;img src=x onerror=alert(' in text and '&lt;script&gt;' in text
    assert html.unescape(re.sub(r'<[^>]+>', '', text)) == evil


def test_report_without_the_source_files(nlp, tmp_path):
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'a.txt').write_text('Маулен Ашимбаев прибыл в Астану.', encoding='utf-8')
    run([tmp_path / 'in'], output_dir=tmp_path / 'out', nlp=nlp)
    (tmp_path / 'in' / 'a.txt').write_text('Другой текст.', encoding='utf-8')
    index = write_report(tmp_path / 'out')
    assert 'could not be read again' in index.read_text(encoding='utf-8')
    assert 'cannot be shown' in (index.parent / doc_href('a')).read_text(encoding='utf-8')


def test_hand_edited_tables_are_flagged(nlp, tmp_path):
    (tmp_path / 'in').mkdir()
    (tmp_path / 'in' / 'a.txt').write_text('Маулен Ашимбаев прибыл в Астану.', encoding='utf-8')
    run([tmp_path / 'in'], output_dir=tmp_path / 'out', nlp=nlp)
    path = tmp_path / 'out' / 'mentions.csv'
    path.write_text(path.read_text(encoding='utf-8').replace('Астану', 'Астаны'), encoding='utf-8')
    index = write_report(tmp_path / 'out')
    assert 'mentions.csv is not the table of this run' in index.read_text(encoding='utf-8')
    assert 'offsets do not match the text' in (index.parent / doc_href('a')).read_text(encoding='utf-8')


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
    """The DOM of a page after its scripts ran, from headless Chromium."""
    with tempfile.TemporaryDirectory() as profile:
        command = [CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                   '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage',
                   f'--user-data-dir={profile}', '--virtual-time-budget=3000', '--dump-dom', url]
        done = subprocess.run(command, capture_output=True, timeout=120,
                              env={**os.environ, 'HOME': profile})
    text = done.stdout.decode('utf-8', 'replace')
    assert '<html' in text, done.stderr.decode('utf-8', 'replace')[-2000:]
    return text


def rows_of(dom, table_id):
    """(attributes, text) of every body row of a table in a dumped DOM."""
    table = re.search(rf'<table id="{table_id}"[^>]*>(.*?)</table>', dom, re.S)
    assert table, f'no table {table_id}'
    body = table.group(1).split('<tbody>', 1)[1]
    rows = []
    for match in re.finditer(r'<tr([^>]*)>(.*?)</tr>', body, re.S):
        rows.append((match.group(1), re.sub(r'<[^>]+>', ' ', match.group(2))))
    return rows


def url_of(path, query=''):
    return Path(path).resolve().as_uri() + query


@pytest.mark.slow
@needs_chromium
def test_browser_renders_highlights(seed_run, seed_texts, report):
    doc_id = '001_d955e6dc879a892f'
    dom = dump_dom(url_of(report / doc_href(doc_id)))
    assert 'data-ready="1"' in dom  # the page script ran without an error
    page = Elements(dom)
    mentions = seed_run['mentions'][seed_run['mentions'].doc_id == doc_id]
    for type in ('PER', 'ORG', 'LOC'):
        expected = int((mentions.type == type).sum())
        marks = [mark for mark in page.all('mark', id='^m-') if type in mark['class'].split()]
        assert len(marks) == expected > 0, type
    assert page.all('mark', class_='FIG') and page.all('mark', class_='DATE')
    text = re.search(r'<pre class="text" id="text">(.*?)</pre>', dom, re.S).group(1)
    # the highlighted text is the document text, character for character
    assert html.unescape(re.sub(r'<[^>]+>', '', text)) == seed_texts[doc_id].replace('\r\n', '\n')


@pytest.mark.slow
@needs_chromium
def test_browser_filters_the_entity_table(seed_run, report):
    entities = seed_run['entities']
    dom = dump_dom(url_of(report / 'index.html', '?q=' + quote('токаев') + '&type=PER'))
    rows = rows_of(dom, 'entities')
    assert len(rows) == len(entities)
    shown = [text for attributes, text in rows if 'hidden' not in attributes]
    hidden = [text for attributes, text in rows if 'hidden' in attributes]
    assert len(shown) == 1 and 'Токаев' in shown[0]
    assert len(hidden) == len(entities) - 1
    assert re.search(r'id="entities-shown">1<', dom)
    # filter by type alone, from the address hash
    dom = dump_dom(url_of(report / 'index.html', '#type=LOC'))
    shown = [attributes for attributes, _ in rows_of(dom, 'entities') if 'hidden' not in attributes]
    assert len(shown) == int((entities.type == 'LOC').sum()) > 0
    assert all('data-type="LOC"' in attributes for attributes in shown)
    # nothing matches
    dom = dump_dom(url_of(report / 'index.html', '#q=' + quote('нет такого имени')))
    assert all('hidden' in attributes for attributes, _ in rows_of(dom, 'entities'))


@pytest.mark.slow
@needs_chromium
def test_browser_sorts_the_entity_table(seed_run, report):
    dom = dump_dom(url_of(report / 'index.html', '?sort=mentions&desc=1'))
    assert 'data-sorted="mentions:desc"' in dom
    ids = re.findall(r'data-id="([^"]+)"', dom.split('<table id="entities"', 1)[1].split('</table>', 1)[0])
    counts = seed_run['entities'].set_index('entity_id').mentions
    assert [counts[identifier] for identifier in ids] == sorted(counts, reverse=True)


def test_roles_are_highlighted_when_the_run_has_them(seed_run, report):
    roles = seed_run.tables.get('roles')
    if roles is None or not len(roles):
        pytest.skip('this run has no roles table')
    for doc_id, rows in roles.groupby('doc_id'):
        page = Elements((report / doc_href(doc_id)).read_text(encoding='utf-8'))
        marks = page.all('mark', class_='ROLE', id='^r-')
        assert len(marks) == len(rows)
        assert all('role: ' in mark['title'] for mark in marks)
