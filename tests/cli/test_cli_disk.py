"""The command line on a read-only folder and on a disk that cannot take more: a clear message, exit 1, no
traceback, and the database as it was. Run in a child process, which the operating system really stops
from writing (permission bits without root's override; a file size limit)."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path
from tests.bench.generate import write_csv
from tests.store import crash_harness

ROOT = Path(__file__).resolve().parents[2]
SETPRIV = shutil.which("setpriv")
# Root ignores permission bits; without CAP_DAC_OVERRIDE it obeys them like anyone.
AS_USER = [] if os.geteuid() != 0 else [SETPRIV, "--bounding-set", "-dac_override,-dac_read_search"]
needs_permissions = pytest.mark.skipif(os.name != "posix" or (os.geteuid() == 0 and not SETPRIV),
                                       reason="needs POSIX permissions (setpriv when running as root)")


def leadinbox(*args, limit: int | None = None) -> subprocess.CompletedProcess:
    def no_bigger_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)    # a write past the limit fails (EFBIG) instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return subprocess.run([*AS_USER, sys.executable, "-m", "leadinbox", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60,
                          preexec_fn=no_bigger_files if limit else None)


@pytest.fixture
def loaded(db_path, samples):
    db = open_database(db_path)
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    db.close()
    return db_path


@needs_permissions
def test_new_database_in_a_read_only_folder(tmp_path, samples):
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    out = leadinbox("import", samples / "partner-center-leads-export.csv", "--db", folder / "l.sqlite")
    assert out.returncode == 1 and "cannot write to its data folder" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr and list(folder.iterdir()) == []


@needs_permissions
def test_existing_database_in_a_folder_turned_read_only(loaded, tmp_path):
    write_csv(tmp_path / "new.csv", 50)
    before = crash_harness.fingerprint(loaded)
    open_database(loaded).close()            # the last connection to close removes -wal and -shm
    assert [p.name for p in loaded.parent.iterdir()] == [loaded.name]
    loaded.parent.chmod(0o500)
    try:
        out = leadinbox("import", tmp_path / "new.csv", "--db", loaded)
    finally:
        loaded.parent.chmod(0o700)
    assert out.returncode == 1 and "read-only" in out.stderr and "Traceback" not in out.stderr, out.stderr
    # Which one, and where (issue 15: it said "cannot write to its data folder (?)").
    assert f"cannot write to its data folder ({loaded.parent})" in out.stderr and "(?)" not in out.stderr
    assert crash_harness.fingerprint(loaded) == before


@needs_permissions
def test_a_read_only_database_file_is_named_not_its_folder(loaded, tmp_path):
    write_csv(tmp_path / "new.csv", 50)
    before = crash_harness.fingerprint(loaded)
    loaded.chmod(0o400)
    try:
        out = leadinbox("import", tmp_path / "new.csv", "--db", loaded)
    finally:
        loaded.chmod(0o600)
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert f"cannot write to its database ({loaded})" in out.stderr, out.stderr
    assert crash_harness.fingerprint(loaded) == before


@needs_permissions
def test_backup_into_a_read_only_backups_folder(loaded):
    backups = loaded.parent / "backups"
    backups.mkdir(mode=0o500)
    try:
        out = leadinbox("backup", "--db", loaded)
    finally:
        backups.chmod(0o700)
    assert out.returncode == 1 and "read-only" in out.stderr and "Traceback" not in out.stderr, out.stderr
    assert list(backups.iterdir()) == []
    assert leadinbox("backup", "--db", loaded).returncode == 0


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_import_when_the_disk_cannot_take_more(loaded, tmp_path):
    write_csv(tmp_path / "big.csv", 3000)
    before = crash_harness.fingerprint(loaded)
    out = leadinbox("import", tmp_path / "big.csv", "--db", loaded, limit=loaded.stat().st_size + 256 * 1024)
    assert out.returncode == 1 and "Nothing was changed" in out.stderr and "Traceback" not in out.stderr, out.stderr
    assert crash_harness.integrity(loaded) == "ok"
    assert crash_harness.fingerprint(loaded) == before
