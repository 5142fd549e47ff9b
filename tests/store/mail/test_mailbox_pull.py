"""Watching a mailbox: a real Dovecot's inbox and sent folder logged as replies and attempts, once; a failed
read changes nothing but its note; the secret never in the database."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from leadinbox.sources.credentials import CredentialStore
from leadinbox.sources.mailbox import PLAIN, MailboxAccount
from leadinbox.store.importing.entry import import_path
from leadinbox.store.mail.mailboxes import (FAILED, LOGGED, NOTHING_NEW, Mailbox, find_mailbox, list_mailboxes,
                                            pull_mailbox, remove_mailbox, save_mailbox)
from leadinbox.store.work.due import due_leads
from tests.dovecot import PASSWORD, USER
from tests.sources.imap_helpers import append, message, recreate
from tests.store.helpers import snapshot

NOW = datetime.now(timezone.utc).replace(microsecond=0)
ME = "jan@contoso-isv.example"


@pytest.fixture
def pc(db, samples):
    import_path(db, samples / "partner-center-leads-export.csv")
    return db


@pytest.fixture
def store(tmp_path):
    return CredentialStore(tmp_path / "credentials", use_keyring=False)


def connect(db, server, store, password=PASSWORD) -> Mailbox:
    box = Mailbox("work", MailboxAccount("127.0.0.1", USER, server.port, PLAIN), "source-" + "0" * 32,
                  "2026-12-01T00:00:00Z")
    store.save(box.credential, password)
    save_mailbox(db, box)
    return find_mailbox(db, "work")


def status(db, email):
    return db.execute("SELECT status FROM customers WHERE email = ?", (email,)).fetchone()[0]


def test_sent_mail_is_an_attempt_and_the_answer_a_reply_each_once(pc, dovecot, store):
    box = connect(pc, dovecot, store)
    append(dovecot, "Sent", message("m1@contoso-isv.example", ME, "John Smith <JSmith@contoso.example>",
                                    "Lead Router pricing", NOW - timedelta(hours=3)))
    first = pull_mailbox(pc, box, credentials=store)
    assert (first.status, first.messages, first.as_dict()["attempts"]) == (LOGGED, 1, 1)
    assert status(pc, "jsmith@contoso.example") == "contacted"
    append(dovecot, "INBOX", message("r1@contoso.example", "jsmith@contoso.example", ME, "Re: Lead Router pricing",
                                     NOW - timedelta(hours=1)))
    second = pull_mailbox(pc, find_mailbox(pc, "work"), credentials=store)
    assert second.as_dict()["replies"] == 1 and second.messages == 1       # only what is new
    assert status(pc, "jsmith@contoso.example") == "nurturing"
    assert not [d for d in due_leads(pc, NOW + timedelta(days=30)) if d["email"] == "jsmith@contoso.example"]
    third = pull_mailbox(pc, find_mailbox(pc, "work"), credentials=store)
    assert (third.status, third.messages) == (NOTHING_NEW, 0)
    box = find_mailbox(pc, "work")
    assert box.state.read_at and box.state.logged_at and box.state.problem is None
    assert pc.execute("SELECT count(*) FROM attempts").fetchone()[0] == 2


def test_a_changed_uidvalidity_logs_nothing_twice(pc, dovecot, store):
    box = connect(pc, dovecot, store)
    mail = message("m1@contoso-isv.example", ME, "jsmith@contoso.example", "Pricing", NOW)
    append(dovecot, "Sent", mail)
    pull_mailbox(pc, box, credentials=store)
    recreate(dovecot, "Sent")
    append(dovecot, "Sent", mail)
    again = pull_mailbox(pc, find_mailbox(pc, "work"), credentials=store)
    assert again.as_dict()["already_logged"] == 1 and again.as_dict()["attempts"] == 0
    assert pc.execute("SELECT count(*) FROM attempts").fetchone()[0] == 1


def test_a_wrong_password_changes_nothing_but_the_note(pc, dovecot, store):
    box = connect(pc, dovecot, store, password="wrong")
    append(dovecot, "Sent", message("m1@x", ME, "jsmith@contoso.example", "Pricing", NOW))
    before = snapshot(pc)
    result = pull_mailbox(pc, box, credentials=store)
    assert result.status == FAILED and "refused the user name or password" in result.error
    after = snapshot(pc)
    assert {k: v for k, v in after.items() if k != "settings"} == {k: v for k, v in before.items() if k != "settings"}
    assert find_mailbox(pc, "work").state.problem == result.error
    store.save(box.credential, PASSWORD)                    # the user fixes it: the next read logs the mail
    assert pull_mailbox(pc, find_mailbox(pc, "work"), credentials=store).status == LOGGED
    assert find_mailbox(pc, "work").state.problem is None


def test_a_secret_missing_on_this_computer_says_connect_again(pc, dovecot, store):
    box = connect(pc, dovecot, store)
    store.forget(box.credential)
    result = pull_mailbox(pc, box, credentials=store)
    assert result.status == FAILED and result.problem == "no credential"


def test_the_database_holds_no_secret_and_a_removed_mailbox_keeps_its_mail(pc, dovecot, store):
    box = connect(pc, dovecot, store)
    append(dovecot, "Sent", message("m1@x", ME, "jsmith@contoso.example", "Pricing", NOW))
    pull_mailbox(pc, box, credentials=store)
    dump = "\n".join(pc.conn.iterdump())
    assert PASSWORD not in dump
    assert [m.as_dict()["address"] for m in list_mailboxes(pc)] == [f"imap://127.0.0.1:{dovecot.port}"]
    remove_mailbox(pc, "work")
    assert list_mailboxes(pc) == [] and pc.execute("SELECT count(*) FROM attempts").fetchone()[0] == 1
