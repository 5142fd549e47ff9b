"""The qualification checklist: ticks, what is still open, the Mark qualified button."""

import pytest
from PySide6.QtCore import Qt

from leadinbox.ui.followup.qualify_dialog import QualifyDialog

CRITERIA = ("Budget", "Authority", "Need", "Timeline")


def make(qtbot, met, to_qualified=True, criteria=CRITERIA):
    dialog = QualifyDialog(criteria=criteria, met=set(met), to_qualified=to_qualified)
    qtbot.addWidget(dialog)
    return dialog


def tick(dialog, row, on=True):
    dialog.checklist.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def test_to_qualified_names_what_is_still_open_and_allows_anyway(qtbot):
    dialog = make(qtbot, {"Authority", "Need"})
    assert dialog.met() == ["Authority", "Need"]
    assert "Still open: Budget, Timeline" in dialog.status.text()
    assert dialog.ok_button.text().replace("&", "") == "Mark qualified" and dialog.ok_button.isEnabled()
    assert dialog.windowTitle() == "Mark qualified"


def test_ticking_updates_the_open_list_and_met(qtbot):
    dialog = make(qtbot, {"Need"})
    tick(dialog, 3)
    tick(dialog, 0)
    assert dialog.met() == ["Budget", "Need", "Timeline"]      # the user's order, not the click order
    assert dialog.status.text().startswith("Still open: Authority")
    tick(dialog, 1)
    assert dialog.status.text() == "All criteria are met."
    tick(dialog, 2, on=False)
    assert dialog.met() == ["Budget", "Authority", "Timeline"] and "Still open: Need" in dialog.status.text()


def test_space_ticks_the_current_criterion(qtbot):
    dialog = make(qtbot, set())
    qtbot.keyClick(dialog.checklist, Qt.Key.Key_Space)
    assert dialog.met() == ["Budget"]


def test_editing_checklist_without_status_change(qtbot):
    dialog = make(qtbot, set(CRITERIA), to_qualified=False)
    assert dialog.ok_button.text().replace("&", "") == "Save" and dialog.windowTitle() == "Qualification"
    assert dialog.status.text() == "All criteria are met." and dialog.met() == list(CRITERIA)


def test_a_criterion_no_longer_defined_stays_visible_and_can_be_dropped(qtbot):
    dialog = make(qtbot, {"Budget", "Champion"})
    assert dialog.checklist.count() == 5 and "Champion" in dialog.checklist.item(4).text()
    assert dialog.met() == ["Budget", "Champion"]
    assert "Champion" not in dialog.status.text()          # only the user's criteria are "open"
    tick(dialog, 4, on=False)
    assert dialog.met() == ["Budget"]


def test_without_criteria_it_points_to_settings(qtbot):
    dialog = make(qtbot, set(), criteria=())
    assert dialog.met() == [] and "Settings" in dialog.status.text() and dialog.ok_button.isEnabled()


def test_default_criteria_show_in_the_ui_language_and_old_ticks_still_count(qtbot, language):
    language("zh_TW")
    dialog = make(qtbot, {"Budget", "Need", "Champion"})    # ticked in English, before the switch
    labels = [dialog.checklist.item(i).text() for i in range(dialog.checklist.count())]
    assert labels[:4] == ["預算", "決策權", "需求", "時程"] and labels[4].startswith("Champion")
    assert dialog.met() == ["Budget", "Need", "Champion"]    # stored under the same names
    assert "決策權, 時程" in dialog.status.text() and "Authority" not in dialog.status.text()


def test_every_default_criterion_has_a_label():
    from leadinbox.core.qualification import DEFAULT_CRITERIA
    from leadinbox.ui.followup.criteria_names import DEFAULT_LABELS
    assert tuple(DEFAULT_LABELS) == DEFAULT_CRITERIA


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")   # offscreen: showing a dialog
def test_the_checklist_is_as_tall_as_its_criteria(qtbot):
    # Four ticks sat atop a box of empty space twice their height.
    dialog = make(qtbot, set())
    dialog.show()
    qtbot.waitExposed(dialog)
    checklist = dialog.checklist
    row = checklist.sizeHintForRow(0)
    assert checklist.height() < row * 6
    last = checklist.visualItemRect(checklist.item(checklist.count() - 1))
    assert checklist.viewport().rect().contains(last)              # every criterion in sight, no scrolling
