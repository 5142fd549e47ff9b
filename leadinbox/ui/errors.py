"""One exception hook and one error dialog with copyable details; the traceback also goes to the log."""

from __future__ import annotations

import logging
import platform
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from leadinbox import __version__

log = logging.getLogger("leadinbox")


def show_error(parent, title: str, message: str, details: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Unexpected errors: logged with their traceback, shown once, and the app keeps running."""
    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", text)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        # i18n: not UI (the details are for the bug report, in English)
        details = f"LeadInbox {__version__}, Python {platform.python_version()}, {platform.platform()}\n\n{text}"
        show_error(QApplication.activeWindow(), QCoreApplication.translate("Errors", "Unexpected error"),
                   QCoreApplication.translate("Errors", "Something went wrong inside LeadInbox. Your data is "
                                              "safe: nothing was half-written. The details below help us "
                                              "fix it."),
                   details)
    sys.excepthook = hook
