"""Locks beside the database, released by the OS when their holder dies (no stale lock after a crash or a kill).

One window per database (InstanceLock, `<db>.lock`): the command line does not take it, SQLite's own locking
keeps a command's writes safe beside the window. Every process that has the database open, window or command,
holds DatabaseInUse (`<db>.inuse`) shared; removing or replacing the file (a command's empty new database, a
restore) takes it exclusively, so it never happens under a process that still has the file open."""

from __future__ import annotations

import errno
import os
from pathlib import Path

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    # Windows has no shared lock here, and needs none: a file another process has open cannot be deleted
    # or replaced there (SQLite opens it without FILE_SHARE_DELETE), so the removal itself fails.
    def _share(fd: int) -> None:
        pass

    def _try_exclusive(fd: int) -> bool:
        return True
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _share(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_SH)   # waits only while a file is being removed or replaced

    def _try_exclusive(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            # A failed conversion may have dropped the shared lock (flock(2)): take it again.
            fcntl.flock(fd, fcntl.LOCK_SH)
            return False
        return True


def lock_path(db_path: Path) -> Path:
    return Path(f"{db_path}.lock")


class InstanceLock:
    """`acquire()` is True for the first window on a database; the file also holds that process's id."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return True

    def holder(self) -> int | None:
        """The process id written by the holder (for the message), if readable."""
        try:
            text = self.path.read_text().strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)      # closing the descriptor releases the lock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def in_use_path(db_path: Path) -> Path:
    return Path(f"{db_path}.inuse")


class DatabaseInUse:
    """`share()` while the database is open; `exclusive()` (after share) before removing or replacing it:
    False while any other process has it open. The lock file goes with the database it guards."""

    def __init__(self, db_path: Path) -> None:
        self.path = in_use_path(db_path)
        self._fd: int | None = None

    def share(self) -> DatabaseInUse:
        """Take the shared lock, creating the lock file (and its private folder) if needed."""
        from leadinbox.paths import private_dir
        if self._fd is not None:
            return self
        try:
            private_dir(self.path.parent)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except (PermissionError, OSError) as exc:
            if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                # A folder nobody can write to: nothing can remove or replace the file in it either, and
                # reading must go on. Held as nothing; exclusive() is then False (nothing is removed).
                return self
            raise
        while True:
            _share(fd)
            # The file may have been removed (with its database) while this waited: a lock on a file no
            # longer at the path guards nothing. Take the one that is there now.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                return self
            os.close(fd)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)

    def exclusive(self) -> bool:
        return self._fd is not None and _try_exclusive(self._fd)

    def remove(self) -> None:
        """Under the exclusive lock: the lock file goes (with the database it guarded); then released."""
        self.path.unlink(missing_ok=True)
        self.release()

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
