"""Starting the window: QApplication, logging, the database, the main window."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from leadinbox import APP_NAME, __version__
from leadinbox.paths import log_dir, private_dir


def setup_logging() -> None:
    folder = private_dir(log_dir())
    handler = RotatingFileHandler(folder / "leadinbox.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("leadinbox").addHandler(handler)
    logging.getLogger("leadinbox").setLevel(logging.INFO)


def run_app(db_path: Path) -> int:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv)
    setup_logging()
    from leadinbox.store.db import StoreError, open_database
    from leadinbox.ui.errors import install_excepthook
    from leadinbox.ui.main_window import MainWindow

    install_excepthook()
    try:
        db = open_database(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, f"LeadInbox cannot open its database.\n\n{exc}")
        return 1
    window = MainWindow(db, Path(db_path))
    window.show()
    return app.exec()
