"""Runs the store's import entry point off the GUI thread: progress, cancel, and the outcome by signal."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal

from leadinbox.store.db import open_database
from leadinbox.store.failures import explain
from leadinbox.store.importing.entry import ImportOutcome, import_files
from leadinbox.store.importing.result import Phase


class ImportWorker(QObject):
    """Imports `paths` in a thread with its own connection, through `import_files`: one transaction."""

    # file number, file count, Phase (its str value), rows read, share of the file read or -1, file name
    progress = Signal(int, int, str, int, float, str)
    finished = Signal(object)               # ImportOutcome

    def __init__(self, db_path: Path, paths: list[Path], mappings: dict[str, dict[str, str]],
                 forced: dict[Path, dict[str, str]] | None = None) -> None:
        super().__init__()
        self.db_path, self.paths, self.mappings = db_path, paths, mappings
        self.forced = forced or {}
        self._cancel = threading.Event()
        self._conn_lock = threading.Lock()     # the connection is interrupted only while it is open
        self._conn = None

    def cancel(self) -> None:
        """From the GUI thread: stop at the next step, and stop the statement running now (an index rebuild
        or the customer roll-up of 100,000 leads takes seconds). SQLite then rolls the transaction back."""
        self._cancel.set()
        with self._conn_lock:
            if self._conn is not None:
                self._conn.interrupt()

    def run(self) -> None:
        try:
            db = open_database(self.db_path, create=False)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never a crash of the thread
            self.finished.emit(ImportOutcome(error=str(exc)))
            return
        with self._conn_lock:
            self._conn = db.conn
        # interrupt() misses a statement that starts just after it (between two statements, nothing runs to
        # be interrupted): SQLite also asks every 10,000 steps whether to go on, so no statement outlives a
        # cancel by more than a moment.
        db.conn.set_progress_handler(self._cancel.is_set, 10_000)
        try:
            outcome = import_files(db, self.paths, mappings=self.forced, remembered=self.mappings, ask=True,
                                   progress=self._progress, cancelled=self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001
            # Disk full, read-only folder or file, busy, damaged: said plainly (the transaction was rolled back).
            message = explain(exc, str(self.db_path.parent), database=self.db_path)
            outcome = ImportOutcome(error=message or f"{type(exc).__name__}: {exc}")
        finally:
            with self._conn_lock:
                self._conn = None
                db.close()
        self.finished.emit(outcome)

    def _progress(self, number: int, total: int, phase: Phase, rows: int, share: float | None, name: str) -> None:
        self.progress.emit(number, total, phase.value, rows, -1.0 if share is None else share, name)


class ImportRunner(QObject):
    """Owns the worker thread; the window connects to `progress` and `finished`."""

    progress = Signal(int, int, str, int, float, str)
    finished = Signal(object)

    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, paths: list[Path], mappings: dict[str, dict[str, str]],
              forced: dict[Path, dict[str, str]] | None = None) -> None:
        if self.busy:
            raise RuntimeError("an import is already running")
        self._thread = QThread()
        self._worker = ImportWorker(self.db_path, paths, mappings, forced)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._done)
        # Stop the thread's loop from the worker's side: wait() on the GUI thread (closing the window while
        # an import runs) must not depend on a queued slot the blocked GUI thread would never run.
        self._worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    def _done(self, outcome: ImportOutcome) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
        self.finished.emit(outcome)
