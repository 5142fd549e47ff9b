"""File › Restore backup…: the backups with their date, kind and counts; restoring one asks first and says
that the current database is backed up before it is replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from leadinbox.store.safety.backups import BackupInfo, folder_for, inspect, list_backups
from leadinbox.ui.language.i18n import format_datetime, format_number


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def reason_label(reason: str) -> str:
    if reason == "daily":
        return _tr("Daily")
    if reason == "manual":
        return _tr("Backed up by you")
    if reason == "before-restore":
        return _tr("Before a restore")
    if reason == "before-undo":
        return _tr("Before an undone import")
    if reason.startswith("before-m"):
        return _tr("Before an update")
    return reason


class RestoreDialog(QDialog):
    """Lists the backups; `restore_requested(Backup)` once the user has confirmed one."""

    restore_requested = Signal(object)

    def __init__(self, db_path: Path, current: tuple[int, int], parent=None, *, confirm=None) -> None:
        super().__init__(parent)
        self.db_path, self.current = Path(db_path), current
        # Tests answer the confirmation themselves; the app asks with a message box.
        self.confirm = confirm or self._ask
        self.setWindowTitle(self.tr("Restore backup"))
        self.resize(760, 400)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Customers"),
                                              self.tr("Leads"), self.tr("State")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.note = QLabel(self.tr("Backups are kept in %s: one a day for a week, then one a week for four "
                                   "weeks, and a copy before every update or restore.") % folder_for(self.db_path))
        self.note.setWordWrap(True)
        self.empty = QLabel(self.tr("No backups yet. LeadInbox makes one each day it runs, and File › Back up "
                                    "now makes one at once."), wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection)
        self.reload()

    def reload(self) -> None:
        self.infos: list[BackupInfo] = [inspect(b) for b in list_backups(folder_for(self.db_path))]
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            values = (format_datetime(info.backup.taken_at.astimezone()), reason_label(info.backup.reason),
                      "" if info.customers is None else format_number(info.customers),
                      "" if info.leads is None else format_number(info.leads), info.problem or self.tr("Readable"))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if self.infos:
            self.table.selectRow(0)
        # An empty table says nothing: the words say why there is nothing to restore.
        self.table.setVisible(bool(self.infos))
        self.empty.setVisible(not self.infos)
        self._selection()

    def selected(self) -> BackupInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.infos[rows.pop()] if len(rows) == 1 else None

    def _selection(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.problem is None)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or info.problem is not None:
            return
        if self.confirm(info):
            self.restore_requested.emit(info.backup)
            self.accept()

    def _ask(self, info: BackupInfo) -> bool:
        taken = format_datetime(info.backup.taken_at.astimezone())
        text = self.tr("Replace the current database (%s customers, %s leads) with the backup of %s (%s "
                       "customers, %s leads)?\n\nThe current database is backed up first, so this can be undone "
                       "by restoring that copy. People you erased since the backup stay erased.") % (
            format_number(self.current[0]), format_number(self.current[1]), taken, format_number(info.customers), format_number(info.leads))
        return QMessageBox.question(self, self.tr("Restore backup"), text) == QMessageBox.StandardButton.Yes

