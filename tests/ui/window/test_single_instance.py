"""One LeadInbox per database: a second start hands its files to the first; a killed first leaves no lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from leadinbox.store.lock import InstanceLock
from leadinbox.ui.window.single_instance import SingleInstance, mailbox

ROOT = Path(__file__).resolve().parents[3]
SECOND = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from leadinbox.ui.window.single_instance import SingleInstance, mailbox
app = QCoreApplication([])
other = SingleInstance(Path(sys.argv[1]))
print("claimed" if other.claim() else "handed over" if other.hand_over([Path(p) for p in sys.argv[2:]])
      else "no answer", flush=True)
if other.lock.held:
    print("ready", flush=True)
    sys.stdin.readline()       # hold the lock until told (or killed)
"""


def start(db_path: Path, *files: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SECOND, str(db_path), *map(str, files)], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})


@pytest.fixture
def first(qapp, db_path):
    instance = SingleInstance(db_path)
    assert instance.claim()
    yield instance
    instance.release()


def test_second_in_this_process_cannot_claim(first, db_path):
    again = SingleInstance(db_path)
    assert not again.claim()
    assert again.holder() == os.getpid()
    assert oct(first.lock.path.stat().st_mode & 0o777) == "0o600"
    assert oct(mailbox(db_path).stat().st_mode & 0o777) == "0o700"


def test_second_start_hands_its_files_over(qtbot, first, db_path, samples):
    wanted = samples / "partner-center-leads-export.csv"
    with qtbot.waitSignal(first.files_received, timeout=15000) as received:
        second = start(db_path, wanted)
    out, _ = second.communicate(timeout=30)
    assert out.strip() == "handed over"
    assert received.args == [[wanted.resolve()]]


def test_a_second_start_without_files_only_raises_the_first(qtbot, first, db_path):
    with qtbot.waitSignal(first.files_received, timeout=15000) as received:
        second = start(db_path)
    assert second.communicate(timeout=30)[0].strip() == "handed over" and received.args == [[]]


def test_a_first_that_does_not_answer_is_reported(qapp, db_path, samples):
    lock = InstanceLock(db_path)
    assert lock.acquire()                      # holds the lock but reads no mailbox (hung, or an old version)
    try:
        other = SingleInstance(db_path)
        assert not other.claim() and not other.hand_over([])            # no mailbox at all: at once
        mailbox(db_path).mkdir(mode=0o700)
        assert not other.hand_over([samples], wait_s=0.2)
        assert list(mailbox(db_path).iterdir()) == []                    # the message was taken back
    finally:
        lock.release()


def test_a_killed_first_instance_leaves_nothing_in_the_way(qapp, db_path):
    holder = start(db_path)
    with holder.stdin, holder.stdout:
        assert holder.stdout.readline().strip() == "claimed"
        assert holder.stdout.readline().strip() == "ready"
        assert not SingleInstance(db_path).claim()
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    (mailbox(db_path) / "4242-stale.json").write_text('{"files": ["/nowhere.csv"]}')
    instance = SingleInstance(db_path)
    try:
        assert instance.claim()                             # the OS released the lock with the process
        assert list(mailbox(db_path).iterdir()) == []        # what was left for the dead one is not imported
    finally:
        instance.release()
