"""One job at a time for a question asked again and again (the counts while the user types, the reports as the
filters change): a newer question replaces a waiting one, and only the newest question's answer is told."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from leadinbox.ui.jobs.job import Job, Outcome

_NOTHING = object()


class Latest(QObject):
    """`make(question)` gives the (not yet run) Job that answers it. `answered(question, outcome)` comes for
    the newest question only: an answer to an older one, asked again meanwhile, is dropped. With
    `cancel_older` the job answering an older question is stopped at once (its answer would be dropped)."""

    answered = Signal(object, object)     # question, Outcome
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None, make: Callable[[object], Job], *, cancel_older: bool = False) -> None:
        super().__init__(parent)
        self.make, self.cancel_older = make, cancel_older
        self._job: Job | None = None
        self._waiting = _NOTHING

    @property
    def busy(self) -> bool:
        return self._job is not None

    def ask(self, question) -> None:
        if self._job is not None:
            self._waiting = question
            if self.cancel_older:
                self._job.cancel()
            return
        self._start(question)
        self.busy_changed.emit(True)

    def _start(self, question) -> None:
        job = self.make(question)
        job.on_done(lambda outcome: self._done(question, outcome))
        self._job = job
        if job.run() is None:        # refused to start: nothing will answer
            self._job = None

    def _done(self, question, outcome: Outcome) -> None:
        self._job.dispose()
        self._job = None
        waiting, self._waiting = self._waiting, _NOTHING
        if waiting is not _NOTHING:
            self._start(waiting)
            return
        self.busy_changed.emit(False)
        self.answered.emit(question, outcome)

    def wait(self) -> None:
        """Until the running job is done (a waiting question starts when its answer is delivered)."""
        if self._job is not None:
            self._job.wait()

    def stop(self) -> None:
        """The asker goes away: no more questions, the running one stopped and waited for."""
        self._waiting = _NOTHING
        if self._job is not None:
            self._job.cancel()
            self._job.wait()
