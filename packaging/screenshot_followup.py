"""Renders the follow-up screenshots (countdown badges, Due view, attempt dialog) at a fixed clock.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python packaging/screenshot_followup.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leadinbox.store.work import attempts as followup

from leadinbox.store.work import worklog
from leadinbox.store.db import open_database
from leadinbox.ui.language import i18n
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.followup.attempt_dialog import AttemptDialog
from leadinbox.ui.importing.controller import SAMPLES
from leadinbox.ui.window.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
NOW = datetime(2026, 10, 9, 14, 0, tzinfo=timezone.utc)     # the samples' leads arrive 2-13 October 2026


def shoot(widget, name: str) -> None:
    QTest.qWait(300)        # the counts arrive from their own thread; let the status bar lay them out
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def cid(db, email):
    return db.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()[0]


def main() -> int:
    app = QApplication(sys.argv)
    QCoreApplication.setOrganizationName("LeadInbox-screenshots")
    tmp = Path(tempfile.mkdtemp())
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    i18n.save_language(settings, "en")
    i18n.start(settings)   # English, and numbers grouped, as the app starts
    db = open_database(tmp / "leadinbox.sqlite")
    for path in sorted(SAMPLES.iterdir()):
        import_path(db, path)
    day = timedelta(days=1)
    followup.log_attempt(db, cid(db, "jsmith@contoso.example"), "email", "no_answer", at=NOW - 6 * day, now=NOW)
    followup.log_attempt(db, cid(db, "jsmith@contoso.example"), "call", "voicemail", at=NOW - 4 * day, now=NOW)
    chen = cid(db, "yichun.chen@tailspin.example")
    followup.log_attempt(db, chen, "email", "no_answer", at=NOW - 5 * day, now=NOW)
    followup.log_attempt(db, chen, "call", "replied", at=NOW - 3 * day, now=NOW, note="Wants a demo for 40 users")
    worklog.schedule_call(db, chen, NOW + timedelta(hours=20), title="Demo with Tailspin", now=NOW)
    worklog.add_note(db, chen, "Budget approved; decision by end of October.", at=NOW - 2 * day)
    followup.log_attempt(db, cid(db, "sanne.devries@fabrikam.example"), "email", "no_answer", at=NOW - 2 * day,
                         now=NOW)
    window = MainWindow(db, tmp / "leadinbox.sqlite", settings, report_dialogs=False, clock=lambda: NOW)
    window.resize(1500, 840)
    window.show()
    window.views.select("all")
    QApplication.processEvents()
    rows = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    row = next(i for i, name in enumerate(rows) if "怡君" in name)
    window.tree.setCurrentIndex(window.model.index(row, 0))
    window.tree.expand(window.model.index(row, 0))
    shoot(window, "followup.png")
    window.views.select("due")
    QApplication.processEvents()
    shoot(window, "due-view.png")
    dialog = AttemptDialog(window, customer_name="陳 怡君", now=NOW,
                           leads=[(1, "Contact me · Lead Router SaaS · 04 Oct 2026"),
                                  (2, "Test drive · Lead Router SaaS · 05 Oct 2026")])
    dialog.show()
    shoot(dialog, "attempt-dialog.png")
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
