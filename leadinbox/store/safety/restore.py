"""Restoring a backup: checked first, the current database backed up, erasures made since re-applied,
then copied over the live database in one step (SQLite's backup API, so other connections stay safe)."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from leadinbox.store.database import Database

from leadinbox.store.safety import suppression
from leadinbox.store.safety.backups import Backup, BackupInfo, folder_for, inspect, list_backups, make_backup
from leadinbox.store.db import BACKUP_OF, StoreError, connect, migrate_database, private_dir
from leadinbox.store.safety.erase import apply_suppressions

log = logging.getLogger("leadinbox.restore")


class RestoreRefused(StoreError):
    """The chosen backup cannot be restored (damaged, not LeadInbox's, from a newer LeadInbox)."""


@dataclass
class Restored:
    info: BackupInfo
    safety_copy: Path | None      # the database as it was before, in the backups folder
    erased_again: int             # customers erased after the backup was taken, erased again


def as_backup(path: Path) -> Backup:
    """A file given by path (`leadinbox restore FILE`), named like a backup or not."""
    found = [b for b in list_backups(path.parent) if b.path == path]
    if found:
        return found[0]
    taken = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    return Backup(path, taken, "file")


def _checked(backup: Backup) -> BackupInfo:
    info = inspect(backup, check=True)
    if info.problem:
        raise RestoreRefused(f"{backup.path.name} cannot be restored: it is {info.problem}")
    return info


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _prepared_copy(backup: Backup, db_path: Path, entries: list, now: datetime | None) -> tuple[Path, int]:
    """The backup copied beside the database, migrated, with today's suppression list merged and applied."""
    temp = db_path.parent / f".restore-{_stamp(now)}.sqlite"
    os.close(os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    try:
        source = sqlite3.connect(f"file:{backup.path}?mode=ro&immutable=1", uri=True)
        target = sqlite3.connect(temp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            source.close()
            target.close()
        copy = Database(connect(temp))
        try:
            migrate_database(copy, None)          # a backup from before a migration
            with copy.atomic():
                suppression.merge(copy, entries)
                # Restored, it is the database again, no longer a copy of one.
                copy.execute("DELETE FROM settings WHERE key = ?", (BACKUP_OF,))
            erased = apply_suppressions(copy)
        finally:
            copy.close()
    except BaseException:
        _remove(temp)
        raise
    return temp, erased


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def restore_backup(db: Database, db_path: Path, backup: Backup, *, now: datetime | None = None) -> Restored:
    """Replace the open database `db` with `backup`. The caller refreshes its views afterwards (the same
    connection stays valid) and must not run another write meanwhile."""
    info = _checked(backup)
    safety = make_backup(db, db_path, "before-restore", now=now)
    temp, erased = _prepared_copy(backup, Path(db_path), suppression.entries(db), now)
    try:
        source = sqlite3.connect(temp)
        try:
            source.backup(db.conn)   # one write transaction over the live file: all of it or none of it
        finally:
            source.close()
    finally:
        _remove(temp)
    log.info("restored backup %s (%s customers); %d erased customers erased again",
             backup.path.name, info.customers, erased)
    return Restored(info, safety.path, erased)


def restore_over_damaged(db_path: Path, backup: Backup, *, now: datetime | None = None) -> Restored:
    """The database cannot be opened (damaged, or not LeadInbox's): it is moved aside into the backups folder,
    never deleted, and the backup takes its place."""
    info = _checked(backup)
    db_path = Path(db_path)
    entries = _entries_if_readable(db_path)
    temp, erased = _prepared_copy(backup, db_path, entries, now)
    aside = private_dir(folder_for(db_path)) / f"damaged-{_stamp(now)}-{db_path.name}"
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{db_path}{suffix}").exists():
            os.replace(f"{db_path}{suffix}", f"{aside}{suffix}")
    os.replace(temp, db_path)
    log.info("database could not be opened; moved aside to %s and replaced by backup %s", aside.name,
             backup.path.name)
    return Restored(info, aside, erased)


def _entries_if_readable(db_path: Path) -> list:
    """The suppression list of a damaged database, as far as it can still be read."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT salt, digest, erased_at FROM suppressions").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []
