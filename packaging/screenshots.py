"""Renders the README screenshots in a real window (run under Xvfb: xvfb-run -a python packaging/screenshots.py)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leadinbox.store.db import open_database
from leadinbox.ui.language import i18n
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.importing.report import ImportReport
from leadinbox.ui.importing.controller import SAMPLES
from leadinbox.ui.window.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def shoot(widget, name: str) -> None:
    QTest.qWait(300)        # the counts arrive from their own thread; let the status bar lay them out
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def main() -> int:
    app = QApplication(sys.argv)
    QCoreApplication.setOrganizationName("LeadInbox-screenshots")
    tmp = Path(tempfile.mkdtemp())
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    i18n.save_language(settings, "en")
    i18n.start(settings)   # English, and numbers grouped, as the app starts
    db_path = tmp / "leadinbox.sqlite"
    db = open_database(db_path)
    window = MainWindow(db, db_path, settings, report_dialogs=False)
    window.resize(1440, 820)
    window.show()
    shoot(window, "empty.png")
    results = [import_path(db, p) for p in sorted(SAMPLES.iterdir())]
    window.refresh()
    window.views.select("all")
    QApplication.processEvents()
    tree = window.tree
    for row in (1, 2):
        tree.expand(window.model.index(row, 0))
    tree.setCurrentIndex(window.model.index(2, 0))
    shoot(window, "inbox.png")
    report = ImportReport(results, window)
    report.show()
    shoot(report, "import-report.png")
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
