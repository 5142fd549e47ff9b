"""Stopping SQLite work from another thread: what a background job does to the connection its work runs on."""

from __future__ import annotations

from collections.abc import Callable

from leadinbox.store.database import Database

# SQLite asks this often (in virtual-machine steps) whether to go on: a cancel also stops a statement that
# started just after interrupt() (between two statements nothing runs to be interrupted).
CHECK_STEPS = 10_000


def stop_when(db: Database, cancelled: Callable[[], bool]) -> None:
    """Every statement on `db` stops (SQLITE_INTERRUPT) once `cancelled()` is true."""
    db.conn.set_progress_handler(cancelled, CHECK_STEPS)


def interrupt(db: Database) -> None:
    """From any thread: the statement running on `db` now stops; its transaction is rolled back."""
    db.conn.interrupt()


def close(db: Database) -> None:
    db.close()
