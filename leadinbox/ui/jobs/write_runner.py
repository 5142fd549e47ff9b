"""Runs one long write (undo an import, restore a backup, erase a person) off the GUI thread, on a connection
of its own, behind a modal busy window. One transaction: it is never cancelled, and closing waits for it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from sqlite_utils import Database

from leadinbox.store.db import open_database
from leadinbox.ui.widgets.busy_dialog import BusyDialog
from leadinbox.ui.jobs.job_thread import JobOutcome, JobThread

WriteOutcome = JobOutcome     # the value the store function returned, or what it raised


class WriteRunner(JobThread):
    """One long write at a time. `may_start` is the window's check that the file at the path is still the one
    it has open (the worker opens the path)."""

    finished = Signal(object)       # WriteOutcome, after the caller's `done` has applied it

    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.may_start: Callable[[], bool] = lambda: True
        self.dialog: BusyDialog | None = None

    def start(self, job: Callable[[Database], object], done: Callable[[WriteOutcome], None], *, title: str,
              text: str, parent) -> bool:
        """Run `job(db)` in a thread; `done(outcome)` on the GUI thread. False when nothing was started."""
        if self.busy or not self.may_start():
            return False
        # Modal over everything: no second write (an attempt, an import, another undo) can start meanwhile,
        # and the window behind it keeps painting.
        self.dialog = BusyDialog(title, text, parent)
        self.dialog.open()
        # create=False: never a new empty file in a gone one's place.
        self.launch(lambda: open_database(self.db_path, create=False), job, done)
        return True

    def deliver(self, outcome: WriteOutcome, done) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.finish()
        try:
            super().deliver(outcome, done)
        finally:
            self.finished.emit(outcome)
