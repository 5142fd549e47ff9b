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
