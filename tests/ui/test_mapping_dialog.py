"""The mapping dialog: at least a name or an email, and a word on what the leads will lack."""

from pathlib import Path

from leadinbox.ui.import_runner import NeedsMapping
from leadinbox.ui.mapping_dialog import MappingDialog


def dialog(qtbot, guess):
    needs = NeedsMapping(Path("odd.csv"), ["Name", "E-mail", "When", "What"],
                         [["Ann", "ann@x.example", "2026-10-01", "Contact me"]], guess, "sig")
    d = MappingDialog(needs)
    qtbot.addWidget(d)
    return d


def test_needs_a_name_or_email_then_says_what_is_missing(qtbot):
    d = dialog(qtbot, {})
    assert not d.import_button.isEnabled() and "email or the name" in d.hint.text()
    d.set_field("E-mail", "email")
    assert d.import_button.isEnabled()
    assert "Created (date)" in d.hint.text() and "Action" in d.hint.text()
    d.set_field("When", "created_at")
    d.set_field("What", "action")
    assert d.hint.text() == ""
    assert d.mapping() == {"Name": "", "E-mail": "email", "When": "created_at", "What": "action"}
