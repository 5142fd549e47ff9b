"""The two checks before the window opens: is another LeadInbox on this database, and can it be opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from leadinbox.store.database import Database

from leadinbox.store.db import NotALeadInboxDatabase, can_write, open_database
from leadinbox.store.safety.health import first_read
from leadinbox.ui.window.open_problems import already_running, offer_backup, offer_for_missing
from leadinbox.ui.window.single_instance import SingleInstance


def claim_or_hand_over(db_path: Path, files: list[Path]) -> SingleInstance | int:
    """The instance to keep (this is the first LeadInbox on the database), or the exit status after handing
    `files` over to the running one (0) or telling the user it does not answer (1)."""
    instance = SingleInstance(db_path)
    if instance.claim():
        return instance
    if instance.hand_over(files):
        print(QCoreApplication.translate("Startup", "LeadInbox is already open on this database: its window was "
                                         "brought to the front and imports the files.") if files else
              QCoreApplication.translate("Startup", "LeadInbox is already open on this database: its window was "
                                         "brought to the front."))
        return 0
    already_running(instance.holder())
    return 1


def open_or_offer_backup(db_path: Path, *, ask=None, choose=None) -> Database | None:
    """The database, opened; when it is damaged or not LeadInbox's, or missing while its backups folder has
    backups, the newest good backup is offered (None: the user chose to quit). A database from a newer
    LeadInbox raises DatabaseTooNew (no backup of ours would help)."""
    if not Path(db_path).exists() and not offer_for_missing(Path(db_path), choose=choose):
        return None
    for _attempt in range(2):
        db = None
        try:
            db = open_database(db_path)
            first_read(db)
            return db
        except NotALeadInboxDatabase as exc:
            problem = str(exc)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):
                raise
            problem = QCoreApplication.translate("Startup", "the database file is damaged (%s)") % exc
            db.close()
        if not offer_backup(db_path, problem, ask=ask):
            return None
    return None


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)      # said as the window said it before


def say_if_read_only(window) -> bool:
    """Once at start: a database that cannot be written is said before the first change fails (the data can
    still be read). True when it was said."""
    if can_write(window.db):
        return False
    window.status.say(_tr("Read only: the database file cannot be written."))
    QMessageBox.warning(window, _tr("Read only"), _tr(
        "LeadInbox cannot write to its database (%1): the file is read-only. You can look at your leads, "
        "but nothing you change can be saved until the file is writable again.").replace("%1", str(window.db_path)))
    return True


def files_from_another_start(window, files: list) -> None:
    """LeadInbox was started again on this database (e.g. *Open with* on a file): the window comes to the front
    and imports what it was given."""
    if QGuiApplication.platformName() != "offscreen":     # (no windows to raise there)
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
    if files:
        window.imports.import_files(files)
