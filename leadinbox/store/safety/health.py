"""Is the database whole? SQLite's own checks, for the daily backup (never copy damage over good backups)
and for opening (a file SQLite can open may still fail on its first real read)."""

from __future__ import annotations

from leadinbox.store.database import Database


def quick_check(db: Database) -> str:
    """'ok', or SQLite's first finding. Reads every page: seconds on a large database, so off the GUI thread."""
    return db.execute("PRAGMA quick_check(1)").fetchone()[0]


def first_read(db: Database) -> None:
    """Read the schema and the customers table; raises sqlite3.DatabaseError when they are damaged."""
    db.execute("SELECT count(*) FROM customers").fetchone()
