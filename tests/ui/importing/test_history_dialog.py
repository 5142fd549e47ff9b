"""File › Import history: the columns fit their text in every language."""

from __future__ import annotations

import pytest

from leadinbox.ui.importing.history_dialog import FILE_COLUMN, HistoryDialog
from leadinbox.ui.jobs import ChangeHub, Jobs


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")   # offscreen: showing a dialog
@pytest.mark.parametrize("lang", ["en", "nl", "zh_TW"])
def test_every_column_but_the_file_name_shows_its_text_in_full(qtbot, sample_db, db_path, language, lang):
    language(lang)
    dialog = HistoryDialog(sample_db, Jobs(db_path, ChangeHub()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    metrics = table.fontMetrics()
    for col in range(table.columnCount()):
        if col == FILE_COLUMN:
            continue
        widest = max(metrics.horizontalAdvance(table.item(row, col).text()) for row in range(table.rowCount()))
        assert table.columnWidth(col) > widest, (col, table.item(0, col).text())


def test_the_file_name_is_in_the_tooltip_when_it_is_shortened(qtbot, sample_db, db_path):
    dialog = HistoryDialog(sample_db, Jobs(db_path, ChangeHub()))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, FILE_COLUMN).toolTip() == dialog.table.item(0, FILE_COLUMN).text()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")   # offscreen: showing a dialog
def test_end_reaches_the_last_import_and_home_the_first(qtbot, sample_db, db_path):
    from PySide6.QtCore import Qt
    dialog = HistoryDialog(sample_db, Jobs(db_path, ChangeHub()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.rowCount() > 2
    table.setCurrentCell(0, 1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert table.currentRow() == table.rowCount() - 1 and table.selectionModel().isRowSelected(table.currentRow())
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert table.currentRow() == 0


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")   # offscreen: showing a dialog
def test_the_sample_file_names_are_shown_whole(qtbot, sample_db, db_path):
    dialog = HistoryDialog(sample_db, Jobs(db_path, ChangeHub()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    widest = max(table.fontMetrics().horizontalAdvance(table.item(r, FILE_COLUMN).text())
                 for r in range(table.rowCount()))
    assert table.columnWidth(FILE_COLUMN) > widest        # only a name longer than the room is shortened
