"""Runs one short read (what an undo would remove) off the GUI thread, on a read-only connection of its own:
a third of a second at 100,000 leads is a stall on the GUI thread, and too short for a busy window."""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from leadinbox.store.reader import database_file, open_reader
from leadinbox.ui.jobs.job_thread import JobOutcome, JobThread, outcome_of


class ReadRunner(JobThread):
    """One read at a time on the file `db` reads; `done(outcome)` on the GUI thread. A database in memory
    (nothing else can open it) is read on the GUI thread instead."""

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db

    def start(self, job: Callable[[Database], object], done: Callable[[JobOutcome], None]) -> bool:
        if self.busy:
            return False
        file = database_file(self.db)
        if file is None:
            done(outcome_of(lambda: job(self.db)))
            return True
        self.launch(lambda: open_reader(file), job, done)
        return True

    def cancel(self) -> None:
        """The asker is going away: wait for the read (it only reads) and drop its answer."""
        self._done = None
        self.wait()
