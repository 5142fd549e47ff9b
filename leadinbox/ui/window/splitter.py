"""The window's splitter (views | inbox | detail): when the window narrows, the detail pane gives way first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from leadinbox.ui.window.pane_share import share


class InboxSplitter(QSplitter):
    """QSplitter shrinks the views list and the detail pane alike once the inbox is at its minimum, which
    cut the view names ("Needs first…") while the detail pane kept its width: this takes it back."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.rebalance()

    def rebalance(self) -> None:
        if self.count() != 3 or not all(self.widget(i).isVisible() for i in range(3)):
            return
        views, inbox, detail = (self.widget(i) for i in range(3))
        sizes = self.sizes()
        wanted = share(sizes, views.sizeHint().width(), inbox.minimumWidth(),
                       detail.minimumSizeHint().width())
        if wanted != sizes:
            self.setSizes(wanted)
