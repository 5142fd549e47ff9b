"""What the app says when it cannot simply open: another LeadInbox has the database, or the database is
damaged or not LeadInbox's (then the newest good backup is offered, never a silent fresh start)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from leadinbox import APP_NAME
from leadinbox.store.backups import folder_for, newest_good
from leadinbox.store.restore import RestoreRefused, restore_over_damaged


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
    good = newest_good(folder_for(db_path))
    if good is None:
        QMessageBox.critical(None, APP_NAME, _tr(
            "LeadInbox cannot open its database:\n\n%s\n\nThere is no backup to restore in %s. The file has been "
            "left as it is. Start LeadInbox with --db pointing to another file to begin a new database.")
            % (problem, folder_for(db_path)))
        return False
    taken = good.backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    text = _tr("LeadInbox cannot open its database:\n\n%s\n\nThe newest good backup is from %s (%s customers, "
               "%s leads). Restore it? The unreadable file is kept in the backups folder.") % (
        problem, taken, f"{good.customers:,}", f"{good.leads:,}")
    ask = ask or (lambda message: QMessageBox.question(None, APP_NAME, message) == QMessageBox.StandardButton.Yes)
    if not ask(text):
        return False
    try:
        restore_over_damaged(db_path, good.backup)
    except (RestoreRefused, OSError) as exc:
        QMessageBox.critical(None, APP_NAME, _tr("The backup could not be restored:\n\n%s") % exc)
        return False
    return True
