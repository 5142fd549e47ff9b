"""UI fixtures: a file database with the samples, and private QSettings per test."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings

from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path


@pytest.fixture(autouse=True, scope="session")
def english_ui(qapp):
    """The UI as it starts on an American English system: English plural forms, US dates and numbers."""
    from leadinbox.ui.language import i18n
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.install("en", qapp)


@pytest.fixture(autouse=True, scope="session")
def collect_cycles_on_the_gui_thread(qapp):
    """As the app does (ui/jobs/collector.py): Python's cycle collector runs on the GUI thread only, never in a
    job's thread, where a Qt object of an earlier test would be deleted off its own thread."""
    from leadinbox.ui.jobs.collector import CycleCollector
    collector = CycleCollector()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread():
    """After each test, the windows and pages it made are deleted and their Python cycles collected here, on
    the GUI thread. Left to Python's collector, a cycle (a QObject and a lambda connected to its signal, a
    parentless QObject kept on a closed window) can be collected by whichever thread allocates next, e.g. a
    later test's import thread: a file watcher's socket notifier then goes from another thread, and Qt aborts
    (seen as a crash in whichever test ran next)."""
    yield        # set up first, so torn down last: after qtbot has closed the test's widgets
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def quit_loses_the_import(monkeypatch):
    """A window closed while an import runs (a test's end) is answered as the user who quits would answer;
    tests/ui/importing/test_quit_guard.py answers otherwise."""
    from leadinbox.ui.importing import quit_guard
    monkeypatch.setattr(quit_guard, "ask", lambda parent, text, detail: True)


@pytest.fixture
def language(qapp):
    """Switch the UI language inside a test; English and US conventions come back afterwards."""
    from leadinbox.ui.language import i18n

    def switch(name: str, locale: str | None = None) -> None:
        i18n.install(name, qapp)
        QLocale.setDefault(QLocale(locale or name))
    yield switch
    i18n.install("en", qapp)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sample_db(db_path, samples):
    db = open_database(db_path)
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    yield db
    db.close()


@pytest.fixture
def window(qtbot, db_path, settings):
    from leadinbox.ui.window.main_window import MainWindow
    db = open_database(db_path)
    win = MainWindow(db, db_path, settings, report_dialogs=False)
    qtbot.addWidget(win)
    yield win
    win.jobs.wait()
    db.close()
