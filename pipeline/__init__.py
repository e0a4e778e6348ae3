"""Entity extraction for Russian news: people, organisations, places, figures, dates."""

from .api import Result, load, run
from .config import ConfigError
from .io import InputError

__all__ = ['load', 'run', 'Result', 'ConfigError', 'InputError']
__version__ = '0.1.0'
