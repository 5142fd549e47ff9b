"""The window at 1400×800 with a customer whose lead the file named by offer id only, with a date, phone and
country it could not read, and a deal won: for a person to check the detail pane's timeline (the offer's name,
the unreadable values said, the amount beside its currency) and the inbox's columns, per language:

    QT_QPA_PLATFORM=offscreen python packaging/screenshot_detail.py OUT [LANG…]

(On the offscreen platform give it a screen wider than 1400 px: QT_QPA_PLATFORM=offscreen:configfile=F, F a
JSON file such as {"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1080}]}.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leadinbox.store.importing.entry import import_path
from leadinbox.store.work import deals
from leadinbox.store.work.attempts import set_status
from leadinbox.ui.importing.controller import SAMPLES
from leadinbox.ui.window.main_window import MainWindow
from screenshot_languages import fresh_database     # beside this script

FLAGGED = ("Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Customer phone,Country,"
           "Offer name,Offer ID,Lead source,Call to action\n"
           "x1,31/02/2026,Ann Lee,Fabrikam Logistics Europe B.V.,ann.lee@fabrikam.example,12,Atlantis,,"
           "contoso-isv.secure-gateway-byol,AppSource,Contact me\n"
           "x2,2026-10-05T09:30:00Z,Ann Lee,Fabrikam Logistics Europe B.V.,ann.lee@fabrikam.example,"
           "+31 20 555 0199,NL,Lead Router SaaS,contoso-isv.lead-router-saas,Azure Marketplace,Get it now\n")


def window_in(language: str, out: Path) -> None:
    db, db_path, settings, tmp = fresh_database(language)
    for path in sorted(SAMPLES.iterdir()):
        import_path(db, path)
    (tmp / "flagged.csv").write_text(FLAGGED, encoding="utf-8")
    import_path(db, tmp / "flagged.csv")
    ann = db.execute("SELECT id FROM customers WHERE email = 'ann.lee@fabrikam.example'").fetchone()[0]
    won = db.execute("SELECT id FROM leads WHERE customer_id = ? AND offer_name IS NOT NULL", (ann,)).fetchone()[0]
    set_status(db, [won], "won")
    deals.set_deal(db, [won], 12500, "EUR")
    window = MainWindow(db, db_path, settings, report_dialogs=False)
    window.resize(1400, 800)
    window.show()
    window.refresh()
    window.views.select("all")
    QTest.qWait(400)
    window.backlog.select(ann)
    QTest.qWait(400)
    window.grab().save(str(out / f"detail-{language}.png"))
    window.detail.grab().save(str(out / f"detail-pane-{language}.png"))
    print("wrote", out / f"detail-{language}.png")
    window.close()
    db.close()


def main(argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("LeadInbox-screenshots")
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for language in argv[1:] or ["en", "nl", "zh_TW"]:
        window_in(language, out)
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
