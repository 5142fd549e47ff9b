"""Backups: consistent private copies, listed with their counts, rotated 7 daily + 4 weekly."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta, timezone

import pytest

from leadinbox.store.safety import backups
from leadinbox.store.safety.backups import Backup, daily_due, kept, list_backups, make_backup, rotate
from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path

NOW = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    """Days and weeks are the user's local calendar: pin it to UTC so the expectations are exact."""
    monkeypatch.setenv("TZ", "UTC")
    import time
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def loaded(db_path, samples):
    db = open_database(db_path)
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    yield db
    db.close()


def test_backup_is_a_private_whole_copy_with_its_counts(loaded, db_path):
    b = make_backup(loaded, db_path, "manual", now=NOW)
    assert b.path.parent == db_path.parent / "backups" and b.reason == "manual" and b.taken_at == NOW
    assert stat.S_IMODE(b.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(b.path.parent.stat().st_mode) == 0o700
    info = backups.inspect(b, check=True)
    assert (info.customers, info.leads, info.problem) == (
        loaded.execute("SELECT count(*) FROM customers").fetchone()[0],
        loaded.execute("SELECT count(*) FROM leads").fetchone()[0], None)
    assert not list(b.path.parent.glob("*-wal")) and not list(b.path.parent.glob(".*partial"))
    conn = sqlite3.connect(b.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"   # one self-contained file
    conn.close()


def test_a_backup_says_which_database_file_it_is_a_copy_of(loaded, db_path):
    b = make_backup(loaded, db_path, "manual", now=NOW)
    info = backups.inspect(b)
    assert (info.source, info.of(db_path), info.of(db_path.with_name("t.sqlite"))) == (db_path.name, True, False)
    assert loaded.execute("SELECT count(*) FROM settings WHERE key = 'backup_of'").fetchone()[0] == 0  # copy only


def test_newest_good_for_a_database_skips_another_ones_copies(loaded, db_path, tmp_path):
    mine = make_backup(loaded, db_path, "daily", now=NOW - timedelta(days=1))
    other_path = db_path.with_name("big.sqlite")
    other = open_database(other_path)
    make_backup(other, other_path, "daily", now=NOW)           # newer, in the same backups folder
    other.close()
    assert backups.newest_good(db_path.parent / "backups", of=db_path).backup == mine
    assert backups.newest_good(db_path.parent / "backups", of=db_path.with_name("t.sqlite")) is None


def test_a_failed_backup_leaves_no_file_that_looks_like_one(loaded, db_path):
    def full(self, target, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")
    real = loaded.conn
    loaded.conn = type("Conn", (), {"backup": full, "execute": real.execute})()
    try:
        with pytest.raises(sqlite3.OperationalError):
            make_backup(loaded, db_path, "daily", now=NOW)
    finally:
        loaded.conn = real
    assert list((db_path.parent / "backups").iterdir()) == []


def test_listing_is_newest_first_and_ignores_other_files(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in ("leadinbox-20261120T080000Z-daily.sqlite", "leadinbox-20261122T080000Z-before-restore.sqlite",
                 "leadinbox-20261121T080000Z-manual.sqlite", "notes.txt", "damaged-20261121T080000Z-x.sqlite"):
        (folder / name).write_bytes(b"")
    found = list_backups(folder)
    assert [(b.taken_at.day, b.reason, b.safety) for b in found] == [
        (22, "before-restore", True), (21, "manual", False), (20, "daily", False)]


def test_inspect_names_what_is_wrong(tmp_path):
    garbage = tmp_path / "leadinbox-20261120T080000Z-daily.sqlite"
    garbage.write_bytes(b"not a database" * 500)
    other = tmp_path / "leadinbox-20261121T080000Z-daily.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (x)")
    conn.commit()
    conn.close()
    [b_other, b_garbage] = list_backups(tmp_path)
    assert "not a LeadInbox database" in backups.inspect(b_other).problem
    assert backups.inspect(b_garbage).problem
    assert backups.newest_good(tmp_path) is None


def test_newest_good_skips_a_damaged_backup(loaded, db_path):
    good = make_backup(loaded, db_path, "daily", now=NOW - timedelta(days=1))
    bad = make_backup(loaded, db_path, "daily", now=NOW)
    data = bytearray(bad.path.read_bytes())
    data[4096 * 3: 4096 * 6] = b"\xff" * (4096 * 3)       # pages of tables overwritten
    bad.path.write_bytes(bytes(data))
    assert backups.inspect(bad, check=True).problem
    assert backups.newest_good(good.path.parent).backup == good


def daily(day: datetime, reason: str = "daily") -> Backup:
    return Backup(backups.Path(f"/b/{day:%Y%m%dT%H%M%S}-{reason}"), day, reason)


def test_rotation_keeps_seven_days_and_four_weeks():
    # Two backups a day for 60 days, newest first: the newest of each of 7 days, then of 4 older weeks.
    all_backups = [daily(NOW - timedelta(days=d, hours=h)) for d in range(60) for h in (0, 5)]
    keep = kept(all_backups, NOW)
    days = sorted((b.taken_at for b in all_backups if b.path in keep), reverse=True)
    assert len(days) == 11
    assert days[:7] == [NOW - timedelta(days=d) for d in range(7)]
    weeks = [d.isocalendar()[:2] for d in days[7:]]
    assert len(set(weeks)) == 4 and all(w < days[6].isocalendar()[:2] for w in weeks)
    assert days[7:] == sorted(days[7:], reverse=True)


def test_rotation_keeps_recent_safety_copies_and_rotates_files(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for d in range(40):
        (folder / f"leadinbox-{NOW - timedelta(days=d):%Y%m%dT%H%M%SZ}-daily.sqlite").write_bytes(b"")
    for d in (1, 45):
        (folder / f"leadinbox-{NOW - timedelta(days=d, hours=1):%Y%m%dT%H%M%SZ}-before-restore.sqlite").write_bytes(b"")
    gone = rotate(folder, NOW)
    left = list_backups(folder)
    assert len(left) + len(gone) == 42
    # The day-old safety copy stays though a newer daily backup of its day exists; the old one is past it all.
    assert [b.taken_at for b in left if b.safety] == [NOW - timedelta(days=1, hours=1)]
    assert len([b for b in left if b.reason == "daily"]) == 7 + 4


def test_daily_backup_is_due_once_a_day(loaded, db_path):
    folder = backups.folder_for(db_path)
    assert daily_due(folder, NOW)
    make_backup(loaded, db_path, "manual", now=NOW)
    assert daily_due(folder, NOW)
    make_backup(loaded, db_path, "daily", now=NOW - timedelta(hours=2))
    assert not daily_due(folder, NOW)
    assert daily_due(folder, NOW + timedelta(days=1))
