"""Backups, restore and erase in the window: the dialogs, the daily backup, and what the window shows after."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog

from tests.ui.waiting import import_running, wait_for_write
from leadinbox.store.safety import backups
from leadinbox.store.safety.erase import customer_for_email
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.jobs import ChangeHub, Jobs
from leadinbox.ui.window.startup import files_from_another_start
from leadinbox.ui.safety.backup_scheduler import BackupScheduler
from leadinbox.ui.safety.erase_dialog import EraseDialog
from leadinbox.ui.inbox.columns import CUSTOMER_ID_ROLE
from leadinbox.ui.safety.restore_dialog import RestoreDialog
from tests.bench.generate import write_csv

NOW = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)
CHLOE = "chloe.lefevre@adatum.example"


def fill(window, samples, *names):
    for path in sorted(samples.iterdir()):
        if not names or path.name in names:
            import_path(window.db, path)
    window.refresh()


def select(window, customer_id):
    window.views.select("all")
    model = window.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(CUSTOMER_ID_ROLE) == customer_id:
            window.tree.setCurrentIndex(index)
            return
    raise AssertionError(f"customer {customer_id} not listed")


def test_restore_dialog_lists_counts_and_asks(qtbot, sample_db, db_path, tmp_path):
    good = backups.make_backup(sample_db, db_path, "daily", now=NOW - timedelta(days=1))
    bad = db_path.parent / "backups" / "leadinbox-20261123T000000Z-manual.sqlite"
    bad.write_bytes(b"not a database" * 100)
    asked = []
    customers, leads = (sample_db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("customers", "leads"))
    dialog = RestoreDialog(db_path, (customers, leads), confirm=lambda info: asked.append(info) or True)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Backed up by you"
    assert dialog.table.item(0, 4).text() != "Readable" and not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert [dialog.table.item(1, c).text() for c in (1, 2, 3, 4)] == ["Daily", str(customers), str(leads),
                                                                       "Readable"]
    from leadinbox.ui.language.i18n import format_datetime           # as every other moment reads, not ISO
    assert dialog.table.item(1, 0).text() == format_datetime((NOW - timedelta(days=1)).astimezone())
    with qtbot.waitSignal(dialog.restore_requested) as chosen:
        dialog.restore_button.click()
    assert chosen.args == [good] and asked[0].customers == customers


def test_restore_dialog_without_backups_says_so(qtbot, sample_db, db_path):
    dialog = RestoreDialog(db_path, (0, 0))
    qtbot.addWidget(dialog)
    assert dialog.table.isHidden() and not dialog.empty.isHidden() and "No backups yet" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()
    backups.make_backup(sample_db, db_path, "manual")
    dialog.reload()
    assert not dialog.table.isHidden() and dialog.empty.isHidden() and dialog.table.rowCount() == 1


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")     # offscreen: the busy window
def test_restore_from_the_window(qtbot, window, samples):
    fill(window, samples, "salesforce-leads-report.csv")
    taken = backups.make_backup(window.db, window.db_path, "daily", now=NOW - timedelta(days=1))
    fill(window, samples)
    window.followup.undo_stack.push(QUndoCommand("an attempt before the restore"))
    with wait_for_write(qtbot, window, 20000):
        assert window.safety.restore(taken)
    assert window.followup.undo_stack.count() == 0
    window.views.select("all")
    assert window.source.count_all() == backups.inspect(taken).customers
    assert "Restored the backup" in window.status.text()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")     # offscreen: the busy window
def test_erase_from_the_window_asks_then_erases(qtbot, window, samples):
    fill(window, samples)
    cid = customer_for_email(window.db, CHLOE)
    select(window, cid)
    shown = []

    def answer(dialog):
        shown.append(dialog.text)
        if isinstance(dialog, EraseDialog):
            assert not dialog.erase_button.isEnabled()
            dialog.understood.setChecked(True)
            dialog.erase_button.click()
        return dialog.result()
    window.safety.run = answer
    with wait_for_write(qtbot, window, 20000):
        assert window.safety.erase_current()
    assert "Chloé Lefèvre" in shown[0] and "3 leads" in shown[0]
    assert customer_for_email(window.db, CHLOE) is None
    assert window.source.customer(cid) is None and "Erased: 3 leads" in window.status.text()


def test_erase_cancelled_erases_nothing(qtbot, window, samples):
    fill(window, samples)
    cid = customer_for_email(window.db, CHLOE)
    select(window, cid)
    window.safety.run = lambda dialog: QDialog.DialogCode.Rejected
    assert not window.safety.erase_current()
    assert customer_for_email(window.db, CHLOE) == cid


def test_daily_backup_once_a_day_in_the_background(qtbot, sample_db, db_path):
    clock = [NOW]
    scheduler = BackupScheduler(Jobs(db_path, ChangeHub()), clock=lambda: clock[0])
    with qtbot.waitSignal(scheduler.backed_up, timeout=20000) as made:
        assert scheduler.check()
    scheduler.wait()
    assert made.args[0].reason == "daily" and made.args[0].path.exists()
    assert not scheduler.check()                       # today's is there
    clock[0] = NOW + timedelta(days=1)
    with qtbot.waitSignal(scheduler.backed_up, timeout=20000):
        assert scheduler.check()
    scheduler.wait()
    assert len(backups.list_backups(backups.folder_for(db_path))) == 2


def test_a_damaged_database_is_not_backed_up(qtbot, sample_db, db_path):
    old = backups.make_backup(sample_db, db_path, "daily", now=NOW - timedelta(days=1))
    sample_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    root = sample_db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'leads_customer'").fetchone()[0]
    size = sample_db.execute("PRAGMA page_size").fetchone()[0]               # 16 KiB in a new database
    data[(root - 1) * size + 100: root * size] = b"\x07" * (size - 100)     # an index page scribbled over
    db_path.write_bytes(bytes(data))
    scheduler = BackupScheduler(Jobs(db_path, ChangeHub()), clock=lambda: NOW)
    with qtbot.waitSignal(scheduler.damaged, timeout=20000):
        scheduler.check()
    scheduler.wait()
    assert backups.list_backups(backups.folder_for(db_path)) == [backups.list_backups(old.path.parent)[0]]


def test_files_from_a_second_start_are_imported(qtbot, window, samples):
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        files_from_another_start(window, [samples / "partner-center-leads-export.csv"])
    assert window.source.count_all() == 9


@pytest.mark.parametrize("busy_action", ["erase_current", "restore"])
def test_refused_while_an_import_runs(qtbot, window, samples, busy_action):
    fill(window, samples)
    select(window, customer_for_email(window.db, CHLOE))
    with import_running(window):                # as while an import runs
        args = () if busy_action == "erase_current" else (None,)
        window.safety.run = lambda dialog: QDialog.DialogCode.Accepted
        assert not getattr(window.safety, busy_action)(*args)
    assert customer_for_email(window.db, CHLOE) is not None
    assert "An import is running" in window.status.text()


def test_cli_import_while_the_window_imports(qtbot, window, samples, tmp_path):
    """Two writers on one database: the window's import thread and `leadinbox import` in another process.
    SQLite's locking makes the later one wait (busy timeout); both land whole."""
    write_csv(tmp_path / "big.csv", 3000)
    root = Path(__file__).resolve().parents[3]
    with qtbot.waitSignal(window.imports.finished, timeout=60000) as done:
        window.imports.import_files([tmp_path / "big.csv"])
        cli = subprocess.run([sys.executable, "-m", "leadinbox", "import", "--json", "--db", str(window.db_path),
                              str(samples / "salesforce-leads-report.csv")], capture_output=True, text=True,
                             cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, timeout=60)
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout)["files"][0]["new_leads"] > 0
    assert done.args[0].error is None and done.args[0].results[0].new_leads > 2000
    window.refresh()
    assert window.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Both batches are there: importing either file again adds nothing.
    for path in (tmp_path / "big.csv", samples / "salesforce-leads-report.csv"):
        assert import_path(window.db, path).new_leads == 0


