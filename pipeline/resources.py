"""Where the model files live: the package's models/ folder (in a wheel), or the
checkout's models/ beside the package; ENTITY_PIPELINE_MODELS overrides both.

Nothing here imports a stage: stages resolve the paths in their config through it.
"""

import os
from pathlib import Path

from pipeline.errors import ConfigError

PACKAGE = Path(__file__).resolve().parent


def models_dir():
    """The folder of the shipped models: `pipeline/models` in an installed wheel, `models/` in a checkout."""
    installed = PACKAGE / 'models'
    return installed if installed.is_dir() else PACKAGE.parent / 'models'


MODELS_DIR = Path(os.environ.get('ENTITY_PIPELINE_MODELS') or models_dir())
DEFAULT_CONFIG = 'pipeline.cfg'


def resolve_model_path(path):
    """A path from the config, relative to the models folder unless absolute."""
    path = Path(path)
    if not path.is_absolute():
        path = MODELS_DIR / path
    if not path.exists():
        raise ConfigError(f'model file not found: {path} (set ENTITY_PIPELINE_MODELS or fix the config)')
    return path
