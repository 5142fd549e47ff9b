"""What the app says when it cannot simply open: another LeadInbox has the database, or the database is
damaged, not LeadInbox's or missing beside its backups (then the newest good backup is offered, never a silent
fresh start)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from leadinbox import APP_NAME
from leadinbox.store.safety.backups import folder_for, newest_good
from leadinbox.store.safety.restore import RestoreRefused, restore_over_damaged
from leadinbox.ui.language.i18n import format_datetime, format_number


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenProblems", text)


def already_running(pid: int | None) -> None:
    text = _tr("LeadInbox is already open on this database (process %d), but did not answer. Switch to its "
               "window; if it hangs, close it and start LeadInbox again.") % pid if pid else _tr(
        "LeadInbox is already open on this database, but did not answer. Switch to its window; if it hangs, "
        "close it and start LeadInbox again.")
    QMessageBox.information(None, APP_NAME, text)


def offer_backup(db_path: Path, problem: str, *, ask=None) -> bool:
    """The database could not be opened: offer the newest good backup. True when it was restored (open the
    database again); False to quit. The unreadable file is moved into the backups folder, never deleted."""
    good = newest_good(folder_for(db_path), of=db_path)
    if good is None:
        QMessageBox.critical(None, APP_NAME, _tr(
            "LeadInbox cannot open its database:\n\n%s\n\nThere is no backup to restore in %s. The file has been "
            "left as it is. Start LeadInbox with --db pointing to another file to begin a new database.")
            % (problem, folder_for(db_path)))
        return False
    taken = format_datetime(good.backup.taken_at.astimezone())
    text = _tr("LeadInbox cannot open its database:\n\n%s\n\nThe newest good backup is from %s (%s customers, "
               "%s leads). Restore it? The unreadable file is kept in the backups folder.") % (
        problem, taken, format_number(good.customers), format_number(good.leads))
    ask = ask or (lambda message: QMessageBox.question(None, APP_NAME, message) == QMessageBox.StandardButton.Yes)
    if not ask(text):
        return False
    return _restore(db_path, good.backup)


def _restore(db_path: Path, backup) -> bool:
    """Put `backup` in place of the database file; False (and said) when that fails."""
    try:
        restore_over_damaged(db_path, backup)
    except (RestoreRefused, OSError) as exc:
        QMessageBox.critical(None, APP_NAME, _tr("The backup could not be restored:\n\n%s") % exc)
        return False
    return True


RESTORE, EMPTY, QUIT = "restore", "empty", "quit"


def offer_for_missing(db_path: Path, *, choose=None) -> bool:
    """The database file is not there but its backups folder has backups (the file was moved or deleted): offer
    the newest good one (the default), an empty database, or quitting. True to go on and open the path."""
    good = newest_good(folder_for(db_path), of=db_path)
    if good is None:
        return True                                   # nothing to offer: a first start, as before
    taken = format_datetime(good.backup.taken_at.astimezone())
    text = _tr("The database file %1 does not exist: it was moved, renamed or deleted. Its backups folder still "
               "has backups; the newest good one is from %2 (%3 customers, %4 leads).\n\nRestore that backup, "
               "start with an empty database, or quit (to put the file back yourself first)?").replace(
        "%1", str(db_path)).replace("%2", taken).replace("%3", format_number(good.customers)).replace(
        "%4", format_number(good.leads))
    choice = (choose or _choose)(text)
    if choice == EMPTY:
        return True
    if choice != RESTORE:
        return False
    return _restore(db_path, good.backup)


def _choose(text: str) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text)
    restore = box.addButton(_tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton(_tr("Start empty"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    return RESTORE if clicked is restore else EMPTY if clicked is empty else QUIT
