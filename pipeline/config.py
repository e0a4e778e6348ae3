"""Registry and configuration: where models live, which stages run.

The pipeline is a list of stage names in `models/pipeline.cfg` (spaCy's config
format); each name is a factory registered with `@Language.factory`.
"""

import os
from pathlib import Path

MODELS_DIR = Path(os.environ.get('ENTITY_PIPELINE_MODELS', Path(__file__).resolve().parent.parent / 'models'))
DEFAULT_CONFIG = 'pipeline.cfg'


class ConfigError(ValueError):
    """Bad configuration: raised before any document is read."""


def resolve_model_path(path):
    """A path from the config, relative to the models folder unless absolute."""
    path = Path(path)
    if not path.is_absolute():
        path = MODELS_DIR / path
    if not path.exists():
        raise ConfigError(f'model file not found: {path} (set ENTITY_PIPELINE_MODELS or fix the config)')
    return path


def read_config(path=None):
    """The pipeline config (spaCy format), checked: stage names must be registered."""
    from spacy.util import load_config

    from . import stages  # noqa: F401  (registers the factories)
    from spacy.language import Language

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
        known = ', '.join(sorted(stages.STAGES))
        raise ConfigError(f'{path}: unknown stage(s) {", ".join(unknown)}; known stages: {known}')
    return config
