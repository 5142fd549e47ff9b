"""Secondary indexes dropped before a bulk write and built again after it, inside the same transaction."""

from __future__ import annotations

from collections.abc import Callable

from leadinbox.store.database import Database


def secondary_indexes(db: Database, table: str) -> dict[str, str]:
    """Name -> CREATE statement of the table's own indexes, whichever migration made them (the indexes
    behind UNIQUE constraints have no statement and stay: lookups during the write need them)."""
    return {name: sql for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
        "ORDER BY name", (table,)).fetchall()}


def drop_indexes(db: Database, table: str) -> dict[str, str]:
    """Drop the secondary indexes of `table`; returns them for rebuild_indexes. Building an index once
    after a bulk write is cheaper than maintaining it row by row (perf-floors.md)."""
    indexes = secondary_indexes(db, table)
    for name in indexes:
        db.execute(f"DROP INDEX [{name}]")
    return indexes


def rebuild_indexes(db: Database, indexes: dict[str, str], check: Callable[[], None] | None = None) -> None:
    """Build the indexes again; `check()` runs before each (an import's cancel check)."""
    for sql in indexes.values():
        if check:
            check()
        db.execute(sql)
