"""File › Import history: every import with its counts, and Undo this import."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from leadinbox.store.batches import UndoRefused, list_batches, undo_batch
from leadinbox.ui.errors import show_failure
from leadinbox.ui.i18n import Texts, format_number
from leadinbox.ui.inbox_columns import short_date
from leadinbox.ui.write_runner import WriteOutcome, WriteRunner

COLUMNS = Texts("HistoryDialog", ("#", QT_TRANSLATE_NOOP("HistoryDialog", "Imported"),
                                   QT_TRANSLATE_NOOP("HistoryDialog", "File"),
                                   QT_TRANSLATE_NOOP("HistoryDialog", "New leads"),
                                   QT_TRANSLATE_NOOP("HistoryDialog", "New customers"),
                                   QT_TRANSLATE_NOOP("HistoryDialog", "Known"),
                                   QT_TRANSLATE_NOOP("HistoryDialog", "Rejected"),
                                   QT_TRANSLATE_NOOP("HistoryDialog", "State")))
ACTIVE_ROLE = Qt.ItemDataRole.UserRole    #: on the State cell: True while the import is not undone


class HistoryDialog(QDialog):
    undone = Signal(dict)     #: store.batches.undo_batch's answer: batch, file, removed_leads, …

    def __init__(self, db, writes: WriteRunner, parent=None, *, importing=lambda: False) -> None:
        super().__init__(parent)
        self.db, self.writes, self.importing = db, writes, importing
        self.setWindowTitle(self.tr("Import history"))
        self.resize(880, 380)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.undo_button = QPushButton(self.tr("Undo this import"))
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
            state = (self.tr("Undone %1").replace("%1", short_date(b["undone_at"])) if b["undone_at"]
                     else self.tr("Active"))
            counts = (b["new_leads"], b["new_customers"], b["known_leads"], b["skipped_rows"])
            values = (b["id"], short_date(b["imported_at"]), b["file_name"], *map(format_number, counts), state)
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
            # An import that only met known leads stays in the history but has nothing to undo.
            self.table.item(row, 7).setData(ACTIVE_ROLE, not b["undone_at"] and b["new_leads"] > 0)
        self._selection()

    def _selected(self) -> tuple[int, bool] | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return int(self.table.item(row, 0).text()), bool(self.table.item(row, 7).data(ACTIVE_ROLE))

    def _selection(self) -> None:
        chosen = self._selected()
        self.undo_button.setEnabled(bool(chosen and chosen[1]) and not self.writes.busy)

    def undo_selected(self, *, confirm: bool = True) -> None:
        chosen = self._selected()
        if not chosen:
            return
        batch_id = chosen[0]
        if confirm and QMessageBox.question(
                self, self.tr("Undo import"), self.tr("Remove the leads that import %1 added?").replace(
                    "%1", str(batch_id))) != QMessageBox.StandardButton.Yes:
            return
        if self.importing():      # its worker would wait for the import's lock, then give up
            QMessageBox.warning(self, self.tr("Cannot undo"),
                                self.tr("An import is running: undo when it has finished."))
            return
        # At 100,000 leads the undo takes seconds: in the background, the window painting meanwhile.
        if self.writes.start(lambda db: undo_batch(db, batch_id), self._finished, title=self.tr("Undo import"),
                             text=self.tr("Removing the leads that import %1 added…").replace("%1", str(batch_id)),
                             parent=self):
            self.undo_button.setEnabled(False)

    def _finished(self, outcome: WriteOutcome) -> None:
        self._selection()
        if isinstance(outcome.error, UndoRefused):
            QMessageBox.warning(self, self.tr("Cannot undo"), str(outcome.error).capitalize() + ".")
            return
        if outcome.error is not None:
            show_failure(self, outcome.error, self.writes.db_path)
            return
        self.reload()
        self.undone.emit(outcome.value)
