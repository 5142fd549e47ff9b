"""An editable, ordered list of qualification criteria: add, remove, rename in place, move up and down."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from leadinbox.core.qualification import clean_criteria
from leadinbox.ui.followup.criteria_names import shown


class CriteriaEditor(QWidget):
    """`criteria()` returns the names trimmed, without blanks or repeats, in the order shown. A default criterion
    shows in the UI language and comes back under its stored name unless the user renamed it."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.list.setToolTip(self.tr("Double-click or press F2 to rename; drag to reorder."))
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.list.currentRowChanged.connect(self._enable)
        self.list.itemChanged.connect(self._renamed)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self._enable()

    def set_criteria(self, names: list[str] | tuple[str, ...]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for name in names:
            self.list.addItem(self._item(name))
        self.list.blockSignals(False)
        self.list.setCurrentRow(0 if names else -1)
        self._enable()

    def criteria(self) -> list[str]:
        return list(clean_criteria([self._name(self.list.item(i)) for i in range(self.list.count())]))

    @staticmethod
    def _name(item: QListWidgetItem) -> str:
        stored = item.data(Qt.ItemDataRole.UserRole)
        return stored if stored and item.text().strip() == shown(stored) else item.text()

    @staticmethod
    def _item(name: str) -> QListWidgetItem:
        item = QListWidgetItem(shown(name))
        item.setData(Qt.ItemDataRole.UserRole, name)      # "Need" shows as "Behoefte" but is kept as "Need"
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add(self) -> None:
        item = self._item("")
        item.setText(self.tr("New criterion"))     # typed by the user, in effect: kept as it reads
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()
        self._enable()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _renamed(self, item: QListWidgetItem) -> None:
        if not item.text().strip():
            # Renamed to nothing: the user meant to remove it. Not from inside the editor's own commit.
            QTimer.singleShot(0, self._drop_blanks)
        self.changed.emit()

    def _drop_blanks(self) -> None:
        for row in reversed(range(self.list.count())):
            if not self.list.item(row).text().strip():
                self.list.takeItem(row)
        self._enable()

    def _enable(self, *_args) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
