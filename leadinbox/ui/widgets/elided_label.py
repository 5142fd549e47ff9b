"""A one-line label that shortens its text with "…" instead of widening its pane (an email address, a name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class ElidedLabel(QLabel):
    """`full_text` is what was set (what Copy copies); the label shows as much as fits, the tooltip the rest."""

    def __init__(self, parent=None, *, mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle, break_at: str = "",
                 **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self.full_text = ""
        self._mode = mode
        # An email address too long for one line goes on two, before its "@", and is shortened only when a
        # part alone is too long: the address is what a salesperson reads there.
        self._break_at = break_at
        # Its width never holds the pane open: the detail pane may narrow for the inbox on a small screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._elide()

    def _elide(self) -> None:
        if not self.isVisible():       # not laid out yet: its width means nothing
            self.setText(self.full_text)
            return
        metrics, width, text = self.fontMetrics(), self.width(), self.full_text
        shown = metrics.elidedText(text, self._mode, width)
        if shown != text and self._break_at and self._break_at in text[1:]:
            at = text.index(self._break_at, 1)
            shown = "\n".join(metrics.elidedText(part, self._mode, width) for part in (text[:at], text[at:]))
        self.setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")
