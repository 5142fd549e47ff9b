"""The database file deleted while the window is open: noticed, nothing opens the path, the work is written
back whole (the files are deleted in the test, then the user acts, then the rewritten file is read)."""

import os
import sqlite3

import pytest

from leadinbox.store.work import worklog
from leadinbox.store.safety.backups import folder_for, list_backups
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.window.db_guard import BACK, ELSEWHERE, QUIT


def delete_files(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(f"{path}{suffix}"):
            os.unlink(f"{path}{suffix}")


def count(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def filled(window, samples):
    import_path(window.db, samples / "partner-center-leads-export.csv")
    window.refresh()
    window.guard.asked = []
    window.guard.tell = lambda title, text: None
    return window


def answer(window, *choices):
    queue = list(choices)
    window.guard.ask = lambda text: (window.guard.asked.append(text), queue.pop(0))[1]


def test_an_import_after_the_delete_writes_the_work_back_first(qtbot, filled, db_path, samples):
    customer = filled.db.execute("SELECT id FROM customers LIMIT 1").fetchone()[0]
    delete_files(db_path)
    worklog.add_note(filled.db, customer, "logged after the delete")
    answer(filled, BACK)
    with qtbot.waitSignal(filled.imports.finished, timeout=20000):
        filled.imports.import_files([samples / "salesforce-leads-report.csv"])
    assert "deleted or moved" in filled.guard.asked[0]
    assert count(db_path, "SELECT count(*) FROM notes WHERE text = 'logged after the delete'") == 1
    assert count(db_path, "SELECT count(*) FROM batches") == 2        # the old import and the new one
    assert filled.guard.check()                                       # the window continues on that file


def test_the_watcher_notices_the_delete_without_any_action(qtbot, filled, db_path):
    answer(filled, BACK)
    delete_files(db_path)
    qtbot.waitUntil(lambda: bool(filled.guard.asked), timeout=5000)
    assert count(db_path, "SELECT count(*) FROM customers") > 0


def test_back_up_now_never_copies_a_new_file(qtbot, filled, db_path):
    delete_files(db_path)
    answer(filled, QUIT)
    filled.safety.back_up_now()
    assert not filled.safety.scheduler.busy
    kept = list_backups(folder_for(db_path))
    assert [b.reason for b in kept] == ["before-quit"]          # the copy kept before quitting, nothing else
    assert count(kept[0].path, "SELECT count(*) FROM customers") > 0
    assert not db_path.exists()
    qtbot.waitUntil(lambda: not filled.isVisible(), timeout=2000)


def test_saved_in_another_place_the_window_continues_there(qtbot, filled, db_path, tmp_path):
    delete_files(db_path)
    elsewhere = tmp_path / "rescued" / "leads.sqlite"
    answer(filled, "", ELSEWHERE)            # Escape first: asked again, nothing decided
    filled.guard.choose_path = lambda: elsewhere
    assert filled.guard.check()
    assert len(filled.guard.asked) == 2
    assert filled.db_path == elsewhere == filled.jobs.db_path == filled.safety.scheduler.jobs.db_path
    assert count(elsewhere, "SELECT count(*) FROM customers") > 0
    assert not db_path.exists()


def test_saved_in_another_place_the_single_instance_lock_moves_along(qtbot, filled, db_path, tmp_path):
    from leadinbox.store.lock import InstanceLock
    from leadinbox.ui.window.single_instance import SingleInstance, mailbox
    instance = SingleInstance(db_path)
    assert instance.claim()
    filled.instance = instance
    delete_files(db_path)
    elsewhere = tmp_path / "rescued" / "leads.sqlite"
    answer(filled, ELSEWHERE)
    filled.guard.choose_path = lambda: elsewhere
    try:
        assert filled.guard.check()
        assert not InstanceLock(elsewhere).acquire()          # a start on the new path finds this window
        old = InstanceLock(db_path)
        assert old.acquire()                                  # and one on the old path is not turned away
        old.release()
        assert mailbox(elsewhere).is_dir() and not mailbox(db_path).exists()
    finally:
        instance.release()


def test_a_place_another_window_has_open_is_refused(qtbot, filled, db_path, tmp_path):
    from leadinbox.store.lock import InstanceLock
    taken, free = tmp_path / "taken.sqlite", tmp_path / "free.sqlite"
    other = InstanceLock(taken)
    assert other.acquire()
    told = []
    filled.guard.tell = lambda title, text: told.append(text)
    delete_files(db_path)
    answer(filled, ELSEWHERE, ELSEWHERE)
    places = [taken, free]
    filled.guard.choose_path = lambda: places.pop(0)
    try:
        assert filled.guard.check()
        assert filled.db_path == free and not taken.exists()
        assert "another window" in told[0]
    finally:
        other.release()
