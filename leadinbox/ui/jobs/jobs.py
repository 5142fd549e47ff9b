"""The window's jobs on its database: reads on a read-only connection, writes on a writing one, and after a
write the change it made told on the change hub. Knows which run (the busy state), and where the file is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from leadinbox.core.changes import Changes
from leadinbox.store.db import open_database
from leadinbox.store.reader import open_reader
from leadinbox.ui.jobs.changes import ChangeHub
from leadinbox.ui.jobs.job import Job, Task

Work = Callable[[Task], object]


class Jobs(QObject):
    """`jobs.write(work, name="erase", changes=...).on_success(cb).run()`. `may_write` is the window's check
    that the file at the path is still the one it has open (a job opens the path: never a new empty file in
    a gone one's place)."""

    started = Signal(object)      # Job
    finished = Signal(object)     # Job, after its callbacks (and after its change was told)

    def __init__(self, db_path: Path, changes: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.changes = changes
        self.may_write: Callable[[], bool] = lambda: True
        self._running: list[Job] = []

    def read(self, work: Work, *, name: str = "read", parent: QObject | None = None) -> Job:
        """Work that only reads, beside the window's own connection (WAL lets both read)."""
        path = self.db_path
        return self._track(Job(parent or self, work, connect=lambda: open_reader(str(path)), name=name))

    def write(self, work: Work, *, name: str = "write", parent: QObject | None = None, cancellable: bool = False,
              exclusive: bool = True, changes: Changes | Callable[[object], Changes] | None = None) -> Job:
        """Work that writes, in its own transaction. `changes`: what it changed, or how to tell that from its
        value; told on the hub before the job's own callbacks run, so they find the views read afresh.
        `cancellable` only for work that is one transaction a cancel rolls back whole (an import).
        `exclusive=False` for a write the user does not wait for (reading a mailbox): `writing` does not count
        it, so an import or an undo may start beside it."""
        path = self.db_path
        # create=False: never a new empty file in a gone one's place.
        job = Job(parent or self, work, connect=lambda: open_database(path, create=False), name=name,
                  writes=True, cancellable=cancellable, exclusive=exclusive)
        job.may_start = self.may_write
        if changes is not None:
            job.first(lambda outcome: outcome.ok and self.changes.emit(
                changes(outcome.value) if callable(changes) else changes))
        return self._track(job)

    def task(self, work: Work, *, name: str, connect=None, parent: QObject | None = None) -> Job:
        """Work that opens what it needs itself (a backup copies the file by its path)."""
        return self._track(Job(parent or self, work, connect=connect, name=name))

    def _track(self, job: Job) -> Job:
        job.started.connect(lambda: self._started(job))
        # No longer running once its outcome is there: its own callbacks may start the next job.
        job._hooks["first"].insert(0, lambda _outcome: self._forget(job))
        job.finished.connect(lambda _outcome: self._ended(job))
        job.destroyed.connect(lambda *_: self._forget(job))     # its parent went before its outcome came
        return job

    def _forget(self, job: Job) -> None:
        if job in self._running:
            self._running.remove(job)

    def _started(self, job: Job) -> None:
        self._running.append(job)
        self.started.emit(job)

    def _ended(self, job: Job) -> None:
        self._forget(job)
        self.finished.emit(job)
        if job.parent() is self:      # made for one run: not kept for the window's life
            job.dispose()

    # The busy state --------------------------------------------------------------------------------
    def running(self, name: str | None = None) -> list[Job]:
        return [j for j in self._running if name is None or j.name == name]

    def busy(self, name: str | None = None) -> bool:
        return bool(self.running(name))

    @property
    def writing(self) -> Job | None:
        """The write the user waits for running now (an import, undo, restore, erase), if any."""
        return next((j for j in self._running if j.exclusive), None)

    @property
    def committing(self) -> bool:
        """A write of this window runs (any): its commit is this window's own, not another program's."""
        return any(j.writes for j in self._running)

    def wait(self, name: str | None = None) -> None:
        for job in self.running(name):
            job.wait()

    def shutdown(self) -> None:
        """The window closes: what can stop stops; a write that cannot is never cut off, it commits first."""
        for job in self._running:
            if job.cancellable:
                job.cancel()
        self.wait()
