"""One window per database: the first LeadInbox holds the lock (store/lock.py) and listens on a local socket;
a second one started on the same database hands its files over and the first window comes to the front.

The socket is a local (Unix domain / named pipe) one, readable by this user only: not a network connection.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from leadinbox.store.lock import InstanceLock

WAIT_MS = 3000   # the second process waits this long for the first to answer


def server_name(db_path: Path) -> str:
    """One name per user and database file."""
    who = f"{getpass.getuser()}\x1f{Path(db_path).resolve()}"
    return "leadinbox-" + hashlib.sha256(who.encode()).hexdigest()[:20]


class SingleInstance(QObject):
    """`claim()` in the first process; `hand_over(files)` in any later one. The first emits `files_received`
    with the paths the later one was started with (possibly none: then it only comes to the front)."""

    files_received = Signal(list)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = InstanceLock(Path(db_path))
        self.name = server_name(db_path)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True for the first LeadInbox on this database: it now holds the lock and listens."""
        if not self.lock.acquire():
            return False
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket left by a LeadInbox that was killed is stale: remove it.
        QLocalServer.removeServer(self.name)
        if not self.server.listen(self.name):   # handing over is a convenience: the lock is what matters
            self.server = None
            return True
        self.server.newConnection.connect(self._accept)
        return True

    def holder(self) -> int | None:
        return self.lock.holder()

    def hand_over(self, files: list[Path]) -> bool:
        """Send `files` to the running LeadInbox; False when it does not answer (then say it is open)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(WAIT_MS):
            return False
        socket.write((json.dumps({"files": [str(Path(f).resolve()) for f in files]}) + "\n").encode())
        answered = socket.waitForBytesWritten(WAIT_MS) and socket.waitForReadyRead(WAIT_MS)
        ok = answered and bytes(socket.readAll()).strip() == b"ok"
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()

    def _accept(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        try:
            message = json.loads(bytes(socket.readLine()).decode())
            files = [Path(f) for f in message.get("files", []) if isinstance(f, str)]
        except (ValueError, AttributeError, UnicodeDecodeError):
            socket.write(b"error\n")
            return
        socket.write(b"ok\n")
        socket.flush()
        self.files_received.emit(files)
