"""Tells the user when a lead becomes due while the app runs: once per due item, never every minute."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal

from leadinbox.store.work.due import due_count, due_leads

FIRST_REMINDER_LEADS = 50       # at start-up, what is already due is one summary: a few names are enough


class DueNotifier(QObject):
    """Checks every `interval_ms`; `became_due` carries the leads that are due now and were not before."""

    became_due = Signal(list)
    count_changed = Signal(int)

    def __init__(self, db, parent=None, *, clock=None, interval_ms: int = 60_000) -> None:
        super().__init__(parent)
        self.db = db
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self._last: datetime | None = None    # reminders cover what came due since the last check
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def check(self) -> list[dict]:
        """Reads only what came due since the last check (a million overdue leads are not reloaded every
        minute); a lead replanned to a later time is reminded of again when that time comes."""
        now = self.clock()
        if self._last is None:
            fresh = due_leads(self.db, now, limit=FIRST_REMINDER_LEADS)
        else:
            fresh = due_leads(self.db, now, since=self._last) if now > self._last else []
        self._last = max(now, self._last or now)
        self.count_changed.emit(due_count(self.db, now))
        if fresh:
            self.became_due.emit(fresh)    # on the first check: what was already due, as one summary
        return fresh
