"""The pipeline's fingerprint: a hash of everything that decides a document's
rows besides its text. A document is taken from the cache only while its
content and this fingerprint are what they were."""

import hashlib
import json
import marshal
import sys
from pathlib import Path

from pipeline.running.cache.codec import FORMAT
from pipeline.running.versions import model_files, package_versions


def code_files():
    """The package's Python files (every stage, not only the running code), sorted."""
    from pipeline.resources import PACKAGE
    return sorted(PACKAGE.rglob('*.py'))


def fingerprint(config=None, nlp=None):
    """A hash of the code, the models, the config and the package versions.

    `nlp`: a pipeline given to `run()` instead of loaded from the config (its
    stages and their settings count too).
    """
    from pipeline.resources import DEFAULT_CONFIG, MODELS_DIR, PACKAGE
    digest = hashlib.sha256()
    digest.update(f'format {FORMAT}; python {sys.version}; marshal {marshal.version}\n'.encode())
    digest.update(json.dumps(package_versions(), sort_keys=True).encode())
    for path in code_files():
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b'\0' + path.read_bytes())
    digest.update(json.dumps(model_files(), sort_keys=True).encode())
    config = Path(config) if config else MODELS_DIR / DEFAULT_CONFIG
    if config.is_file():
        digest.update(b'config\0' + config.read_bytes())
    if nlp is not None:
        try:
            digest.update(b'nlp\0' + nlp.config.to_str().encode('utf-8'))
        except Exception:
            digest.update(b'nlp\0' + repr(nlp.pipe_names).encode('utf-8'))
    return digest.hexdigest()
