"""Computes the reports off the GUI thread on its own connection; a newer request replaces a waiting one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal

from leadinbox.core.query import InboxQuery
from leadinbox.store.db import open_database
from leadinbox.store.reports import report_set


class ReportsWorker(QObject):
    finished = Signal(object, object)     # the query, its ReportSet (or an error message)

    def __init__(self, db_path: Path, query: InboxQuery) -> None:
        super().__init__()
        self.db_path, self.query = db_path, query

    def run(self) -> None:
        try:
            db = open_database(self.db_path, create=False)
            try:
                result = report_set(db, self.query)
            finally:
                db.close()
        except Exception as exc:  # noqa: BLE001 - shown in the window, never a crash of the thread
            result = f"{type(exc).__name__}: {exc}"
        self.finished.emit(self.query, result)


class ReportsRunner(QObject):
    """`request(query)` computes the reports; `ready` brings them. Requests made while one runs are
    coalesced: only the newest runs next (typing in the inbox's search does not queue a dozen runs)."""

    ready = Signal(object, object)        # query, ReportSet or error text
    busy_changed = Signal(bool)

    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._thread: QThread | None = None
        self._worker: ReportsWorker | None = None
        self._pending: InboxQuery | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def request(self, query: InboxQuery) -> None:
        if self.busy:
            self._pending = query
            return
        self._thread = QThread()
        self._worker = ReportsWorker(self.db_path, query)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._done)
        self._worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.start()
        self.busy_changed.emit(True)

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    def _done(self, query: InboxQuery, result) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.wait()
        pending, self._pending = self._pending, None
        if pending is not None and pending != query:
            self.request(pending)
            return
        self.busy_changed.emit(False)
        self.ready.emit(query, result)
