"""The main window in Dutch and Traditional Chinese, with the sample data, for a person to check that nothing
is cut off and the fonts render (run under Xvfb, see packaging/screenshots.py). Also shoots the dialogs.

    xvfb-run -a -s "-screen 0 1600x1000x24" python packaging/screenshot_languages.py [OUT_DIR] [LANG…]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leadinbox.core.query import InboxQuery
from leadinbox.store.db import open_database
from leadinbox.store.inbox import facets
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.language import i18n
from leadinbox.ui.help.about_dialog import AboutDialog
from leadinbox.ui.help.getting_started import GettingStartedDialog
from leadinbox.ui.importing.controller import SAMPLES
from leadinbox.ui.importing.report import ImportReport
from leadinbox.ui.window.main_window import MainWindow
from leadinbox.ui.reports.view import ReportsWindow
from leadinbox.ui.help.shortcuts import ShortcutsDialog

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def shoot(widget, path: Path) -> None:
    QTest.qWait(300)        # the counts arrive from their own thread; let the status bar lay them out
    widget.grab().save(str(path))
    print("wrote", path)


def fresh_database(language: str):
    """The app in `language`, with a new database and settings in a folder of their own: (db, path, settings,
    folder). Shared by the screenshot scripts."""
    i18n.install(language)
    QLocale.setDefault(QLocale(language))
    tmp = Path(tempfile.mkdtemp())
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    db_path = tmp / "leadinbox.sqlite"
    return open_database(db_path), db_path, settings, tmp


def window_in(language: str, out: Path) -> None:
    db, db_path, settings, tmp = fresh_database(language)
    window = MainWindow(db, db_path, settings, report_dialogs=False)
    window.resize(1440, 820)
    window.show()
    shoot(window, out / f"empty-{language}.png")
    results = [import_path(db, p) for p in sorted(SAMPLES.iterdir())]
    window.refresh()
    window.views.select("all")
    QApplication.processEvents()
    for row in (1, 2):
        window.tree.expand(window.model.index(row, 0))
    window.tree.setCurrentIndex(window.model.index(2, 0))
    shoot(window, out / f"inbox-{language}.png")
    for name, dialog in (("report", ImportReport(results, window)), ("guide", GettingStartedDialog(window)),
                         ("about", AboutDialog(db_path, window)), ("shortcuts", ShortcutsDialog(window.menuBar()))):
        dialog.show()
        shoot(dialog, out / f"{name}-{language}.png")
        dialog.close()
    reports = ReportsWindow(db_path, settings, window)
    reports.resize(1400, 900)
    counted = QEventLoop()
    reports.view.counting.answered.connect(lambda *_: QTimer.singleShot(0, counted.quit))
    QTimer.singleShot(30_000, counted.quit)          # never hang a screenshot run
    reports.open_with(InboxQuery(view="all", hide_test=False), facets(db))
    counted.exec()
    shoot(reports, out / f"reports-{language}.png")
    reports.close()
    window.close()
    db.close()


def main(argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("LeadInbox-screenshots")
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    for language in argv[1:] or ["nl", "zh_TW"]:
        window_in(language, out)
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
