"""An unsent email as an .eml file a mail app opens whole, as a draft to send (Outlook, Thunderbird, Apple Mail)."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP


def draft_eml(to: str, subject: str, body: str) -> bytes:
    """The message, UTF-8, with `X-Unsent: 1`: Outlook opens such a file as a new email with Send, not as a
    received one; other mail apps open it with To, Subject and text filled in."""
    message = EmailMessage(policy=SMTP)
    message["To"] = to
    message["Subject"] = subject
    message["X-Unsent"] = "1"
    message.set_content(body, charset="utf-8")
    return message.as_bytes()
