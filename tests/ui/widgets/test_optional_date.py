"""The optional date field of the filter bar: Tab leaves it, typing and stepping start a date."""

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from leadinbox.ui.widgets.optional_date import OptionalDateEdit

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TODAY = QDate(2026, 11, 23)


def _form(qtbot):
    form = QWidget()
    edit = OptionalDateEdit("From", "From (lead date)", today=lambda: TODAY)
    edit.setDisplayFormat("yyyy-MM-dd")
    after = QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(edit)
    layout.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    form.edit_and_after = (edit, after)   # keeps the form alive with the test
    return form


def test_tab_leaves_an_empty_and_a_filled_field(qtbot):
    form = _form(qtbot)
    edit, after = form.edit_and_after
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert after.hasFocus()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.setDate(QDate(2026, 1, 2))
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert after.hasFocus()


def test_up_starts_at_today_not_at_2001(qtbot):
    form = _form(qtbot)
    edit = form.edit_and_after[0]
    assert edit.is_empty() and edit.text() == "From"
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() == TODAY


def test_typing_a_date_into_an_empty_field(qtbot):
    form = _form(qtbot)
    edit = form.edit_and_after[0]
    seen = []
    edit.dateChanged.connect(seen.append)
    qtbot.keyClicks(edit, "2025")
    assert edit.date().year() == 2025
    assert TODAY not in seen           # the filter never saw the made-up start
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.is_empty() and edit.text() == "From"
