"""Runs one short read (what an undo would remove) off the GUI thread, on a read-only connection of its own:
a third of a second at 100,000 leads is a stall on the GUI thread, and too short for a busy window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal
from sqlite_utils import Database

from leadinbox.store.reader import database_file, open_reader
from leadinbox.ui.write_runner import WriteOutcome


class ReadWorker(QObject):
    finished = Signal(object)       # WriteOutcome: the value or the error, as with a write

    def __init__(self, file: str, job: Callable[[Database], object]) -> None:
        super().__init__()
        self.file, self.job = file, job

    def run(self) -> None:
        outcome = WriteOutcome()
        try:
            reader = open_reader(self.file)     # opened in the thread that uses it
            try:
                outcome.value = self.job(reader)
            finally:
                reader.close()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, never a crash of this one
            outcome.error = exc
        self.finished.emit(outcome)


class ReadRunner(QObject):
    """One read at a time on the file `db` reads; `done(outcome)` on the GUI thread. A database in memory
    (nothing else can open it) is read on the GUI thread instead."""

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self._thread: QThread | None = None
        self._worker: ReadWorker | None = None
        self._done: Callable[[WriteOutcome], None] | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, job: Callable[[Database], object], done: Callable[[WriteOutcome], None]) -> bool:
        if self.busy:
            return False
        file = database_file(self.db)
        if file is None:
            outcome = WriteOutcome()
            try:
                outcome.value = job(self.db)
            except Exception as exc:  # noqa: BLE001 - said by `done`, as from the thread
                outcome.error = exc
            done(outcome)
            return True
        self._done = done
        self._thread = QThread()
        self._worker = ReadWorker(file, job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._finished)
        self._worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.start()
        return True

    def cancel(self) -> None:
        """The asker is going away: wait for the read (it only reads) and drop its answer."""
        self._done = None
        if self._thread is not None:
            self._thread.wait()

    def _finished(self, outcome: WriteOutcome) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.wait()
        done, self._done = self._done, None
        if done is not None:
            done(outcome)
