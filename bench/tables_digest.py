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
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEREL_TRAIN = ROOT.parent / 'shared' / 'eval' / 'nerel' / 'train'


def corpora(scratch):
    sys.path.insert(0, str(ROOT / 'tests'))
    from test_hostile import MAX_BYTES, make_hostile
    yield 'seeds', [str(ROOT / 'corpus')], []
    if NEREL_TRAIN.is_dir():
        yield 'nerel-train', [str(NEREL_TRAIN)], []
    yield 'hostile', [str(make_hostile(Path(scratch) / 'hostile'))], ['--max-bytes', str(MAX_BYTES)]


def digest(scratch):
    """{corpus: {table file: sha256}} of a fresh run of each corpus."""
    digests = {}
    for name, inputs, options in corpora(scratch):
        output = Path(scratch) / f'out-{name}'
        subprocess.run([sys.executable, '-m', 'pipeline', 'run', *inputs, '-o', str(output), '--no-report', *options],
                       check=False, cwd=ROOT, stdout=subprocess.DEVNULL)
        digests[name] = {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
                         for path in sorted(output.glob('*.csv'))}
    return digests


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--compare', metavar='JSON', help='digests of an earlier run to compare with')
    args = parser.parse_args()
    # a fixed folder: documents.csv holds the input paths
    scratch = Path(tempfile.gettempdir()) / 'entity-pipeline-digest'
    shutil.rmtree(scratch, ignore_errors=True)
    try:
        digests = digest(scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
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
