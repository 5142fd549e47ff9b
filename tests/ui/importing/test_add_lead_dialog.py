"""File › Add lead…: the dialog's fields read as the rest of the window does."""

from PySide6.QtCore import QDate, QDateTime, QTime

from leadinbox.ui.importing.add_lead_dialog import AddLeadDialog


def test_when_reads_as_every_other_moment_in_the_window(qtbot, language):
    # It showed '6 12 2026 09:01' in English and '06-12-2026 09:03' in Dutch beside the attempt dialog's
    # '6 Dec 2026 08:59': the field had no display format of its own.
    language("en", "C")
    dialog = AddLeadDialog()
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(QDate(2026, 11, 23), QTime(14, 5)))
    assert dialog.when.text() == "23 Nov 2026 14:05"


def test_the_empty_form_says_what_it_needs_without_a_warning(qtbot):
    # Opened, the form greeted the user with its rule in the warning colour before anything was typed.
    dialog = AddLeadDialog()
    qtbot.addWidget(dialog)
    assert "email or a phone number" in dialog.problem.text() and "#D55E00" not in dialog.problem.styleSheet()
    dialog.name.setText("Kees Bakker")                      # typed, and not enough yet: now it warns
    assert "#D55E00" in dialog.problem.styleSheet()
    dialog.phone.setText("+31 6 1234 5678")
    assert dialog.problem.text() == ""
