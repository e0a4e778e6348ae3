"""The review app in a real browser (headless Chromium driven by Playwright): each edit made
on the page lands in corrections.csv and in the rebuilt tables; the audit shows precision."""

import csv
import shutil
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / 'corpus'
CHROMIUM = shutil.which('chromium') or shutil.which('chromium-browser')
playwright_api = pytest.importorskip('playwright.sync_api', reason='playwright not installed: pip install -e ".[test]"')

expect = playwright_api.expect

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason='chromium not found: `apt-get install -y chromium` (.ci/run does it)'),
]
FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update']


@pytest.fixture(scope='module')
def browser():
    with playwright_api.sync_playwright() as driver:
        # the system's Chromium: `playwright install` is never run
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on('pageerror', lambda error: errors.append(str(error)))
    page.on('console', lambda message: message.type == 'error' and errors.append(message.text))
    yield page
    context.close()
    assert errors == []  # no script error, nothing the CSP refused


def table(output, name):
    return pd.read_csv(output / f'{name}.csv', keep_default_na=False)


def corrections(output):
    with open(output / 'corrections.csv', encoding='utf-8', newline='') as file:
        return [{key: value for key, value in row.items() if value} for row in csv.DictReader(file)]


def open_document(page, server, doc_id):
    page.goto(f'{server.url}#/doc/{quote(doc_id, safe="")}')
    page.wait_for_selector('html[data-review=ready][data-ready="1"]')
    page.wait_for_selector('#doc-text mark[data-kind="mentions"]')


def base(server):
    host, port = server.server_address[:2]
    return f'http://{host}:{port}'


def mention_element(page, row):
    return page.locator(f'#doc-text mark[data-kind="mentions"][data-type="{row["type"]}"]'
                        f'[data-start="{row["start"]}"][data-stop="{row["stop"]}"]').first


def saved(page, action):
    """Wait for the page to come back with the edit's message."""
    # locators, not wait_for_function: the page's CSP refuses the eval that one needs
    page.wait_for_selector('html[data-review=ready][data-ready="1"]')
    page.wait_for_selector('#review-message:not(:empty):not(.review-saving):not(.review-error)')
    return page.locator('#review-message').inner_text()


def a_person(output):
    mentions = table(output, 'mentions')
    return mentions[mentions.type == 'PER'].iloc[0].to_dict()


def at(frame, row):
    return frame[(frame.doc_id == row['doc_id']) & (frame.start == row['start']) & (frame.stop == row['stop'])]


def test_drop_a_mention(page, server, output):
    person = a_person(output)
    open_document(page, server, person['doc_id'])
    mention_element(page, person).click()
    # the controls are in the report's side panel, under the mention's details, not over them
    expect(page.locator('aside#panel #review-panel #review-drop')).to_be_visible()
    assert f'normal form{person["normal"]}' in page.locator('aside#panel dl').inner_text().replace('\n', '')
    page.click('#review-drop')
    assert 'dropped' in saved(page, 'drop')
    assert corrections(output) == [{'action': 'drop', 'doc_id': person['doc_id'], 'start': str(person['start']),
                                    'stop': str(person['stop'])}]
    assert at(table(output, 'mentions'), person).empty
    assert mention_element(page, person).count() == 0


def test_retype_a_mention(page, server, output):
    person = a_person(output)
    open_document(page, server, person['doc_id'])
    mention_element(page, person).click()
    page.select_option('#review-type', 'ORG')
    page.click('#review-retype')
    assert 'PER -> ORG' in saved(page, 'type')
    assert corrections(output)[-1] == {'action': 'type', 'doc_id': person['doc_id'], 'start': str(person['start']),
                                       'stop': str(person['stop']), 'type': 'ORG'}
    assert at(table(output, 'mentions'), person).iloc[0]['type'] == 'ORG'
    assert mention_element(page, {**person, 'type': 'ORG'}).count() == 1


SELECT = '''([start, stop]) => {
  // a selection of the document's characters start..stop, as a mouse would make it
  const container = document.getElementById('doc-text');
  function point(offset) {
    const runs = Array.from(container.querySelectorAll('[data-offset]'));
    const run = runs.filter(r => Number(r.dataset.offset) <= offset).pop();
    let left = offset - Number(run.dataset.offset);
    const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const length = walker.currentNode.textContent.length;
      if (left <= length) return [walker.currentNode, left];
      left -= length;
    }
    throw new Error('offset ' + offset + ' not in the text');
  }
  const range = document.createRange();
  range.setStart(...point(start));
  range.setEnd(...point(stop));
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  container.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
  return range.toString();
}'''


