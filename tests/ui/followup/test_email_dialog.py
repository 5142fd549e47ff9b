"""The email dialog: Enter means its main action (open in the mail app); the subject and the text are copied one
at a time, or saved as a draft a mail app opens."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from leadinbox.core.templates import Template
from leadinbox.ui.followup.email_dialog import EmailDialog


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")     # offscreen: showing a window
def test_open_in_mail_app_is_the_default_button_and_enter_presses_it(qtbot):
    dialog = EmailDialog(to="a@b.example", draft=Template("Hello", "Body"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.open_button.isDefault()
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    assert dialog.choice == "open" and dialog.result() == EmailDialog.DialogCode.Accepted


def test_subject_and_text_are_copied_one_at_a_time_then_done(qtbot):
    dialog = EmailDialog(to="a@b.example", draft=Template("Hello", "Body"))
    qtbot.addWidget(dialog)
    assert dialog.done_button.isHidden()
    dialog.copy_subject_button.click()
    assert QGuiApplication.clipboard().text() == "Hello" and dialog.result() == 0       # still open
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Body" and not dialog.done_button.isHidden()
    dialog.done_button.click()
    assert dialog.choice == "copied" and dialog.result() == EmailDialog.DialogCode.Accepted


def test_a_draft_is_saved_as_an_eml_file_a_mail_app_opens_as_unsent(qtbot, tmp_path):
    import email
    import stat
    dialog = EmailDialog(to="yichun.chen@tailspin.example", draft=Template("關於 Contoso", "陳先生您好：\n內容"))
    qtbot.addWidget(dialog)
    asked = []
    dialog.ask_path = lambda suggested: asked.append(suggested) or str(tmp_path / "draft")
    dialog.draft_button.click()
    assert asked[0].endswith("關於 Contoso.eml")
    assert dialog.choice == "draft" and dialog.saved == tmp_path / "draft.eml"
    message = email.message_from_bytes(dialog.saved.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1" and message["To"] == "yichun.chen@tailspin.example"
    assert message["Subject"] == "關於 Contoso" and message.get_content().replace("\r\n", "\n") == "陳先生您好：\n內容\n"
    assert stat.S_IMODE(dialog.saved.stat().st_mode) == 0o600


def test_a_cancelled_save_keeps_the_dialog_open(qtbot):
    dialog = EmailDialog(to="a@b.example", draft=Template("Hello", "Body"))
    qtbot.addWidget(dialog)
    dialog.ask_path = lambda suggested: ""
    dialog.draft_button.click()
    assert dialog.choice is None and dialog.result() == 0


def test_without_a_mail_app_the_dialog_says_so_and_copies_first(qtbot):
    dialog = EmailDialog(to="a@b.example", draft=Template("Hello", "Body"), no_mail_app=True)
    qtbot.addWidget(dialog)
    assert dialog.open_button.isHidden() and dialog.copy_subject_button.isDefault()


def test_escape_keeps_an_email_rewritten_by_hand_unless_told_to_discard_it(qtbot, monkeypatch):
    # The filled-in email, a paragraph rewritten, Escape: the rewrite was gone without a word.
    from leadinbox.ui.widgets import discard
    asked = []
    monkeypatch.setattr(discard, "ask", lambda box: asked.append(box.text()) or box.defaultButton())  # Keep
    dialog = EmailDialog(to="a@b.example", draft=Template("Hello", "Body"))
    qtbot.addWidget(dialog)
    dialog.setResult(-1)
    dialog.reject()                                   # as filled in: closes without a question
    assert not asked and dialog.result() == dialog.DialogCode.Rejected
    dialog.setResult(-1)
    dialog.body.setPlainText("Body, and a paragraph about the 40 seats")
    dialog.reject()
    assert asked and dialog.result() == -1            # kept
    dialog.copy_text()                                # copied: the email goes out from the mail program
    dialog.reject()
    assert len(asked) == 1 and dialog.result() == dialog.DialogCode.Rejected
