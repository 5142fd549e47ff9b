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
    from leadinbox.store.db import migrate_database
    open_database(db_path).close()
    db = open_database(db_path, migrate=False)
    assert migrate_database(db, db_path) == []
    names = [m for (m,) in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert names[:2] == ["m001_initial", "m002_followup"]
    assert not (db_path.parent / "backups").exists()


def test_upgrade_from_first_release_keeps_leads_and_starts_their_clock(db_path):
    """A database written by 0.1 (only m001) is backed up, then gains the follow-up tables; its open leads
    get their first-response clock as the next due item."""
    from leadinbox.store import migrations
    later = [m for m in migrations.MIGRATIONS._migrations if m.name != "m001_initial"]
    migrations.MIGRATIONS._migrations[:] = [m for m in migrations.MIGRATIONS._migrations if m not in later]
    try:
        db = open_database(db_path)
        db.execute("INSERT INTO batches (id, file_name, imported_at) VALUES (1, 'a.csv', '2026-01-01')")
        db.execute("INSERT INTO customers (id, key) VALUES (1, 'e:a@x.example')")
        for lead_id, status, due in ((1, "new", "2026-01-02T10:00:00Z"), (2, "dnc", None)):
            db.execute("""INSERT INTO leads (id, customer_id, batch_id, source_system, received_at, sort_at,
                          status, first_response_due_at) VALUES (?, 1, 1, 'pc', 'x', 'x', ?, ?)""",
                       (lead_id, status, due))
        db.close()
    finally:
        migrations.MIGRATIONS._migrations.extend(later)
    db = open_database(db_path)
    assert list((db_path.parent / "backups").glob("*before-m002_followup*"))
    rows = db.execute("SELECT id, next_due_at, next_due_kind FROM leads ORDER BY id").fetchall()
    assert rows == [(1, "2026-01-02T10:00:00Z", "reply"), (2, None, None)]
    assert db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0


def test_newer_database_is_refused(db_path):
    db = open_database(db_path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('leadinbox', 'm999_future', 'x')")
    db.close()
    with pytest.raises(DatabaseTooNew, match="newer LeadInbox"):
        open_database(db_path)


def test_pending_migration_backs_up_first(db_path, monkeypatch):
    from leadinbox.store import migrations
    open_database(db_path).close()
    before = len(migrations.MIGRATIONS._migrations)

    @migrations.MIGRATIONS(name="m999_test_only")
    def m999(db):
        db.execute("CREATE TABLE extra (x)")
    try:
        db = open_database(db_path)
        backups = list((db_path.parent / "backups").glob("*before-m999_test_only.sqlite"))
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])
        assert copy.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == before
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


def test_a_new_database_has_16_kib_pages_and_an_old_one_keeps_its_own(tmp_path, monkeypatch):
    from leadinbox.store import db as store_db
    new = open_database(tmp_path / "new.sqlite")
    assert new.execute("PRAGMA page_size").fetchone()[0] == store_db.PAGE_SIZE == 16384
    new.close()
    monkeypatch.setattr(store_db, "PAGE_SIZE", 4096)        # a database made before, with 4 KiB pages
    open_database(tmp_path / "old.sqlite").close()
    monkeypatch.undo()
    old = open_database(tmp_path / "old.sqlite")
    assert old.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    old.close()


def test_opening_does_not_look_for_sqlite_utils_plugins(db_path, monkeypatch):
    # Looking costs 30-60 ms of a small import from the command line (every package's entry points read),
    # and LeadInbox uses none.
    from sqlite_utils import plugins
    looked = []
    monkeypatch.setattr(plugins, "_plugins_loaded", False)
    monkeypatch.setattr(plugins.pm, "load_setuptools_entrypoints", lambda group: looked.append(group))
    open_database(db_path).close()
    assert looked == []


def test_the_store_handle_is_sqlite_utils_database(db_path):
    # The project's layer over SQLite (the README's stack): store/database.py names it, and owns no copy.
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

    from leadinbox.store import database
    from leadinbox.store.migrations import MIGRATIONS
    assert database.Database is sqlite_utils.Database and isinstance(MIGRATIONS, Migrations)
    db = open_database(db_path)
    assert isinstance(db, sqlite_utils.Database)
    db.close()


def test_the_log_of_a_big_write_shrinks_back_while_another_connection_stays_open(db_path, monkeypatch):
    from leadinbox.store import db as store_db
    monkeypatch.setattr(store_db, "WAL_KEPT_BYTES", 256 * 1024)
    window, writer = open_database(db_path), open_database(db_path)     # the window stays open throughout
    with writer.atomic():                                               # a big import's transaction
        writer.conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)",
                                [(f"k{i}", "x" * 2000) for i in range(2000)])
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 2_000_000
    writer.execute("PRAGMA wal_checkpoint(PASSIVE)")
    with writer.atomic():                                               # the next write starts the log over
        writer.execute("INSERT INTO settings (key, value) VALUES ('after', '1')")
    assert wal.stat().st_size <= 256 * 1024
    writer.close()
    window.close()
