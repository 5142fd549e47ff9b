"""Undo import asks after it has read what would go: the file, the leads and customers, whose work; No is
the default, and removing worked-on leads is a separate button that says so."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.waiting import wait_for_write
from leadinbox.store import batches
from leadinbox.store.batches import UndoPlan
from leadinbox.store.work.attempts import log_attempt
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.importing import history_dialog
from leadinbox.ui.importing.undo_confirm import UndoConfirmation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")     # offscreen: the busy window


def test_the_question_names_the_file_and_what_goes_with_no_as_default(qtbot):
    box = UndoConfirmation(UndoPlan(2, "azure-table-marketplaceleads.csv", 20, 11))
    qtbot.addWidget(box)
    assert box.text() == "Remove 20 leads and 11 customers added by azure-table-marketplaceleads.csv?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.undo is box.button(QMessageBox.StandardButton.Yes)
    one = UndoConfirmation(UndoPlan(3, "a.csv", 1, 0))
    qtbot.addWidget(one)
    assert one.text() == "Remove 1 lead added by a.csv?"


def test_worked_on_leads_are_named_and_removing_them_is_never_the_default(qtbot):
    plan = UndoPlan(1, "a.csv", 1200, 700, worked=7, worked_customers=7,
                    worked_names=("Ann", "Bo", "Cy", "Di", "Ed"))
    box = UndoConfirmation(plan)
    qtbot.addWidget(box)
    assert box.text() == "Remove 1,200 leads and 700 customers added by a.csv?"
    info = box.informativeText()
    assert "You have worked on 7 of these leads since the import, for Ann, Bo, Cy, Di, Ed and 2 other customers." \
        in info and "--force" not in info and "(s)" not in info
    assert box.defaultButton() is not box.undo and box.escapeButton() is not box.undo
    assert box.buttonRole(box.undo) == QMessageBox.ButtonRole.DestructiveRole
    assert box.undo.text() == "Undo anyway and lose that work"


def test_the_counts_follow_the_locale(qtbot, language):
    language("nl", "nl_NL")
    box = UndoConfirmation(UndoPlan(1, "a.csv", 1234, 2))
    qtbot.addWidget(box)
    assert "1.234" in box.text() and "a.csv" in box.text()


def answer(dialog, which: str) -> list[UndoConfirmation]:
    """Answer the question with its `which` button ('undo' or 'default'); the boxes asked are returned."""
    asked = []

    def ask(box):
        asked.append(box)
        (box.undo if which == "undo" else box.defaultButton()).click()
    dialog.ask = ask
    return asked


def test_the_check_runs_beside_the_gui_thread_before_the_question(qtbot, window, samples, monkeypatch):
    import_path(window.db, samples / "salesforce-leads-report.csv")
    customer = window.db.execute("SELECT customer_id FROM leads LIMIT 1").fetchone()[0]
    log_attempt(window.db, customer, "email", "no_answer")
    threads = []

    def plan(db, batch_id):
        threads.append(threading.current_thread())
        return batches.undo_plan(db, batch_id)
    monkeypatch.setattr(history_dialog, "undo_plan", plan)
    dialog = window.imports.history_dialog()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    asked = answer(dialog, "default")
    dialog.undo_selected()
    assert not dialog.undo_button.isEnabled()       # until the answer is read
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert threads and threads[0] is not threading.main_thread()
    assert asked[0].plan.worked >= 1 and asked[0].plan.file == "salesforce-leads-report.csv"
    assert window.jobs.writing is None and dialog.undo_button.isEnabled()       # kept: nothing started
    assert window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 10


def test_removing_worked_on_leads_when_chosen(qtbot, window, samples):
    import_path(window.db, samples / "salesforce-leads-report.csv")
    customer = window.db.execute("SELECT customer_id FROM leads LIMIT 1").fetchone()[0]
    log_attempt(window.db, customer, "email", "no_answer")
    dialog = window.imports.history_dialog()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    answer(dialog, "undo")
    with wait_for_write(qtbot, window, 20000):
        dialog.undo_selected()
    assert window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 0
    assert window.db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0


def test_an_import_with_nothing_to_undo_is_said_without_asking(qtbot, window, samples, monkeypatch):
    import_path(window.db, samples / "salesforce-leads-report.csv")
    told = []
    monkeypatch.setattr(history_dialog.QMessageBox, "warning", lambda parent, title, text: told.append(text))
    dialog = window.imports.history_dialog()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    asked = answer(dialog, "undo")
    batches.undo_batch(window.db, 1)          # e.g. from the command line, meanwhile
    dialog.undo_selected()
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told == ["This import was already undone."] and not asked
    assert dialog.table.item(0, 7).text().startswith("Undone")
