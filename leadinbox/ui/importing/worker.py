"""Runs imports off the GUI thread: progress, cancel, and one transaction for the whole drop."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal

from leadinbox.core.errors import FileRefused, RowProblem
from leadinbox.core.headers import normalise_header
from leadinbox.core.leadfile import open_lead_file
from leadinbox.store.db import open_database
from leadinbox.store.failures import explain
from leadinbox.store.importing.result import Phase, was_interrupted
from leadinbox.store.importing.writer import ImportCancelled, ImportResult, import_lead_file

PREVIEW_ROWS = 8


def header_signature(headers: list[str]) -> str:
    """Files with the same header row share a remembered mapping."""
    return hashlib.sha1("\x1f".join(normalise_header(h) for h in headers).encode()).hexdigest()[:16]


@dataclass
class NeedsMapping:
    """A file whose layout was not recognised: what the mapping dialog shows."""

    path: Path
    headers: list[str]
    preview: list[list[str] | RowProblem]
    guess: dict[str, str]
    signature: str


@dataclass
class ImportOutcome:
    results: list[ImportResult] = field(default_factory=list)
    needs_mapping: list[NeedsMapping] = field(default_factory=list)
    cancelled: bool = False
    error: str | None = None


class ImportWorker(QObject):
    """Imports `paths` in a thread with its own connection; all files commit together or not at all."""

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
        outcome = ImportOutcome()
        try:
            db = open_database(self.db_path, create=False)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never a crash of the thread
            outcome.error = str(exc)
            self.finished.emit(outcome)
            return
        with self._conn_lock:
            self._conn = db.conn
        # interrupt() misses a statement that starts just after it (between two statements, nothing runs to
        # be interrupted): SQLite also asks every 10,000 steps whether to go on, so no statement outlives a
        # cancel by more than a moment.
        db.conn.set_progress_handler(self._cancel.is_set, 10_000)
        try:
            with db.atomic():
                for number, path in enumerate(self.paths, start=1):
                    self._one(db, number, path, outcome)
                self.progress.emit(len(self.paths), len(self.paths), Phase.SAVING.value, 0, -1.0, "")
                if self._cancel.is_set():
                    raise ImportCancelled
        except ImportCancelled:
            outcome = ImportOutcome(cancelled=True)
        except Exception as exc:  # noqa: BLE001
            if was_interrupted(exc) and self._cancel.is_set():     # e.g. the commit itself
                outcome = ImportOutcome(cancelled=True)
            else:
                # Disk full, read-only folder or file, busy, damaged: said plainly (the transaction was rolled back).
                message = explain(exc, str(self.db_path.parent), database=self.db_path)
                outcome = ImportOutcome(error=message or f"{type(exc).__name__}: {exc}")
        finally:
            with self._conn_lock:
                self._conn = None
                db.close()
        self.finished.emit(outcome)

    def _one(self, db, number: int, path: Path, outcome: ImportOutcome) -> None:
        total = len(self.paths)
        self.progress.emit(number, total, Phase.READING.value, 0, 0.0, path.name)
        try:
            lead_file = open_lead_file(path, self.forced.get(path), require_layout=False)
            if lead_file.layout is None:
                signature = header_signature(lead_file.headers)
                mapping = self.mappings.get(signature)
                if mapping is None:
                    outcome.needs_mapping.append(self._needs_mapping(lead_file, signature))
                    return
                lead_file = open_lead_file(path, mapping)
            result = import_lead_file(
                db, lead_file, cancelled=self._cancel.is_set,
                progress=lambda phase, rows, share: self.progress.emit(
                    number, total, phase.value, rows, -1.0 if share is None else share, path.name))
        except FileRefused as exc:
            result = ImportResult(file=str(path), status="refused", error=exc.describe(), refusal=exc.refusal)
        outcome.results.append(result)

    @staticmethod
    def _needs_mapping(lead_file, signature: str) -> NeedsMapping:
        preview: list = []
        for _row, cells in lead_file.table.rows:
            # A row the reader could not take whole (cut off) stays in, as its RowProblem: the dialog says so.
            preview.append(cells if isinstance(cells, RowProblem) else ["" if c is None else str(c) for c in cells])
            if len(preview) >= PREVIEW_ROWS:
                break
        return NeedsMapping(lead_file.path, lead_file.headers, preview, lead_file.mapping, signature)


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
