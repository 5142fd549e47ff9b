"""File › Import history: every import with its counts, and Undo this import."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from leadinbox.store.batches import UndoRefused, list_batches, undo_batch

COLUMNS = ("#", "Imported", "File", "New leads", "New customers", "Known", "Rejected", "State")


class HistoryDialog(QDialog):
    undone = Signal(int)

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle("Import history")
        self.resize(880, 380)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.undo_button = QPushButton("Undo this import")
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection)
        self.reload()

    def reload(self) -> None:
        batches = list_batches(self.db)
        self.table.setRowCount(len(batches))
        for row, b in enumerate(batches):
            state = f"undone {b['undone_at']}" if b["undone_at"] else "active"
            for col, value in enumerate((b["id"], b["imported_at"], b["file_name"], b["new_leads"],
                                         b["new_customers"], b["known_leads"], b["skipped_rows"], state)):
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
        self._selection()

    def _selected(self) -> tuple[int, bool] | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return int(self.table.item(row, 0).text()), self.table.item(row, 7).text() == "active"

    def _selection(self) -> None:
        chosen = self._selected()
        self.undo_button.setEnabled(bool(chosen and chosen[1]))

    def undo_selected(self, *, confirm: bool = True) -> None:
        chosen = self._selected()
        if not chosen:
            return
        batch_id = chosen[0]
        if confirm and QMessageBox.question(
                self, "Undo import", f"Remove the leads that import {batch_id} added?") != QMessageBox.StandardButton.Yes:
            return
        try:
            undo_batch(self.db, batch_id)
        except UndoRefused as exc:
            QMessageBox.warning(self, "Cannot undo", str(exc).capitalize() + ".")
            return
        self.reload()
        self.undone.emit(batch_id)
