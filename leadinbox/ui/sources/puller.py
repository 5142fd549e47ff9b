"""Pulling new leads while the window is open: every few minutes (a setting) and on F5, one background job at a
time through the window's job mechanism, with back-off after failures and never a dialog: what happened goes
to the status bar and the reminder."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal

from leadinbox.core.changes import Changes
from leadinbox.sources.azure_table import PullCancelled
from leadinbox.sources.backoff import next_wait
from leadinbox.store.sources.pull import FAILED, pull_all
from leadinbox.store.sources.registry import list_sources, pull_minutes
from leadinbox.ui.jobs import Jobs, Outcome
from leadinbox.ui.sources.texts import new_leads_text, status_text

FIRST_PULL_MS = 3000          # after the window opens: what arrived while it was closed comes in first


def _now() -> datetime:
    return datetime.now(timezone.utc)


class LeadPuller(QObject):
    """Owns the schedule and what is known about the last pulls. With no source connected it does nothing at
    all: no timer, no socket."""

    status_changed = Signal(str)          # the status bar's line
    new_leads = Signal(str, object)       # the reminder ("3 new leads: …"), the batch ids to highlight

    def __init__(self, db, jobs: Jobs, parent=None, *, clock=None) -> None:
        super().__init__(parent)
        self.db, self.jobs = db, jobs
        self.clock = clock or _now
        self.pulled_at: datetime | None = None
        # When each source last answered. A pull that finds nothing new writes nothing (no commit, no wake-up
        # of other windows), so the database's pulled_at lags; the settings page shows the later of the two.
        self.read_at: dict[str, datetime] = {}
        self.failing_since: datetime | None = None
        self.problem = None
        self.failures = 0
        self._stopping = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.pull_now)

    @property
    def busy(self) -> bool:
        return self.jobs.busy("pull")

    def start(self) -> bool:
        """Look at what is connected: schedule the first pull, or stop when nothing is. True when any is."""
        sources = list_sources(self.db)
        if not sources:
            self.timer.stop()
            self.pulled_at = self.failing_since = self.problem = None
            self.status_changed.emit("")
            return False
        read = [s.state.pulled_at for s in sources if s.state.pulled_at]
        if read and self.pulled_at is None:
            self.pulled_at = datetime.strptime(max(read), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        self._say()
        if not self.timer.isActive() and not self.busy:
            self.timer.start(FIRST_PULL_MS)
        return True

    def pull_now(self) -> bool:
        """F5 and the timer: pull every source in the background. False when nothing is connected or a pull
        is running already."""
        if self.busy or self._stopping or not list_sources(self.db):
            return False
        self.timer.stop()
        # A write none waits for (an import may run beside it). New leads are told on the change hub before
        # _done runs, so the highlight falls on a list read afresh; a pull that only wrote what it read is the
        # window's own write (not another program's), told as nothing. Not cancellable by the jobs: closing
        # stops it at its next page (nothing of it written) through `_stopping`, or lets its commit finish.
        job = self.jobs.write(lambda task: pull_all(task.db, cancelled=lambda: self._stopping), name="pull",
                              exclusive=False, changes=lambda results: (
                                  Changes.of(imports=[r.batch_id for r in results if r.batch_id])))
        if job.on_done(self._done).run() is None:
            return False
        return True

    def _done(self, outcome: Outcome) -> None:
        if isinstance(outcome.error, PullCancelled) or outcome.cancelled or self._stopping:
            return
        if outcome.error is not None:
            # The database refused the write (busy, disk full): said in the status bar, tried again later.
            self.failures += 1
            self.failing_since = self.failing_since or self.clock()
        else:
            self._read(outcome.value or [])
        self._say()
        self.timer.start(int(next_wait(pull_minutes(self.db) * 60, self.failures) * 1000))

    def _read(self, results) -> None:
        now = self.clock()
        failed = [r for r in results if r.status == FAILED]
        if len(failed) < len(results):
            self.pulled_at = now
        self.read_at.update((r.source, now) for r in results if r.status != FAILED)
        if failed:
            self.failures += 1
            self.failing_since = self.failing_since or now
            self.problem = failed[0].problem
        else:
            self.failures, self.failing_since, self.problem = 0, None, None
        actions: dict[str, int] = {}
        for r in results:
            for code, n in r.actions.items():
                actions[code] = actions.get(code, 0) + n
        batches = {r.batch_id for r in results if r.batch_id}
        if batches:
            self.new_leads.emit(new_leads_text(actions), batches)     # read afresh already: highlighted

    def _say(self) -> None:
        self.status_changed.emit(status_text(self.pulled_at, self.failing_since, self.problem))

    def stop(self) -> None:
        """The window closes: no next pull; one running stops at its next page (nothing of it is written)
        or, when already writing, commits first."""
        self._stopping = True
        self.timer.stop()
        self.jobs.wait("pull")
