"""Runs one long write (undo an import, restore a backup, erase a person) off the GUI thread, on a connection
of its own, behind a modal busy window. One transaction: it is never cancelled, and closing waits for it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from sqlite_utils import Database

from leadinbox.store.db import open_database
from leadinbox.ui.busy_dialog import BusyDialog


@dataclass
class WriteOutcome:
    value: object = None                      # what the store function returned
    error: BaseException | None = None        # what it raised: the caller says it as it did on the GUI thread


class WriteWorker(QObject):
    finished = Signal(object)       # WriteOutcome

    def __init__(self, db_path: Path, job: Callable[[Database], object]) -> None:
        super().__init__()
        self.db_path, self.job = db_path, job

    def run(self) -> None:
        outcome = WriteOutcome()
        try:
            # Opened here, in the thread that uses it; create=False: never a new empty file in a gone one's place.
            db = open_database(self.db_path, create=False)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, never a crash of this one
            outcome.error = exc
            self.finished.emit(outcome)
            return
        try:
            outcome.value = self.job(db)
        except Exception as exc:  # noqa: BLE001
            outcome.error = exc
        finally:
            db.close()
        self.finished.emit(outcome)


class WriteRunner(QObject):
    """One long write at a time. `may_start` is the window's check that the file at the path is still the one
    it has open (the worker opens the path)."""

    finished = Signal(object)       # WriteOutcome, after the caller's `done` has applied it

    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.may_start: Callable[[], bool] = lambda: True
        self.dialog: BusyDialog | None = None
        self._thread: QThread | None = None
        self._worker: WriteWorker | None = None
        self._done: Callable[[WriteOutcome], None] | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, job: Callable[[Database], object], done: Callable[[WriteOutcome], None], *, title: str,
              text: str, parent) -> bool:
        """Run `job(db)` in a thread; `done(outcome)` on the GUI thread. False when nothing was started."""
        if self.busy or not self.may_start():
            return False
        # Modal over everything: no second write (an attempt, an import, another undo) can start meanwhile,
        # and the window behind it keeps painting.
        self.dialog = BusyDialog(title, text, parent)
        self.dialog.open()
        self._done = done
        self._thread = QThread()
        self._worker = WriteWorker(self.db_path, job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._finished)
        # Direct: the thread stops as soon as the worker is done, so wait() cannot block on a queued quit.
        self._worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.start()
        return True

    def wait(self) -> None:
        """Closing while a write runs waits for its commit (seconds): a transaction is never cut off."""
        if self._thread is not None:
            self._thread.wait()

    def _finished(self, outcome: WriteOutcome) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.finish()
        done, self._done = self._done, None
        try:
            if done is not None:
                done(outcome)
        finally:
            self.finished.emit(outcome)
