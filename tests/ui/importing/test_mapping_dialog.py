"""The mapping dialog: at least a name or an email, and a word on what the leads will lack."""

from pathlib import Path

import pytest

from leadinbox.store.importing.entry import NeedsMapping
from leadinbox.ui.importing.mapping_dialog import MappingDialog


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


def test_two_columns_on_one_field_are_refused_with_the_reason(qtbot):
    d = dialog(qtbot, {"E-mail": "email"})
    assert d.import_button.isEnabled()
    d.set_field("Name", "email")
    assert not d.import_button.isEnabled()
    assert d.hint.text() == "Email is chosen for more than one column (Name, E-mail): choose it for one only."
    d.set_field("Name", "full_name")
    assert d.import_button.isEnabled()


def test_the_arriving_today_hint_only_without_a_date_column(qtbot):
    d = dialog(qtbot, {"E-mail": "email", "When": "created_at"})
    assert "arriving today" not in d.hint.text() and "action badge" in d.hint.text()
    d.set_field("What", "action")
    d.set_field("When", "")
    assert "arriving today" in d.hint.text() and "action badge" not in d.hint.text()


def test_a_row_that_cannot_be_read_is_shown_with_why(qtbot, tmp_path):
    from leadinbox.store.importing.entry import recognise
    broken = tmp_path / "broken.csv"
    broken.write_text("this is not,a lead file\n garbage")       # no final line break: cut off
    needs = recognise(broken, ask=True)
    d = MappingDialog(needs)
    qtbot.addWidget(d)
    assert d.table.rowCount() == 2
    assert d.table.item(1, 0).text().startswith("(row 2 cannot be read: the row is cut off")


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")   # offscreen: showing a dialog
def test_a_screen_with_room_shows_every_column_at_once(qtbot, monkeypatch):
    # A five-column trade-show list opened in a 1000 px dialog on a 1280 px screen: the message column sat
    # behind a sideways scroll bar.
    from leadinbox.ui.importing import mapping_dialog
    monkeypatch.setattr(mapping_dialog, "resize_to_screen", lambda w, width, height: w.resize(width, height),
                        raising=False)
    needs = NeedsMapping(Path("beurs-leads.csv"), ["Naam", "E-mailadres", "Bedrijf", "Datum", "Bericht"],
                         [["Kees Bakker", "kees@bakker.example", "Bakker BV", "01-12-2026", "Bel me, prijs"]],
                         {"Naam": "full_name", "E-mailadres": "email", "Bedrijf": "company", "Datum": "created_at",
                          "Bericht": "description"}, "sig")
    d = MappingDialog(needs)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    assert d.table.horizontalHeader().length() <= d.table.viewport().width()
