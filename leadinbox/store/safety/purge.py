"""Deleting personal data so that it is gone from the file, not only unlinked: secure_delete while deleting,
the search index rewritten without the deleted terms, and the write-ahead log folded in and emptied."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from leadinbox.store.database import Database

log = logging.getLogger("leadinbox.purge")


@contextmanager
def secure_delete(db: Database) -> Iterator[None]:
    """Deleted rows' bytes are overwritten with zeros (and freed pages too), for this connection meanwhile."""
    before = db.execute("PRAGMA secure_delete").fetchone()[0]
    db.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        db.execute(f"PRAGMA secure_delete = {int(before)}")


PENDING = "purge_index_pending"   # settings key: rows were erased, the search index still holds their words
_OPTIMIZE = "INSERT INTO customer_fts (customer_fts) VALUES ('optimize')"


def mark_index(db: Database) -> None:
    """Inside the purge's transaction: note that the search index must be rewritten. FTS5 deletes by
    writing tombstones; 'optimize' merges every segment into one, dropping the deleted words for good.
    That needs room for a second copy of the index, so it runs after the purge commits (finish): on a
    full disk the erase itself still succeeds (SQLite rolls back a whole transaction that runs out of
    room), and the rewrite waits for space. (A backup older than the settings table is rewritten here, all
    or nothing, as before.)"""
    if _has_settings(db):
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, 'true')", (PENDING,))
    else:
        db.execute(_OPTIMIZE)


def pending(db: Database) -> bool:
    return _has_settings(db) and db.execute("SELECT 1 FROM settings WHERE key = ?", (PENDING,)).fetchone() is not None


def retry_pending(db: Database) -> bool | None:
    """Rewrite the search index a purge marked. None when nothing waits (one read); else whether it is
    done. A full disk leaves the mark for the next try (each time the database is opened)."""
    if not pending(db):
        return None
    try:
        with secure_delete(db), db.atomic():
            db.execute(_OPTIMIZE)
            db.execute("DELETE FROM settings WHERE key = ?", (PENDING,))
    except sqlite3.OperationalError as exc:
        if "full" not in str(exc).lower():
            raise
        log.warning("the search index could not be rewritten after an erase: %s; trying again later", exc)
        return False
    return True


def _has_settings(db: Database) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").fetchone() is not None


def fold_log(db: Database) -> bool:
    """Copy the write-ahead log into the database and empty it, so old page images (still holding what was
    deleted) leave the -wal file. False when a reader elsewhere kept it from finishing; the next checkpoint
    does it then."""
    try:
        busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError:
        return False
    return busy == 0


def finish(db: Database) -> bool:
    """After a purge has committed: the search index rewritten (see mark_index) and the log folded in.
    False when the disk was too full to rewrite the index; it is tried again when the database is opened."""
    done = retry_pending(db) is not False
    fold_log(db)
    return done
