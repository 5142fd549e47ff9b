"""Escape on a dialog where a note was written asks first: the note, the attempt and the planned call."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from leadinbox.ui.widgets import discard
from leadinbox.ui.widgets.discard import NoteInput


@pytest.fixture
def answers(monkeypatch):
    """The questions asked, answered with the button named by `answers.give` ("discard" or "keep")."""
    class Answers(list):
        give = "keep"
    asked = Answers()

    def answer(box):
        asked.append(box.text())
        wanted = {"discard": "&Discard", "keep": "&Keep writing"}[asked.give]
        return next(b for b in box.buttons() if b.text() == wanted)
    monkeypatch.setattr(discard, "ask", answer)
    return asked


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")   # offscreen: showing a dialog
def test_escape_keeps_a_written_note_unless_told_to_discard_it(qtbot, answers):
    # N, a few lines about the call, Escape: the note was gone without a word.
    dialog = NoteInput()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.setTextValue("Called, she wants a quote for 40 seats by Friday")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers and dialog.isVisible()
    answers.give = "discard"
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_escape_on_an_empty_note_closes_without_asking(qtbot, answers):
    dialog = NoteInput()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.setTextValue("   ")
    dialog.reject()
    assert not answers and not dialog.isVisible()


def test_escape_keeps_the_note_of_an_attempt_or_a_planned_call(qtbot, answers):
    from datetime import datetime, timezone
    from leadinbox.ui.followup.attempt_dialog import AttemptDialog
    from leadinbox.ui.followup.schedule_dialog import ScheduleCallDialog
    now = datetime(2026, 12, 7, 9, tzinfo=timezone.utc)
    attempt = AttemptDialog(customer_name="Sanne de Vries", leads=[(1, "Contact me")], now=now)
    call = ScheduleCallDialog(customer_name="Sanne de Vries", now=now)
    for dialog, note in ((attempt, attempt.note), (call, call.note_edit)):
        qtbot.addWidget(dialog)
        dialog.setResult(-1)
        note.setPlainText("Asked for the price list; call back Tuesday")
        answers.give = "keep"
        dialog.reject()
        assert dialog.result() == -1, dialog          # not closed: what was written is kept
        answers.give = "discard"
        dialog.reject()
        assert dialog.result() == dialog.DialogCode.Rejected
    assert len(answers) == 4
