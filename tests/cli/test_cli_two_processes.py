"""Issue 15, nothing lost when two commands meet: real `leadinbox` processes side by side on one database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.bench.generate import write_csv
from tests.store import crash_harness

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def start(*args, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "leadinbox", *map(str, args)], cwd=ROOT, env=env or ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run(*args, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "leadinbox", *map(str, args)], cwd=ROOT, env=env or ENV,
                          capture_output=True, text=True, timeout=120)


def holder(code: str) -> subprocess.Popen:
    """Another process doing `code`, then printing 'ready' and waiting until its stdin closes."""
    script = f"import sys\n{code}\nprint('ready', flush=True)\nsys.stdin.read()\n"
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=ENV, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    return child


def stop(child: subprocess.Popen) -> None:
    child.stdin.close()
    child.wait(timeout=10)
    child.stdout.close()


def leads(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM leads").fetchone()[0]
    finally:
        conn.close()


def _wait_for_the_import_to_write(db: Path, deadline: float) -> None:
    """Until the first command holds the write lock of its import (its new database made and migrated, then
    the rows being written): started only when the file exists, the second command could take the lock first
    (its start is a few hundred milliseconds) and the two would meet the other way round."""
    while time.monotonic() < deadline:
        if db.exists():
            conn = sqlite3.connect(str(db), timeout=0)
            try:
                if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'leads'").fetchone():
                    conn.execute("BEGIN IMMEDIATE")
                    conn.execute("ROLLBACK")
            except sqlite3.OperationalError:        # locked: the import is writing its rows
                return
            finally:
                conn.close()
        time.sleep(0.01)
    raise AssertionError("the first import never started writing")


def test_a_refused_import_never_deletes_the_new_database_a_large_one_is_writing(tmp_path):
    """Both start on a path without a database. The refused one (a long file with a broken last row) makes
    the database and holds its write lock while it reads; the large one waits for it, then writes. When the
    refused one ends, the database holds the large one's work in progress: it must stay."""
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    write_csv(good, 30_000)
    write_csv(bad, 30_000)
    with open(bad, "a", encoding="utf-8") as out:
        out.write('x,"an unclosed quote\n')
    db = tmp_path / "data" / "new.sqlite"
    refused = start("import", bad, "--db", db)
    _wait_for_the_import_to_write(db, time.monotonic() + 60)
    # It waits for the whole refused import, which takes longer than the 10 s busy timeout on a loaded machine.
    large = start("import", good, "--db", db, env={**ENV, "LEADINBOX_BUSY_TIMEOUT_S": "300"})
    out, err = refused.communicate(timeout=300)
    assert refused.returncode == 1 and "refused" in out, out + err
    assert large.poll() is None, "the large import ended before the refused one: the test proves nothing"
    out, err = large.communicate(timeout=300)
    assert large.returncode == 0, err
    assert db.exists() and leads(db) == 30_000, out


def test_a_refused_first_import_alone_still_leaves_no_database(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    db = tmp_path / "data" / "new.sqlite"
    assert run("import", empty, "--db", db).returncode == 1
    assert list(db.parent.iterdir()) == []           # no database, no lock files


def test_an_import_while_another_process_writes_waits_then_says_the_database_is_busy(tmp_path, samples):
    db = tmp_path / "l.sqlite"
    assert run("import", samples / "azure-table-marketplaceleads.csv", "--db", db).returncode == 0
    before = crash_harness.fingerprint(db)
    writer = holder(f"import sqlite3\nc = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
                    "c.execute('BEGIN IMMEDIATE')")
    try:
        started = time.monotonic()
        out = run("import", samples / "partner-center-leads-export.csv", "--db", db,
                  env={**ENV, "LEADINBOX_BUSY_TIMEOUT_S": "1.5"})
        waited = time.monotonic() - started
    finally:
        stop(writer)
    assert out.returncode == 1 and "The database is busy" in out.stderr and "Traceback" not in out.stderr, out.stderr
    assert waited >= 1.5                              # it waited for the other writer first
    assert crash_harness.fingerprint(db) == before
    assert run("import", samples / "partner-center-leads-export.csv", "--db", db).returncode == 0


def test_a_restore_never_replaces_a_database_another_command_has_open(tmp_path, samples):
    db = tmp_path / "l.sqlite"
    assert run("import", samples / "azure-table-marketplaceleads.csv", "--db", db).returncode == 0
    assert run("backup", "--db", db).returncode == 0
    assert run("import", samples / "partner-center-leads-export.csv", "--db", db).returncode == 0
    before = crash_harness.fingerprint(db)
    other = holder(f"from leadinbox.store.lock import DatabaseInUse\nlock = DatabaseInUse({str(db)!r}).share()")
    try:
        out = run("restore", "--newest", "--db", db)
    finally:
        stop(other)
    assert out.returncode == 1 and "another leadinbox command is using this database" in out.stderr, out.stderr
    assert crash_harness.fingerprint(db) == before
    assert run("restore", "--newest", "--db", db).returncode == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX flock")
def test_the_lock_follows_a_removed_and_recreated_lock_file(tmp_path):
    from leadinbox.store.lock import DatabaseInUse
    db = tmp_path / "l.sqlite"
    first = DatabaseInUse(db).share()
    assert first.exclusive()
    first.remove()                                     # as a removed empty database takes its lock file along
    second, third = DatabaseInUse(db).share(), DatabaseInUse(db).share()
    assert second.held and not second.exclusive()      # both hold the new file's lock: neither may remove
    third.release()
    assert second.exclusive()
    second.release()
