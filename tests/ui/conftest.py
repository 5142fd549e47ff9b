"""UI fixtures: a file database with the samples, and private QSettings per test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings

from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path


@pytest.fixture(autouse=True, scope="session")
def english_ui(qapp):
    """The UI as it starts on an American English system: English plural forms, US dates and numbers."""
    from leadinbox.ui.language import i18n
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.install("en", qapp)


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
    win.runner.wait()
    db.close()
