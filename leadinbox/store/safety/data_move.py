"""Moving the data folder: the database copied with SQLite's backup API (consistent while the app has it
open), the rest of the folder (backups) as files, the copy checked before anything points at it.

The old folder is left as it was: the user deletes it once LeadInbox runs from the new one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from leadinbox.store.database import Database

from leadinbox.paths import DB_NAME, private_dir
from leadinbox.store.safety.leftovers import partial_file

# Beside the live database and never copied: SQLite's own files, the window's lock and hand-over mailbox.
_LIVE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock", ".handover")


class MoveRefused(Exception):
    """The move cannot be done; the message says why, `code` names the reason for a translated message:
    same, nested, not_empty or bad_copy."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def check_target(source: Path, target: Path) -> None:
    source, target = source.resolve(), target.resolve()
    if target == source:
        raise MoveRefused("that is the current data folder", "same")
    if target.is_relative_to(source) or source.is_relative_to(target):
        raise MoveRefused("the new folder cannot be inside the current one, nor hold it", "nested")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise MoveRefused(f"{target} is not empty; choose an empty or a new folder", "not_empty")


def move_data_folder(db: Database, source: Path, target: Path) -> Path:
    """Copy the data folder `source` (holding the open database `db`) to `target`; returns the new database
    path. Nothing is left at `target` when the copy fails."""
    check_target(source, target)
    created = not target.exists()
    private_dir(target)
    try:
        for item in sorted(source.iterdir()):
            if item.name == DB_NAME or item.name.startswith(DB_NAME) and item.name.endswith(_LIVE_SUFFIXES):
                continue
            if item.is_dir():
                shutil.copytree(item, target / item.name, copy_function=shutil.copy2)
            else:
                shutil.copy2(item, target / item.name)
        return _copy_database(db, target / DB_NAME)
    except BaseException:
        if created:
            shutil.rmtree(target, ignore_errors=True)
        else:
            for item in target.iterdir():
                shutil.rmtree(item, ignore_errors=True) if item.is_dir() else item.unlink(missing_ok=True)
        raise


def _copy_database(db: Database, path: Path) -> Path:
    partial = path.with_name(f".{path.name}.partial")
    with partial_file(partial):        # locked while written: a killed move's copy is removed at the next open
        dest = sqlite3.connect(str(partial))
        try:
            db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = WAL")     # as the database it replaces
            verdict = dest.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dest.close()
        if verdict != "ok":
            raise MoveRefused(f"the copy of the database did not check out ({verdict}); nothing was moved",
                              "bad_copy")
        os.replace(partial, path)
    return path
