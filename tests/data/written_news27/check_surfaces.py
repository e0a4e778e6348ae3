"""Check that every gold entity of this folder has its surfaces listed in surfaces.json and that
each surface occurs in its document's text.

    python3 tests/data/written_news27/check_surfaces.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    gold = json.loads((HERE / 'gold.json').read_text(encoding='utf-8'))
    surfaces = json.loads((HERE / 'surfaces.json').read_text(encoding='utf-8'))
    bad = []
    for doc in gold['documents']:
        text = (HERE / f'{doc["doc_id"]}.txt').read_text(encoding='utf-8')
        listed = {(row['type'], row['name']): row['surfaces'] for row in surfaces[doc['doc_id']]}
        for entity in doc['entities']:
            key = (entity['type'], entity['name'])
            if not listed.get(key):
                bad.append(f'{doc["doc_id"]}: no surfaces for {key}')
            for surface in listed.get(key, []):
                if surface not in text:
                    bad.append(f'{doc["doc_id"]}: {surface!r} not in the text')
    print('\n'.join(bad) or 'all surfaces found')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
