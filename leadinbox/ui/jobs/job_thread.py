"""One database job at a time in a thread of its own, on a connection it opens there; the outcome (its value or
its error) comes back on the GUI thread. The write and read runners are this with their own connection."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThread, Signal
from sqlite_utils import Database


@dataclass
class JobOutcome:
    value: object = None                      # what the store function returned
    error: BaseException | None = None        # what it raised: the caller says it as it did on the GUI thread


class JobWorker(QObject):
    finished = Signal(object)       # JobOutcome

    def __init__(self, connect: Callable[[], Database], job: Callable[[Database], object]) -> None:
        super().__init__()
        self.connect, self.job = connect, job

    def run(self) -> None:
        self.finished.emit(outcome_of(self._on_own_connection))

    def _on_own_connection(self) -> object:
        db = self.connect()       # opened here, in the thread that uses it
        try:
            return self.job(db)
        finally:
            db.close()


def outcome_of(work: Callable[[], object]) -> JobOutcome:
    """What `work()` returned, or what it raised: handed to the GUI thread, never a crash of the worker's."""
    outcome = JobOutcome()
    try:
        outcome.value = work()
    except Exception as exc:  # noqa: BLE001 - the caller says it, as it would on the GUI thread
        outcome.error = exc
    return outcome


class JobThread(QObject):
    """Runs one job at a time; `done(outcome)` on the GUI thread, through `deliver` (a runner adds to it)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: JobWorker | None = None
        self._done: Callable[[JobOutcome], None] | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def launch(self, connect: Callable[[], Database], job: Callable[[Database], object],
               done: Callable[[JobOutcome], None]) -> None:
        self._done = done
        self._thread = QThread()
        self._worker = JobWorker(connect, job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._finished)
        # Direct: the thread stops as soon as the worker is done, so wait() cannot block on a queued quit.
        self._worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    def _finished(self, outcome: JobOutcome) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
        done, self._done = self._done, None
        self.deliver(outcome, done)

    def deliver(self, outcome: JobOutcome, done: Callable[[JobOutcome], None] | None) -> None:
        if done is not None:
            done(outcome)
