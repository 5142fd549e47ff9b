"""`leadinbox backup`, `restore`, `erase`, `retention`: what they print, what they change, when they refuse."""

from __future__ import annotations

import json
import sqlite3

import pytest

from leadinbox.cli.main import main
from leadinbox.store import db as store_db
from leadinbox.store.safety.backups import folder_for, list_backups
from leadinbox.store.lock import InstanceLock

CHLOE = "chloe.lefevre@adatum.example"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    return code, capsys.readouterr()


@pytest.fixture
def loaded(capsys, db_path, samples):
    code, _ = run(capsys, "import", "--db", db_path, *sorted(samples.iterdir()))
    assert code == 0
    return db_path


def count(db_path, table: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_backup_then_list_then_restore_by_number(capsys, loaded, samples, tmp_path):
    code, out = run(capsys, "backup", "--db", loaded, "--json")
    made = json.loads(out.out)
    assert code == 0 and made["customers"] == count(loaded, "customers") and made["leads"] == count(loaded, "leads")
    code, out = run(capsys, "erase", CHLOE, "--yes", "--db", loaded)
    assert code == 0
    after_erase = count(loaded, "leads")
    code, out = run(capsys, "restore", "--db", loaded)
    # The erase reached the backup too: it lists one customer fewer than it was taken with.
    assert code == 0 and f"manual           {made['customers'] - 1} customers" in out.out
    code, out = run(capsys, "restore", "--db", loaded, "--json")
    listed = json.loads(out.out)
    assert listed[0]["path"] == made["path"] and listed[0]["problem"] is None
    code, out = run(capsys, "restore", "1", "--db", loaded)
    assert code == 0 and "Restored the backup" in out.out
    # The backup was taken before the erase: the person stays erased all the same.
    assert count(loaded, "leads") == after_erase
    assert [b.reason for b in list_backups(folder_for(loaded))] == ["before-restore", "manual"]


def test_restore_is_refused_while_a_window_holds_the_database(capsys, loaded):
    run(capsys, "backup", "--db", loaded)
    lock = InstanceLock(loaded)
    assert lock.acquire()
    try:
        code, out = run(capsys, "restore", "--newest", "--db", loaded)
    finally:
        lock.release()
    assert code == 1 and "LeadInbox is open on this database" in out.err


def test_restore_over_a_damaged_database(capsys, loaded):
    run(capsys, "backup", "--db", loaded)
    customers = count(loaded, "customers")
    loaded.write_bytes(b"garbage" * 10_000)
    code, out = run(capsys, "stats", "--db", loaded)
    assert code == 1 and "leadinbox restore" in out.err and "Traceback" not in out.err
    code, out = run(capsys, "restore", "--newest", "--db", loaded)
    assert code == 0, out.err
    assert "moved aside" in out.out and count(loaded, "customers") == customers
    assert any(p.name.startswith("damaged-") for p in folder_for(loaded).iterdir())


def test_restore_with_nothing_to_restore(capsys, db_path):
    code, out = run(capsys, "restore", "--db", db_path)
    assert code == 0 and "No backups yet" in out.out
    code, out = run(capsys, "restore", "--newest", "--db", db_path)
    assert code == 1 and "no intact backup" in out.err
    code, out = run(capsys, "restore", "7", "--db", db_path)
    assert code == 1 and "no backup '7'" in out.err


def test_erase_asks_unless_told_and_then_suppresses_the_next_import(capsys, loaded, samples):
    code, out = run(capsys, "erase", CHLOE, "--db", loaded)     # stdin is not a terminal under pytest
    assert code == 1 and "Chloé Lefèvre" in out.out and "--yes" in out.err
    code, out = run(capsys, "erase", CHLOE, "--yes", "--json", "--db", loaded)
    done = json.loads(out.out)
    assert code == 0 and done["leads"] == 3 and done["name"] == "Chloé Lefèvre"
    code, out = run(capsys, "import", "--json", "--db", loaded, samples / "partner-center-leads-export.csv")
    [result] = json.loads(out.out)["files"]
    assert result["suppressed_rows"] == 3 and result["new_leads"] == 0
    code, out = run(capsys, "import", "--db", loaded, samples / "partner-center-leads-export.csv")
    assert "3 rows of erased people suppressed" in out.out


def test_erase_refuses_text_that_is_no_email(capsys, loaded):
    code, out = run(capsys, "erase", "Chloé", "--yes", "--db", loaded)
    assert code == 1 and "not an email address" in out.err


def test_retention_preview_apply_and_setting(capsys, loaded):
    code, out = run(capsys, "retention", "--db", loaded)
    assert code == 1 and "--months" in out.err
    leads = count(loaded, "leads")
    code, out = run(capsys, "retention", "--months", "1", "--json", "--db", loaded)
    preview = json.loads(out.out)
    assert code == 0 and preview["leads"] == leads and preview["applied"] is False   # the samples are old
    assert count(loaded, "leads") == leads
    code, out = run(capsys, "retention", "--months", "120", "--save", "--db", loaded)
    assert code == 0 and "Would erase 0 leads" in out.out and "Saved" in out.out
    code, out = run(capsys, "retention", "--months", "1", "--apply", "--db", loaded)
    assert code == 0 and f"Erased {leads} leads" in out.out
    assert count(loaded, "leads") == 0 and count(loaded, "customers") == 0 and count(loaded, "lead_raw") == 0
    code, out = run(capsys, "retention", "--off", "--db", loaded)
    assert code == 0 and count(loaded, "settings WHERE key = 'retention_months'") == 0
    code, out = run(capsys, "retention", "--months", "0", "--db", loaded)
    assert code == 1 and "between 1 and" in out.err


def test_import_waits_for_another_writer_then_says_busy(capsys, loaded, samples, monkeypatch):
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_S", 0.05)
    leads = count(loaded, "leads")
    holder = sqlite3.connect(loaded, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")             # as the window's import does while it writes
    try:
        code, out = run(capsys, "import", "--db", loaded, samples / "partner-center-leads-export.csv")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and "busy" in out.err and "Nothing was changed" in out.err and "Traceback" not in out.err
    assert count(loaded, "leads") == leads


def test_erase_says_which_backups_it_could_not_reach(capsys, loaded):
    run(capsys, "backup", "--db", loaded)
    broken = folder_for(loaded) / "leadinbox-20261101T000000Z-daily.sqlite"
    broken.write_bytes(b"not a database" * 1000)
    code, out = run(capsys, "erase", CHLOE, "--yes", "--json", "--db", loaded)
    done = json.loads(out.out)
    assert code == 1 and (done["backups"], done["backups_failed"]) == (1, 1)
    assert "1 backup could not be changed" in out.err


def test_a_missing_database_beside_backups_is_noted_and_nothing_is_made(capsys, loaded):
    code, _ = run(capsys, "backup", "--db", loaded)
    assert code == 0
    for suffix in ("", "-wal", "-shm"):
        loaded.with_name(loaded.name + suffix).unlink(missing_ok=True)
    code, out = run(capsys, "stats", "--db", loaded, "--json")
    assert code == 1 and out.out == "" and not loaded.exists()
    assert "does not exist" in out.err and "leadinbox restore --newest" in out.err


def test_import_into_a_missing_database_beside_backups_says_it_starts_empty(capsys, loaded, samples):
    run(capsys, "backup", "--db", loaded)
    for suffix in ("", "-wal", "-shm"):
        loaded.with_name(loaded.name + suffix).unlink(missing_ok=True)
    code, out = run(capsys, "import", str(samples / "partner-center-leads-export.csv"), "--db", loaded)
    assert code == 0 and loaded.exists()
    assert "leadinbox restore --newest" in out.err and "new, empty database" in out.err
    code, out = run(capsys, "stats", "--db", loaded, "--json")          # there now: nothing more to say
    assert code == 0 and out.err == ""


def test_another_databases_backups_in_the_shared_folder_are_not_offered(capsys, loaded, samples):
    run(capsys, "backup", "--db", loaded)              # a copy of leadinbox.sqlite, which says so
    other = loaded.with_name("t.sqlite")
    code, out = run(capsys, "stats", "--db", other)
    assert code == 1 and not other.exists()
    assert "restore" not in out.err and f"no database at {other}" in out.err
    code, out = run(capsys, "restore", "--newest", "--db", other)
    assert code == 1 and "no intact backup of t.sqlite" in out.err and not other.exists()
    code, out = run(capsys, "restore", "--db", other)                # listed, and said whose they are
    assert code == 0 and "(a copy of leadinbox.sqlite, not of t.sqlite)" in out.out


def test_backups_that_do_not_say_whose_they_are_are_listed_not_restored_blindly(capsys, loaded):
    run(capsys, "backup", "--db", loaded)
    (copy,) = list_backups(folder_for(loaded))
    conn = sqlite3.connect(copy.path)                  # as a copy made before they recorded it
    conn.execute("DELETE FROM settings WHERE key = 'backup_of'")
    conn.commit()
    conn.close()
    other = loaded.with_name("t.sqlite")
    code, out = run(capsys, "stats", "--db", other)
    assert code == 1 and "1 backup that may be of it or of another database" in out.err
    assert "--newest" not in out.err and f"leadinbox restore --db {other}" in out.err
