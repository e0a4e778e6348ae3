"""The errors a caller can act on: bad configuration, bad input paths."""


class ConfigError(ValueError):
    """Bad configuration: raised before any document is read."""


class InputError(ValueError):
    """An input path that does not exist or holds no articles."""
