"""The built-in views down the left side ("Needs first reply", "Due today", …)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

VIEW_LABELS = (
    ("due", "Due now"),
    ("needs_reply", "Needs first reply"),
    ("due_today", "Due today"),
    ("nurturing", "Nurturing"),
    ("all", "All"),
    ("closed", "Closed"),
    ("dnc", "Do not contact"),
)


class ViewsPanel(QListWidget):
    view_chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        for key, label in VIEW_LABELS:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.addItem(item)
        self.setMaximumWidth(220)
        self.setStyleSheet("QListWidget::item { padding: 5px 8px; }")
        self.currentItemChanged.connect(
            lambda item, _prev: item is not None and self.view_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))

    def select(self, key: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.setCurrentRow(row)
                return

    def current_view(self) -> str:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "all"
