"""A database file a command created for nothing: removed again, so a refused first import leaves no empty
database behind (and no backups note, no "which database is this" later)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from leadinbox.store.lock import DatabaseInUse, InstanceLock, lock_path

# What only a user's own work puts in a database; the migrations write settings (the suppression salt), no rows
# in these.
_WORK = ("batches", "customers", "leads", "suppressions", "attempts", "notes", "appointments")


def remove_if_unused(db_path: Path, in_use: DatabaseInUse | None = None) -> bool:
    """Remove the (closed) database at `db_path` when it holds none of the user's work and no other process
    has it open (a window, or another command that may be writing its first import right now); True when
    removed. The caller knows it created the file; this checks nobody wrote it since. `in_use`: the caller's
    shared DatabaseInUse lock, released here either way."""
    db_path = Path(db_path)
    in_use = in_use or DatabaseInUse(db_path).share()
    try:
        if not in_use.exclusive():
            return False             # another process has it open: its work may be on the way
        if _remove(db_path):
            in_use.remove()
            return True
        return False
    finally:
        in_use.release()


def _remove(db_path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            if any(conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() for table in _WORK):
                return False
            # A connected lead source is the user's work too (`leadinbox connect` into a new database).
            if conn.execute("SELECT 1 FROM settings WHERE key LIKE 'source:%' LIMIT 1").fetchone():
                return False
        finally:
            conn.close()
    except sqlite3.Error:
        return False                 # not what we made, or unreadable: leave it alone
    had_lock = lock_path(db_path).exists()
    lock = InstanceLock(db_path)
    if not lock.acquire():
        return False                 # a window opened it meanwhile
    try:
        try:
            db_path.unlink(missing_ok=True)
        except OSError:
            return False             # Windows: another process has it open (or the folder is read-only)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    finally:
        lock.release()
        if not had_lock:
            lock_path(db_path).unlink(missing_ok=True)
    return True