def test_window_import_on_a_full_disk_says_so_and_changes_nothing(qtbot, window, samples, tmp_path, monkeypatch):
    from leadinbox.store import failures
    from leadinbox.ui.jobs import jobs as import_runner        # where a write job opens its connection
    fill(window, samples, "salesforce-leads-report.csv")
    leads = window.db.execute("SELECT count(*) FROM leads").fetchone()[0]
    write_csv(tmp_path / "big.csv", 2000)
    real_open = import_runner.open_database

    def full_disk(path, **options):     # the import thread's connection: no room for more than two pages
        db = real_open(path, **options)
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0] + 2}")
        return db
    monkeypatch.setattr(import_runner, "open_database", full_disk)
    told = []
    monkeypatch.setattr("leadinbox.ui.importing.controller.QMessageBox.critical", lambda *a: told.append(a[2]))
    with qtbot.waitSignal(window.imports.finished, timeout=30000) as done:
        window.imports.import_files([tmp_path / "big.csv"])
    assert done.args[0].error == failures.DISK_FULL and failures.DISK_FULL in told[0]
    assert window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == leads


def test_the_daily_backup_leaves_the_status_bar_to_what_the_user_did(qtbot, window):
    # A minute after the start (and after an undo) "Backed up to leadinbox-…-daily.sqlite." replaced
    # "Import of … undone: 20 leads removed." or "Attempt logged on 2 leads.": a routine the user did not ask for.
    daily = backups.Backup(Path("leadinbox-20261206T090354Z-daily.sqlite"), NOW, "daily")
    window.status.say("Attempt logged on 2 leads.")
    window.safety.scheduler.backed_up.emit(daily)
    assert window.status.text() == "Attempt logged on 2 leads."
    manual = backups.Backup(Path("leadinbox-20261206T091000Z-manual.sqlite"), NOW, "manual")
    window.safety.scheduler.backed_up.emit(manual)                  # File › Back up now said "Backing up…"
    assert window.status.text() == "Backed up to leadinbox-20261206T091000Z-manual.sqlite."
