"""The window, the detail pane's edit form and a few dialogs at a screen scaling, in a language, for a person to
check that nothing is cut and no text is drawn as boxes (Qt's scaling is set before the app starts):

    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1920x1080x24" python packaging/screenshot_scaling.py OUT [LANG]

On a 1920×1080 screen at 150 % the window has 1280×720 of room, as on a laptop with that setting. The default
sans-serif font of the build machine (DejaVu Sans) has no Chinese: Chinese comes from the system's fallback.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.followup.email_dialog import EmailDialog
from leadinbox.ui.followup.start_dialog import StartFromTodayDialog
from leadinbox.ui.importing.controller import SAMPLES
from leadinbox.ui.language import i18n
from leadinbox.ui.window.main_window import MainWindow
from leadinbox.store.work.drafting import email_draft


def shoot(widget, path: Path) -> None:
    QTest.qWait(400)
    widget.grab().save(str(path))
    print("wrote", path)


def main(argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("LeadInbox-screenshots")
    out = Path(argv[0])
    language = argv[1] if len(argv) > 1 else "en"
    scale = os.environ.get("QT_SCALE_FACTOR", "1").replace(".", "")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    i18n.save_language(settings, language)
    i18n.start(settings)
    QLocale.setDefault(QLocale(language))
    db_path = tmp / "leadinbox.sqlite"
    db = open_database(db_path)
    for path in sorted(SAMPLES.iterdir()):
        import_path(db, path)
    window = MainWindow(db, db_path, settings, report_dialogs=False)
    window.showMaximized()
    window.refresh()
    window.views.select("all")
    QTest.qWait(500)
    chen = db.execute("SELECT id FROM customers WHERE email = 'yichun.chen@tailspin.example'").fetchone()[0]
    window.backlog.select(chen)
    tag = f"{language}-{scale}"
    shoot(window, out / f"window-{tag}.png")
    window.detail.begin_edit()
    shoot(window, out / f"edit-{tag}.png")
    window.detail.end_edit()
    start = StartFromTodayDialog(db, window)
    start.show()
    shoot(start, out / f"start-{tag}.png")
    start.close()
    customer = window.source.customer(chen)
    draft = email_draft(db, customer, window.source.leads(chen), my_name="Sam Lee")
    email = EmailDialog(window, to=customer["email"], draft=draft.email, no_mail_app=True)
    email.show()
    shoot(email, out / f"email-{tag}.png")
    email.close()
    window.close()
    db.close()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