def unmarked_word(output, doc_id):
    """(start, stop) of a word of six letters or more that no mention covers."""
    import re
    text = (CORPUS / f'{doc_id}.txt').read_text(encoding='utf-8-sig')
    mentions = table(output, 'mentions')
    mentions = mentions[mentions.doc_id == doc_id]
    for match in re.finditer(r'\w{6,}', text):
        if not ((mentions.start < match.end()) & (mentions.stop > match.start())).any():
            return match.start(), match.end(), match.group()
    raise AssertionError('no unmarked word')


def test_add_a_mention_by_selecting_text(page, server, output):
    doc_id = a_person(output)['doc_id']
    start, stop, word = unmarked_word(output, doc_id)
    open_document(page, server, doc_id)
    assert page.evaluate(SELECT, [start, stop]) == word
    page.wait_for_selector('#review-add')
    page.select_option('#review-add-type', 'LOC')
    page.click('#review-add')
    assert 'added LOC' in saved(page, 'add')
    assert corrections(output)[-1] == {'action': 'add', 'doc_id': doc_id, 'start': str(start), 'stop': str(stop),
                                       'type': 'LOC', 'name': word}
    added = at(table(output, 'mentions'), {'doc_id': doc_id, 'start': start, 'stop': stop})
    assert list(added.source) == ['correction'] and list(added.type) == ['LOC']
    assert mention_element(page, {'type': 'LOC', 'start': start, 'stop': stop}).count() == 1


def test_merge_two_entities(page, server, output):
    mentions, entities = table(output, 'mentions'), table(output, 'entities')
    persons = entities[entities.type == 'PER'].sort_values('mentions', ascending=False)
    big, small = persons.iloc[0].to_dict(), persons.iloc[1].to_dict()
    mention = mentions[mentions.entity_id == small['entity_id']].iloc[0].to_dict()
    open_document(page, server, mention['doc_id'])
    mention_element(page, mention).click()
    page.fill('#review-merge-into', big['entity_id'])
    page.click('#review-merge')
    assert 'merged into' in saved(page, 'merge')
    assert corrections(output)[-1] == {'action': 'merge', 'entity_id': small['entity_id'], 'into': big['entity_id']}
    entities = table(output, 'entities')
    assert small['entity_id'] not in set(entities.entity_id)
    assert int(entities[entities.entity_id == big['entity_id']].iloc[0]['mentions']) == big['mentions'] + small['mentions']
    assert mention_element(page, mention).get_attribute('data-entity') == big['entity_id']


def test_audit_ten_rows(page, server, output):
    page.goto(f'{base(server)}/audit?token={server.token}#size=10&seed=2')
    page.wait_for_selector('html[data-audit=ready]')
    items = page.locator('#audit-rows > li')
    assert items.count() == 10
    for index in range(10):
        item = items.nth(index)
        item.locator(f'button[value={"wrong" if index < 2 else "right"}]').click()
        expect(page.locator('#audit-rows > li[data-verdict]:not([data-verdict=""])')).to_have_count(index + 1)
    expect(page.locator('#audit-overall .precision')).to_have_text('80.0%')
    # 8 of 10: the Wilson 95% interval is 49.0% to 94.3%
    assert page.locator('#audit-overall .interval').inner_text() == '49.0% – 94.3%'
    assert page.locator('#audit-progress').inner_text() == '10 of 10 judged'
    with open(output / 'audit.csv', encoding='utf-8', newline='') as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == 10 and {row['reviewer'] for row in rows} == {'anna'}
    assert sorted(row['verdict'] for row in rows) == ['right'] * 8 + ['wrong'] * 2


def test_a_request_without_the_token_gets_403(browser, server):
    context = browser.new_context()
    try:
        page = context.new_page()
        for path in ('/', '/audit', '/api/state', '/review/review.js'):
            assert page.goto(base(server) + path).status == 403, path
        assert page.goto(server.url).status == 200  # with it, and then the cookie
        assert page.goto(base(server) + '/api/state').status == 200
    finally:
        context.close()
