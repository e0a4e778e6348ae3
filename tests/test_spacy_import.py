"""spaCy imported by the pipeline without its command line, which stays importable."""

import subprocess
import sys

import pytest

# each line runs in a fresh interpreter (a module once imported stays imported)
PROBE = '''
import sys
import pipeline.nlp.language
import spacy
print({expression})
'''


@pytest.mark.parametrize('expression, expected', [
    ("'spacy.cli' in sys.modules or 'typer' in sys.modules", 'False'),   # the command line is not loaded
    ("'spacy.cli.info' in sys.modules", 'False'),                          # the stand-in is forgotten
    ("spacy.info.__module__", 'pipeline.nlp.spacy_import'),                # `spacy.info` loads it when called
    ("__import__('spacy.cli').cli.info.__module__", 'spacy.cli.info'),     # the real one on request
    ("type(spacy.blank('ru')).__name__", 'Russian'),
])
def test_spacy_without_its_command_line(expression, expected):
    found = subprocess.run([sys.executable, '-c', PROBE.format(expression=expression)], capture_output=True,
                           text=True, check=True)
    assert found.stdout.strip() == expected
