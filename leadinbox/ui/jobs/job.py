"""A Job runs `work(task)` in a thread of its own, on a database connection it opens there, and brings its outcome
(the value, the error, or that it was cancelled) back to the GUI thread. The only place ui/ starts a thread."""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal
from leadinbox.store.database import Database

from leadinbox.store import cancel as sqlite_cancel


@dataclass
class Outcome:
    value: object = None                     # what the work returned
    error: BaseException | None = None       # what it raised (the transaction was rolled back)
    cancelled: bool = False                  # it stopped because it was asked to: nothing was changed

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class Cancelled(Exception):
    """Raised by `Task.check()` once the job was asked to stop."""


class Task:
    """What the work is handed in its thread: the connection, a way to say how far it got, and whether it
    was asked to stop."""

    def __init__(self, db: Database | None, cancel: threading.Event, progressed: Signal) -> None:
        self.db = db
        self._cancel, self._progressed = cancel, progressed

    def progress(self, *value) -> None:
        """Told to the job's on_progress on the GUI thread: one value as it is, several as a tuple."""
        self._progressed.emit(value[0] if len(value) == 1 else value)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Worker(QObject):
    progressed = Signal(object)
    done = Signal(object)        # Outcome

    def __init__(self, work: Callable[[Task], object], connect: Callable[[], Database] | None) -> None:
        super().__init__()
        self.work, self.connect = work, connect
        self.cancel_event = threading.Event()
        self._db_lock = threading.Lock()    # the connection is interrupted only while it is open
        self._db = None

    def cancel(self) -> None:
        """From the GUI thread: stop at the next check, and stop the statement running now (an index rebuild
        of 100,000 leads takes seconds). SQLite then rolls the transaction back."""
        self.cancel_event.set()
        with self._db_lock:
            if self._db is not None:
                sqlite_cancel.interrupt(self._db)

    def run(self) -> None:
        outcome = Outcome()
        db = None
        try:
            db = self.connect() if self.connect is not None else None      # opened here, where it is used
            if db is not None:
                sqlite_cancel.stop_when(db, self.cancel_event.is_set)
                with self._db_lock:
                    self._db = db
            outcome.value = self.work(Task(db, self.cancel_event, self.progressed))
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, never a crash of this one
            # Whatever a cancel made the work raise (Cancelled, ImportCancelled, "interrupted"), it is a cancel.
            if self.cancel_event.is_set():
                outcome = Outcome(cancelled=True)
            else:
                outcome.error = exc
        finally:
            if db is not None:
                with self._db_lock:
                    self._db = None
                sqlite_cancel.close(db)
        self.done.emit(outcome)


_LIVE: set[tuple[QThread, _Worker]] = set()     # kept until their thread stopped, even if the job went away
_DISPOSE: dict[QThread, QObject] = {}            # jobs to delete once their thread stopped


class _Reaper(QObject):
    """Lives on the GUI thread: joins stopped threads and lets them go, and the jobs made for one run."""

    def reap(self) -> None:
        for pair in [p for p in _LIVE if p[0].isFinished()]:
            pair[0].wait()
            _LIVE.discard(pair)
            job = _DISPOSE.pop(pair[0], None)
            if job is not None and shiboken6.isValid(job):     # (its parent may have gone first)
                job._delete()


_reaper: _Reaper | None = None


@atexit.register
def wait_for_all() -> None:
    """Nothing is cut off: a write commits first (as closing the window waits for it)."""
    for thread, _worker in list(_LIVE):
        thread.wait()


