"""Reading a mailbox over IMAP against a real Dovecot: read-only, only what is new, every failure named."""

from __future__ import annotations

import socket
from datetime import datetime, timedelta, timezone

import pytest

from leadinbox.sources.mailbox import (PLAIN, SSL, STARTTLS, MailboxAccount, check_mailbox, read_mailbox)
from leadinbox.sources.refusal import Problem, SourceRefused
from tests.dovecot import PASSWORD, USER
from tests.sources.imap_helpers import append, flags, message, recreate

NOW = datetime.now(timezone.utc).replace(microsecond=0)


def account(server, **kw) -> MailboxAccount:
    return MailboxAccount("127.0.0.1", USER, server.port, PLAIN, **kw)


def test_the_inbox_and_the_sent_folder_are_read_and_nothing_is_marked_seen(dovecot):
    append(dovecot, "INBOX", message("r1@fabrikam.example", "Sanne <sanne.devries@fabrikam.example>",
                                     "me@contoso-isv.example", "Re: demo", NOW - timedelta(hours=1)))
    append(dovecot, "Sent", message("m1@contoso-isv.example", "me@contoso-isv.example",
                                    "jsmith@contoso.example", "Pricing", NOW - timedelta(hours=2)))
    assert check_mailbox(account(dovecot), PASSWORD) == ["INBOX", "Sent"]
    read = read_mailbox(account(dovecot), PASSWORD, {})
    assert sorted((s.folder, s.message.subject, s.message.key) for s in read.messages) == [
        ("INBOX", "Re: demo", "id:r1@fabrikam.example"), ("Sent", "Pricing", "id:m1@contoso-isv.example")]
    assert all(s.message.body is None for s in read.messages)          # headers only
    assert all(b"\\Seen" not in f for f in flags(dovecot, "INBOX") + flags(dovecot, "Sent"))
    again = read_mailbox(account(dovecot), PASSWORD, read.folders)
    assert again.messages == [] and again.folders == read.folders
    append(dovecot, "INBOX", message(None, "bob@northwind.example", "me@contoso-isv.example", "Hi", NOW))
    later = read_mailbox(account(dovecot), PASSWORD, again.folders)
    assert [s.message.subject for s in later.messages] == ["Hi"]
    assert later.folders["INBOX"].last_uid == read.folders["INBOX"].last_uid + 1


def test_a_first_read_reaches_back_a_month_not_the_whole_history(dovecot):
    append(dovecot, "INBOX", message("old@x", "a@b.example", "me@c.example", "Old", NOW - timedelta(days=90)))
    append(dovecot, "INBOX", message("new@x", "a@b.example", "me@c.example", "New", NOW - timedelta(days=3)))
    # SINCE compares the day the server received it; APPEND was given today: ask for a later day to see it
    read = read_mailbox(account(dovecot), PASSWORD, {}, since=(NOW + timedelta(days=2)).date())
    assert read.messages == [] and read.folders["INBOX"].last_uid == 2     # and those are not read later
    assert read_mailbox(account(dovecot), PASSWORD, read.folders).messages == []


def test_the_text_is_fetched_only_when_it_is_to_be_kept(dovecot):
    append(dovecot, "INBOX", message("r1@x", "a@b.example", "me@c.example", "Re", NOW, body="Tuesday works."))
    read = read_mailbox(account(dovecot), PASSWORD, {}, keep_body=True)
    assert read.messages[0].message.body == "Tuesday works."


def test_a_changed_uidvalidity_reads_the_folder_again(dovecot):
    append(dovecot, "Sent", message("m1@x", "me@c.example", "a@b.example", "One", NOW))
    first = read_mailbox(account(dovecot), PASSWORD, {})
    recreate(dovecot, "Sent")
    append(dovecot, "Sent", message("m1@x", "me@c.example", "a@b.example", "One", NOW))
    append(dovecot, "Sent", message("m2@x", "me@c.example", "a@b.example", "Two", NOW))
    second = read_mailbox(account(dovecot), PASSWORD, first.folders)
    assert second.folders["Sent"].uidvalidity != first.folders["Sent"].uidvalidity
    assert sorted(s.message.subject for s in second.messages) == ["One", "Two"]   # the store drops the repeat


def test_a_wrong_password_is_said_as_such(dovecot):
    with pytest.raises(SourceRefused) as refused:
        read_mailbox(account(dovecot), "wrong", {})
    assert refused.value.problem == Problem.NOT_AUTHORISED and "refused the user name or password" in str(
        refused.value)
    assert not refused.value.problem.passing            # not retried as if it would go away


def test_a_refused_microsoft_token_asks_to_sign_in_again(dovecot):
    with pytest.raises(SourceRefused) as refused:
        read_mailbox(account(dovecot, auth="oauth", client_id="x"), lambda: "not-a-token", {})
    assert refused.value.problem == Problem.EXPIRED and "sign in again" in str(refused.value)


def test_an_unreachable_server_is_a_passing_problem():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]                   # nothing listens there once it is closed
    with pytest.raises(SourceRefused) as refused:
        read_mailbox(MailboxAccount("127.0.0.1", USER, port, PLAIN), PASSWORD, {})
    assert refused.value.problem == Problem.UNREACHABLE and refused.value.problem.passing


def test_a_server_that_does_not_speak_tls_fails_the_secure_connection(dovecot):
    for security in (SSL, STARTTLS):
        with pytest.raises(SourceRefused) as refused:
            read_mailbox(MailboxAccount("127.0.0.1", USER, dovecot.port, security), PASSWORD, {}, timeout=5)
        assert refused.value.problem in (Problem.UNREACHABLE, Problem.SERVER), security


def test_a_server_that_stops_answering_times_out(tmp_path):
    with socket.socket() as silent:                     # accepts, never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        with pytest.raises(SourceRefused) as refused:
            read_mailbox(MailboxAccount("127.0.0.1", USER, port, PLAIN), PASSWORD, {}, timeout=1)
    assert refused.value.problem == Problem.UNREACHABLE


def test_a_password_goes_in_clear_only_to_this_computer():
    with pytest.raises(SourceRefused, match="only sent without TLS"):
        MailboxAccount("imap.example.org", "me", 143, PLAIN)
    assert MailboxAccount("localhost", "me", 143, PLAIN).security == PLAIN
    with pytest.raises(SourceRefused, match="not a mail server name"):
        MailboxAccount("imap.example.org/x", "me")
