"""The one background-job mechanism: outcome on the GUI thread, progress, cancel by SQLite's interrupt and
progress handler (the database unchanged), refusals, what a write changed told once, the newest question only."""

from __future__ import annotations

import threading

import pytest

from leadinbox.core.changes import Changes
from leadinbox.store.db import open_database
from leadinbox.ui.jobs import ChangeHub, Job, Jobs, Latest

# Counts to a hundred million in SQL: many seconds, one statement, so only a cancel ends it early.
LONG = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000000) SELECT count(*) FROM c"


@pytest.fixture
def jobs(db_path):
    db = open_database(db_path)
    db.execute("CREATE TABLE notes_for_test (text TEXT)")
    db.close()
    hub = ChangeHub()
    jobs = Jobs(db_path, hub)
    yield jobs
    jobs.shutdown()


def rows(db_path) -> int:
    db = open_database(db_path)
    try:
        return db.execute("SELECT count(*) FROM notes_for_test").fetchone()[0]
    finally:
        db.close()


def test_the_value_comes_back_on_the_gui_thread(qtbot, jobs):
    seen = []
    job = jobs.read(lambda task: (threading.get_ident(), task.db.execute("SELECT 41 + 1").fetchone()[0]))
    job.on_success(lambda value: seen.append((value, threading.get_ident())))
    with qtbot.waitSignal(job.finished, timeout=10000):
        assert job.run() is job and job.running and jobs.busy()
    (worker_thread, answer), gui_thread = seen[0]
    assert answer == 42 and worker_thread != gui_thread == threading.get_ident()
    assert not job.running and not jobs.busy()


def test_progress_arrives_in_order(qtbot, jobs):
    told = []

    def work(task):
        for n in range(5):
            task.progress(n, 5)
        return "done"
    job = jobs.read(work).on_progress(told.append)
    with qtbot.waitSignal(job.finished, timeout=10000):
        job.run()
    qtbot.waitUntil(lambda: len(told) == 5, timeout=2000)
    assert told == [(n, 5) for n in range(5)]


def test_an_error_is_handed_over_and_the_write_rolled_back(qtbot, jobs, db_path):
    failures = []

    def work(task):
        with task.db.atomic():
            task.db.execute("INSERT INTO notes_for_test VALUES ('half')")
            raise ValueError("no")
    job = jobs.write(work, changes=Changes.of(customers=[1])).on_failure(failures.append)
    told = []
    jobs.changes.changed.connect(told.append)
    with qtbot.waitSignal(job.finished, timeout=10000) as done:
        job.run()
    assert isinstance(failures[0], ValueError) and done.args[0].error is failures[0]
    assert rows(db_path) == 0 and told == []          # nothing changed, nothing told


def test_an_error_nobody_handles_is_raised_on_the_gui_thread(qtbot, jobs):
    job = jobs.read(lambda task: 1 / 0)
    with qtbot.captureExceptions() as raised:
        with qtbot.waitSignal(job.finished, timeout=10000):
            job.run()
    assert raised and isinstance(raised[0][1], ZeroDivisionError)


def test_cancel_stops_a_running_statement_and_changes_nothing(qtbot, jobs, db_path):
    def work(task):
        with task.db.atomic():
            task.db.execute("INSERT INTO notes_for_test VALUES ('before the long part')")
            task.progress("started")
            return task.db.execute(LONG).fetchone()[0]
    job = jobs.write(work, name="import", cancellable=True)
    job.on_progress(lambda _: job.cancel())
    cancelled = []
    job.on_cancelled(lambda: cancelled.append(True))
    with qtbot.waitSignal(job.finished, timeout=20000) as done:
        job.run()
    assert done.args[0].cancelled and cancelled == [True] and done.args[0].value is None
    assert rows(db_path) == 0


def test_a_job_cancelled_before_it_runs_starts_stopped(qtbot, jobs):
    job = jobs.read(lambda task: task.db.execute(LONG).fetchone()[0])
    job.cancel()
    with qtbot.waitSignal(job.finished, timeout=10000) as done:
        job.run()
    assert done.args[0].cancelled


def test_a_refused_write_starts_nothing(qtbot, jobs, db_path):
    jobs.may_write = lambda: False            # e.g. the file at the path is no longer the one opened
    job = jobs.write(lambda task: task.db.execute("INSERT INTO notes_for_test VALUES ('x')"))
    assert job.run() is None and not job.running and not jobs.busy()
    assert rows(db_path) == 0


def test_a_write_tells_what_it_changed_once_before_its_own_callbacks(qtbot, jobs):
    order = []
    jobs.changes.changed.connect(lambda changes: order.append(changes))
    job = jobs.write(lambda task: [7, 8], changes=lambda ids: Changes.of(customers=ids))
    job.on_success(lambda value: order.append("success"))
    with qtbot.waitSignal(jobs.finished, timeout=10000):
        job.run()
    assert order == [Changes.of(customers=[7, 8]), "success"]
    assert jobs.writing is None


def test_a_batch_is_told_once_merged(qtbot):
    hub = ChangeHub()
    told = []
    hub.changed.connect(told.append)
    with hub.batch():
        hub.emit(Changes.of(customers=[1]))
        with hub.batch():
            hub.emit(Changes.of(customers=[2], settings=["rules"]))
        hub.emit(Changes())                  # nothing: not told
        assert told == []
    assert told == [Changes.of(customers=[1, 2], settings=["rules"])]


def test_latest_answers_only_the_newest_question(qtbot, jobs):
    asked = []
    gate = threading.Event()

    def make(question):
        asked.append(question)
        return jobs.read(lambda task: gate.wait(10) and question * 10)
    latest = Latest(None, make)
    answers = []
    latest.answered.connect(lambda question, outcome: answers.append((question, outcome.value)))
    latest.ask(1)
    latest.ask(2)            # waits
    latest.ask(3)            # replaces 2
    gate.set()
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    assert asked == [1, 3] and answers == [(3, 30)] and not latest.busy


def test_changes_say_what_they_touch():
    one = Changes.of(customers=[5])
    assert one.touches(5) and not one.touches(6) and not one.rows
    assert Changes.all().touches(6) and Changes.all().rows and Changes.all().breaks_undo
    assert Changes.of(imports=[3]).rows and not Changes() and (one | Changes.of(leads=[9])).leads == {9}
