"""File › Open sample data: straight in on an empty database, asked first on one that holds leads."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from leadinbox.store.importing.entry import import_path


def test_an_empty_database_takes_the_samples_without_a_question(qtbot, window):
    window.imports.ask = lambda box: pytest.fail("asked on an empty database")
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        window.imports.open_samples()
    assert window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 20


def test_a_database_with_leads_is_asked_first_and_cancel_is_the_default(qtbot, window, samples):
    import_path(window.db, samples / "salesforce-leads-report.csv")
    asked = []

    def cancel(box):
        asked.append(box)
        box.defaultButton().click()
    window.imports.ask = cancel
    window.imports.open_samples()
    box = asked[0]
    assert box.text() == "Add the demo leads to your database?"
    assert str(window.db_path) in box.informativeText() and "File › Import history" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert not window.imports.busy
    assert window.db.execute("SELECT count(*) FROM batches").fetchone()[0] == 1


def test_the_samples_go_in_when_the_user_says_so(qtbot, window, samples):
    import_path(window.db, samples / "salesforce-leads-report.csv")

    def add(box):
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    window.imports.ask = add
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        window.imports.open_samples()
    assert window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 20


def test_the_menu_item_says_it_asks_first(window):
    file_menu = window.menuBar().actions()[0].menu()
    assert "Open &sample data…" in [a.text() for a in file_menu.actions()]
