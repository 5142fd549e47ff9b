"""Working a backlog, for a person to look at: a status on a selection, start from today, the
edit form, the company view and the "N more in All" hint, with the sample data and a few leads added by hand
(dialogs and menus drawn over the window where they stand).

    QT_QPA_PLATFORM=offscreen python packaging/screenshot_backlog.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSettings, QTimer
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path
from leadinbox.store.people.manual import add_lead
from leadinbox.ui.followup.start_dialog import StartFromTodayDialog
from leadinbox.ui.importing.controller import SAMPLES
from leadinbox.ui.inbox.company_dialog import CompanyDialog
from leadinbox.ui.language import i18n
from leadinbox.ui.window.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def shoot(widget, path: Path) -> None:
    QTest.qWait(400)
    widget.grab().save(str(path))
    print("wrote", path)


def shoot_over(window, popup, path: Path) -> None:
    """The window with a dialog or menu over it where it stands (drawn together: offscreen has no screen to
    grab, Xvfb or not)."""
    QTest.qWait(400)
    image = window.grab()
    painter = QPainter(image)
    at = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    painter.fillRect(QRect(at + QPoint(4, 4), popup.size()), QColor(0, 0, 0, 60))    # a shadow
    painter.drawPixmap(at, popup.grab())
    painter.end()
    image.save(str(path))
    print("wrote", path)


def _ago(hours: float) -> str:
    return (datetime.now(timezone.utc) - timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(argv: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("LeadInbox-screenshots")
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    i18n.save_language(settings, "en")
    i18n.start(settings)
    db_path = tmp / "leadinbox.sqlite"
    db = open_database(db_path)
    for path in sorted(SAMPLES.iterdir()):
        import_path(db, path)
    # Fresh leads beside the October backlog, two of them colleagues of a sample customer.
    for values in ({"name": "Anna Visser", "email": "anna.visser@fabrikam.example", "company": "Fabrikam BV",
                    "title": "CFO", "action": "PLT", "offer": "Lead Router SaaS", "date": _ago(3),
                    "message": "Saw the demo at the trade show; can we get a quote for 25 users?"},
                   {"name": "Bram de Wit", "email": "bram@fabrikam.example", "action": "INS",
                    "offer": "Lead Router SaaS", "date": _ago(20)},
                   {"name": "Julia Peters", "phone": "+31 6 4444 1234", "company": "Proseware Inc.", "action": "PLT",
                    "offer": "Secure Gateway (BYOL)", "date": _ago(1)}):
        add_lead(db, values)
    window = MainWindow(db, db_path, settings, report_dialogs=False)
    window.resize(1440, 820)
    window.move(20, 20)
    window.show()
    window.refresh()
    window.views.select("needs_reply")
    QTest.qWait(300)

    # Start from today: the October leads are weeks old.
    dialog = StartFromTodayDialog(db, window)
    dialog.show()
    dialog.move(window.x() + 420, window.y() + 250)
    shoot_over(window, dialog, out / "backlog-start-from-today.png")
    dialog.close()

    # Close four old customers at once, from the Lead menu.
    model, tree = window.model, window.tree
    rows = [r for r in range(model.rowCount())
            if "fabrikam" not in ((model.customer_at(model.index(r, 0)) or {}).get("email") or "")][:4]
    tree.setCurrentIndex(model.index(rows[0], 0))
    for r in rows:
        tree.selectionModel().select(model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)
    QTest.qWait(200)
    bar = window.menuBar()
    window.lead_menu.popup(bar.mapToGlobal(bar.actionGeometry(window.lead_menu.menuAction()).bottomLeft()))
    shoot_over(window, window.lead_menu, out / "backlog-lead-menu.png")
    window.lead_menu.close()
    window.backlog.bulk.ask = lambda *_: True
    window.followup._status(window.followup.current_customer(), "no_response")
    shoot(window, out / "backlog-bulk-close.png")

    # "1 more in All": a closed customer is found from the Needs first reply view.
    window.filters.search.setText("Pieter")
    window.filters._emit()
    QTest.qWait(300)
    while window.backlog.counting.busy:        # the hint's count runs in the background
        QTest.qWait(50)
    shoot(window, out / "backlog-more-in-all.png")
    window.filters.search.clear()
    window.filters._emit()

    # The edit form, on a Fabrikam customer.
    window.views.select("all")
    QTest.qWait(200)
    anna = db.execute("SELECT id FROM customers WHERE email = 'anna.visser@fabrikam.example'").fetchone()[0]
    window.backlog.select(anna)
    window.detail.begin_edit()
    window.detail.form.fields["phone"].setText("+31 20 555 0199")
    shoot(window, out / "backlog-edit-form.png")
    window.detail.end_edit()

    # The company view.
    value = window.source.company_of(anna)
    name, members = window.source.company(value)
    company = CompanyDialog(name, value, members, window)
    company.show()
    company.move(window.x() + 300, window.y() + 200)
    shoot_over(window, company, out / "backlog-company.png")
    company.close()
    window.close()
    db.close()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
