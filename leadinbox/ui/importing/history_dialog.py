"""File › Import history: every import with its counts, and Undo this import."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from leadinbox.store.batches import UndoPlan, UndoRefused, list_batches, undo_plan, undo_with_backup
from leadinbox.ui.window.errors import show_failure
from leadinbox.ui.language.i18n import Texts, format_number
from leadinbox.ui.inbox.columns import short_date
from leadinbox.ui.window.screen_fit import resize_to_screen
from leadinbox.ui.importing.undo_confirm import UndoConfirmation
from leadinbox.core.changes import Changes
from leadinbox.ui.jobs import Jobs, Outcome

COLUMNS = Texts("HistoryDialog", ("#", QT_TRANSLATE_NOOP("HistoryDialog", "Imported"),
                                   QT_TRANSLATE_NOOP("HistoryDialog", "File"),
                                   QT_TRANSLATE_NOOP("HistoryDialog", "New leads"),
                                   QT_TRANSLATE_NOOP("HistoryDialog", "New customers"),
                                   QT_TRANSLATE_NOOP("HistoryDialog", "Known"),
                                   QT_TRANSLATE_NOOP("HistoryDialog", "Rejected"),
                                   QT_TRANSLATE_NOOP("HistoryDialog", "State")))
ACTIVE_ROLE = Qt.ItemDataRole.UserRole    #: on the State cell: True while the import is not undone
FILE_COLUMN = 2
FILE_WIDTH = 240      #: room the file name gets before it is shortened in the middle (full name in the tooltip)


class _RowsTable(QTableWidget):
    """A table of whole rows: Home and End go to the first and the last import (Qt's table moves along the
    row's columns, which a row-selecting table never shows)."""

    def moveCursor(self, action, modifiers):
        rows = self.rowCount()
        if rows and action in (self.CursorAction.MoveHome, self.CursorAction.MoveEnd):
            row = 0 if action == self.CursorAction.MoveHome else rows - 1
            return self.model().index(row, max(self.currentIndex().column(), 0))
        return super().moveCursor(action, modifiers)


class HistoryDialog(QDialog):
    undone = Signal(dict)     #: store.batches.undo_batch's answer: batch, file, removed_leads, …

    def __init__(self, db, jobs: Jobs, parent=None) -> None:
        super().__init__(parent)
        self.db, self.jobs = db, jobs
        self.reading = None          # the job reading what an undo would remove
        self.ask = lambda box: box.exec()       #: shows the confirmation; tests answer it instead
        self.setWindowTitle(self.tr("Import history"))
        self.table = _RowsTable(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Dates, counts and states are as wide as their text in the language shown (a Chinese date with its
        # 下午 is wider than the English one); only the file name gives way, shortened in the middle.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.Stretch)
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
        wanted = self.sizeHint()
        resize_to_screen(self, max(wanted.width(), 640), max(wanted.height(), 380))

    def sizeHint(self) -> QSize:
        """Wide enough for every column but the file name in full, and the file name its share."""
        hint = super().sizeHint()
        header = self.table.horizontalHeader()
        others = sum(max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
                     for c in range(len(COLUMNS)) if c != FILE_COLUMN)
        frame = self.table.frameWidth() * 2 + self.table.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        return QSize(max(hint.width(), others + FILE_WIDTH + frame + margins.left() + margins.right()), hint.height())

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
            self.table.item(row, FILE_COLUMN).setToolTip(b["file_name"])
            for col in (0, 3, 4, 5, 6):
                self.table.item(row, col).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            # An import that only met known leads stays in the history but has nothing to undo.
            self.table.item(row, 7).setData(ACTIVE_ROLE, not b["undone_at"] and b["new_leads"] > 0)
        self._selection()
        # Read again while shown (an undo): 'Undone 6 Dec 2026 9:20 AM' is wider than 'Active', and the file
        # names, the only column that gives way, were left 'salesfor…port.csv' in a dialog that kept its width.
        wanted = self.sizeHint()
        if self.isVisible() and wanted.width() > self.width():
            resize_to_screen(self, wanted.width(), self.height())

    def _selected(self) -> tuple[int, bool] | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return int(self.table.item(row, 0).text()), bool(self.table.item(row, 7).data(ACTIVE_ROLE))

    def _selection(self) -> None:
        chosen = self._selected()
        self.undo_button.setEnabled(bool(chosen and chosen[1]) and self.jobs.writing is None and self.reading is None)

    def undo_selected(self, *, confirm: bool = True) -> None:
        """First what the undo would remove (read beside the GUI thread), then the question, then the undo.
        `confirm=False` answers Yes, never to removing worked-on leads (the undo then refuses)."""
        chosen = self._selected()
        if not chosen:
            return
        if self.jobs.busy("import"):      # the undo would wait for the import's lock, then give up
            QMessageBox.warning(self, self.tr("Cannot undo"),
                                self.tr("An import is running: undo when it has finished."))
            return
        batch_id = chosen[0]
        # A third of a second at 100,000 leads: a stall on the GUI thread, and too short for a busy window.
        self.reading = self.jobs.read(lambda task: undo_plan(task.db, batch_id), name="undo-plan", parent=self)
        self.reading.on_done(lambda outcome: self._planned(outcome, confirm)).run()
        self.undo_button.setEnabled(False)

    def _planned(self, outcome: Outcome, confirm: bool) -> None:
        if self.reading is None:          # the dialog was closed meanwhile: nothing to ask over
            return
        self.reading = None
        self._selection()
        if outcome.error is not None:
            self._failed(outcome.error)
            return
        plan: UndoPlan = outcome.value
        if confirm:
            box = UndoConfirmation(plan, self)
            self.ask(box)
            if not box.confirmed():
                return
        # At 100,000 leads the undo takes seconds: in the background, the window painting meanwhile.
        # Only the work the user was shown may go: more since (another window) refuses.
        allowed = plan.worked if confirm else 0
        # A copy of the database first ("before-undo"): what the undo removes can be restored.
        path = self.jobs.db_path
        job = self.jobs.write(lambda task: undo_with_backup(task.db, path, plan.batch, worked_allowed=allowed),
                              name="undo-import", changes=Changes.of(imports=[plan.batch]))
        job.modal(self.tr("Undo import"), self.tr("Backing up the database, then removing the leads that %1 "
                                                  "added…").replace("%1", plan.file), self)
        if job.on_done(self._finished).run() is not None:
            self.undo_button.setEnabled(False)

    def _finished(self, outcome: Outcome) -> None:
        self._selection()
        if outcome.error is not None:
            self._failed(outcome.error)
            return
        self.reload()
        self.undone.emit(outcome.value)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UndoRefused):
            show_failure(self, error, self.jobs.db_path)
            return
        texts = {"unknown": self.tr("This import is no longer in the history."),
                 "undone": self.tr("This import was already undone."),
                 "empty": self.tr("This import added no new leads, so there is nothing to undo."),
                 "worked": self.tr("%Ln of its leads have been worked on since you were asked; nothing was "
                                   "removed. Choose Undo again to see whose work would be lost.", "",
                                   error.worked)}
        text = texts.get(error.reason) or self.tr("This import cannot be undone.")
        QMessageBox.warning(self, self.tr("Cannot undo"), text)
        self.reload()

    def done(self, result: int) -> None:
        reading, self.reading = self.reading, None
        if reading is not None:     # a question arriving after the window closed would have nothing to ask over
            reading.cancel()
            reading.wait()
        super().done(result)
