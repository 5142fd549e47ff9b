"""The window's status bar, owning its parts: the counts, the last message, and the progress of a job with its
Cancel button. Controllers say things and hand it a job; they never reach into its widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from leadinbox.core.changes import Changes
from leadinbox.ui.widgets.elided_label import ElidedLabel


PROGRESS_WIDTH = (260, 520)   # the bar's width at least, and at most: it grows to hold its text, then elides it
_PADDING = 24                 # the style's frame and margins around the text inside the bar


class StatusBar(QStatusBar):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counts = QLabel()
        # A long message ("10,000 new leads: …", a file's whole path) is shortened, its tooltip whole: as a plain
        # label its text was the status bar's minimum width, and the window widened itself to hold it (a
        # 10k-lead pull's reminder grew it by 46 px and laid the whole list out again).
        self.message = ElidedLabel(mode=Qt.TextElideMode.ElideRight)
        self.message.setContentsMargins(16, 0, 0, 0)   # apart from the counts: two messages, not one
        self.progress = QProgressBar(maximumWidth=PROGRESS_WIDTH[0], textVisible=True)
        self.cancel_button = QPushButton()
        self.addWidget(self.counts)
        self.addWidget(self.message, 1)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.cancel_button)
        self._job = None
        self.cancel_button.clicked.connect(self._cancel)
        self._show_progress(False)

    # Messages ------------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.message.set_full_text(text)

    def text(self) -> str:
        return self.message.full_text

    def clear_message(self) -> None:
        self.message.set_full_text("")

    def show_counts(self, customers: int, leads: int) -> None:
        self.counts.setText(self.tr("%Ln customer(s)", "", customers) + " · " + self.tr("%Ln lead(s)", "", leads))

    def changed(self, changes: Changes) -> None:
        """Another program changed the data: what the last message said about it may no longer hold."""
        if changes.outside:
            self.clear_message()

    # A job's progress ------------------------------------------------------------------------------
    def follow(self, job, cancel_text: str | None) -> None:
        """Shows a busy bar and a Cancel button (labelled `cancel_text`; None: no button) while `job` runs;
        `set_progress` says how far it got."""
        self._job = job
        self.cancel_button.setText(cancel_text or "")
        self.progress.setRange(0, 0)
        self.progress.setFormat("")
        self._show_progress(True)
        self.cancel_button.setVisible(cancel_text is not None)
        # Gone before the job's own callbacks: one of them may open a dialog (the import report), and the
        # bar and its Cancel must not go on saying that the finished job runs while it is open.
        job.first(self._ended)

    def set_progress(self, text: str, share: float | None = None) -> None:
        """`share` of the work done (0-1) as a percentage after the text; None: a busy bar."""
        suffix = " · %p%" if share is not None else ""     # (QProgressBar puts the percentage in)
        if share is not None:
            self.progress.setRange(0, 100)
            self.progress.setValue(int(share * 100))
        else:
            self.progress.setRange(0, 0)
        self.progress.setFormat(self._fit(text, suffix))

    def _fit(self, text: str, suffix: str) -> str:
        """The bar as wide as its text (a Dutch or a long "File 2 of 4: Reading rows… 1,234,567" is wider than
        the English), up to PROGRESS_WIDTH[1]; beyond that the text is shortened in the middle, so the
        percentage at its end always shows."""
        metrics = self.progress.fontMetrics()
        shown = suffix.replace("%p%", "100%")
        low, high = PROGRESS_WIDTH
        width = min(max(metrics.horizontalAdvance(text + shown) + _PADDING, low), high)
        self.progress.setFixedWidth(width)
        room = width - _PADDING - metrics.horizontalAdvance(shown)
        return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, room) + suffix

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _ended(self, _outcome) -> None:
        self._job = None
        self._show_progress(False)

    def _show_progress(self, shown: bool) -> None:
        self.progress.setVisible(shown)
        self.cancel_button.setVisible(shown)
