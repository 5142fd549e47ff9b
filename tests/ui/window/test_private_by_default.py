"""Private by default: no network connection of its own, files readable by the user only, and logs that name
customers by id, never by email, phone or name."""

from __future__ import annotations

import logging
import os
import socket
import stat
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from leadinbox.logs import setup_logging
from leadinbox.store.safety import backups
from leadinbox.store.db import open_database
from leadinbox.store.safety.erase import customer_for_email, erase_email
from leadinbox.store.importing.entry import import_path
from leadinbox.store.lock import InstanceLock
from leadinbox.store.safety.restore import restore_backup
from leadinbox.ui.inbox.columns import CUSTOMER_ID_ROLE

NET_FAMILIES = {socket.AF_INET, socket.AF_INET6}


@pytest.fixture
def no_network(monkeypatch):
    """Every way Python code could reach the network raises, and is recorded."""
    tried: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def __init__(self, family=socket.AF_INET, *args, **kwargs):
            if family in NET_FAMILIES:
                tried.append(f"socket({family})")
                raise PermissionError("network blocked by the test")
            super().__init__(family, *args, **kwargs)

    def refuse(name):
        def blocked(*args, **kwargs):
            tried.append(name)
            raise PermissionError("network blocked by the test")
        return blocked
    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    return tried


def network_sockets() -> list[str]:
    """Sockets of this process that are TCP or UDP (Qt's own, in C++, are not seen by the guard above)."""
    if not Path("/proc/self/fd").exists():
        pytest.skip("needs /proc")
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/net") / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                if line.split()[9] in inodes:
                    found.append(f"{table}: {line.strip()}")
    return found


def test_import_and_window_open_no_network_connection(qtbot, no_network, db_path, settings, samples, monkeypatch):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QDesktopServices

    from leadinbox.ui.window.main_window import MainWindow
    handed = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: handed.append(url.scheme()) or True)
    db = open_database(db_path)
    win = MainWindow(db, db_path, settings, report_dialogs=False)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.imports.finished, timeout=20000):
        win.imports.import_files(sorted(samples.iterdir()))
    win.views.select("all")
    win.tree.setCurrentIndex(win.model.index(0, 0))
    customer = win.model.index(0, 0).data(CUSTOMER_ID_ROLE)
    win.detail.show_customer(customer)
    win.followup.actions.run = lambda dialog: 0     # the attempt dialog after the call: cancelled
    win.followup.actions.call(customer)            # tel: goes to the user's phone app
    win.grab()                                     # painted, as on screen
    QCoreApplication.processEvents()               # and what was deferred has run
    assert no_network == [] and network_sockets() == []
    assert handed == ["tel"]
    win.close()
    db.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_backups_lock_and_logs_are_private(db_path, samples, tmp_path):
    handler = setup_logging(tmp_path / "logs")
    try:
        db = open_database(db_path)
        import_path(db, samples / "partner-center-leads-export.csv")
        made = backups.make_backup(db, db_path, "daily")
        lock = InstanceLock(db_path)
        assert lock.acquire()
        logging.getLogger("leadinbox.test").info("written")
        files = [db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), made.path, lock.path,
                 tmp_path / "logs" / "leadinbox.log"]
        assert {str(p): mode(p) for p in files} == {str(p): 0o600 for p in files}
        folders = [db_path.parent, made.path.parent, tmp_path / "logs"]
        assert {str(p): mode(p) for p in folders} == {str(p): 0o700 for p in folders}
        lock.release()
        db.close()
    finally:
        logging.getLogger("leadinbox").removeHandler(handler)
        handler.close()


def test_logs_never_name_a_customer(qapp, db_path, samples, tmp_path, monkeypatch):
    from leadinbox.ui.window import errors
    handler = setup_logging(tmp_path / "logs")
    monkeypatch.setattr(errors, "show_error", lambda *args, **kwargs: None)
    try:
        db = open_database(db_path)
        for path in sorted(samples.iterdir()):
            import_path(db, path)
        people = db.execute("SELECT id, email, full_name, phone, company FROM customers").fetchall()
        taken = backups.make_backup(db, db_path, "daily", now=datetime.now(timezone.utc) - timedelta(days=1))
        chloe = customer_for_email(db, "chloe.lefevre@adatum.example")
        erase_email(db, "chloe.lefevre@adatum.example", backups=backups.folder_for(db_path))
        restore_backup(db, db_path, taken)
        errors.install_excepthook()
        for _id, email, name, phone, _company in people[:3]:      # errors that quote a customer's data
            try:
                raise ValueError(f"row 3: cannot read “{name}” <{email}> or {phone!r}")
            except ValueError:
                sys.excepthook(*sys.exc_info())
        db.close()
    finally:
        sys.excepthook = sys.__excepthook__
        logging.getLogger("leadinbox").removeHandler(handler)
        handler.close()
    text = (tmp_path / "logs" / "leadinbox.log").read_text(encoding="utf-8")
    assert f"erased customer {chloe}" in text and "unexpected error" in text and "ValueError" in text
    for _id, email, name, phone, _company in people:
        for value in filter(None, (email, name, phone, email and email.split("@")[0])):
            assert value not in text, value
