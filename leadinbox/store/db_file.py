"""Is the file at the database's path still the one the app opened; if not, write what the app holds back."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from leadinbox.store.database import Database

from leadinbox.paths import private_dir
from leadinbox.store.db import backup_database, connect
from leadinbox.store.safety.leftovers import partial_file

GONE = "gone"            # no file at the path
REPLACED = "replaced"    # a file, but not the one opened (moved away and another put there, or recreated)
SIDE_FILES = ("-wal", "-shm")


def identity(path: Path | str) -> tuple[int, int] | None:
    """(st_dev, st_ino) of the file at `path`, None when there is none."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


def problem(path: Path | str, opened: tuple[int, int] | None) -> str | None:
    """GONE or REPLACED when the file at `path` is not the one whose identity was taken at open; None if it is."""
    now = identity(path)
    if now is None:
        return GONE
    return None if opened is None or now == opened else REPLACED


def write_back(db: Database, target: Path, *, now: datetime | None = None) -> tuple[int, int]:
    """Write everything the still-open connection reads (an unlinked file reads fine) to `target` through
    SQLite's backup API, then continue on it: `db` gets a connection to `target`. A file found at `target`
    is copied into backups/ as `replaced-…` first, never deleted unseen. Returns the new identity."""
    target = Path(target)
    private_dir(target.parent)
    if target.exists():
        _keep_aside(target, now)
    partial = target.parent / f".{target.name}.partial"
    with partial_file(partial):       # locked while written: a killed write's copy is removed at the next open
        try:
            dest = sqlite3.connect(str(partial))
            try:
                db.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")    # one self-contained file until it is renamed
            finally:
                dest.close()
            for suffix in SIDE_FILES:       # a -wal left by another file would be replayed into ours
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            os.replace(partial, target)
        except BaseException:
            for leftover in (partial, Path(f"{partial}-journal")):
                leftover.unlink(missing_ok=True)
            raise
    conn = connect(target)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    old, db.conn = db.conn, conn      # every holder of `db` now writes to the file at the path
    old.close()
    return identity(target)


def _keep_aside(target: Path, now: datetime | None) -> None:
    """Another file took the path (a command-line import made a new database): keep a copy of it."""
    try:
        other = Database(connect(target))
        try:
            # A safety copy (kept 30 days), listed with the backups: the user can restore it.
            backup_database(other, target.parent / "backups", reason="before-write-back",
                            now=now or datetime.now(timezone.utc))
        finally:
            other.close()
    except sqlite3.DatabaseError:      # not a database at all: moved aside as it is
        os.replace(target, private_dir(target.parent / "backups") / f"replaced-{target.name}")
        return
    target.unlink()
