"""Logging a message as one undo step (Ctrl+Z takes its attempts, replies and marks back)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from leadinbox.core.mail.message import MailMessage
from leadinbox.store.mail.log import MailLog, log_message, undo_mail


class LogMail(QUndoCommand):
    """Logs at once (so the result can be said before it is pushed); undo forgets the message, redo logs it
    again. `changed` is told the customers after each step."""

    def __init__(self, db, message: MailMessage, changed: Callable[[list[int]], None], *, origin: str = "drop",
                 now=None, book=None) -> None:
        self.db, self.message, self._changed, self.origin, self.now = db, message, changed, origin, now
        self.log: MailLog = log_message(db, message, origin=origin, now=now, book=book)
        subject = message.subject or QCoreApplication.translate("Mail", "(no subject)")
        super().__init__(QCoreApplication.translate("Mail", "Log email “%1”").replace("%1", subject))
        self._first = True

    @property
    def wrote(self) -> bool:
        return self.log.message_row is not None

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.log = log_message(self.db, self.message, origin=self.origin, now=self.now)
        self._changed(self.log.customer_ids)

    def undo(self) -> None:
        if self.log.message_row is not None:
            undo_mail(self.db, self.log.message_row)
        self._changed(self.log.customer_ids)
