"""Once a day while the app runs, as a job with its own connection: check the database, back it up, rotate the
backups, and apply the retention setting if the user set one."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal
from leadinbox.store.database import Database

from leadinbox.core.changes import Changes
from leadinbox.store.db import connect
from leadinbox.store.failures import explain
from leadinbox.store.safety import retention
from leadinbox.store.safety.backups import Backup, daily_due, folder_for, make_backup, rotate
from leadinbox.store.safety.health import quick_check
from leadinbox.ui.jobs import Jobs, Outcome, Task

log = logging.getLogger("leadinbox.backups")
HOUR_MS = 60 * 60 * 1000
FIRST_CHECK_MS = 60 * 1000     # not during start-up, when the window is busy reading


@dataclass
class BackedUp:
    backup: Backup | None = None
    damaged: str | None = None          # quick_check's verdict when it found damage: no backup was made
    retention: object = None            # store.retention's RetentionPreview when it erased old leads


def back_up(task: Task, db_path, now: datetime, reason: str) -> BackedUp:
    db = task.db
    verdict = quick_check(db)
    if verdict != "ok":
        # Never rotate good backups away in favour of a copy of a damaged database.
        log.error("quick_check found damage; no backup made")
        return BackedUp(damaged=verdict)
    made = make_backup(db, db_path, reason, now=now)
    rotate(folder_for(db_path), now)
    log.info("%s backup made: %s", reason, made.path.name)
    months = retention.load_months(db)
    applied = None
    if months and reason == "daily" and retention.preview(db, months, now=now).leads:
        applied = retention.apply(db, months, now=now)
    return BackedUp(made, retention=applied)


class BackupScheduler(QObject):
    backed_up = Signal(object)           # store.backups.Backup
    retention_applied = Signal(object)   # store.retention.RetentionPreview (its change told on the hub first)
    failed = Signal(str)                 # a message for the user: nothing was lost
    damaged = Signal(str)                # SQLite's quick_check found damage: no backup was made

    def __init__(self, jobs: Jobs, parent: QObject | None = None, *, clock=None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        # A backup opens the path: a new file there would be backed up instead of the user's data (may_write
        # is the window's check). Not beside an undo, restore or erase: its retention step would wait for
        # their lock.
        self.may_run = lambda: jobs.writing is None and jobs.may_write()
        self._timer = QTimer(self, interval=HOUR_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def stop(self) -> None:
        self._timer.stop()
        self.wait()

    @property
    def busy(self) -> bool:
        return self.jobs.busy("backup")

    def check(self, *, force: bool = False) -> bool:
        """Start a backup if today's is missing (or `force`); False when nothing was started."""
        now, path = self.clock(), self.jobs.db_path
        if self.busy or not (force or daily_due(folder_for(path), now)) or not self.may_run():
            return False
        reason = "manual" if force else "daily"
        job = self.jobs.task(lambda task: back_up(task, path, now, reason), name="backup",
                             connect=lambda: Database(connect(path)))
        job.on_done(lambda outcome: self._done(outcome, path))
        return job.run() is not None

    def wait(self) -> None:
        self.jobs.wait("backup")

    def _done(self, outcome: Outcome, path) -> None:
        if outcome.error is not None:
            exc = outcome.error
            message = explain(exc, str(folder_for(path)))
            log.error("backup failed: %s", message or repr(exc))
            self.failed.emit(message or self.tr("The backup failed (%s). Nothing was lost.")
                             % f"{type(exc).__name__}: {exc}")
            return
        done: BackedUp = outcome.value
        if done.damaged is not None:
            self.damaged.emit(done.damaged)
            return
        self.backed_up.emit(done.backup)
        if done.retention is not None:
            self.jobs.changes.emit(Changes.all())
            self.retention_applied.emit(done.retention)
