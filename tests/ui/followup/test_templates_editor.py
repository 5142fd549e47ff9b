"""The email templates editor: kinds, placeholders by click, unknown-placeholder warning, restore, preview."""

import pytest

from leadinbox.core.templates import DEFAULTS, KINDS, Template
from leadinbox.ui.followup.templates_editor import TemplatesEditor


@pytest.fixture
def editor(qtbot):
    widget = TemplatesEditor()
    qtbot.addWidget(widget)
    return widget


def test_every_kind_is_offered_with_its_default(editor):
    labels = [editor.kind_box.itemText(i) for i in range(editor.kind_box.count())]
    assert labels == ["Contact me", "Test drive", "Get it now / free trial", "Azure portal create",
                      "Follow-up for attempt 2, 3, …", "After the customer replied", "After a call was booked"]
    for kind in KINDS:
        editor.select_kind(kind)
        assert editor.current() == DEFAULTS[kind] and not editor.restore_button.isEnabled()
    assert editor.warning.isHidden()


def test_preview_renders_sample_values_live(editor):
    editor.select_kind("PLT")
    assert "Subject: Your request about Contoso Gateway" in editor.preview.toPlainText()
    assert "Hello Anna," in editor.preview.toPlainText()
    editor.body.setPlainText("Dag {first_name} van {company}, groeten, {my_name}")
    assert editor.preview.toPlainText().endswith("Dag Anna van Fabrikam, groeten, Sam Lee\n")


def test_unknown_placeholder_warns_and_known_ones_do_not(editor):
    editor.subject.setText("Hi {firstname} at {company} {offre}")
    assert not editor.warning.isHidden()
    assert "{firstname}, {offre}" in editor.warning.text()
    editor.subject.setText("Hi {first_name} at {company}")
    assert editor.warning.isHidden()


def test_a_placeholder_with_more_than_a_name_warns_and_stays_as_written(editor):
    editor.subject.setText("Hi {first_name.__class__} at {company}")
    assert not editor.warning.isHidden()
    assert editor.warning.text().startswith("⚠ {first_name.__class__} is not filled in: a placeholder is only")
    assert "Subject: Hi {first_name.__class__} at Fabrikam" in editor.preview.toPlainText()


def test_unclosed_brace_warns(editor):
    editor.body.setPlainText("Hello {first_name")
    assert not editor.warning.isHidden() and "not closed" in editor.warning.text()
    assert "Hello {first_name" in editor.preview.toPlainText()       # sent as written, as the preview shows


def test_edits_are_kept_per_kind_and_restore_default(editor):
    editor.select_kind("StartTestDrive")
    editor.subject.setText("Test drive follow-up")
    assert editor.restore_button.isEnabled() and editor.kind_box.currentText() == "Test drive (edited)"
    editor.select_kind("INS")
    assert editor.current() == DEFAULTS["INS"]
    editor.select_kind("StartTestDrive")
    assert editor.subject.text() == "Test drive follow-up"
    edited = Template("Test drive follow-up", DEFAULTS["StartTestDrive"].body)
    assert editor.templates()["StartTestDrive"] == edited
    editor.restore_default()
    assert editor.current() == DEFAULTS["StartTestDrive"] and editor.templates() == DEFAULTS
    assert not editor.restore_button.isEnabled() and editor.kind_box.currentText() == "Test drive"


def test_placeholder_buttons_insert_where_the_user_last_wrote(qtbot, editor):
    editor.select_kind("followup")
    editor.body.setPlainText("Hello ")
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    editor.placeholder_buttons["first_name"].click()           # the body by default
    assert editor.body.toPlainText() == "Hello {first_name}"
    editor.subject.setText("About ")
    editor.subject.setFocus()
    editor.eventFilter(editor.subject, _focus_in())            # offscreen windows are never active: tell it
    editor.placeholder_buttons["offer"].click()
    assert editor.subject.text() == "About {offer}"
    assert editor.templates()["followup"] == Template("About {offer}", "Hello {first_name}")


def _focus_in():
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    return QFocusEvent(QEvent.Type.FocusIn)


def test_set_templates_fills_missing_kinds_with_defaults(editor):
    mine = Template("Mijn onderwerp", "Beste {first_name},")
    editor.set_templates({"PLT": mine})
    assert editor.templates() == {**DEFAULTS, "PLT": mine}
    editor.select_kind("PLT")
    assert editor.current() == mine and editor.restore_button.isEnabled()
