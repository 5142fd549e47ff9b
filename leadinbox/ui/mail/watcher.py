"""Reads the connected mailboxes in the background every few minutes (and when asked), through the window's
job mechanism; after failures it waits longer (sources.backoff), and it never runs without a mailbox."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal

from leadinbox.core.changes import Changes
from leadinbox.sources.backoff import next_wait
from leadinbox.store.mail.mailboxes import FAILED, list_mailboxes, pull_mailbox
from leadinbox.store.sources.registry import pull_minutes
from leadinbox.ui.jobs import Jobs, Outcome


def pull_all(db) -> list:
    """The job: every connected mailbox, one after the other (the network outside any transaction)."""
    return [pull_mailbox(db, mailbox) for mailbox in list_mailboxes(db)]


class MailWatcher(QObject):
    read = Signal(list)              # [MailPull], on the GUI thread
    failed = Signal(str)             # the job itself failed (the database, not a mailbox)
    started = Signal()

    def __init__(self, db, jobs: Jobs, parent=None, *, job=pull_all) -> None:
        super().__init__(parent)
        self.db, self.jobs, self.job = db, jobs, job
        self.failures = 0
        self.next_at: datetime | None = None
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.pull_now)

    @property
    def busy(self) -> bool:
        return self.jobs.busy("mail")

    def has_mailbox(self) -> bool:
        return bool(list_mailboxes(self.db))

    def schedule(self) -> None:
        """Plan the next read: the pull interval while reads work, longer after failures; none without a
        mailbox (no connection at all unless one was connected)."""
        self.timer.stop()
        self.next_at = None
        if not self.has_mailbox():
            return
        seconds = next_wait(pull_minutes(self.db) * 60, self.failures)
        self.next_at = datetime.now(timezone.utc).replace(microsecond=0)
        self.next_at = datetime.fromtimestamp(self.next_at.timestamp() + seconds, timezone.utc)
        self.timer.start(int(seconds * 1000))

    def pull_now(self) -> bool:
        """Read now; False when a read is already running or nothing is connected."""
        if self.busy or not self.has_mailbox():
            return False
        self.timer.stop()
        # A write, but not one the others wait for: an import may run beside it (SQLite's busy timeout).
        # What it logged is told as the window's own change, not another program's.
        job = self.jobs.write(lambda task: self.job(task.db), name="mail", exclusive=False, changes=lambda results: (
            Changes.of(customers={c for r in results for c in r.customer_ids}, everything=True)
            if any(r.customer_ids for r in results) else Changes()))
        if job.on_done(self._done).run() is None:
            return False
        self.started.emit()
        return True

    def _done(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self.failures += 1
            self.failed.emit(str(outcome.error))
        else:
            results = outcome.value or []
            self.failures = self.failures + 1 if any(r.status == FAILED for r in results) else 0
            self.read.emit(results)
        self.schedule()

    def stop(self) -> None:
        self.timer.stop()
        self.jobs.wait("mail")
