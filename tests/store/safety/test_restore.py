"""Restoring a backup: checked, the current database kept as a safety copy, erasures re-applied, the live
file replaced in one step; a database that cannot be opened is moved aside, never deleted."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from leadinbox.store.safety import backups

from leadinbox.store.safety import suppression
from leadinbox.store.db import NotALeadInboxDatabase, connect, open_database
from leadinbox.store.safety.erase import customer_for_email, erase_email
from leadinbox.store.importing.entry import import_path
from leadinbox.store.safety.restore import RestoreRefused, as_backup, restore_backup, restore_over_damaged
from leadinbox.store.work.worklog import add_note

NOW = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)
CHLOE = "chloe.lefevre@adatum.example"


def counts(db) -> tuple[int, int, int]:
    return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("customers", "leads", "notes"))


@pytest.fixture
def live(db_path, samples, tmp_path):
    """A database with one sample file, backed up, then more: the other files and a note."""
    db = open_database(db_path)
    import_path(db, samples / "salesforce-leads-report.csv")
    taken = backups.make_backup(db, db_path, "daily", now=NOW - timedelta(days=1))
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    add_note(db, db.execute("SELECT min(id) FROM customers").fetchone()[0], "after the backup")
    yield db, taken
    db.close()


def test_restore_replaces_the_live_database_and_keeps_a_safety_copy(live, db_path):
    db, taken = live
    then = backups.inspect(taken)
    now_counts = counts(db)
    reader = open_database(db_path)            # another connection (the CLI, the import thread) stays valid
    done = restore_backup(db, db_path, taken, now=NOW)
    assert counts(db) == (then.customers, then.leads, 0) != now_counts
    assert counts(reader) == counts(db)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    safety = backups.inspect(as_backup(done.safety_copy))
    assert (safety.customers, safety.leads) == now_counts[:2] and safety.backup.reason == "before-restore"
    reader.close()
    db.close()
    again = open_database(db_path)
    assert counts(again) == (then.customers, then.leads, 0)
    # Restored, it is the database again: not marked as a copy of one.
    assert again.execute("SELECT count(*) FROM settings WHERE key = 'backup_of'").fetchone()[0] == 0
    again.close()


def test_restore_re_applies_erasures_made_after_the_backup(db_path, samples):
    db = open_database(db_path)
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    taken = backups.make_backup(db, db_path, "daily", now=NOW - timedelta(days=1))
    erase_email(db, CHLOE)                         # not from the backups: as if the copy came from elsewhere
    assert CHLOE.encode() in taken.path.read_bytes()
    done = restore_backup(db, db_path, taken, now=NOW)
    assert done.erased_again == 1
    assert customer_for_email(db, CHLOE) is None
    assert suppression.is_suppressed(db, "e:" + CHLOE)
    db.close()


@pytest.mark.parametrize("kind", ["garbage", "foreign", "newer"])
def test_restore_refuses_what_it_cannot_use_and_changes_nothing(live, db_path, tmp_path, kind):
    db, taken = live
    before = counts(db)
    bad = tmp_path / f"{kind}.sqlite"
    if kind == "garbage":
        bad.write_bytes(b"not a database" * 1000)
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE photos (x)")
        conn.commit()
        conn.close()
    else:
        conn = sqlite3.connect(bad)
        db.conn.backup(conn)
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('leadinbox', 'm999_future', 'x')")
        conn.commit()
        conn.close()
    with pytest.raises(Exception) as caught:
        restore_backup(db, db_path, as_backup(bad), now=NOW)
    assert isinstance(caught.value, RestoreRefused) or "newer LeadInbox" in str(caught.value)
    assert counts(db) == before
    assert not list(db_path.parent.glob(".restore-*"))


def test_a_damaged_database_is_moved_aside_and_the_backup_put_in_its_place(live, db_path):
    db, taken = live
    db.close()
    db_path.write_bytes(b"\x00garbage" * 4096)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    with pytest.raises(NotALeadInboxDatabase):
        open_database(db_path)
    good = backups.newest_good(backups.folder_for(db_path))
    assert good.backup == taken
    done = restore_over_damaged(db_path, good.backup, now=NOW)
    assert done.safety_copy.read_bytes() == b"\x00garbage" * 4096
    assert done.safety_copy.parent == backups.folder_for(db_path)
    assert done.safety_copy not in [b.path for b in backups.list_backups(done.safety_copy.parent)]
    again = open_database(db_path)
    assert counts(again)[:2] == (good.customers, good.leads)
    again.close()


def test_a_backup_from_before_a_migration_is_migrated_on_restore(db_path, samples):
    db = open_database(db_path)
    import_path(db, samples / "partner-center-leads-export.csv")
    taken = backups.make_backup(db, db_path, "daily", now=NOW - timedelta(days=3))
    old = sqlite3.connect(taken.path)          # as a backup taken by LeadInbox before m003_trust
    old.executescript("""DROP TABLE suppressions; DELETE FROM settings WHERE key = 'privacy_salt';
                         DELETE FROM _sqlite_migrations WHERE name = 'm003_trust';""")
    old.close()
    erase_email(db, CHLOE)
    done = restore_backup(db, db_path, taken, now=NOW)
    assert "m003_trust" in {n for (n,) in db.execute("SELECT name FROM _sqlite_migrations")}
    assert done.erased_again == 1 and suppression.is_suppressed(db, "e:" + CHLOE)
    assert customer_for_email(db, CHLOE) is None
    db.close()
    check = connect(db_path)
    assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    check.close()
