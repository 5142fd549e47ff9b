"""Keys and the status bar: a slash typed in the search box is typed, and the progress text fits its bar."""

import pytest
from PySide6.QtCore import Qt


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_slash_in_the_search_box_is_typed_and_in_the_list_searches(qtbot, window, sample_db):
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    qtbot.keyClick(window.tree, "/")
    qtbot.waitUntil(window.filters.search.hasFocus)
    assert window.filters.search.text() == ""               # the list's "/" only went to the search box
    qtbot.keyClicks(window.filters.search, "20/11")
    qtbot.keyClick(window.filters.search, "/")
    assert window.filters.search.text() == "20/11/"
    qtbot.waitUntil(lambda: window.model.query.search == "20/11/")       # the search ran, with its slashes
    window.backlog.counting.wait()


@pytest.mark.parametrize("text", ["Reading rows… 12", "Bestand 2 van 4: Rijen lezen… 1.234.567",
                                  "File 12 of 40: Reading rows… 1,234,567 of a file with a very long name indeed"])
def test_the_progress_text_fits_its_bar(qtbot, window, text):
    status = window.status
    status.set_progress(text, 0.5)
    bar = status.progress
    shown = bar.format().replace("%p%", "50%")
    assert bar.fontMetrics().horizontalAdvance(shown) + 12 <= bar.width()
    assert shown.endswith("· 50%") and shown[:6] == text[:6]


def test_the_progress_is_gone_before_a_jobs_own_callbacks_run(qtbot, window):
    # The import report opened from a done callback over a busy bar and a live "Cancel import" for an import
    # that had finished: the bar followed the job's `finished` signal, sent only after the report was closed.
    status, seen = window.status, []
    job = window.jobs.read(lambda task: 42)
    job.on_done(lambda outcome: seen.append((status.progress.isVisibleTo(status),
                                             status.cancel_button.isVisibleTo(status))))
    job.run()
    status.follow(job, "Cancel import")
    assert status.progress.isVisibleTo(status)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(False, False)]
