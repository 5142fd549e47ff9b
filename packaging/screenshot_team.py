"""Two desks of one team side by side after a sync (docs/screenshots/team.png): each imported the leads its own
way (Ana a Partner Center export, Bo the marketplace table's export), both on one team table in Azurite; and
Ana's Settings › Team (docs/screenshots/team-settings.png).

    xvfb-run -a -s "-screen 0 2200x1000x24" .venv/bin/python packaging/screenshot_team.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from leadinbox.sources.credentials import CredentialStore  # noqa: E402
from leadinbox.store.people.edits import edit_contact  # noqa: E402
from leadinbox.store.work import attempts, worklog  # noqa: E402
from leadinbox.ui.language import i18n  # noqa: E402
from leadinbox.ui.importing.controller import SAMPLES  # noqa: E402
from leadinbox.ui.window.main_window import MainWindow  # noqa: E402
from tests import azurite  # noqa: E402
from tests.team.helpers import join, make_desk, new_team  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
EMAIL = "yichun.chen@tailspin.example"


def main() -> int:
    app = QApplication(sys.argv)
    QCoreApplication.setOrganizationName("LeadInbox-screenshots")
    tmp = Path(tempfile.mkdtemp())
    # The windows sync by themselves: their keys where a window looks (a config folder of the shot's own).
    os.environ["LEADINBOX_CONFIG_DIR"] = str(tmp / "config")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    server = azurite.start(tmp / "azurite")
    try:
        _, sas = new_team(server)
        ana = make_desk(tmp, "Ana", [SAMPLES / "partner-center-leads-export.csv"])
        bo = make_desk(tmp, "Bo", [SAMPLES / "azure-table-marketplaceleads.csv"])
        for d in (ana, bo):
            d.credentials = CredentialStore()
            join(d, sas)
        now = datetime.now(timezone.utc)
        chen = ana.customer(EMAIL)
        ana.claim(chen)
        attempts.log_attempt(ana.db, chen, "email", "no_answer", at=now - timedelta(hours=26))
        attempts.log_attempt(ana.db, chen, "call", "replied", at=now - timedelta(hours=2),
                             note="Wants a demo for 40 users")
        worklog.add_note(ana.db, chen, "Budget approved; decision by end of the month.")
        worklog.schedule_call(ana.db, chen, now - timedelta(minutes=30), minutes=45, title="Demo for 40 users")
        other = bo.db.execute("""SELECT id FROM customers WHERE dnc = 0 AND open_leads > 0 AND email != ?
                                 ORDER BY id LIMIT 1""", (EMAIL,)).fetchone()[0]
        bo.claim(other)
        attempts.log_attempt(bo.db, other, "call", "voicemail", at=now - timedelta(hours=1))
        bo_chen = bo.customer(EMAIL)
        worklog.add_note(bo.db, bo_chen, "Called their office: Yi-Chun is back on Monday.")
        edit_contact(bo.db, bo_chen, {"phone": "+886 2 2700 1234"})
        lead = ana.db.execute("SELECT id FROM leads WHERE customer_id = ? ORDER BY id LIMIT 1", (chen,)).fetchone()[0]
        worklog.set_qualification(ana.db, lead, ["Budget", "Need"])
        for d in (ana, bo, ana):
            d.sync()
        # Bo held the demo Ana planned: marked done on his desk, done on hers ("✓ done by Bo").
        demo = bo.db.execute("SELECT id FROM appointments WHERE customer_id = ?", (bo_chen,)).fetchone()[0]
        worklog.set_call_done(bo.db, demo, True)
        for d in (bo, ana):
            d.sync()
        shots, windows = [], []
        for d in (ana, bo):
            settings = QSettings(str(d.folder / "settings.ini"), QSettings.Format.IniFormat)
            i18n.save_language(settings, "en")
            i18n.start(settings)
            window = MainWindow(d.db, d.db_path, settings, report_dialogs=False)
            window.setWindowTitle(f"LeadInbox — desk {d.name}")
            window.resize(1100, 820)
            window.show()
            window.views.select("all")
            QApplication.processEvents()
            rows = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
            row = next(i for i, name in enumerate(rows) if "怡君" in (name or ""))
            window.tree.setCurrentIndex(window.model.index(row, 0))
            QTest.qWait(400)
            window.team.syncer.sync_now()             # the window's own sync: "Team synced 10:42"
            for _ in range(100):
                QTest.qWait(100)
                if not window.team.syncer.busy:
                    break
            QTest.qWait(400)
            shots.append(window.grab().toImage())
            if d is ana:
                from leadinbox.ui.settings.dialog import SettingsDialog
                dialog = SettingsDialog(window)
                window.team.add_settings_page(dialog)
                dialog.resize(1000, 700)
                dialog.show()
                dialog.pages.setCurrentRow(0)
                QTest.qWait(400)
                dialog.grab().save(str(OUT / "team-settings.png"))
                dialog.close()
            windows.append(window)
        gap = 12
        both = QImage(sum(s.width() for s in shots) + gap, max(s.height() for s in shots), QImage.Format.Format_RGB32)
        both.fill(0x808080)
        painter = QPainter(both)
        painter.drawImage(0, 0, shots[0])
        painter.drawImage(shots[0].width() + gap, 0, shots[1])
        painter.end()
        both.save(str(OUT / "team.png"))
        print("wrote", OUT / "team.png")
        for window in windows:
            window.close()
        for d in (ana, bo):
            d.close()
    finally:
        azurite.stop(server.process)
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
