"""Starting the window: QApplication, logging, the database, the main window."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from leadinbox import APP_ID, APP_NAME, __version__
from leadinbox.paths import log_dir, private_dir


def setup_logging() -> None:
    folder = private_dir(log_dir())
    handler = RotatingFileHandler(folder / "leadinbox.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("leadinbox").addHandler(handler)
    logging.getLogger("leadinbox").setLevel(logging.INFO)


def run_app(db_path: Path, files: list[Path] | None = None, *, smoke: bool | str = False) -> int:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)  # Wayland/X11 match the window to the installed .desktop
    app = QApplication.instance() or QApplication(sys.argv)
    from leadinbox.ui import i18n
    from leadinbox.ui.app_icon import app_icon
    app.setWindowIcon(app_icon())
    i18n.start(QSettings())                     # the language: settings, else the system's
    setup_logging()
    from leadinbox.store.db import StoreError, open_database
    from leadinbox.ui.errors import install_excepthook
    from leadinbox.ui.main_window import MainWindow

    install_excepthook()
    try:
        db = open_database(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "App", "LeadInbox cannot open its database.\n\n%1").replace("%1", str(exc)))
        return 1
    window = MainWindow(db, Path(db_path))
    window.show()
    if files:
        QTimer.singleShot(0, lambda: window.import_files(list(files)))
    if smoke:
        QTimer.singleShot(0, lambda: _smoke_done(app, window, smoke))
    return app.exec()


def _smoke_done(app: QApplication, window, shot: bool | str) -> None:
    """`leadinbox open --smoke [PNG]`: the window was built and painted; say so and quit."""
    picture = window.grab()
    if isinstance(shot, str):
        picture.save(shot)
    from leadinbox.ui import i18n
    frozen = ", bundled" if getattr(sys, "frozen", False) else ""
    icon = "set" if not app.windowIcon().isNull() else "missing"
    print(f"{APP_NAME} {__version__} started{frozen}: {QGuiApplication.platformName()}, "
          f"{window.source.count_all()} customers, icon {icon}, "
          f"language {i18n.current_language()} ({', '.join(i18n.loaded_files())})")
    app.quit()
