"""The email dialog: Enter means its main action (open in the mail app), and Copy text fills the clipboard."""

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


def test_copy_text_puts_subject_and_body_on_the_clipboard(qtbot):
    dialog = EmailDialog(to="a@b.example", draft=Template("Hello", "Body"))
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert dialog.choice == "copy" and QGuiApplication.clipboard().text() == "Subject: Hello\n\nBody"
