"""The email for an attempt, from the user's template: edit, then open it in the mail app or copy it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QVBoxLayout)

from leadinbox.core.templates import Template


class EmailDialog(QDialog):
    """Returns with `choice` 'open' (the caller opens a mailto: link) or 'copy' (text on the clipboard)."""

    def __init__(self, parent=None, *, to: str, draft: Template, unsigned: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Email %s") % to)
        self.to = QLineEdit(to, readOnly=True)
        self.subject = QLineEdit(draft.subject)
        self.body = QPlainTextEdit(draft.body)
        self.body.setMinimumSize(520, 260)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("&Subject:"), self.subject)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton(self.tr("&Open in mail app"))
        self.copy_button = QPushButton(self.tr("&Copy text"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(lambda: self._done("open"))
        self.copy_button.clicked.connect(lambda: self._done("copy"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        if unsigned:        # the template's {my_name} and {signature} came out empty
            self.hint = QLabel(self.tr("Your name and signature are not set: Edit › Settings › General."),
                               wordWrap=True)
            layout.addWidget(self.hint)
        layout.addWidget(buttons)
        # Only now, with the button inside the dialog: `default=True` while it had no dialog was lost, and
        # QDialog then made the first button in the focus chain (Cancel) the default.
        self.open_button.setDefault(True)
        self.choice: str | None = None

    def draft(self) -> Template:
        return Template(self.subject.text(), self.body.toPlainText())

    def copy_text(self) -> None:
        """The subject and text on the clipboard (Copy text, or the way out when no mail app opens)."""
        d = self.draft()
        QGuiApplication.clipboard().setText(f"{self.tr('Subject:')} {d.subject}\n\n{d.body}")

    def _done(self, choice: str) -> None:
        self.choice = choice
        if choice == "copy":
            self.copy_text()
        self.accept()
