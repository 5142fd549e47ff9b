"""Tells the user when a lead becomes due while the app runs: once per due item, never every minute."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal

from leadinbox.store.due import due_leads


class DueNotifier(QObject):
    """Checks every `interval_ms`; `became_due` carries the leads that are due now and were not before."""

    became_due = Signal(list)
    count_changed = Signal(int)

    def __init__(self, db, parent=None, *, clock=None, interval_ms: int = 60_000) -> None:
        super().__init__(parent)
        self.db = db
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self._seen: set[tuple[int, str]] = set()     # (lead, due time): a new due time is a new reminder
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def check(self) -> list[dict]:
        due = due_leads(self.db, self.clock())
        keys = {(d["lead_id"], d["due_at"]) for d in due}
        fresh = [d for d in due if (d["lead_id"], d["due_at"]) not in self._seen]
        self._seen = keys
        self.count_changed.emit(len({d["customer_id"] for d in due}))
        if fresh:
            self.became_due.emit(fresh)    # on the first check: what was already due, as one summary
        return fresh
