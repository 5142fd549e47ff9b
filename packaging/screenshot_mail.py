"""Renders the email screenshots: a timeline with logged mail (an attempt, the reply, a do-not-contact mark)
and Settings › Mailbox with a connected mailbox.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python packaging/screenshot_mail.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leadinbox.core.mail.message import Address, MailMessage
from leadinbox.sources.mailbox import MailboxAccount
from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path
from leadinbox.store.mail.log import log_message, set_keep_text
from leadinbox.store.mail.mailboxes import Mailbox, MailboxState, save_mailbox, write_state
from leadinbox.ui.importing.controller import SAMPLES
from leadinbox.ui.language import i18n
from leadinbox.ui.window.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
NOW = datetime(2026, 10, 9, 14, 0, tzinfo=timezone.utc)
ME = Address("sam.lee@contoso-isv.example", "Sam Lee")


def shoot(widget, name: str) -> None:
    QTest.qWait(300)
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def main() -> int:
    app = QApplication(sys.argv)
    QCoreApplication.setOrganizationName("LeadInbox-screenshots")
    tmp = Path(tempfile.mkdtemp())
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    i18n.save_language(settings, "en")
    i18n.start(settings)
    db = open_database(tmp / "leadinbox.sqlite")
    for path in sorted(SAMPLES.iterdir()):
        import_path(db, path)
    sanne = Address("sanne.devries@fabrikam.example", "Sanne de Vries")
    day = timedelta(days=1)
    log_message(db, MailMessage("a1@contoso-isv.example", NOW - 6 * day, ME, to=(sanne,),
                                subject="Secure Gateway demo – which day suits you?"), now=NOW)
    set_keep_text(db, True)
    log_message(db, MailMessage("r1@fabrikam.example", NOW - 5 * day + timedelta(hours=3), sanne, to=(ME,),
                                subject="Re: Secure Gateway demo – which day suits you?",
                                body="Tuesday at 10:00 works for us. Can you include pricing for 40 seats?\n\n"
                                     "Sanne"), now=NOW)
    log_message(db, MailMessage("n1@contoso-isv.example", NOW - 4 * day, ME,
                                to=(sanne, Address("lukas.mueller@litware.example", "Lukas Müller")),
                                subject="Invitation: Secure Gateway demo, Tuesday 10:00"), now=NOW)
    box = Mailbox("sam.lee@contoso-isv.example",
                  MailboxAccount("outlook.office365.com", "sam.lee@contoso-isv.example", auth="oauth",
                                 client_id="3f1c2a7e-8b4d-4e5f-9a6b-0c1d2e3f4a5b"),
                  "source-" + "0" * 32, "2026-10-01T08:00:00Z")
    window = MainWindow(db, tmp / "leadinbox.sqlite", settings, report_dialogs=False, clock=lambda: NOW)
    # Connected after the window started, and never read: no server is reached; the state below is shown.
    window.mail.watcher.pull_now = lambda: False
    save_mailbox(db, box)
    write_state(db, box.name, MailboxState(read_at="2026-10-09T13:55:00Z", logged_at="2026-10-04T17:02:00Z"))
    window.mail.show_state()
    window.resize(1500, 840)
    window.show()
    window.views.select("all")
    QApplication.processEvents()
    rows = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    row = next(i for i, name in enumerate(rows) if "Sanne" in name)
    window.tree.setCurrentIndex(window.model.index(row, 0))
    shoot(window, "mail-timeline.png")
    set_keep_text(db, False)                     # as a user finds it: headers only

    def settings_shown() -> None:
        dialog = window.settings_dialog
        dialog.pages.setCurrentRow(dialog.pages.count() - 1)
        window.mail.page.kind.setCurrentIndex(2)
        shoot(dialog, "mailbox-settings.png")
        dialog.reject()
    QTimer.singleShot(600, settings_shown)
    window.show_settings()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
