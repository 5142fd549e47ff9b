"""Opening a database that is damaged or not LeadInbox's: the newest good backup is offered, never a crash
and never a silent fresh start."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QMessageBox

from leadinbox.store.safety import backups
from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.window.startup import open_or_offer_backup

NOW = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)


@pytest.fixture
def backed_up(db_path, samples):
    db = open_database(db_path)
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    taken = backups.make_backup(db, db_path, "daily", now=NOW - timedelta(days=1))
    customers = db.execute("SELECT count(*) FROM customers").fetchone()[0]
    db.close()
    return taken, customers


@pytest.fixture
def said(monkeypatch):
    """What the app showed with QMessageBox.critical (instead of a modal box)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    return shown


def damage(db_path, how: str) -> None:
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    if how == "garbage":
        db_path.write_bytes(b"\x13garbage" * 5000)
    else:   # the schema page scribbled over: SQLite opens it, then finds it malformed
        data = bytearray(db_path.read_bytes())
        size = int.from_bytes(data[16:18], "big")           # the page size, from the file's header
        data[100:size] = b"\x55" * (size - 100)
        db_path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["garbage", "malformed"])
def test_damaged_database_offers_the_newest_good_backup(qapp, backed_up, db_path, how, said):
    taken, customers = backed_up
    damage(db_path, how)
    asked = []
    db = open_or_offer_backup(db_path, ask=lambda text: asked.append(text) or True)
    assert db is not None and said == []
    assert "The newest good backup is from" in asked[0] and f"{customers} customers" in asked[0]
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == customers
    db.close()
    kept = [p for p in backups.folder_for(db_path).iterdir() if p.name.startswith("damaged-")]
    assert [p.suffix for p in kept if p.suffix == ".sqlite"] == [".sqlite"]       # with its -wal, -shm if any


def test_declining_the_backup_quits_and_leaves_the_file(qapp, backed_up, db_path, said):
    damage(db_path, "garbage")
    before = db_path.read_bytes()
    assert open_or_offer_backup(db_path, ask=lambda text: False) is None
    assert db_path.read_bytes() == before and said == []


def test_no_backup_says_so_and_leaves_the_file(qapp, db_path, said):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"\x13garbage" * 5000)
    assert open_or_offer_backup(db_path, ask=lambda text: pytest.fail("nothing to offer")) is None
    assert "There is no backup to restore" in said[0]
    assert db_path.read_bytes() == b"\x13garbage" * 5000


def moved_away(db_path):
    for suffix in ("", "-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def test_missing_database_with_backups_offers_the_newest_and_restores_it(qapp, backed_up, db_path):
    _taken, customers = backed_up
    moved_away(db_path)
    asked = []
    db = open_or_offer_backup(db_path, choose=lambda text: asked.append(text) or "restore")
    try:
        assert "does not exist" in asked[0] and f"{customers} customers" in asked[0]
        assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == customers
    finally:
        db.close()


def test_missing_database_with_backups_may_start_empty_or_quit(qapp, backed_up, db_path):
    moved_away(db_path)
    assert open_or_offer_backup(db_path, choose=lambda text: "quit") is None
    assert not db_path.exists()                  # quitting makes no file: the user can put theirs back
    db = open_or_offer_backup(db_path, choose=lambda text: "empty")
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == 0
    db.close()


def test_a_first_start_without_backups_asks_nothing(qapp, db_path):
    db = open_or_offer_backup(db_path, choose=lambda text: pytest.fail("asked on a first start"))
    db.close()
