"""Deleting personal data so that it is gone from the file, not only unlinked: secure_delete while deleting,
the search index rewritten without the deleted terms, and the write-ahead log folded in and emptied."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database


@contextmanager
def secure_delete(db: Database) -> Iterator[None]:
    """Deleted rows' bytes are overwritten with zeros (and freed pages too), for this connection meanwhile."""
    before = db.execute("PRAGMA secure_delete").fetchone()[0]
    db.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        db.execute(f"PRAGMA secure_delete = {int(before)}")


def optimise_index(db: Database) -> None:
    """FTS5 deletes by writing tombstones; 'optimize' merges every segment into one, dropping the deleted
    terms for good. Run it inside the purge's transaction."""
    db.execute("INSERT INTO customer_fts (customer_fts) VALUES ('optimize')")


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
    """After a purge has committed (its index optimised inside the same transaction, so a full disk rolls
    back everything): the log folded in."""
    return fold_log(db)
