"""Notices when the database file is deleted, moved or replaced while the window is open, and writes what the
window still has open back (to its place or another) before anything opens the path again."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from leadinbox.store.safety.backups import folder_for
from leadinbox.store.db import StoreError, backup_database
from leadinbox.store.db_file import GONE, identity, problem, write_back
from leadinbox.store.failures import explain
from leadinbox.store.lock import InstanceLock

log = logging.getLogger("leadinbox.guard")
BACK, ELSEWHERE, QUIT = "back", "elsewhere", "quit"


class DatabaseGuard(QObject):
    """`check()` before anything that opens the database by its path (import, backup, restore) and on the
    clock; the file watcher calls it at once. The connection the window holds still reads a deleted file,
    so what was done meanwhile is in it and is written back whole."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.opened = identity(window.db_path)
        # Seams for tests: the user's choice, the place they pick, and how they are told.
        self.ask = self._ask
        self.choose_path = self._choose_path
        self.tell = lambda title, text: QMessageBox.warning(window, title, text)
        self._busy = self._stopped = False
        self._soon = QTimer(self, singleShot=True, interval=200)   # a burst of file events, one check
        self._soon.timeout.connect(self.check)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._soon.start)
        self.watcher.directoryChanged.connect(self._soon.start)
        self._watch()

    def _watch(self) -> None:
        for paths in (self.watcher.files(), self.watcher.directories()):
            if paths:
                self.watcher.removePaths(paths)
        path = Path(self.window.db_path)
        for watched in (path, path.parent):
            if watched.exists():
                self.watcher.addPath(str(watched))

    def stop(self) -> None:
        """The window closes: no more questions about its file."""
        self._soon.stop()
        for paths in (self.watcher.files(), self.watcher.directories()):
            if paths:
                self.watcher.removePaths(paths)
        self._stopped = True

    def check(self) -> bool:
        """True when the file at the path is the one the window has open (again, after a write-back)."""
        if self._busy or self._stopped:
            return False
        what = problem(self.window.db_path, self.opened)
        if what is None:
            return True
        log.warning("the database file is %s; writing stopped until the user chooses", what)
        self._busy = True
        try:
            return self._resolve(what)
        finally:
            self._busy = False

    def _resolve(self, what: str) -> bool:
        path = Path(self.window.db_path)
        while True:
            choice = self.ask(self._text(what, path))
            if choice not in (BACK, ELSEWHERE, QUIT):
                continue                                  # closed with Escape: no choice is no answer
            if choice == QUIT:
                self._quit(path)
                return False
            target = path if choice == BACK else self.choose_path()
            if target is None:
                continue
            if Path(target) != path and _open_in_another_window(Path(target)):
                self.tell(self.tr("Could not write the database"), self.tr(
                    "LeadInbox is open on %1 in another window: choose another place.").replace("%1", str(target)))
                continue
            try:
                self.opened = write_back(self.window.db, Path(target))
            except (StoreError, sqlite3.Error, OSError) as exc:
                self.tell(self.tr("Could not write the database"), explain(exc, str(Path(target).parent))
                          or f"{type(exc).__name__}: {exc}")
                continue
            if Path(target) != path:
                self.window.use_database_at(Path(target))
            self._watch()
            self.window.refresh()
            self.window.status.say(self.tr("The database was written to %1; nothing was lost.")
                                            .replace("%1", str(target)))
            return True

    def _text(self, what: str, path: Path) -> str:
        start = (self.tr("The database file %1 was deleted or moved while LeadInbox was open.") if what == GONE
                 else self.tr("The database file %1 was replaced by another file while LeadInbox was open."))
        return (start.replace("%1", str(path)) + "\n\n" + self.tr(
            "LeadInbox still has your data open, with everything you did since: nothing is lost, and nothing is "
            "written until you choose. Write it back there and continue, save it in another place and continue "
            "there, or quit (a copy is then kept in the backups folder)."))

    def _quit(self, path: Path) -> None:
        try:
            copy = backup_database(self.window.db, folder_for(path), reason="before-quit")
            log.warning("database gone; a copy was kept before quitting: %s", copy.name)
            self.tell(self.tr("LeadInbox quits"), self.tr("A copy of the database as LeadInbox had it is kept as "
                                                         "%1. Restore it with File › Restore backup… or "
                                                         "`leadinbox restore`.").replace("%1", str(copy)))
        except (sqlite3.Error, OSError) as exc:
            log.error("no copy could be kept before quitting: %r", exc)
        self.stop()
        QTimer.singleShot(0, self.window.close)

    def _ask(self, text: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The database file is gone"), text, parent=self.window)
        back = box.addButton(self.tr("Write it back"), QMessageBox.ButtonRole.AcceptRole)
        elsewhere = box.addButton(self.tr("Save in another place…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(back)
        box.exec()
        clicked = box.clickedButton()
        if clicked is None:
            return ""
        return BACK if clicked is back else ELSEWHERE if clicked is elsewhere else QUIT

    def _choose_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the database"),
                                              str(self.window.db_path), self.tr("LeadInbox database (*.sqlite)"))
        return Path(name) if name else None


def _open_in_another_window(db_path: Path) -> bool:
    """Another LeadInbox holds that database's lock: writing there would replace the file under it."""
    probe = InstanceLock(db_path)
    if not probe.acquire():
        return True
    probe.release()
    return False
