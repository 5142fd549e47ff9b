"""Assigning owners: Me means None, known names complete, new names are taken as typed."""

import pytest
from PySide6.QtCore import Qt

from leadinbox.ui.followup.owner_dialog import AssignOwnerDialog

KNOWN = ["Pieter Jansen", "  ", "Anna de Vries", "Pieter Jansen", "陳怡君"]


def make(qtbot, current=None, count=3, known=KNOWN):
    dialog = AssignOwnerDialog(known_owners=known, current=current, count=count)
    qtbot.addWidget(dialog)
    return dialog


def items(dialog):
    return [dialog.owner_box.itemText(i) for i in range(dialog.owner_box.count())]


def test_me_first_then_known_owners_once_each(qtbot):
    dialog = make(qtbot)
    assert items(dialog) == ["Me", "Anna de Vries", "Pieter Jansen", "陳怡君"]
    assert dialog.owner() is None and dialog.owner_box.currentText() == "Me"


@pytest.mark.parametrize("count, title", [(1, "Assign one lead"), (3, "Assign 3 leads"),
                                          (120, "Assign 120 leads")])
def test_title_says_how_many(qtbot, count, title):
    assert make(qtbot, count=count).windowTitle() == title


def test_current_owner_is_preselected_even_when_not_known(qtbot):
    assert make(qtbot, current="Anna de Vries").owner() == "Anna de Vries"
    dialog = make(qtbot, current="Sam Lee")
    assert dialog.owner() == "Sam Lee" and items(dialog)[-1] == "Sam Lee"


@pytest.mark.parametrize("typed, owner", [
    ("", None), ("  me ", None), ("Me", None),
    ("pieter   jansen", "Pieter Jansen"),      # a known name in another case or spacing is that name
    ("  Lena Fischer ", "Lena Fischer"),       # a new colleague
    ("陳怡君", "陳怡君"),
])
def test_typed_text_decides(qtbot, typed, owner):
    dialog = make(qtbot, current="Anna de Vries")
    dialog.owner_box.setEditText(typed)
    assert dialog.owner() == owner


def test_choosing_from_the_list(qtbot):
    dialog = make(qtbot)
    dialog.owner_box.setCurrentIndex(2)
    assert dialog.owner() == "Pieter Jansen"


def test_completion_matches_inside_names_case_insensitively(qtbot):
    dialog = make(qtbot)
    completer = dialog.owner_box.completer()
    completer.setCompletionPrefix("jans")
    assert completer.currentCompletion() == "Pieter Jansen"
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
