"""Checks a run's mentions table against the guarantee of normal forms (`wordforms`).

    python -m pipeline.nlp.guarantee OUTPUT_DIR      # the mentions.csv of a run

Every word of a mention's normal form must be a word of the mention or an
inflection of one; a coordinated mention (`Целиноградском и Аршалынском
районах`) may also take the head it shares from its sentence.
"""

import csv
import sys
from pathlib import Path

from pipeline.nlp.wordforms import unexplained


def violations(rows):
    """(doc_id, text, normal, unexplained words) of the rows whose normal form breaks the guarantee."""
    found = []
    for row in rows:
        words = unexplained(row.get('normal'), row.get('text') or '')
        if words:
            words = unexplained(' '.join(words), row.get('text') or '', shared=[row.get('sentence') or ''])
        if words:
            found.append((row.get('doc_id'), row.get('text'), row.get('normal'), words))
    return found


def check_folder(folder):
    """Violations in `folder`/mentions.csv."""
    with open(Path(folder) / 'mentions.csv', encoding='utf-8', newline='') as file:
        return violations(csv.DictReader(file))


def main(argv=None):
    found = check_folder((argv or sys.argv[1:])[0])
    for violation in found:
        print(*violation, sep='\t')
    print(f'{len(found)} normal forms break the guarantee')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main())
