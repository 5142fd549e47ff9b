"""Once a day while the app runs, in a background thread with its own connection: check the database, back
it up, rotate the backups, and apply the retention setting if the user set one."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from sqlite_utils import Database

from leadinbox.store.safety import retention
from leadinbox.store.safety.backups import daily_due, folder_for, make_backup, rotate
from leadinbox.store.db import connect
from leadinbox.store.failures import explain
from leadinbox.store.safety.health import quick_check

log = logging.getLogger("leadinbox.backups")
HOUR_MS = 60 * 60 * 1000
FIRST_CHECK_MS = 60 * 1000     # not during start-up, when the window is busy reading


class BackupScheduler(QObject):
    backed_up = Signal(object)           # store.backups.Backup
    retention_applied = Signal(object)   # store.retention.RetentionPreview
    failed = Signal(str)                 # a message for the user: nothing was lost
    damaged = Signal(str)                # SQLite's quick_check found damage: no backup was made

    def __init__(self, db_path: Path, parent: QObject | None = None, *, clock=None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self._thread: threading.Thread | None = None
        self.may_run = lambda: True        # the window's check that the file is still the one it opened
        self._timer = QTimer(self, interval=HOUR_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def stop(self) -> None:
        self._timer.stop()
        self.wait()

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def check(self, *, force: bool = False) -> bool:
        """Start a backup if today's is missing (or `force`); False when nothing was started."""
        now = self.clock()
        if self.busy or not (force or daily_due(folder_for(self.db_path), now)) or not self.may_run():
            return False
        self._thread = threading.Thread(target=self._work, args=(now, "manual" if force else "daily"),
                                        name="leadinbox-backup", daemon=True)
        self._thread.start()
        return True

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def _work(self, now: datetime, reason: str) -> None:
        try:
            db = Database(connect(self.db_path))
        except Exception as exc:  # noqa: BLE001 - reported, never a crash of the thread
            self._report(exc)
            return
        try:
            verdict = quick_check(db)
            if verdict != "ok":
                # Never rotate good backups away in favour of a copy of a damaged database.
                log.error("quick_check found damage; no backup made")
                self.damaged.emit(verdict)
                return
            made = make_backup(db, self.db_path, reason, now=now)
            rotate(folder_for(self.db_path), now)
            log.info("%s backup made: %s", reason, made.path.name)
            self.backed_up.emit(made)
            months = retention.load_months(db)
            if months and reason == "daily" and retention.preview(db, months, now=now).leads:
                self.retention_applied.emit(retention.apply(db, months, now=now))
        except Exception as exc:  # noqa: BLE001
            self._report(exc)
        finally:
            db.close()

    def _report(self, exc: BaseException) -> None:
        message = explain(exc, str(folder_for(self.db_path)))
        log.error("backup failed: %s", message or repr(exc))
        self.failed.emit(message or self.tr("The backup failed (%s). Nothing was lost.") % f"{type(exc).__name__}: {exc}")
