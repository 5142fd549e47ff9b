"""Undo import, restore and erase run off the GUI thread: the window keeps painting, nothing else writes
meanwhile, the result reaches the window as before, and closing waits for the commit."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from tests.ui.waiting import import_running, wait_for_write
from leadinbox.store import batches

from leadinbox.store.safety import backups

from leadinbox.store.safety import erase

from leadinbox.store.safety import restore
from leadinbox.store.batches import UndoRefused
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.importing import history_dialog
from leadinbox.ui.safety import controller as trust_controller
from leadinbox.ui.widgets.busy_dialog import BusyDialog

SLOW_S = 0.4
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")     # offscreen: the busy window


def slowed(real, calls):
    """`real`, taking SLOW_S longer and noting the thread it ran on (as a big database would)."""
    def run(*args, **kwargs):
        calls.append(threading.current_thread())
        time.sleep(SLOW_S)
        return real(*args, **kwargs)
    return run


def start_undo(qtbot, dialog, window) -> None:
    """Undo the selected import, answering Yes: what it would remove is read first, beside the GUI thread."""
    dialog.undo_selected(confirm=False)
    qtbot.waitUntil(lambda: (window.jobs.writing is not None), timeout=5000)


class Ticks:
    """A 10 ms timer on the GUI thread: it only ticks while the GUI thread is free."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1


def test_undo_import_runs_beside_a_painting_window(qtbot, window, samples, monkeypatch):
    import_path(window.db, samples / "salesforce-leads-report.csv")
    window.refresh()
    calls = []
    monkeypatch.setattr(history_dialog, "undo_with_backup", slowed(batches.undo_with_backup, calls))
    dialog = window.imports.history_dialog()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    ticks = Ticks()
    with wait_for_write(qtbot, window, 20000):
        start_undo(qtbot, dialog, window)
        started = ticks.count
        busy = window.jobs.writing.dialog
        assert isinstance(busy, BusyDialog) and busy.isVisible() and busy.isModal()
        assert not dialog.undo_button.isEnabled()
    ticks.timer.stop()
    assert calls and calls[0] is not threading.main_thread()
    assert ticks.count - started >= SLOW_S * 1000 / 10 / 4       # the GUI thread kept ticking
    assert not busy.isVisible() and window.jobs.writing is None
    # Applied as before: the list, the history and the status line.
    assert window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 0
    assert window.inbox.stack.currentWidget() is window.inbox.empty
    assert window.status.text() == ("Import of salesforce-leads-report.csv undone: 10 leads removed. The "
                                         "database as it was before is kept as a backup (File › Restore backup…).")
    assert dialog.table.item(0, 7).text().startswith("Undone")
    # The safety copy holds what the undo removed, and the Restore dialog names its kind.
    from leadinbox.ui.safety.restore_dialog import reason_label
    (copy,) = backups.list_backups(backups.folder_for(window.db_path))
    assert copy.reason == "before-undo" and backups.inspect(copy).leads == 10
    assert reason_label(copy.reason) == "Before an undone import"


def test_undo_refused_is_said_in_the_windows_words(qtbot, window, samples, monkeypatch):
    import_path(window.db, samples / "salesforce-leads-report.csv")
    told = []
    monkeypatch.setattr(history_dialog.QMessageBox, "warning", lambda parent, title, text: told.append(text))

    def refuse(db, path, batch_id, **kwargs):       # worked on from elsewhere between the question and the undo
        raise UndoRefused("3 lead(s) of import 1 have been worked on since (--force undoes it anyway)", "worked", 3)
    monkeypatch.setattr(history_dialog, "undo_with_backup", refuse)
    dialog = window.imports.history_dialog()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    with wait_for_write(qtbot, window, 20000):
        dialog.undo_selected(confirm=False)
    # In the window's words: never the command line's --force.
    assert told == ["3 of its leads have been worked on since you were asked; nothing was removed. "
                    "Choose Undo again to see whose work would be lost."]
    assert dialog.undo_button.isEnabled()
    assert window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 10