class Job(QObject):
    """`Job(parent, work, connect=...).on_success(cb).run()`: `work(task)` runs in a thread on the connection
    `connect()` opens there (none without it); the callbacks run on the GUI thread, in the order given.
    An error nobody handles (no on_failure, no on_done) is raised on the GUI thread: a bug, the crash dialog.
    `work` and `connect` run in the job's thread: they never touch the window's connection (SQLite's
    connection is not to be used from two threads; ask what they need of it before, on the GUI thread)."""

    started = Signal()
    progressed = Signal(object)   # what the work told through task.progress(...)
    finished = Signal(object)     # Outcome, after the callbacks

    def __init__(self, parent: QObject | None, work: Callable[[Task], object], *,
                 connect: Callable[[], Database] | None = None, name: str = "", writes: bool = False,
                 cancellable: bool | None = None, exclusive: bool | None = None) -> None:
        super().__init__(parent)
        self.work, self.connect, self.name, self.writes = work, connect, name, writes
        # A write the user waits for (an import, undo, restore, erase): no other such write starts beside it.
        self.exclusive = writes if exclusive is None else exclusive
        # A read can always stop; a write only when it is one transaction that a cancel rolls back whole.
        self.cancellable = not writes if cancellable is None else cancellable
        self.outcome: Outcome | None = None
        self.may_start: Callable[[], bool] = lambda: True
        self._hooks: dict[str, list[Callable]] = {"first": [], "success": [], "failure": [], "cancelled": [],
                                                  "done": []}
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._modal: tuple[str, str, object] | None = None
        self._cancel_first = False    # cancelled before it ran: it starts stopped
        self._ran_on: QThread | None = None
        self.dialog = None            # the modal busy window while it runs (BusyDialog)

    # Set-up, before run() ------------------------------------------------------------------------
    def on_success(self, callback: Callable[[object], None]) -> Job:
        self._hooks["success"].append(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> Job:
        self._hooks["failure"].append(callback)
        return self

    def on_cancelled(self, callback: Callable[[], None]) -> Job:
        self._hooks["cancelled"].append(callback)
        return self

    def on_done(self, callback: Callable[[Outcome], None]) -> Job:
        """Whatever came of it, after the success, failure or cancelled callbacks."""
        self._hooks["done"].append(callback)
        return self

    def first(self, callback: Callable[[Outcome], None]) -> Job:
        """Before every other callback: the change hub hears of a write before the feature's own callbacks."""
        self._hooks["first"].append(callback)
        return self

    def on_progress(self, callback: Callable[[object], None]) -> Job:
        self.progressed.connect(callback)
        return self

    def modal(self, title: str, text: str, parent=None) -> Job:
        """A modal busy window while it runs (a write that cannot be cancelled): no other change can start
        meanwhile, and the window behind keeps painting."""
        self._modal = (title, text, parent)
        return self

    # Running ---------------------------------------------------------------------------------------
    def run(self) -> Job | None:
        """Starts the work; None when `may_start` refused (e.g. the database file is no longer ours)."""
        global _reaper
        if self.running:
            raise RuntimeError(f"the job {self.name or self.work!r} is already running")
        if not self.may_start():
            return None
        if _reaper is None:
            _reaper = _Reaper()
        if self._modal is not None:
            from leadinbox.ui.widgets.busy_dialog import BusyDialog
            title, text, parent = self._modal
            self.dialog = BusyDialog(title, text, parent if parent is not None else self.parent())
            self.dialog.open()
        self.outcome = None
        thread, worker = QThread(), _Worker(self.work, self.connect)
        if self._cancel_first:
            worker.cancel_event.set()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self.progressed)
        worker.done.connect(self._done)
        # Direct: the thread stops as soon as the work is done, so wait() never depends on a queued quit
        # the blocked GUI thread would never run.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(_reaper.reap)
        _LIVE.add((thread, worker))
        self._thread, self._worker, self._ran_on = thread, worker, thread
        thread.start()
        self.started.emit()
        return self

    @property
    def running(self) -> bool:
        return self._thread is not None

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        elif self.outcome is None:
            self._cancel_first = True

    def dispose(self) -> None:
        """Deleted once its thread has stopped (not before: the thread may still be handing over the outcome).
        For a job made for one run, not to be kept for its parent's life."""
        thread = self._ran_on
        if thread is None or not any(p[0] is thread for p in _LIVE):
            self._delete()
        else:
            _DISPOSE[thread] = self

    def _delete(self) -> None:
        # Out of its parent first: PySide then never meets it again among the parent's children when the
        # parent goes (a deleted child there crashes).
        self.setParent(None)
        self.deleteLater()

    def wait(self) -> None:
        """Blocks until the work is done (its outcome is delivered by the event loop afterwards)."""
        if self._thread is not None:
            self._thread.wait()

    def _done(self, outcome: Outcome) -> None:
        self._thread = self._worker = None
        self.outcome = outcome
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.finish()
        unhandled = None
        try:
            for hook in self._hooks["first"]:
                hook(outcome)
            if outcome.cancelled:
                self._call("cancelled")
            elif outcome.error is not None:
                if not (self._hooks["failure"] or self._hooks["done"]):
                    unhandled = outcome.error
                for callback in self._hooks["failure"]:
                    callback(outcome.error)
            else:
                for callback in self._hooks["success"]:
                    callback(outcome.value)
            for callback in self._hooks["done"]:
                callback(outcome)
        finally:
            self.finished.emit(outcome)
        if unhandled is not None:
            raise unhandled

    def _call(self, kind: str) -> None:
        for callback in self._hooks[kind]:
            callback()
