"""Quitting while an import runs asks first; keeping it leaves the window open and the import running."""

from __future__ import annotations

import threading
from contextlib import contextmanager

from PySide6.QtWidgets import QMessageBox

from leadinbox.ui.importing import quit_guard
from leadinbox.ui.importing.quit_guard import ask as real_ask      # the conftest answers for every other test


@contextmanager
def import_running(window):
    """A job named "import" that runs until it is cancelled or the block ends, as an import would."""
    gate = threading.Event()

    def work(task):
        while not gate.wait(0.02):
            task.check()             # raises once cancelled, as the import's statements do
    job = window.jobs.write(work, name="import", cancellable=True)
    assert job.run() is job
    try:
        yield job
    finally:
        gate.set()
        job.wait()


def _cancelled(job) -> bool:
    return job.outcome is not None and job.outcome.cancelled


def _answer(monkeypatch, quit_: bool, asked: list):
    def ask(parent, text, detail):
        asked.append(text)
        return quit_
    monkeypatch.setattr(quit_guard, "ask", ask)


def test_keeping_the_import_leaves_the_window_open(qtbot, window, monkeypatch):
    asked = []
    _answer(monkeypatch, False, asked)
    with import_running(window) as job:
        assert not window.close()
        assert window.jobs.busy("import") and not _cancelled(job)
    assert asked == ["An import is running: quit and lose it?"]


def test_quitting_cancels_the_import(qtbot, window, monkeypatch):
    asked = []
    _answer(monkeypatch, True, asked)
    with import_running(window) as job:
        assert window.close()
        qtbot.waitUntil(lambda: _cancelled(job), timeout=5000)
    assert asked == ["An import is running: quit and lose it?"]


def test_nothing_running_nothing_asked(qtbot, window, monkeypatch):
    asked = []
    _answer(monkeypatch, False, asked)
    assert window.close() and asked == []


def test_the_question_keeps_the_import_by_default(qtbot, window, monkeypatch):
    shown = []

    def exec_(box):
        shown.append((box.text(), box.defaultButton().text(), box.escapeButton().text()))
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert not real_ask(window, "An import is running: quit and lose it?", "detail")
    assert shown == [("An import is running: quit and lose it?", "Keep importing", "Keep importing")]
