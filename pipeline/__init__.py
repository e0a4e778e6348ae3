"""Entity extraction for Russian news: people, organisations, places, figures, dates."""

__all__ = ['load', 'run', 'Result', 'ConfigError', 'InputError']
__version__ = '0.1.0'

# where each public name lives; imported on first use, so that `import pipeline.cli` does not load
# spaCy and pandas (about 1 s) before the command line knows what it will do
_EXPORTS = {'load': 'api', 'run': 'api', 'Result': 'api', 'ConfigError': 'errors', 'InputError': 'errors'}


def __getattr__(name):
    if name not in _EXPORTS:
        raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
    from importlib import import_module
    value = globals()[name] = getattr(import_module(f'.{_EXPORTS[name]}', __name__), name)
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
