"""A modal "working…" window for a write that cannot be cancelled: what is being done and a busy bar, no
buttons, and Escape or the close button do not hide it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout


class BusyDialog(QDialog):
    def __init__(self, title: str, text: str, parent=None) -> None:
        # No close button: the write is one transaction, there is nothing to stop halfway.
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint
                         | Qt.WindowType.WindowTitleHint)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(textVisible=False)
        self.bar.setRange(0, 0)         # no share to show: SQLite does it in one statement after another
        self.bar.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._running = True

    def finish(self) -> None:
        self._running = False
        self.accept()

    def reject(self) -> None:
        if not self._running:
            super().reject()

    def closeEvent(self, event) -> None:
        if self._running:
            event.ignore()
        else:
            super().closeEvent(event)
