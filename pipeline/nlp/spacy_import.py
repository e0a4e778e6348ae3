"""spaCy imported without its command line.

`import spacy` runs `from .cli.info import info` for the `spacy.info` shortcut,
which imports all of spaCy's command line (typer, weasel, httpx, requests,
jinja2 and every command's module): about a third of the time of importing
spaCy, paid by every process that runs the pipeline, which never uses it.
"""

import sys
import types

CLI_INFO = 'spacy.cli.info'


def spacy_info(*args, **kwargs):
    """`spacy.info`, importing spaCy's command line on first use."""
    from spacy.cli.info import info
    return info(*args, **kwargs)


def import_spacy():
    """The `spacy` module; on its first import, `spacy.cli.info` is a stand-in holding
    `spacy_info` while spaCy's `__init__` runs, then forgotten, so that a later
    `import spacy.cli` loads the real one."""
    if 'spacy' in sys.modules or CLI_INFO in sys.modules:
        import spacy
        return spacy
    stand_in = types.ModuleType(CLI_INFO)
    stand_in.info = spacy_info
    sys.modules[CLI_INFO] = stand_in
    try:
        import spacy
    finally:
        if sys.modules.get(CLI_INFO) is stand_in:
            del sys.modules[CLI_INFO]
    return spacy
