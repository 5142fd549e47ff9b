"""Cancel and Quit in the last phase of an import (after the rows are read): stopped at once, nothing kept."""

import time

import pytest

from leadinbox.store import rollup
from tests.store.helpers import snapshot
from tests.ui.window.test_main_window import drop

# Counting this far takes SQLite far longer than the tests wait: only Connection.interrupt() ends it.
_LONG = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 400000000) SELECT count(*) FROM n"


@pytest.fixture
def slow_search_index(monkeypatch):
    """The search index takes as long as one statement of a big import can (seconds, not checkable)."""
    real = rollup.reindex

    def slow(db, affected):
        real(db, affected)
        db.execute(_LONG).fetchone()
    monkeypatch.setattr(rollup, "reindex", slow)


def _in_last_phase(qtbot, window, samples):
    drop(window, [samples / "partner-center-leads-export.csv"])
    qtbot.waitUntil(lambda: "Indexing for search" in window.status.progress.format(), timeout=20000)


def test_the_progress_says_what_the_import_does(qtbot, window, samples):
    formats = []
    window.jobs.started.connect(lambda job: job.progressed.connect(
        lambda *_: formats.append(window.status.progress.format())))
    with qtbot.waitSignal(window.imports.finished, timeout=20000):
        drop(window, [samples / "partner-center-leads-export.csv"])
    steps = list(dict.fromkeys(f.split("…")[0] for f in formats))
    assert steps == ["Reading rows", "Finding duplicates", "Updating customers", "Indexing for search", "Saving"]
    assert any(f.endswith("· %p%") for f in formats)       # the share of the file read


def test_cancel_in_the_last_phase_stops_and_changes_nothing(qtbot, window, samples, slow_search_index):
    before = snapshot(window.db)
    _in_last_phase(qtbot, window, samples)
    with qtbot.waitSignal(window.imports.finished, timeout=5000):
        window.status.cancel_button.click()
    assert window.imports.last_outcome.cancelled and window.imports.last_outcome.error is None
    assert window.status.text() == "Import cancelled; nothing was changed."
    assert snapshot(window.db) == before


def test_closing_in_the_last_phase_returns_at_once_and_commits_nothing(qtbot, window, samples, slow_search_index):
    _in_last_phase(qtbot, window, samples)
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 2.0
    assert window.db.execute("SELECT count(*) FROM leads").fetchone()[0] == 0
    assert window.db.execute("SELECT count(*) FROM batches").fetchone()[0] == 0
