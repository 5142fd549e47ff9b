"""The one change signal: every write (an undoable step, a job, another program) ends in one `Changes` value,
told once to every view that subscribed; and the watch for other programs writing the same database."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from leadinbox.core.changes import Changes
from leadinbox.store.db import data_version

OTHER_WRITERS_MS = 2000     # how often to look whether another connection committed


class ChangeHub(QObject):
    """`emit(changes)` after a write; views connect to `changed`. Inside `batch()` (several steps that are
    one action, e.g. an attempt for each of twelve customers) the changes are told once, merged, at its end."""

    changed = Signal(object)       # Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._depth = 0
        self._held: Changes | None = None

    def emit(self, changes: Changes) -> None:
        if not changes:
            return
        if self._depth:
            self._held = changes if self._held is None else self._held | changes
            return
        self.changed.emit(changes)

    @contextmanager
    def batch(self):
        self._depth += 1
        try:
            yield self
        finally:
            self._depth -= 1
            if not self._depth and self._held is not None:
                held, self._held = self._held, None
                self.changed.emit(held)


class OtherWriters(QObject):
    """Another program (`leadinbox import`, `erase`, a second connection) committed to the database: SQLite's
    data_version moves. Looked at every 2 s; told as Changes.all(outside=True). Not while this window's own
    write job runs (its commit is told by the job), nor under an open dialog, which may show the data it was
    opened on: the next look after it closes catches up."""

    def __init__(self, db, hub: ChangeHub, window, jobs) -> None:
        super().__init__(window)
        self.db, self.hub, self.window, self.jobs = db, hub, window, jobs
        self.seen = data_version(db)
        hub.changed.connect(self._told)
        # A write job of this window is this window's own (a mailbox read that logged nothing changes no view,
        # and ends no undo step), whatever it told.
        jobs.finished.connect(lambda job: job.writes and self._told(None))
        self._timer = QTimer(self, interval=OTHER_WRITERS_MS)
        self._timer.timeout.connect(self.look)
        self._timer.start()

    def look(self) -> bool:
        """True when another writer's commit was found (and told)."""
        window = self.window
        if not window.isVisible() or window.isMinimized() or QApplication.activeModalWidget() is not None:
            return False
        if self.jobs.committing or data_version(self.db) == self.seen:
            return False
        self.hub.emit(Changes.all(outside=True))
        return True

    def _told(self, _changes: Changes | None) -> None:
        # Every change the window hears of is read afresh by its views: what was committed until now is seen.
        self.seen = data_version(self.db)

    def stop(self) -> None:
        self._timer.stop()
