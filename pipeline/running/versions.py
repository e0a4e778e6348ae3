"""What produced a run's rows besides its input: package versions and model file hashes.

The cache's fingerprint (a change reprocesses every document) and the run
manifest (`run.json`) both read them here, so the two never disagree on what
counts.
"""

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

# the packages whose code or data decide the rows (numpy: slovnet's arithmetic)
PACKAGES = ('entity-pipeline', 'spacy', 'natasha', 'slovnet', 'navec', 'pymorphy3', 'pymorphy3-dicts-ru',
            'razdel', 'pandas', 'numpy')


def file_sha256(path):
    """The sha256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, 'rb') as file:
        for block in iter(lambda: file.read(1 << 20), b''):
            digest.update(block)
    return digest.hexdigest()


def package_versions():
    """{package: installed version, or None}."""
    found = {}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def model_paths():
    """{name: path} of our models/ files and the natasha weights the NER loads."""
    from pipeline.resources import MODELS_DIR
    paths = {}
    if MODELS_DIR.is_dir():
        for path in sorted(MODELS_DIR.rglob('*')):
            if path.is_file() and not path.name.startswith('.'):
                paths[f'models/{path.relative_to(MODELS_DIR).as_posix()}'] = path
    try:
        from natasha.data import NEWS_EMBEDDING, NEWS_NER
        for path in (NEWS_EMBEDDING, NEWS_NER):
            paths[f'natasha/{Path(path).name}'] = Path(path)
    except ImportError:
        pass
    return paths


def model_files():
    """{name: sha256} of the model files (`model_paths`).

    A run asks twice (the cache's fingerprint, then the manifest): the hashes are
    kept while no file's size or modification time changes (the navec
    embedding alone takes ~0.15 s to hash).
    """
    stats = []
    for name, path in model_paths().items():
        try:
            stat = path.stat()
        except OSError:
            continue
        stats.append((name, str(path), stat.st_size, stat.st_mtime_ns))
    return dict(hashed(tuple(stats)))


@lru_cache(maxsize=4)
def hashed(stats):
    found = []
    for name, path, _, _ in stats:
        try:
            found.append((name, file_sha256(path)))
        except OSError:
            pass
    return tuple(found)
