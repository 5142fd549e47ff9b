"""The window's width goes to the inbox: its columns fit without scrolling, the badges before the rest."""

import pytest

from leadinbox.ui.inbox_columns import COL_ACTIVITY, COL_ATTEMPTS, COL_COMPANY, COL_FOLLOWUP, COL_NAME


def shown(window):
    header = window.tree.header()
    return {col for col in range(header.count()) if not header.isSectionHidden(col)}


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")     # offscreen: showing a window
@pytest.mark.parametrize("width", [1400, 860])
def test_the_columns_fit_the_list(qtbot, sample_db, window, width):
    window.show()
    window.resize(width, 760)
    qtbot.waitUntil(lambda: window.width() >= width - 40)
    window.refresh()
    tree, header = window.tree, window.tree.header()
    qtbot.waitUntil(lambda: not tree.horizontalScrollBar().isVisible())
    assert header.length() <= tree.viewport().width()
    assert {COL_NAME, COL_FOLLOWUP, COL_ACTIVITY} <= shown(window)
    assert header.sectionSize(COL_ACTIVITY) >= 110                      # at least a badge and its "…"
    if width == 1400:
        assert {COL_COMPANY, COL_ATTEMPTS} <= shown(window)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_inbox_grows_with_the_window_and_the_sides_keep_their_width(qtbot, sample_db, window):
    window.show()
    window.resize(1400, 760)
    qtbot.waitUntil(lambda: window.width() == 1400)
    before = window.splitter.sizes()
    window.resize(1600, 760)
    qtbot.waitUntil(lambda: window.splitter.sizes() != before)
    after = window.splitter.sizes()
    assert after[0] == before[0] and after[2] == before[2] and after[1] == before[1] + 200
