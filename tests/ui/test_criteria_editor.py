"""The qualification criteria list: add, remove, rename, reorder; blanks and repeats dropped."""

import pytest

from leadinbox.ui.criteria_editor import CriteriaEditor


@pytest.fixture
def editor(qtbot):
    widget = CriteriaEditor()
    qtbot.addWidget(widget)
    widget.set_criteria(["Budget", "Authority", "Need", "Timeline"])
    return widget


def test_reorder_with_the_buttons(editor):
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    editor.list.setCurrentRow(3)
    assert editor.up_button.isEnabled() and not editor.down_button.isEnabled()
    editor.up_button.click()
    editor.up_button.click()
    assert editor.criteria() == ["Budget", "Timeline", "Authority", "Need"] and editor.list.currentRow() == 1
    editor.down_button.click()
    assert editor.criteria() == ["Budget", "Authority", "Timeline", "Need"]


def test_add_rename_remove(qtbot, editor):
    editor.add_button.click()
    assert editor.criteria()[-1] == "New criterion" and editor.list.currentRow() == 4
    editor.list.item(4).setText("  Champion  ")
    editor.list.setCurrentRow(1)
    editor.remove_button.click()
    assert editor.criteria() == ["Budget", "Need", "Timeline", "Champion"]


def test_blank_names_disappear_and_repeats_count_once(qtbot, editor):
    editor.list.item(1).setText("   ")
    qtbot.waitUntil(lambda: editor.list.count() == 3)
    editor.list.item(2).setText("budget")
    assert editor.criteria() == ["Budget", "Need"]


def test_an_empty_list_disables_remove(qtbot):
    editor = CriteriaEditor()
    qtbot.addWidget(editor)
    editor.set_criteria([])
    assert editor.criteria() == [] and not editor.remove_button.isEnabled()
