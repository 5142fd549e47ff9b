"""After each test, the windows and pages it made are deleted and their Python cycles collected here, on the
GUI thread: a cycle (a QObject and a lambda connected to its signal) left to the garbage collector could
otherwise be collected by whichever thread allocates next, e.g. a later test's import worker, and a Qt
object deleted off its thread crashes."""

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread():
    yield        # set up first, so torn down last: after qtbot has closed the test's widgets
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
