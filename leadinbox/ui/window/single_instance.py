"""One window per database: the first LeadInbox holds the lock (store/lock.py) and watches a private mailbox
folder beside the database; a second one started on it leaves its files there and the first comes to the
front and imports them. Files and a folder watcher only: no socket of any kind."""

from __future__ import annotations

import json
import os
import secrets
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from leadinbox.paths import private_dir
from leadinbox.store.lock import DatabaseInUse, InstanceLock

WAIT_S = 3.0              # the second process waits this long for the first to take its message
POLL_MS = 1000            # besides the watcher (which a network drive may not serve), a look once a second


def mailbox(db_path: Path) -> Path:
    return Path(f"{db_path}.handover")


class SingleInstance(QObject):
    """`claim()` in the first process; `hand_over(files)` in any later one. The first emits `files_received`
    with the paths the later one was started with (possibly none: then it only comes to the front)."""

    files_received = Signal(list)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = InstanceLock(Path(db_path))
        # Held with the lock: no command removes or replaces the file while the window has it open.
        self.in_use = DatabaseInUse(Path(db_path))
        self.inbox = mailbox(Path(db_path))
        self.watcher: QFileSystemWatcher | None = None
        self._timer: QTimer | None = None

    def claim(self) -> bool:
        """True for the first LeadInbox on this database: it now holds the lock and reads the mailbox."""
        if not self.lock.acquire():
            return False
        self.in_use.share()
        private_dir(self.inbox)
        for stale in self.inbox.iterdir():          # left by a start while no LeadInbox was running
            stale.unlink(missing_ok=True)
        self.watcher = QFileSystemWatcher([str(self.inbox)], self)
        self.watcher.directoryChanged.connect(self.drain)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.drain)
        self._timer.start()
        return True

    def holder(self) -> int | None:
        return self.lock.holder()

    def move_to(self, db_path: Path) -> bool:
        """The database now lives at `db_path` (written there after its file was pulled away): hold the lock
        and read the mailbox there, so a second start on the new path finds this window and one on the old
        path may open it afresh. False, keeping the old ones, when another LeadInbox holds the new lock."""
        lock = InstanceLock(Path(db_path))
        if not lock.acquire():
            return False
        for helper in (self.watcher, self._timer):
            if helper is not None:
                helper.deleteLater()
        self.release()
        self.lock, self.inbox = lock, mailbox(Path(db_path))
        self.in_use = DatabaseInUse(Path(db_path))
        self.claim()                                 # the lock is held: this sets up the new mailbox
        return True

    def hand_over(self, files: list[Path], *, wait_s: float | None = None) -> bool:
        """Leave `files` for the running LeadInbox; False when it did not take them in time (then say so)."""
        if not self.inbox.is_dir():
            return False
        name = f"{os.getpid()}-{secrets.token_hex(4)}"
        message = self.inbox / f"{name}.json"
        partial = self.inbox / f".{name}.part"
        fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"files": [str(Path(f).resolve()) for f in files]}, out)
        os.replace(partial, message)                 # appears whole, or not at all
        deadline = time.monotonic() + (WAIT_S if wait_s is None else wait_s)
        while time.monotonic() < deadline:
            if not message.exists():
                return True
            time.sleep(0.05)                         # the second process has nothing else to do meanwhile
        try:
            message.unlink()                         # not taken: take it back
        except FileNotFoundError:
            return True                              # taken at the last moment
        return False

    def release(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            try:
                self.inbox.rmdir()                   # only when empty: a message arriving now stays
            except OSError:
                pass
        self.watcher = self._timer = None
        self.in_use.release()
        self.lock.release()

    def drain(self) -> None:
        """Take every message in the mailbox: the window comes to the front once per message."""
        for message in sorted(self.inbox.glob("*.json")):
            try:
                data = json.loads(message.read_text(encoding="utf-8"))
                message.unlink()
            except (OSError, ValueError):
                message.unlink(missing_ok=True)
                continue
            files = data.get("files", []) if isinstance(data, dict) else []
            self.files_received.emit([Path(f) for f in files if isinstance(f, str)])
