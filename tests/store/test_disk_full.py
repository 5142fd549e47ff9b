"""A full disk during an import, an erase or a backup: SQLite's SQLITE_FULL, simulated honestly with a page
limit on the connection (the database cannot grow past it, as on a full disk). Nothing is lost or half-written."""

from __future__ import annotations

import sqlite3

import pytest

from leadinbox.store import failures

from leadinbox.store.safety import purge
from leadinbox.store.db import open_database
from leadinbox.store.safety.erase import erase_email
from leadinbox.store.importing.entry import import_path
from tests.bench.generate import write_csv
from tests.store import crash_harness


def fill_up(db) -> None:
    """No room for more than a couple of pages."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")


@pytest.fixture
def loaded(db_path, samples):
    db = open_database(db_path)
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield db
    db.close()


def test_import_on_a_full_disk_changes_nothing_and_says_why(loaded, db_path, tmp_path):
    write_csv(tmp_path / "big.csv", 2000)
    before = crash_harness.fingerprint(db_path)
    fill_up(loaded)
    with pytest.raises(sqlite3.OperationalError) as caught:
        import_path(loaded, tmp_path / "big.csv")
    assert failures.explain(caught.value) == failures.DISK_FULL
    assert crash_harness.fingerprint(db_path) == before
    assert loaded.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    loaded.execute("PRAGMA max_page_count = 1073741823")       # space freed: the same file imports whole
    assert import_path(loaded, tmp_path / "big.csv").new_leads > 1000


def test_backup_on_a_full_disk_leaves_no_half_copy(loaded, db_path, monkeypatch):
    from leadinbox.store import db as store_db
    from leadinbox.store.safety import backups
    real_connect = sqlite3.connect

    def tiny(path, *args, **kwargs):        # the backup's target file cannot grow past two pages
        conn = real_connect(path, *args, **kwargs)
        if str(path).endswith(".partial"):
            conn.execute("PRAGMA max_page_count = 2")
        return conn
    monkeypatch.setattr(store_db.sqlite3, "connect", tiny)
    with pytest.raises(sqlite3.OperationalError) as caught:
        backups.make_backup(loaded, db_path, "daily")
    assert failures.explain(caught.value) == failures.DISK_FULL
    assert list(backups.folder_for(db_path).iterdir()) == []


def test_explain_names_each_kind_of_failure():
    assert failures.explain(sqlite3.OperationalError("database or disk is full")) == failures.DISK_FULL
    assert failures.explain(OSError(28, "No space left on device")) == failures.DISK_FULL
    assert "read-only" in failures.explain(PermissionError(13, "Permission denied", "/data"))
    assert "read-only" in failures.explain(sqlite3.OperationalError("attempt to write a readonly database"))
    assert "busy" in failures.explain(sqlite3.OperationalError("database is locked"))
    assert "damaged" in failures.explain(sqlite3.DatabaseError("database disk image is malformed"))
    assert "could not write" in failures.explain(sqlite3.OperationalError("disk I/O error"))
    assert failures.explain(sqlite3.OperationalError("no such column: x")) is None   # a bug, not the disk
    assert failures.explain(ValueError("x")) is None


def test_erase_works_on_a_full_disk_and_the_index_is_rewritten_when_there_is_room(loaded, db_path):
    """On a disk that cannot grow the database by one page, the person's rows are erased (secure delete
    frees what it needs); the search index, whose rewrite needs room for a second copy, is rewritten as
    soon as the database is opened with space again, and no search finds them meanwhile."""
    loaded.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    loaded.execute(f"PRAGMA max_page_count = {loaded.execute('PRAGMA page_count').fetchone()[0]}")
    before = loaded.execute("SELECT count(*) FROM leads").fetchone()[0]
    done = erase_email(loaded, "chloe.lefevre@adatum.example")
    assert loaded.execute("SELECT count(*) FROM leads").fetchone()[0] == before - done.leads and done.leads == 3
    assert done.index_pending and purge.pending(loaded)
    assert loaded.execute("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'lefevre'").fetchone()[0] == 0
    assert loaded.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    loaded.close()

    def on_disk() -> bytes:
        return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())
    assert b"lefevre" in on_disk()             # in index segments no search reads, until the rewrite
    reopened = open_database(db_path)          # space again: the rewrite runs on opening
    assert not purge.pending(reopened)
    reopened.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"lefevre" not in on_disk() and b"Lef\xc3\xa8vre" not in on_disk()
    reopened.close()


def test_an_erase_with_room_rewrites_the_index_at_once(loaded):
    done = erase_email(loaded, "chloe.lefevre@adatum.example")
    assert done.leads == 3 and not done.index_pending and not purge.pending(loaded)


def read_only(db_path):
    """A read-only database without chattr (not usable in CI, and root ignores permission bits): SQLite's
    own read-only open, which fails writes exactly as an immutable file does ("attempt to write a readonly
    database")."""
    from leadinbox.store.database import Database
    return Database(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None))


def test_a_read_only_file_is_told_from_a_read_only_folder(loaded, db_path, monkeypatch):
    ro = read_only(db_path)
    with pytest.raises(sqlite3.OperationalError) as caught:
        ro.execute("DELETE FROM notes")
    said = failures.explain(caught.value, str(db_path.parent), database=failures.database_file(ro))
    assert said == failures.READ_ONLY_FILE.format(where=db_path)       # the folder is writable: not blamed
    monkeypatch.setattr(failures.os, "access", lambda path, mode: False)     # (root may write any folder)
    assert failures.explain(caught.value, database=db_path) == failures.READ_ONLY.format(where=db_path.parent)
    ro.close()


def test_can_write_tells_a_read_only_database_and_changes_nothing(loaded, db_path):
    from leadinbox.store.db import can_write
    ro = read_only(db_path)
    assert not can_write(ro)
    assert can_write(loaded)
    assert loaded.execute("PRAGMA user_version").fetchone()[0] == ro.execute("PRAGMA user_version").fetchone()[0]
    ro.close()
