"""A mail message as LeadInbox keeps it: who wrote to whom, when, about what; the text only when asked."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone

MAX_BODY_CHARS = 100_000       # a kept text is for reading back, not an archive: longer ones are cut


@dataclass(frozen=True, slots=True)
class Address:
    email: str                 # lower case, trimmed; the key a customer is found by
    name: str = ""

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True)
class MailMessage:
    """One message. `key` says when two are the same message: its Message-ID, else a hash of its headers."""

    message_id: str | None
    sent_at: datetime | None           # the Date header (UTC); None when the message has none
    sender: Address | None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    bcc: tuple[Address, ...] = ()
    subject: str = ""
    in_reply_to: str | None = None
    body: str | None = field(default=None, repr=False)

    @property
    def recipients(self) -> tuple[Address, ...]:
        return self.to + self.cc + self.bcc

    @property
    def key(self) -> str:
        if self.message_id:
            return "id:" + self.message_id
        parts = [self.sender.email if self.sender else "", ",".join(sorted(a.email for a in self.recipients)),
                 self.sent_at.isoformat() if self.sent_at else "", self.subject]
        return "sha256:" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def clean_message_id(raw: str | None) -> str | None:
    """'<abc@host>' as written, without spaces, folding or brackets: the same id however it was wrapped."""
    if not raw:
        return None
    text = "".join(str(raw).split())
    if "<" in text and ">" in text.split("<", 1)[1]:
        text = text.split("<", 1)[1].split(">", 1)[0]
    text = text.strip("<>")
    return text[:998] or None


def utc(moment: datetime | None) -> datetime | None:
    """A naive date is read as UTC (a Date header without a zone, a .msg time)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def cut_body(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.replace("\r\n", "\n").strip()
    return text[:MAX_BODY_CHARS] or None
