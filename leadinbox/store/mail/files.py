"""Logging saved messages (.eml, .msg files, or the bytes Outlook drags): read, then logged one by one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from leadinbox.store.database import Database

from leadinbox.core.errors import FileRefused
from leadinbox.core.mail.reading import read_mail
from leadinbox.core.messages import Message
from leadinbox.store.mail.log import REFUSED, AddressBook, MailLog, keep_text, log_message


@dataclass
class FileLog:
    """One file's result: the file name and what logging its message did (or why it was refused)."""

    file: str
    log: MailLog
    refusal: Message | None = None        # for the window to say it in its language

    def as_dict(self) -> dict:
        return {"file": self.file, **self.log.as_dict()}


def log_mail_file(db: Database, path: Path, *, origin: str = "file", now: datetime | None = None,
                  name: str | None = None, book: AddressBook | None = None) -> FileLog:
    """Read one message file and log it. A file that cannot be read is refused, and nothing is written."""
    keep = keep_text(db)
    try:
        message = read_mail(path, keep_body=keep)
    except FileRefused as exc:
        return FileLog(name or str(path), MailLog(REFUSED, note=exc.reason), exc.message)
    return FileLog(name or str(path), log_message(db, message, origin=origin, keep_body=keep, now=now, book=book))
