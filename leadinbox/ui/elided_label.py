"""A one-line label that shortens its text with "…" instead of widening its pane (an email address, a name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class ElidedLabel(QLabel):
    """`full_text` is what was set (what Copy copies); the label shows as much as fits, the tooltip the rest."""

    def __init__(self, parent=None, *, mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self.full_text = ""
        self._mode = mode
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
        shown = self.fontMetrics().elidedText(self.full_text, self._mode, self.width())
        self.setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")
