"""Waiting for the window's jobs in tests."""

from __future__ import annotations

import threading
from contextlib import contextmanager


def wait_for_write(qtbot, window, timeout: int):
    """Until a write job (an undo, restore, erase, import) of the window has finished and its callbacks ran."""
    return qtbot.waitSignal(window.jobs.finished, timeout=timeout, check_params_cb=lambda job: job.writes)


@contextmanager
def import_running(window):
    """A real job named "import" that runs until the block ends: as while an import runs."""
    gate = threading.Event()
    job = window.jobs.write(lambda task: gate.wait(30), name="import", cancellable=True)
    assert job.run() is job
    try:
        yield job
    finally:
        gate.set()
        job.wait()
