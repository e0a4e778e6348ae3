"""The pipeline as a spaCy Language: the config read and checked, the stages added.

The pipeline is a list of stage names in `models/pipeline.cfg` (spaCy's config
format); each name is a factory registered with `@Language.factory` in its
module under `nlp/stages/`, imported by `nlp/registry.py`.
"""

import sys
from pathlib import Path

from pipeline.nlp.spacy_import import import_spacy

spacy = import_spacy()  # before any other spaCy import of this module's

from pipeline.errors import ConfigError  # noqa: E402
from pipeline.nlp.tokenizer import TOKENIZER_CONFIG, lean_lexemes  # noqa: E402
from pipeline.resources import DEFAULT_CONFIG, MODELS_DIR  # noqa: E402


def read_config(path=None):
    """The pipeline config (spaCy format), checked: stage names must be registered."""
    from spacy.language import Language
    from spacy.util import load_config

    from pipeline.nlp import registry  # registers the factories

    path = Path(path) if path else MODELS_DIR / DEFAULT_CONFIG
    if not path.is_file():
        raise ConfigError(f'pipeline config not found: {path}')
    try:
        config = load_config(path)
    except Exception as error:
        raise ConfigError(f'cannot read pipeline config {path}: {error}') from error
    names = config.get('nlp', {}).get('pipeline')
    if not names or not isinstance(names, list):
        raise ConfigError(f'{path}: [nlp] pipeline must be a list of stage names')
    unknown = [name for name in names if not Language.has_factory(name)]
    if unknown:
        known = ', '.join(sorted(registry.STAGES))
        raise ConfigError(f'{path}: unknown stage(s) {", ".join(unknown)}; known stages: {known}')
    return config


def load(config=None, disable=()):
    """The pipeline as a spaCy Language, stages as listed in the config.

    >>> nlp = load()
    >>> doc = nlp('Спикер Сената Маулен Ашимбаев прибыл в Усть-Каменогорск.')
    >>> [(span.text, span.label_, span._.normal) for span in doc.ents]
    """
    settings = read_config(config)
    nlp = spacy.blank(settings['nlp'].get('lang', 'ru'), config=TOKENIZER_CONFIG)
    # spaCy refuses texts over 1,000,000 characters, for the memory of its parser,
    # which this pipeline has not; --max-bytes bounds the inputs (a 5 MB file is
    # 2.6 M Cyrillic characters)
    nlp.max_length = sys.maxsize
    lean_lexemes(nlp.vocab)
    components = settings.get('components', {})
    for name in settings['nlp']['pipeline']:
        if name in disable:
            continue
        try:
            nlp.add_pipe(name, config=dict(components.get(name, {})))
        except ConfigError:
            raise
        except Exception as error:
            raise ConfigError(f'stage {name!r} could not be set up: {error}') from error
    return nlp
