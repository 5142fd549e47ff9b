"""The database file deleted or replaced under an open connection: detected, and written back whole."""

import os
import sqlite3
import stat

import pytest

from leadinbox.store.work import worklog
from leadinbox.store.safety.backups import folder_for, list_backups
from leadinbox.store.db import DatabaseMissing, open_database
from leadinbox.store.db_file import GONE, REPLACED, identity, problem, write_back
from leadinbox.store.importing.entry import import_path


def delete_files(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(f"{path}{suffix}"):
            os.unlink(f"{path}{suffix}")


@pytest.fixture
def opened(db_path, samples):
    db = open_database(db_path)
    import_path(db, samples / "partner-center-leads-export.csv")
    yield db
    db.close()


def notes(path):
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM notes ORDER BY id")]
    finally:
        conn.close()


def test_the_file_opened_is_told_from_a_missing_or_another_one(opened, db_path):
    taken = identity(db_path)
    assert problem(db_path, taken) is None
    delete_files(db_path)
    assert problem(db_path, taken) == GONE
    open_database(db_path).close()            # what the import thread used to do: a new file at the path
    assert problem(db_path, taken) == REPLACED


def test_work_done_after_the_delete_is_written_back_and_continues_there(opened, db_path):
    customer = opened.execute("SELECT id FROM customers LIMIT 1").fetchone()[0]
    worklog.add_note(opened, customer, "before")
    delete_files(db_path)
    worklog.add_note(opened, customer, "after the delete")      # goes to the unlinked file: not lost
    new = write_back(opened, db_path)
    assert new == identity(db_path)
    assert notes(db_path) == ["before", "after the delete"]
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    worklog.add_note(opened, customer, "after the write-back")  # the same Database, now on the new file
    assert notes(db_path) == ["before", "after the delete", "after the write-back"]
    assert opened.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_took_the_path_is_kept_in_the_backups(opened, db_path, samples):
    delete_files(db_path)
    other = open_database(db_path)
    import_path(other, samples / "salesforce-leads-report.csv")
    other.close()
    write_back(opened, db_path)
    assert opened.execute("SELECT count(*) FROM batches").fetchone()[0] == 1   # ours, not the other one
    kept = [b for b in list_backups(folder_for(db_path)) if b.reason == "before-write-back"]
    assert len(kept) == 1
    conn = sqlite3.connect(kept[0].path)
    assert conn.execute("SELECT count(*) FROM batches").fetchone()[0] == 1
    conn.close()


def test_threads_that_open_by_path_never_create_a_new_file(db_path):
    with pytest.raises(DatabaseMissing):
        open_database(db_path, create=False)
    assert not db_path.exists()
