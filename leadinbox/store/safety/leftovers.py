"""Copies being written (a backup, a write-back) under a hidden `.partial` name, and those a killed process left.

A writer holds an exclusive lock on its partial file for as long as it writes; the OS drops the lock when the
writer dies. So a partial file whose lock can be taken belongs to nobody: it is removed the next time any
LeadInbox process opens the database. It may hold a whole copy of the database, personal data included, that
no list of backups shows and no erasure would otherwise reach.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger("leadinbox.leftovers")

# `.leadinbox-….sqlite.partial` (backups), `.leadinbox.sqlite.partial` (write-back, data move), and the
# journal or log SQLite keeps beside one while it is written.
_PARTIAL = re.compile(r"^\..+\.partial(-journal|-wal|-shm)?$")
_SIDE = ("-journal", "-wal", "-shm")

if os.name == "posix":
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
else:  # pragma: no cover - Windows: a file another process has open cannot be deleted there
    def _lock(fd: int) -> bool:
        return True


@contextmanager
def partial_file(path: Path) -> Iterator[Path]:
    """Create `path` (0600, emptied) and hold its lock while the caller writes it through another handle
    (SQLite's). The caller renames it into place, or removes it, inside the block."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR | os.O_TRUNC, 0o600)
    try:
        _lock(fd)
        yield path
    finally:
        os.close(fd)      # after SQLite's own handle is closed: closing a descriptor drops its locks


def remove_leftovers(*folders: Path) -> list[Path]:
    """Remove the partial files in `folders` that no living process is writing; returns what went."""
    removed = []
    for folder in folders:
        try:
            names = [entry for entry in os.scandir(folder) if _PARTIAL.match(entry.name) and entry.is_file()]
        except OSError:
            continue                       # no such folder (yet), or not readable
        for entry in names:
            if _orphan(Path(entry.path)):
                removed.append(Path(entry.path))
    if removed:
        log.info("removed %d partial copies left by an interrupted backup or write", len(removed))
    return removed


def _orphan(path: Path) -> bool:
    """Remove `path` if its writer is gone; True when removed."""
    owner = next((Path(str(path)[:-len(side)]) for side in _SIDE if path.name.endswith(side)), path)
    try:
        fd = os.open(owner if owner.exists() else path, os.O_RDONLY)
    except OSError:
        return False
    try:
        if not _lock(fd):
            return False                   # being written right now
        path.unlink(missing_ok=True)
        return True
    except OSError:
        return False                       # a read-only folder; Windows: open elsewhere
    finally:
        os.close(fd)
