"""Backups in the data folder: made with SQLite's backup API, listed with their counts, rotated.

Names are `leadinbox-<UTC time>-<reason>.sqlite`; reasons are `daily` (the app, once a day), `manual`
(`leadinbox backup`), and `before-<what>` (a migration, a restore): the safety copies.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from leadinbox.store.database import Database

from leadinbox.store.db import APPLICATION_ID, BACKUP_OF, backup_database

FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_SAFETY_DAYS = 30   # a copy taken before a migration or a restore outlives the rotation this long
_NAME = re.compile(r"^leadinbox-(\d{8}T\d{6}Z)-([A-Za-z0-9_.-]+)\.sqlite$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime      # UTC
    reason: str

    @property
    def safety(self) -> bool:
        return self.reason.startswith("before-")


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read without changing it. `problem` is None for a usable LeadInbox database."""

    backup: Backup
    customers: int | None
    leads: int | None
    problem: str | None
    source: str | None = None    #: the name of the database file it is a copy of; None when not recorded

    def of(self, db_path: Path) -> bool | None:
        """Whether it is a copy of the database at `db_path`: None when the copy does not say (older copies)."""
        return None if self.source is None else self.source == Path(db_path).name


def folder_for(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER


def list_backups(folder: Path) -> list[Backup]:
    """Newest first (within one second, the later written first); files that do not follow the naming are
    not LeadInbox's and are left alone."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            m = _NAME.match(path.name)
            if m and path.is_file():
                taken = datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
                found.append((taken, path.stat().st_mtime_ns, Backup(path, taken, m.group(2))))
    return [b for *_key, b in sorted(found, key=lambda t: t[:2], reverse=True)]


def make_backup(db: Database, db_path: Path, reason: str, *, now: datetime | None = None) -> Backup:
    path = backup_database(db, folder_for(db_path), reason=reason, now=now)
    return next(b for b in list_backups(path.parent) if b.path == path)


def daily_due(folder: Path, now: datetime) -> bool:
    """No daily backup yet on today's date (the user's local calendar)."""
    today = now.astimezone().date()
    return not any(b.reason == "daily" and b.taken_at.astimezone().date() == today for b in list_backups(folder))


def kept(backups: list[Backup], now: datetime) -> set[Path]:
    """Which backups the rotation keeps: the newest of each of the last KEEP_DAILY days that have one, then
    the newest of each of the KEEP_WEEKLY weeks before those; safety copies younger than KEEP_SAFETY_DAYS."""
    keep: set[Path] = set()
    days: list = []
    weeks: list = []
    for b in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        local = b.taken_at.astimezone()
        day, week = local.date(), tuple(local.isocalendar())[:2]
        if b.safety and now - b.taken_at < timedelta(days=KEEP_SAFETY_DAYS):
            keep.add(b.path)
        if day in days:
            continue                      # an older backup of a day already kept
        if len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(b.path)
        elif week not in weeks and len(weeks) < KEEP_WEEKLY and all(
                tuple(d.isocalendar())[:2] != week for d in days):
            weeks.append(week)
            keep.add(b.path)
    return keep


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Delete the backups the rotation does not keep; returns them."""
    backups = list_backups(folder)
    keep = kept(backups, now)
    gone = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            gone.append(b.path)
    return gone


def inspect(backup: Backup, *, check: bool = False) -> BackupInfo:
    """Counts, and whether it is a LeadInbox database (and with `check`, whether SQLite finds it intact).
    Opened read-only and immutable: nothing is written next to it."""
    try:
        conn = sqlite3.connect(f"file:{backup.path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return BackupInfo(backup, None, None, f"cannot be opened ({exc})")
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return BackupInfo(backup, None, None, "not a LeadInbox database")
        customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        leads = conn.execute("SELECT count(*) FROM leads").fetchone()[0]
        source = _source(conn)
        if check:
            result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if result != "ok":
                return BackupInfo(backup, customers, leads, f"damaged ({result})", source)
        return BackupInfo(backup, customers, leads, None, source)
    except sqlite3.Error as exc:
        return BackupInfo(backup, None, None, f"damaged ({exc})")
    finally:
        conn.close()


def _source(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (BACKUP_OF,)).fetchone()
    except sqlite3.OperationalError:
        return None                  # from before the settings table
    return row[0] if row else None


def newest_good(folder: Path, *, of: Path | None = None) -> BackupInfo | None:
    """The newest backup that is a whole LeadInbox database, checked one by one from the newest. With `of`,
    never a copy of another database in the folder (copies that do not say whose they are still count)."""
    for b in list_backups(folder):
        info = inspect(b, check=True)
        if info.problem is None and (of is None or info.of(of) is not False):
            return info
    return None
