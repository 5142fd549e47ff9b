"""One exception hook and one error dialog with copyable details; the traceback also goes to the log."""

from __future__ import annotations

import logging
import platform
import sqlite3
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from leadinbox import __version__
from leadinbox.store.failures import explain

log = logging.getLogger("leadinbox")


def show_error(parent, title: str, message: str, details: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def expected_failure(exc: BaseException, database: Path | str | None = None) -> str | None:
    """The plain message for a failure of the disk or the database file (full, read-only, busy, damaged);
    None for a bug. The one place the window turns such an exception into words (store/failures.py)."""
    return explain(exc, database=database) if isinstance(exc, (sqlite3.Error, OSError)) else None


def show_failure(parent, exc: BaseException, database: Path | str | None = None) -> None:
    """A failed write the user can fix, said plainly in the error dialog; anything else is raised again for
    the exception hook."""
    message = expected_failure(exc, database)
    if message is None:
        raise exc
    log.warning("write failed: %s", message)
    show_error(parent, QCoreApplication.translate("Errors", "Nothing was changed"), message,
               f"{type(exc).__name__}: {exc}")


def install_excepthook(database: Path | str | None = None) -> None:
    """Unexpected errors: logged with their traceback, shown once, and the app keeps running. A failure of
    the disk or the database file that reaches it (an undo on a read-only file) is said as what it is."""
    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", text)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        message = expected_failure(exc, database)
        if message is not None:
            show_error(QApplication.activeWindow(), QCoreApplication.translate("Errors", "Nothing was changed"),
                       message, text)
            return
        # i18n: not UI (the details are for the bug report, in English)
        details = f"LeadInbox {__version__}, Python {platform.python_version()}, {platform.platform()}\n\n{text}"
        show_error(QApplication.activeWindow(), QCoreApplication.translate("Errors", "Unexpected error"),
                   QCoreApplication.translate("Errors", "Something went wrong inside LeadInbox. Your data is "
                                              "safe: nothing was half-written. The details below help us "
                                              "fix it."),
                   details)
    sys.excepthook = hook
