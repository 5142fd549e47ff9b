"""A big import shows its leads at its commit, says it is making them searchable, and reports once a search
finds them; a quit in that step keeps the leads, and the next start finishes it."""

import threading

import pytest
from PySide6.QtCore import QCoreApplication

from leadinbox.store import search_pending
from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.importing import controller as import_controller
from leadinbox.ui.importing import quit_guard
from tests.ui.window.test_main_window import drop


@pytest.fixture
def held_search_step(monkeypatch):
    """Every file counts as big, and the search step waits for the gate before it writes anything."""
    monkeypatch.setattr(search_pending, "LATER_BYTES", 0)
    gate = threading.Event()
    real = import_controller.index_for_search

    def held(task):
        while not gate.wait(0.02):
            if task.cancelled():
                break
        return real(task)
    monkeypatch.setattr(import_controller, "index_for_search", held)
    yield gate
    gate.set()


def test_the_leads_are_shown_before_they_are_searchable_and_reported_after(qtbot, window, samples,
                                                                          held_search_step):
    reports = []
    window.imports.finished.connect(reports.append)
    drop(window, [samples / "partner-center-leads-export.csv"])
    qtbot.waitUntil(lambda: "Making new leads searchable" in window.status.progress.format(), timeout=20000)
    assert window.model.rowCount() == 9                    # committed, and shown
    assert reports == [] and not window.status.progress.isHidden()
    assert window.status.cancel_button.isHidden()     # the leads are in: nothing to cancel
    assert search_pending.count(window.db) == 9
    held_search_step.set()
    qtbot.waitUntil(lambda: bool(reports), timeout=20000)
    assert search_pending.count(window.db) == 0 and window.status.progress.isHidden()
    assert window.status.text().startswith("Imported")
    window.filters.search.setText("contoso")                # typed after the report: found
    qtbot.waitUntil(lambda: 0 < window.model.rowCount() < 9, timeout=5000)


def test_quitting_in_the_search_step_keeps_the_leads_and_the_next_start_finishes_it(
        qtbot, window, samples, held_search_step, monkeypatch, db_path, settings):
    asked = []
    monkeypatch.setattr(quit_guard, "ask", lambda *a: asked.append(a) or False)
    drop(window, [samples / "partner-center-leads-export.csv"])
    qtbot.waitUntil(lambda: "Making new leads searchable" in window.status.progress.format(), timeout=20000)
    reports = []
    window.imports.finished.connect(reports.append)
    window.close()                                        # no question: nothing of the import is lost
    window.jobs.wait()
    QCoreApplication.processEvents()
    assert reports == []                                  # and no report on the way out
    assert asked == [] and window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 18
    assert search_pending.count(window.db) == 9
    held_search_step.set()
    from leadinbox.ui.window.main_window import MainWindow
    db = open_database(db_path)
    again = MainWindow(db, db_path, settings, report_dialogs=False)
    qtbot.addWidget(again)
    again.imports.resume_search()
    qtbot.waitUntil(lambda: again.status.text() == "Search is up to date.", timeout=20000)
    assert search_pending.count(db) == 0
    QCoreApplication.processEvents()                  # what the window deferred has run
    again.close()
    db.close()


def test_nothing_left_to_index_starts_nothing(qtbot, window, samples):
    import_path(window.db, samples / "partner-center-leads-export.csv")
    window.imports.resume_search()
    assert not window.jobs.busy()


def test_the_search_step_holds_off_what_waits_for_an_import(qtbot, window, samples, held_search_step):
    # A restore, an erase, an undo or a move of the data folder waits for an import: for its search step too.
    drop(window, [samples / "partner-center-leads-export.csv"])
    qtbot.waitUntil(lambda: "Making new leads searchable" in window.status.progress.format(), timeout=20000)
    assert window.imports.busy and window.jobs.busy("import")
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        held_search_step.set()
    assert not window.imports.busy


def test_a_change_of_everything_finishes_entries_left_unwritten(qtbot, window, samples, monkeypatch):
    # A restored backup (or another program) may leave customers waiting for their entries.
    from leadinbox.core.changes import Changes
    monkeypatch.setattr(search_pending, "LATER_BYTES", 0)
    import_path(window.db, samples / "partner-center-leads-export.csv", search_later=True)
    assert search_pending.count(window.db) == 9
    window.changes.emit(Changes.all())
    qtbot.waitUntil(lambda: search_pending.count(window.db) == 0, timeout=20000)
    window.jobs.wait()


def test_a_search_step_that_fails_says_so_and_tells_what_it_wrote(qtbot, window, samples, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tests.store.helpers import fail_second_search_step
    monkeypatch.setattr(search_pending, "LATER_BYTES", 0)
    monkeypatch.setattr(search_pending, "STEP", 4)
    fail_second_search_step(monkeypatch)
    warned, told = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    window.changes.changed.connect(told.append)
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [samples / "partner-center-leads-export.csv"])
    assert len(warned) == 1 and "disk I/O error" in warned[0]
    assert any("search" in c.settings for c in told)            # the first step's entries are in
    assert search_pending.count(window.db) == 5                  # the rest waits for the next time
    assert window.status.text().startswith("Imported")          # the import itself is reported


def test_files_dropped_during_the_search_step_are_imported_after_it(qtbot, window, samples, held_search_step):
    reports = []
    window.imports.finished.connect(reports.append)
    drop(window, [samples / "partner-center-leads-export.csv"])
    qtbot.waitUntil(lambda: "Making new leads searchable" in window.status.progress.format(), timeout=20000)
    drop(window, [samples / "salesforce-leads-report.csv"])
    drop(window, [samples / "azure-table-marketplaceleads.csv", samples / "salesforce-leads-report.csv"])
    assert window.status.text() == "These files are imported as soon as the last import's leads are searchable."
    held_search_step.set()
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=20000)
    second = reports[1].results
    assert [r.file.rsplit("/", 1)[-1] for r in second] == ["salesforce-leads-report.csv",
                                                           "azure-table-marketplaceleads.csv"]
    assert all(r.status == "imported" for r in second)


def test_a_search_shown_during_the_step_reads_again_after_each_step(qtbot, window, samples, monkeypatch):
    monkeypatch.setattr(search_pending, "LATER_BYTES", 0)
    monkeypatch.setattr(search_pending, "STEP", 3)
    told = []
    window.changes.changed.connect(lambda c: "search" in c.settings and told.append(c))
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [samples / "partner-center-leads-export.csv"])
    assert len(told) >= 3          # nine customers in steps of three: told after each, and at the end
