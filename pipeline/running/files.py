"""Writing into an output folder so that a killed run never leaves a half-written file
in place: a temporary name (with this process's id, so leftovers of a dead run can be
told from a live run's) renamed into place once complete."""

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

FILE_MODE = 0o644  # mkstemp's 0600 would hide the tables from colleagues
FOLDER_MODE = 0o755


@contextlib.contextmanager
def atomic_file(path, encoding='utf-8', newline=None):
    """An open text file that becomes `path` when the block ends without error.

    >>> with atomic_file('out/run.json') as file:
    ...     file.write('{}')
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f'.{path.name}.{os.getpid()}.', suffix='.tmp', dir=path.parent)
    try:
        with os.fdopen(handle, 'w', encoding=encoding, newline=newline) as file:
            yield file
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def place_file(staged, path):
    """Rename a complete file (from a `staging_folder`) into place as `path`, readable by all."""
    os.chmod(staged, FILE_MODE)
    os.replace(staged, path)


def staging_folder(parent, prefix):
    """A new temporary folder `<parent>/<prefix><pid>-*`, after removing those of dead processes."""
    parent = Path(parent)
    parent.mkdir(parents=True, exist_ok=True)
    remove_stale(parent, prefix)
    return Path(tempfile.mkdtemp(prefix=f'{prefix}{os.getpid()}-', dir=parent))


def remove_stale(folder, prefix):
    """Remove `<prefix><pid>-*` folders left by killed runs (their process is gone)."""
    for path in Path(folder).glob(f'{prefix}*'):
        pid = path.name[len(prefix):].split('-')[0]
        if not (path.is_dir() and pid.isdigit()):
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(path, ignore_errors=True)
        except OSError:
            pass


def replace_folder(staging, target):
    """Put a complete folder in place of `target` (the old one, if any, is removed after)."""
    target = Path(target)
    os.chmod(staging, FOLDER_MODE)
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f'.{target.name}-{os.getpid()}-old-', dir=target.parent))
        os.replace(target, old / target.name)
    os.replace(staging, target)
    if old:
        shutil.rmtree(old, ignore_errors=True)
