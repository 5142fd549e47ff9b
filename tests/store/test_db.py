"""Opening, migrating and refusing database files."""

import sqlite3
import stat

import pytest

from leadinbox.store.db import DatabaseTooNew, NotALeadInboxDatabase, open_database


def test_new_database_is_private_and_in_wal_mode(db_path):
    db = open_database(db_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    db.close()


def test_reopening_applies_nothing(db_path):
    open_database(db_path).close()
    db = open_database(db_path)
    assert [m for m in db.execute("SELECT name FROM _sqlite_migrations").fetchall()] == [("m001_initial",)]


def test_newer_database_is_refused(db_path):
    db = open_database(db_path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('leadinbox', 'm999_future', 'x')")
    db.close()
    with pytest.raises(DatabaseTooNew, match="newer LeadInbox"):
        open_database(db_path)


def test_pending_migration_backs_up_first(db_path, monkeypatch):
    from leadinbox.store import migrations
    open_database(db_path).close()

    @migrations.MIGRATIONS(name="m002_test_only")
    def m002(db):
        db.execute("CREATE TABLE extra (x)")
    try:
        db = open_database(db_path)
        backups = list((db_path.parent / "backups").glob("*before-m002_test_only.sqlite"))
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])
        assert copy.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == 1
        assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    finally:
        migrations.MIGRATIONS._migrations.pop()


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b""])
def test_foreign_files_are_refused(db_path, content):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(content)
    if not content:
        open_database(db_path).close()  # an empty file is a new database
        return
    with pytest.raises(NotALeadInboxDatabase):
        open_database(db_path)


def test_other_applications_sqlite_is_refused(db_path):
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE photos (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotALeadInboxDatabase):
        open_database(db_path)
