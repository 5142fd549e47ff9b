"""Two columns side by side when the width allows, else one above the other in a vertical scroll area."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QStyle, QWidget


class TwoColumns(QScrollArea):
    """A settings page's two columns must not push a dialog past a 1024-px screen: below the width both
    need side by side they stack, and the page scrolls vertically (never sideways)."""

    def __init__(self, first: QWidget, second: QWidget, stretch: tuple[int, int] = (1, 1), parent=None) -> None:
        super().__init__(parent)
        self.columns = (first, second)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, inner)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(first, stretch[0])
        self.box.addWidget(second, stretch[1])
        self.setWidget(inner)

    def side_by_side_width(self) -> int:
        return sum(c.minimumSizeHint().width() for c in self.columns) + max(self.box.spacing(), 0)

    def minimumSizeHint(self) -> QSize:
        # The stacked width (the widest column) and room for the scroll bar.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max(c.minimumSizeHint().width() for c in self.columns) + bar + 2 * self.frameWidth()
        return QSize(width, min(super().minimumSizeHint().height(), 200))

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        return QSize(max(hint.width(), self.minimumSizeHint().width()), hint.height())

    def resizeEvent(self, event) -> None:
        wide = self.viewport().width() >= self.side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        super().resizeEvent(event)
