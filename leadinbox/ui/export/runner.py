"""Runs an export off the GUI thread, on its own database connection, with progress and cancel."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal

from leadinbox.core.query import InboxQuery
from leadinbox.store.db import open_database
from leadinbox.store.export import ExportCancelled, Selection, export_leads


@dataclass
class ExportOutcome:
    path: Path
    count: int = 0
    cancelled: bool = False
    error: str | None = None


class ExportWorker(QObject):
    progress = Signal(int, int)      # leads written, leads in all
    finished = Signal(object)        # ExportOutcome

    def __init__(self, db_path: Path, query: InboxQuery, path: Path, fmt: str,
                 selection: Selection | None) -> None:
        super().__init__()
        self.db_path, self.query, self.path, self.fmt, self.selection = db_path, query, path, fmt, selection
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        outcome = ExportOutcome(self.path)
        try:
            db = open_database(self.db_path, create=False)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never a crash of the thread
            outcome.error = str(exc)
            self.finished.emit(outcome)
            return
        try:
            outcome.count = export_leads(db, self.query, self.path, self.fmt, selection=self.selection,
                                         progress=self.progress.emit, cancelled=self._cancel.is_set)
        except ExportCancelled:
            outcome.cancelled = True
        except OSError as exc:
            outcome.error = exc.strerror or str(exc)
        except Exception as exc:  # noqa: BLE001
            outcome.error = f"{type(exc).__name__}: {exc}"
        finally:
            db.close()
        self.finished.emit(outcome)


class ExportRunner(QObject):
    """Owns the worker thread; connect to `progress` and `finished`."""

    progress = Signal(int, int)
    finished = Signal(object)

    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(self, query: InboxQuery, path: Path, fmt: str, selection: Selection | None = None) -> None:
        if self.busy:
            raise RuntimeError("an export is already running")
        self._thread = QThread()
        self._worker = ExportWorker(self.db_path, query, path, fmt, selection)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._done)
        # Direct: the thread stops as soon as the worker is done, so wait() cannot block on a queued quit.
        self._worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    def _done(self, outcome: ExportOutcome) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
        self.finished.emit(outcome)
