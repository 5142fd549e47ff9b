"""Settings › General › Data folder: where the data lives, and Move… to another folder.

The move happens when the user clicks OK, after every other page has saved into the current database, and
LeadInbox then closes: nothing can write to the old folder after the copy.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from leadinbox import APP_NAME
from leadinbox.paths import DATA_ENV, DB_NAME, data_dir, remember_data_dir
from leadinbox.store.safety.data_move import MoveRefused, check_target, move_data_folder
from leadinbox.ui.language.i18n import Labels

REFUSALS = Labels("DataFolderRow", {
    "same": QT_TRANSLATE_NOOP("DataFolderRow", "that is the current data folder"),
    "nested": QT_TRANSLATE_NOOP("DataFolderRow",
                                "the new folder cannot be inside the current one, nor hold it"),
    "not_empty": QT_TRANSLATE_NOOP("DataFolderRow",
                                   "the folder is not empty; choose an empty or a new folder"),
    "bad_copy": QT_TRANSLATE_NOOP("DataFolderRow",
                                  "the copy of the database did not check out; nothing was moved"),
})


def _why(exc: Exception) -> str:
    return REFUSALS.get(getattr(exc, "code", ""), str(exc))     # an OSError keeps the system's own words


class DataFolderRow(QWidget):
    """`choose()` picks the new folder (checked at once), `move_now()` copies and remembers it."""

    def __init__(self, db, db_path: Path, *, busy: Callable[[], bool] = lambda: False, parent=None) -> None:
        super().__init__(parent)
        self.db, self.source, self.busy = db, Path(db_path).parent, busy
        self.pending: Path | None = None
        self.path = QLabel(str(self.source), textFormat=Qt.TextFormat.PlainText, wordWrap=True,
                           textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(wordWrap=True)
        self.note.hide()
        self.button = QPushButton(self.tr("&Move…"))
        self.button.clicked.connect(self.choose)
        reason = self._cannot_move(db_path)
        self.button.setEnabled(reason is None)
        self.button.setToolTip(reason or self.tr("Copy the database and its backups to another folder"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.note)

    def _cannot_move(self, db_path: Path) -> str | None:
        if os.environ.get(DATA_ENV):
            return self.tr("The LEADINBOX_DATA_DIR environment variable sets the data folder.")
        if Path(db_path).resolve() != (data_dir() / DB_NAME).resolve():
            return self.tr("This database was opened with --db or LEADINBOX_DB, outside the data folder.")
        return None

    def choose(self, folder: Path | None = None) -> bool:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Move the data folder to"),
                                                      str(Path.home()))
            if not chosen:
                return False
            folder = Path(chosen)
        # A folder that already holds files gets a LeadInbox folder inside: the data never mixes with them.
        if folder.exists() and any(folder.iterdir()):
            folder = folder / APP_NAME
        try:
            check_target(self.source, folder)
        except MoveRefused as exc:
            QMessageBox.warning(self, self.tr("Data folder"),
                                self.tr("Cannot move there: %1.").replace("%1", _why(exc)))
            return False
        self.pending = folder
        self.note.setText(self.tr("Moves to %1 when you click OK; LeadInbox then closes, and works from "
                                  "there when you start it again.").replace("%1", str(folder)))
        self.note.show()
        return True

    def move_now(self) -> bool:
        """Copy to the chosen folder and remember it; False (the user is told why) when it did not happen."""
        if self.pending is None:
            return False
        if self.busy():
            QMessageBox.warning(self, self.tr("Data folder"),
                                self.tr("An import is running; move the data folder when it has finished."))
            return False
        try:
            move_data_folder(self.db, self.source, self.pending)
            remember_data_dir(self.pending)
        except (MoveRefused, OSError) as exc:
            QMessageBox.warning(self, self.tr("Data folder"),
                                self.tr("The data folder was not moved: %1").replace("%1", _why(exc)))
            return False
        done = self.tr("Your data is now in %1. LeadInbox closes now; start it again to work from there. "
                       "The old folder %2 is kept until you delete it.")
        QMessageBox.information(self, self.tr("Data folder"),
                                done.replace("%1", str(self.pending)).replace("%2", str(self.source)))
        return True