def test_undo_on_a_read_only_file_goes_to_the_error_dialog(qtbot, window, samples, monkeypatch):
    import sqlite3
    from leadinbox.ui.window import errors
    import_path(window.db, samples / "salesforce-leads-report.csv")
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, title, message, details=None: shown.append(title))

    def read_only(db, path, batch_id, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")
    monkeypatch.setattr(history_dialog, "undo_with_backup", read_only)
    dialog = window.imports.history_dialog()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    with wait_for_write(qtbot, window, 20000):
        dialog.undo_selected(confirm=False)
    assert shown == ["Nothing was changed"]


def test_no_undo_while_an_import_runs(qtbot, window, samples, monkeypatch):
    import_path(window.db, samples / "salesforce-leads-report.csv")
    told = []
    monkeypatch.setattr(history_dialog.QMessageBox, "warning", lambda parent, title, text: told.append(text))
    dialog = window.imports.history_dialog()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    with import_running(window):                # as while an import runs
        dialog.undo_selected(confirm=False)
    assert not window.jobs.busy("undo-import") and told == ["An import is running: undo when it has finished."]


def test_closing_waits_for_the_write_and_no_import_starts_meanwhile(qtbot, window, samples, monkeypatch):
    import_path(window.db, samples / "salesforce-leads-report.csv")
    calls = []
    monkeypatch.setattr(history_dialog, "undo_with_backup", slowed(batches.undo_with_backup, calls))
    dialog = window.imports.history_dialog()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    start_undo(qtbot, dialog, window)
    window.imports.import_files([samples / "partner-center-leads-export.csv"])      # e.g. from a second start
    assert not window.imports.busy and "saving a change" in window.status.text()
    window.close()
    # The close waited for the commit: the undo is in the file, whole.
    assert window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 0
    assert window.db.execute("SELECT undone_at FROM batches").fetchone()[0] is not None
    qtbot.waitUntil(lambda: window.jobs.writing is None, timeout=5000)


def test_restore_runs_beside_a_painting_window(qtbot, window, samples, monkeypatch):
    import_path(window.db, samples / "salesforce-leads-report.csv")
    taken = backups.make_backup(window.db, window.db_path, "manual")
    for path in sorted(samples.iterdir()):
        import_path(window.db, path)
    window.refresh()
    calls = []
    monkeypatch.setattr(trust_controller, "restore_backup", slowed(restore.restore_backup, calls))
    ticks = Ticks()
    with wait_for_write(qtbot, window, 20000):
        assert window.safety.restore(taken)
        started = ticks.count
        assert window.jobs.writing.dialog.isVisible()
    ticks.timer.stop()
    assert calls and calls[0] is not threading.main_thread()
    assert ticks.count - started >= SLOW_S * 1000 / 10 / 4
    # The window's own connection reads the restored file: the list, the counts, the status line.
    assert window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 10
    window.views.select("all")
    assert window.source.count_all() == backups.inspect(taken).customers
    assert window.status.text().startswith("Restored the backup of")
    assert window.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_failed_restore_is_said_as_before(qtbot, window, samples, monkeypatch):
    import_path(window.db, samples / "salesforce-leads-report.csv")
    taken = backups.make_backup(window.db, window.db_path, "manual")
    told = []
    window.safety.tell = lambda title, text: told.append((title, text))

    def refused(db, db_path, backup):
        raise restore.RestoreRefused("x.sqlite cannot be restored: it is damaged")
    monkeypatch.setattr(trust_controller, "restore_backup", refused)
    with wait_for_write(qtbot, window, 20000):
        assert window.safety.restore(taken)
    assert told == [("Restore failed", "x.sqlite cannot be restored: it is damaged")]


def test_erase_runs_beside_a_painting_window(qtbot, window, samples, monkeypatch):
    for path in sorted(samples.iterdir()):
        import_path(window.db, path)
    backups.make_backup(window.db, window.db_path, "manual")
    window.refresh()
    chloe = erase.customer_for_email(window.db, "chloe.lefevre@adatum.example")
    monkeypatch.setattr(window.followup, "current_customer", lambda: chloe)
    window.safety.run = lambda dialog: QDialog.DialogCode.Accepted
    calls = []
    monkeypatch.setattr(trust_controller, "erase_customer", slowed(erase.erase_customer, calls))
    ticks = Ticks()
    with wait_for_write(qtbot, window, 20000):
        assert window.safety.erase_current()
        started = ticks.count
        assert "Chloé Lefèvre" in window.jobs.writing.dialog.label.text()
    ticks.timer.stop()
    assert calls and calls[0] is not threading.main_thread()
    assert ticks.count - started >= SLOW_S * 1000 / 10 / 4
    assert erase.customer_for_email(window.db, "chloe.lefevre@adatum.example") is None
    assert window.source.customer(chloe) is None
    assert window.status.text() == "Erased: 3 leads. Removed from 1 backup."     # no "0 notes", no "1 backups"


def test_a_failed_erase_is_said_as_before(qtbot, window, samples, monkeypatch):
    import sqlite3
    for path in sorted(samples.iterdir()):
        import_path(window.db, path)
    chloe = erase.customer_for_email(window.db, "chloe.lefevre@adatum.example")
    monkeypatch.setattr(window.followup, "current_customer", lambda: chloe)
    window.safety.run = lambda dialog: QDialog.DialogCode.Accepted
    told = []
    window.safety.tell = lambda title, text: told.append(title)

    def full(db, customer_id, backups=None):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(trust_controller, "erase_customer", full)
    with wait_for_write(qtbot, window, 20000):
        assert window.safety.erase_current()
    assert told == ["Erase failed"] and erase.customer_for_email(window.db, "chloe.lefevre@adatum.example") == chloe
