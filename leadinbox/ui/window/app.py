"""Starting the window: QApplication, logging, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from leadinbox import APP_ID, APP_NAME, __version__
from leadinbox.logs import setup_logging as _private_log
from leadinbox.paths import log_dir


def setup_logging() -> None:
    _private_log(log_dir())      # 0600 files in a 0700 folder, personal data scrubbed


def run_app(db_path: Path, files: list[Path] | None = None, *, smoke: bool | str = False) -> int:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)  # Wayland/X11 match the window to the installed .desktop
    app = QApplication.instance() or QApplication(sys.argv)
    from leadinbox.ui.jobs.collector import CycleCollector
    collector = CycleCollector(app)       # noqa: F841 - Python's cycles collected on the GUI thread only
    from leadinbox.ui.language import i18n
    from leadinbox.ui.window.app_icon import app_icon
    app.setWindowIcon(app_icon())
    i18n.start(QSettings())                     # the language: settings, else the system's
    setup_logging()
    from leadinbox.store.db import StoreError
    from leadinbox.ui.window.errors import install_excepthook
    from leadinbox.ui.window.main_window import MainWindow

    from leadinbox.ui.window.startup import (claim_or_hand_over, files_from_another_start, open_or_offer_backup,
                                             say_if_read_only)
    install_excepthook(Path(db_path))
    instance = claim_or_hand_over(Path(db_path), list(files or []))
    if isinstance(instance, int):
        return instance           # another LeadInbox has this database: handed over to it, or said so
    try:
        db = open_or_offer_backup(Path(db_path))
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "App", "LeadInbox cannot open its database.\n\n%1").replace("%1", str(exc)))
        return 1
    if db is None:
        return 1
    window = MainWindow(db, Path(db_path))
    window.instance = instance
    instance.files_received.connect(lambda files: files_from_another_start(window, files))
    window.safety.start()
    window.show()
    QTimer.singleShot(0, lambda: say_if_read_only(window))
    if files:       # (its search step writes any search entries a quit left unwritten, too)
        QTimer.singleShot(0, lambda: window.imports.import_files(list(files)))
    else:
        QTimer.singleShot(0, window.imports.resume_search)
    if smoke:
        QTimer.singleShot(0, lambda: _smoke_done(app, window, smoke))
    try:
        return app.exec()
    finally:
        window.jobs.wait()      # quit without the window's close (a session ending): a write commits first
        instance.release()


def _smoke_done(app: QApplication, window, shot: bool | str) -> None:
    """`leadinbox open --smoke [PNG]`: the window was built and painted; say so and quit."""
    picture = window.grab()
    if isinstance(shot, str):
        picture.save(shot)
    from leadinbox.ui.language import i18n
    frozen = ", bundled" if getattr(sys, "frozen", False) else ""
    icon = "set" if not app.windowIcon().isNull() else "missing"
    print(f"{APP_NAME} {__version__} started{frozen}: {QGuiApplication.platformName()}, "
          f"{window.source.count_all()} customers, icon {icon}, "
          f"language {i18n.current_language()} ({', '.join(i18n.loaded_files())})")
    app.quit()
