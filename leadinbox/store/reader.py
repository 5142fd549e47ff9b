"""A second, read-only connection to the open database file, for work done beside the GUI thread."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from leadinbox.store.database import Database

from leadinbox.store.db import BUSY_TIMEOUT_S


def database_file(db: Database) -> str | None:
    """The file `db` reads; None for an in-memory database (nothing else can open that)."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or None
    return None


def open_reader(file: str) -> Database:
    """Read-only: it can never write, migrate or create anything, even by mistake. WAL lets it read while
    the window's connection writes."""
    conn = sqlite3.connect(f"file:{quote(str(Path(file)))}?mode=ro", uri=True, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    return Database(conn)
