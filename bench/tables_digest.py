"""Digests of the tables a run writes, to show that a change leaves them byte-identical.

    python bench/tables_digest.py > after.json
    python bench/tables_digest.py --compare before.json

Runs the command line on the seeds (corpus/), NEREL train (when ../shared is beside the
project) and the hostile corpus of the tests (legacy code pages, BOM, CRLF, NBSP, emoji,
Kazakh, empty, binary, oversize, broken JSONL/CSV rows), and prints the SHA-256 of every CSV.
`--compare` prints the tables whose bytes differ and exits 1 if any does.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEREL_TRAIN = ROOT.parent / 'shared' / 'eval' / 'nerel' / 'train'


def corpora(scratch):
    """(name, input folder relative to `scratch`, options): documents.csv holds the input paths as given,
    so every run reads from a folder of the same relative name wherever the project and scratch are."""
    sys.path.insert(0, str(ROOT / 'tests'))
    from test_hostile import MAX_BYTES, make_hostile
    shutil.copytree(ROOT / 'corpus', scratch / 'seeds')
    yield 'seeds', 'seeds', []
    if NEREL_TRAIN.is_dir():
        (scratch / 'nerel-train').symlink_to(NEREL_TRAIN)
        yield 'nerel-train', 'nerel-train', []
    make_hostile(scratch / 'hostile')
    yield 'hostile', 'hostile', ['--max-bytes', str(MAX_BYTES)]


def digest(scratch):
    """{corpus: {table file: sha256}} of a fresh run of each corpus."""
    digests = {}
    environment = {**os.environ, 'PYTHONPATH': str(ROOT)}
    for name, folder, options in corpora(scratch):
        output = scratch / f'out-{name}'
        subprocess.run([sys.executable, '-m', 'pipeline', 'run', folder, '-o', str(output), '--no-report', *options],
                       check=False, cwd=scratch, env=environment, stdout=subprocess.DEVNULL)
        digests[name] = {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
                         for path in sorted(output.glob('*.csv'))}
    return digests


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--compare', metavar='JSON', help='digests of an earlier run to compare with')
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        digests = digest(Path(scratch))
    if not args.compare:
        print(json.dumps(digests, indent=1, sort_keys=True))
        return 0
    before = json.loads(Path(args.compare).read_text())
    differ = [f'{name}/{table}' for name in before for table in before[name]
              if digests.get(name, {}).get(table) != before[name][table]]
    for item in differ:
        print('differs:', item)
    print('identical' if not differ else f'{len(differ)} tables differ')
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main())
