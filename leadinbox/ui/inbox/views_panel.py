"""The built-in views down the left side ("Needs first reply", "Due today", …)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu

from leadinbox.ui.language.i18n import Pairs
from leadinbox.ui.inbox.saved_views import PREFIX

VIEW_LABELS = Pairs("Views", (
    ("due", QT_TRANSLATE_NOOP("Views", "Due now")),
    ("needs_reply", QT_TRANSLATE_NOOP("Views", "Needs first reply")),
    ("due_today", QT_TRANSLATE_NOOP("Views", "Due today")),
    ("nurturing", QT_TRANSLATE_NOOP("Views", "Nurturing")),
    ("all", QT_TRANSLATE_NOOP("Views", "All")),
    ("closed", QT_TRANSLATE_NOOP("Views", "Closed")),
    ("dnc", QT_TRANSLATE_NOOP("Views", "Do not contact")),
))


class ViewsPanel(QListWidget):
    """Built-in views, then the user's saved views (keys 'saved:NAME'); a saved view can be deleted from
    its context menu or with Delete."""

    view_chosen = Signal(str)
    delete_requested = Signal(str)     # the name of a saved view

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        for key, label in VIEW_LABELS:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.addItem(item)
        self.setMaximumWidth(220)
        self.setMinimumWidth(90)             # narrower than the names: they elide on a small screen
        self.setStyleSheet("QListWidget::item { padding: 5px 8px; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentItemChanged.connect(
            lambda item, _prev: item is not None and self.view_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))

    def sizeHint(self) -> QSize:
        """As wide as the longest view name (up to the maximum): the inbox gets the rest."""
        hint = super().sizeHint()
        hint.setWidth(min(self.maximumWidth(), self.sizeHintForColumn(0) + 2 * self.frameWidth() + 4))
        return hint

    def set_saved(self, names: list[str]) -> None:
        current = self.current_view()
        self.blockSignals(True)
        while self.count() > len(VIEW_LABELS):
            self.takeItem(len(VIEW_LABELS))
        for name in names:
            item = QListWidgetItem("★ " + name)
            item.setData(Qt.ItemDataRole.UserRole, PREFIX + name)
            item.setToolTip(self.tr("Your saved view. Delete removes it."))
            self.addItem(item)
        self.blockSignals(False)
        self.select(current)

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.pos())
        key = item.data(Qt.ItemDataRole.UserRole) if item else ""
        if key.startswith(PREFIX):
            menu = QMenu(self)
            menu.addAction(self.tr("Delete view “%s”") % key[len(PREFIX):],
                           lambda: self.delete_requested.emit(key[len(PREFIX):]))
            menu.exec(event.globalPos())

    def keyPressEvent(self, event) -> None:
        key = self.current_view()
        if event.key() == Qt.Key.Key_Delete and key.startswith(PREFIX):
            self.delete_requested.emit(key[len(PREFIX):])
            return
        super().keyPressEvent(event)

    def select(self, key: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.setCurrentRow(row)
                return

    def current_view(self) -> str:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "all"
