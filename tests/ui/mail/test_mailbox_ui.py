"""The mailbox in the window: connected on the Settings page (tried against a real Dovecot), read in the
background at start and when asked, what happened said in the status bar."""

from __future__ import annotations

from datetime import datetime, timezone

import msal
import pytest

from leadinbox.ui.jobs import ChangeHub, Jobs
from leadinbox.sources.credentials import CredentialStore
from leadinbox.sources.mailbox import PLAIN, MailboxAccount
from leadinbox.store.db import open_database
from leadinbox.store.importing.entry import import_path
from leadinbox.store.mail.mailboxes import connect_mailbox, list_mailboxes
from leadinbox.ui.mail.settings_page import M365, MailboxPage
from tests.dovecot import PASSWORD, USER
from tests.sources.imap_helpers import append, message
from tests.sources.test_oauth import FakeEntra

NOW = datetime.now(timezone.utc).replace(microsecond=0)
SMITH = "jsmith@contoso.example"


@pytest.fixture
def db_with_leads(db_path, samples):
    db = open_database(db_path)
    import_path(db, samples / "partner-center-leads-export.csv")
    yield db
    db.close()


def _window(qtbot, db, db_path, settings):
    from leadinbox.ui.window.main_window import MainWindow
    win = MainWindow(db, db_path, settings, report_dialogs=False)
    qtbot.addWidget(win)
    return win


def test_the_window_reads_the_mailbox_at_start_and_says_so(qtbot, db_with_leads, db_path, settings, dovecot):
    connect_mailbox(db_with_leads, "work", MailboxAccount("127.0.0.1", USER, dovecot.port, PLAIN), PASSWORD)
    append(dovecot, "Sent", message("m1@x", "me@contoso-isv.example", SMITH, "Pricing", NOW))
    win = _window(qtbot, db_with_leads, db_path, settings)
    try:
        qtbot.waitUntil(lambda: bool(win.mail.last), timeout=15000)
        assert win.mail.status.text().startswith("✉ mail read ") and win.mail.status.text().endswith("1 logged")
        assert db_with_leads.execute("SELECT status FROM customers WHERE email = ?", (SMITH,)).fetchone()[0] == \
            "contacted"
        assert win.mail.watcher.timer.isActive()                      # the next read is planned
        append(dovecot, "INBOX", message("r1@x", SMITH, "me@contoso-isv.example", "Re: Pricing", NOW))
        with qtbot.waitSignal(win.mail.watcher.read, timeout=15000):
            assert win.mail.pull_now()
        assert db_with_leads.execute("SELECT status FROM customers WHERE email = ?", (SMITH,)).fetchone()[0] == \
            "nurturing"
    finally:
        win.mail.shutdown()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")     # offscreen: a shown window
def test_a_wrong_password_is_said_in_the_status_bar_and_tried_later(qtbot, db_with_leads, db_path, settings,
                                                                    dovecot):
    connect_mailbox(db_with_leads, "work", MailboxAccount("127.0.0.1", USER, dovecot.port, PLAIN), "wrong")
    win = _window(qtbot, db_with_leads, db_path, settings)
    win.show()                                 # a hidden window does not look for other writers
    try:
        qtbot.waitUntil(lambda: bool(win.mail.last), timeout=15000)
        text = win.mail.status.text()
        assert text.startswith("⚠ ✉ work: the mail server 127.0.0.1 refused") and "trying again at" in text
        assert win.mail.watcher.failures == 1
        assert 50 <= win.mail.watcher.timer.remainingTime() / 1000 <= 61        # sooner at first (back-off)
        win.other_writers.look()                 # the read wrote its state: ours, not another program's
        assert "Another program" not in win.status.text()
    finally:
        win.mail.shutdown()


def test_without_a_mailbox_nothing_is_read_or_planned(qtbot, db_with_leads, db_path, settings):
    win = _window(qtbot, db_with_leads, db_path, settings)
    assert not win.mail.pull_now() and not win.mail.watcher.timer.isActive() and win.mail.status.isHidden()


@pytest.fixture
def page(qtbot, db_with_leads, db_path):
    page = MailboxPage(db_with_leads, Jobs(db_path, ChangeHub()))
    qtbot.addWidget(page)
    page.load()
    yield page
    page.shutdown()


def _fill(page, dovecot, password):
    page.host.setText("127.0.0.1")
    page.security.setCurrentIndex(page.security.findData(PLAIN))
    page.port.setValue(dovecot.port)
    page.user.setText(USER)
    page.password.setText(password)


def test_the_page_tries_the_mailbox_before_keeping_it(qtbot, page, dovecot, db_with_leads):
    assert page.connected.text() == "No mailbox is connected: LeadInbox makes no connection."
    _fill(page, dovecot, "wrong")
    page.connect_mailbox()
    qtbot.waitUntil(lambda: page.connect_button.isEnabled(), timeout=15000)
    assert "refused the user name or password" in page.result.text() and not list_mailboxes(db_with_leads)
    _fill(page, dovecot, PASSWORD)
    with qtbot.waitSignal(page.changed, timeout=15000):
        page.connect_mailbox()
    assert page.result.text().startswith("Connected.") and page.password.text() == ""
    assert f"{USER} at imap://127.0.0.1:{dovecot.port}: last read not yet" in page.connected.text()
    box = list_mailboxes(db_with_leads)[0]
    assert CredentialStore().load(box.credential) == PASSWORD
    page.disconnect()
    assert not list_mailboxes(db_with_leads) and CredentialStore().load(box.credential) is None


def test_the_page_says_which_account_needs_what(page):
    page.kind.setCurrentIndex(page.kind.findData(M365))
    assert "refuses passwords over IMAP" in page.help.text() and page.host.text() == "outlook.office365.com"
    assert not page.password.isVisibleTo(page) and page.client_id.isVisibleTo(page)
    page.kind.setCurrentIndex(1)
    assert "app password" in page.help.text() and page.host.text() == "imap.gmail.com"


def test_microsoft_sign_in_shows_the_code_then_the_server_decides(qtbot, page, dovecot, monkeypatch):
    monkeypatch.setattr(msal, "PublicClientApplication", lambda *a, **k: FakeEntra())
    page.kind.setCurrentIndex(page.kind.findData(M365))
    _fill(page, dovecot, "")
    page.client_id.setText("11111111-2222-3333-4444-555555555555")
    shown = []
    page.result.linkActivated.connect(shown.append)
    page.connect_mailbox()
    qtbot.waitUntil(lambda: "ABCD-1234" in page.result.text() or "refused" in page.result.text(), timeout=15000)
    qtbot.waitUntil(lambda: page.connect_button.isEnabled(), timeout=15000)
    assert "refused the Microsoft sign-in" in page.result.text()       # this Dovecot has no OAuth


def test_keeping_the_text_is_off_until_ticked(page, db_with_leads):
    from leadinbox.store.mail.log import keep_text
    assert not page.keep.isChecked()
    page.keep.setChecked(True)
    assert page.save() and keep_text(db_with_leads)
