"""The qualification criteria list: add, remove, rename, reorder; blanks and repeats dropped."""

import pytest

from leadinbox.ui.followup.criteria_editor import CriteriaEditor


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


def test_defaults_show_in_the_ui_language_and_are_kept_under_their_stored_names(language, editor):
    language("nl")
    editor.set_criteria(["Budget", "Authority", "Need", "Timeline", "Champion"])
    shown = [editor.list.item(i).text() for i in range(editor.list.count())]
    assert shown == ["Budget", "Beslissingsbevoegdheid", "Behoefte", "Tijdpad", "Champion"]
    assert editor.criteria() == ["Budget", "Authority", "Need", "Timeline", "Champion"]
    editor.list.item(2).setText("Echte behoefte")      # renamed: now the user's own words
    editor.add()
    editor.list.item(5).setText("Behoefte")            # typed by hand: kept as typed
    assert editor.criteria() == ["Budget", "Authority", "Echte behoefte", "Timeline", "Champion", "Behoefte"]
    editor.list.item(2).setText("Behoefte ")           # renamed back to the default's label: the default again
    assert editor.criteria()[2] == "Need"
