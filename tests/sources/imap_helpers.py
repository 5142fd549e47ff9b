"""Putting messages into the test Dovecot as a mail program would (IMAP APPEND), and looking at its flags."""

from __future__ import annotations

import imaplib
from datetime import datetime, timezone
from email.utils import format_datetime

from tests.dovecot import PASSWORD, USER


def message(mid: str | None, sender: str, to: str, subject: str, at: datetime, body: str = "Hello") -> bytes:
    lines = [f"Date: {format_datetime(at)}", f"From: {sender}", f"To: {to}", f"Subject: {subject}"]
    if mid:
        lines.insert(0, f"Message-ID: <{mid}>")
    return ("\r\n".join(lines) + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n").encode()


def append(server, folder: str, data: bytes) -> None:
    with imaplib.IMAP4("127.0.0.1", server.port) as conn:
        conn.login(USER, PASSWORD)
        typ, _ = conn.append(folder, None, imaplib.Time2Internaldate(datetime.now(timezone.utc)), data)
        assert typ == "OK"


def flags(server, folder: str) -> list[bytes]:
    with imaplib.IMAP4("127.0.0.1", server.port) as conn:
        conn.login(USER, PASSWORD)
        conn.select(folder, readonly=True)
        typ, data = conn.fetch("1:*", "(FLAGS)")
        return [d for d in data if d]


def recreate(server, folder: str) -> None:
    """Delete and create the folder again: its UIDVALIDITY changes, as after a server migration."""
    with imaplib.IMAP4("127.0.0.1", server.port) as conn:
        conn.login(USER, PASSWORD)
        assert conn.delete(folder)[0] == "OK"
        assert conn.create(folder)[0] == "OK"
