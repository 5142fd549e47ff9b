"""Syncing with the team while the window is open: every few minutes (a setting, 2 by default) and a few seconds
after each shared change made here, one background job at a time through the window's jobs, with back-off
when the storage cannot be reached and never a dialog: what happened goes to the status bar."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal

from leadinbox.core.changes import Changes
from leadinbox.sources.backoff import next_wait
from leadinbox.store.safety.backups import folder_for
from leadinbox.store.team import desk, outbox, state
from leadinbox.team.table import Unreachable
from leadinbox.ui.jobs import Jobs, Outcome
from leadinbox.ui.team.texts import status_text, when

FIRST_SYNC_MS = 3000          # after the window opens: what the others did meanwhile comes in first
DEBOUNCE_MS = 4000            # after a shared change: a burst of changes (a bulk close) goes in one sync


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _applied(result) -> Changes:
    """Other desks' work came in: every view reads again (which customers it touched is not counted); undo
    steps go only when an erasure came, which may have removed rows they point at."""
    if not result.pulled:
        return Changes()
    return Changes.all(breaks_undo=bool(result.erased))


class TeamSyncer(QObject):
    """Owns the schedule and what is known about the last syncs. Off a team it does nothing at all: no
    timer, no socket."""

    status_changed = Signal(str)          # the status bar's line; empty: off a team
    synced = Signal(object)               # a SyncResult: the controller says conflicts
    ran = Signal(bool)                    # a sync ended: True when it worked

    def __init__(self, db, jobs: Jobs, parent=None, *, clock=None) -> None:
        super().__init__(parent)
        self.db, self.jobs = db, jobs
        self.clock = clock or _now
        self.synced_at: datetime | None = None
        self.failing_since: datetime | None = None
        self.problem = None
        self.failures = 0
        self._stopping = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.sync_now)
        self.soon = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.soon.timeout.connect(self.sync_now)

    @property
    def busy(self) -> bool:
        return self.jobs.busy("team-sync")

    @property
    def joined(self) -> bool:
        return state.membership(self.db) is not None

    def start(self) -> bool:
        """Look whether this desk is on a team: schedule the first sync, or stop when it is not."""
        if not self.joined:
            self.timer.stop()
            self.soon.stop()
            self.synced_at = self.failing_since = self.problem = None
            self.failures = 0
            self.status_changed.emit("")
            return False
        if self.synced_at is None:
            self.synced_at = when((state.last_sync(self.db) or {}).get("at"))
        self.say()
        if not self.timer.isActive() and not self.busy:
            self.timer.start(FIRST_SYNC_MS)
        return True

    def changed(self, changes: Changes) -> None:
        """Subscribed to the change hub: a change made here that the team should hear of is sent soon (a
        few seconds later, so a burst goes at once), and the status bar counts it meanwhile."""
        if self._stopping or not changes or not self.joined:
            return
        self.say()
        if outbox.unsent(self.db) and not self.busy:
            self.soon.start()

    def sync_now(self) -> bool:
        """The timer, a shared change, Settings' Sync now: one sync in the background. False off a team or
        while one runs."""
        if self.busy or self._stopping or not self.joined:
            return False
        self.timer.stop()
        self.soon.stop()
        backups = folder_for(self.jobs.db_path)
        # A write none waits for (an import may run beside it); other desks' work is told on the hub before
        # _done runs. Not cancellable: a sync's transactions are short, closing waits for the one running.
        job = self.jobs.write(lambda task: desk.sync(task.db, backups=backups), name="team-sync",
                              exclusive=False, changes=_applied)
        return job.on_done(self._done).run() is not None

    def _done(self, outcome: Outcome) -> None:
        if self._stopping:
            return
        if isinstance(outcome.error, desk.NotOnATeam):        # left the team meanwhile
            self.start()
            return
        if outcome.error is not None:
            # The storage (offline, a revoked token) or the database (busy, full): said, tried again later.
            self.failures += 1
            self.failing_since = self.failing_since or self.clock()
            self.problem = outcome.error.refused.problem if isinstance(outcome.error, Unreachable) else None
        else:
            self.synced_at = self.clock()
            self.failures, self.failing_since, self.problem = 0, None, None
            self.synced.emit(outcome.value)
        self.say()
        self.ran.emit(outcome.error is None)
        self.timer.start(int(next_wait(state.sync_minutes(self.db) * 60, self.failures) * 1000))
        if outcome.error is None and outbox.unsent(self.db):
            self.soon.start()            # changes made while it ran

    def say(self) -> None:
        if self.joined:
            self.status_changed.emit(status_text(outbox.unsent(self.db), self.synced_at, self.failing_since,
                                                 self.problem))

    def pause(self) -> None:
        """Leaving the team: nothing scheduled, and a sync running finishes first."""
        self.timer.stop()
        self.soon.stop()
        self.jobs.wait("team-sync")

    def stop(self) -> None:
        """The window closes: no next sync; one running finishes first."""
        self._stopping = True
        self.timer.stop()
        self.soon.stop()
        self.jobs.wait("team-sync")
