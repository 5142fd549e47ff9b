"""The email for an attempt, from the user's template: edit, then open it in the mail app, copy its subject and
text one at a time (webmail: two fields), or save it as a draft a mail app opens whole."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout)

from leadinbox.core.mail.draft import draft_eml
from leadinbox.core.templates import Template
from leadinbox.ui.widgets.discard import may_discard


class EmailDialog(QDialog):
    """Accepted with `choice`: 'open' (the caller opens a mailto: link), 'copied' (the subject or text was
    copied, then Done), 'draft' (saved as an .eml file, `saved`). `no_mail_app`: shown again after no mail app
    opened: it says so and offers the other ways."""

    def __init__(self, parent=None, *, to: str, draft: Template, unsigned: bool = False,
                 no_mail_app: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Email %s") % to)
        self.no_mail_app = no_mail_app
        self.to = QLineEdit(to, readOnly=True)
        self._filled_in = draft
        self.subject = QLineEdit(draft.subject)
        self.body = QPlainTextEdit(draft.body)
        self.body.setMinimumSize(520, 260)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("&Subject:"), self.subject)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton(self.tr("&Open in mail app"))
        self.copy_subject_button = QPushButton(self.tr("Copy s&ubject"))
        self.copy_button = QPushButton(self.tr("&Copy text"))
        self.draft_button = QPushButton(self.tr("Save as &draft…"))
        self.done_button = QPushButton(self.tr("Do&ne"))
        for button in (self.copy_subject_button, self.copy_button, self.draft_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.hide()           # shown once something was copied: the email goes out elsewhere
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(lambda: self._done("open"))
        self.copy_subject_button.clicked.connect(self.copy_subject)
        self.copy_button.clicked.connect(self.copy_text)
        self.draft_button.clicked.connect(self.save_draft)
        self.done_button.clicked.connect(lambda: self._done("copied"))
        self.status = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        if no_mail_app:
            self.open_button.hide()
            layout.addWidget(QLabel(self.tr(
                "No mail app could be opened. Copy the subject and then the text into a new email in your mail "
                "program or webmail, or save the email as a draft that a mail app opens whole."), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        if unsigned:        # the template's {my_name} and {signature} came out empty
            self.hint = QLabel(self.tr("Your name and signature are not set: Edit › Settings › General."),
                               wordWrap=True)
            layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        # Only now, with the button inside the dialog: `default=True` while it had no dialog was lost, and
        # QDialog then made the first button in the focus chain (Cancel) the default.
        (self.copy_subject_button if no_mail_app else self.open_button).setDefault(True)
        self.choice: str | None = None
        self.saved: Path | None = None
        # Seam for tests: where the draft goes (an empty answer: not saved).
        self.ask_path = lambda suggested: QFileDialog.getSaveFileName(
            self, self.tr("Save email as draft"), suggested, self.tr("Email message (*.eml)"))[0]

    def draft(self) -> Template:
        return Template(self.subject.text(), self.body.toPlainText())

    def copy_subject(self) -> None:
        QGuiApplication.clipboard().setText(self.subject.text())
        self._copied(self.tr("Subject copied: paste it into the email's subject, then copy the text."))

    def copy_text(self) -> None:
        """The email's text alone on the clipboard: pasted into the body (the subject has a field of its own)."""
        QGuiApplication.clipboard().setText(self.body.toPlainText())
        self._copied(self.tr("Text copied: paste it into the email."))

    def _copied(self, text: str) -> None:
        self.status.setText(text)
        self.done_button.show()
        self.done_button.setDefault(True)

    def save_draft(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", " ", self.subject.text()).strip()[:80] or "email"
        chosen = self.ask_path(str(Path(folder) / f"{name}.eml"))
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".eml") else Path(chosen + ".eml")
        data = draft_eml(self.to.text(), self.subject.text(), self.body.toPlainText())
        try:
            # Readable by the user only, as LeadInbox's exports: it names a customer.
            with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
                out.write(data)
        except OSError as exc:
            self.status.setText(self.tr("The draft could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.saved = path
        self._done("draft")

    def reject(self) -> None:
        # Escape threw away an email rewritten by hand; once copied (Done shows) it goes out from elsewhere.
        edited = self.draft() != self._filled_in and self.done_button.isHidden()
        if not edited or may_discard(self, self.body.toPlainText() + self.subject.text()):
            super().reject()

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()
