"""The surfaces a written set's gold was annotated from occur in its texts.

A set that keeps them (`surfaces.json` beside its gold) lists, per document, either the surfaces of each
gold entity (`[{"type", "name", "surfaces"}]`: every entity of the gold must have some) or just the
surfaces (`["...", ...]`). A typo in a surface, or an entity annotated from a text since changed, fails here.
"""

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / 'data'
FOLDERS = sorted(path.parent for path in DATA.glob('written_*/surfaces.json'))


def test_some_sets_keep_their_surfaces():
    assert len(FOLDERS) >= 3


def _problems(folder):
    gold = json.loads((folder / 'gold.json').read_text(encoding='utf-8'))
    surfaces = json.loads((folder / 'surfaces.json').read_text(encoding='utf-8'))
    problems = []
    for doc in gold['documents']:
        text = (folder / f'{doc["doc_id"]}.txt').read_text(encoding='utf-8')
        rows = surfaces.get(doc['doc_id'])
        if rows is None:
            problems.append(f'{doc["doc_id"]}: no surfaces listed')
            continue
        if rows and isinstance(rows[0], dict):
            listed = {(row['type'], row['name']): row['surfaces'] for row in rows}
            problems += [f'{doc["doc_id"]}: no surfaces for {entity["type"]} {entity["name"]}'
                         for entity in doc['entities'] if not listed.get((entity['type'], entity['name']))]
            rows = [surface for row in rows for surface in row['surfaces']]
        problems += [f'{doc["doc_id"]}: {surface!r} not in the text' for surface in rows if surface not in text]
    return problems


@pytest.mark.parametrize('folder', FOLDERS, ids=lambda folder: folder.name)
def test_every_surface_occurs_in_its_text(folder):
    assert _problems(folder) == []
