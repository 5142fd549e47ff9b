"""Issue 15: a backup or an erase killed (SIGKILL) half-way leaves nothing behind that holds an erased person:
the killed backup's hidden partial copy is removed at the next start or command, and an erase killed after its
commit is finished in the backups then."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

ROOT = Path(__file__).resolve().parents[3]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
EMAIL = b"sanne.devries@fabrikam.example"


@pytest.fixture
def loaded(db_path, samples):
    db = open_database(db_path)
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    db.close()
    return db_path


def killed_at(code: str) -> None:
    """Run `code` in a process of its own, which prints 'ready' where it is to die; SIGKILL it there."""
    child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=ENV, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL


def leadinbox(*args) -> subprocess.CompletedProcess:
    out = subprocess.run([sys.executable, "-m", "leadinbox", *map(str, args)], cwd=ROOT, env=ENV,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out


def holding(folder: Path, needle: bytes = EMAIL) -> list[str]:
    """Every file under `folder` whose bytes hold `needle`."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes())


KILL_BACKUP = """
import time
from pathlib import Path
from leadinbox.store import db as store_db
from leadinbox.store.safety.backups import make_backup
database = store_db.open_database({path!r})
def stall(db, copy):            # the copy is whole, not yet renamed into a backup
    print("ready", flush=True)
    time.sleep(60)
store_db._record_source = stall
make_backup(database, Path({path!r}), "manual")
"""


def test_a_killed_backups_partial_copy_is_removed_at_the_next_command(loaded):
    killed_at(KILL_BACKUP.format(path=str(loaded)))
    backups = loaded.parent / "backups"
    [partial] = [p for p in backups.iterdir() if p.name.endswith(".partial")]
    assert partial.name.startswith(".") and EMAIL in partial.read_bytes()
    leadinbox("stats", "--db", loaded)
    assert not partial.exists() and list(backups.iterdir()) == []


def test_erasing_a_person_reaches_a_killed_backups_copy(loaded):
    killed_at(KILL_BACKUP.format(path=str(loaded)))
    assert holding(loaded.parent)                           # the database, and the hidden copy
    leadinbox("erase", EMAIL.decode(), "--yes", "--db", loaded)
    assert holding(loaded.parent) == []


KILL_ERASE = """
import time
from pathlib import Path
from leadinbox.store.db import open_database
from leadinbox.store.safety import erase
database = open_database({path!r})
def stall(folder, key, now=None):   # the erase has committed; the backups are next
    print("ready", flush=True)
    time.sleep(60)
erase.erase_from_backups = stall
erase.erase_email(database, {email!r}, backups=Path({path!r}).parent / "backups")
"""


def test_an_erase_killed_after_its_commit_is_finished_in_the_backups_at_the_next_start(loaded):
    db = open_database(loaded)
    everyone = db.execute("SELECT count(*) FROM customers").fetchone()[0]
    db.close()
    leadinbox("backup", "--db", loaded)
    killed_at(KILL_ERASE.format(path=str(loaded), email=EMAIL.decode()))
    backups = holding(loaded.parent)
    assert len(backups) == 1 and all(name.startswith("backups/") for name in backups)   # only the copies
    db = open_database(loaded)                  # the next start (or command) finishes the erase
    try:
        assert db.execute("SELECT 1 FROM settings WHERE key = 'erase_backups_pending'").fetchone() is None
        assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == everyone - 1
    finally:
        db.close()
    assert holding(loaded.parent) == []
    # The backups keep everyone else, and list the person as erased (a restore will not bring them back).
    from leadinbox.store.safety.backups import list_backups
    from leadinbox.store.safety import suppression
    for backup in list_backups(loaded.parent / "backups"):
        copy = open_database(backup.path, migrate=False)
        try:
            assert copy.execute("SELECT count(*) FROM customers").fetchone()[0] == everyone - 1
            assert suppression.is_suppressed(copy, "e:" + EMAIL.decode())
        finally:
            copy.close()
