"""The row of the file a lead came from, every column as the file said it (also those LeadInbox does not use)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from leadinbox.ui.language.i18n import format_number
from leadinbox.ui.inbox.columns import short_date


class OriginalRowDialog(QDialog):
    """`row` as store.timeline.original_row gives it. For a do-not-contact customer nothing can be
    selected or copied: the row holds their address too."""

    def __init__(self, row: dict, *, dnc: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Original row"))
        self.resize(640, 480)
        where = (self.tr("Row %1 of %2, imported %3") if row["row_no"] else self.tr("From %2, imported %3"))
        heading = QLabel(where.replace("%1", format_number(row["row_no"] or 0)).replace("%2", row["file_name"])
                         .replace("%3", short_date(row["imported_at"])), wordWrap=True)
        self.table = QTableWidget(len(row["fields"]), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Value")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        for i, (column, value) in enumerate(row["fields"]):
            self.table.setItem(i, 0, QTableWidgetItem(column))
            self.table.setItem(i, 1, QTableWidgetItem(str(value)))
        self.table.resizeRowsToContents()
        self._text = "\n".join(f"{column}\t{value}" for column, value in row["fields"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy all"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._text))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        if dnc:
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            self.copy_button.setEnabled(False)
            self.copy_button.setToolTip(self.tr("Do not contact: this customer's details cannot be copied"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
