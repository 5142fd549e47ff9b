"""The email templates editor: a template per kind of lead, placeholders by click, warnings, live preview."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QToolButton, QVBoxLayout, QWidget)

from leadinbox.core.templates import DEFAULTS, KINDS, PLACEHOLDERS, Template, not_names, render, unknown_placeholders

#: What the preview fills in: a plausible customer, so the user sees a real email.
#: i18n: not UI (names of people and companies, the same in every language)
SAMPLE = {"first_name": "Anna", "full_name": "Anna de Vries", "company": "Fabrikam",  # i18n: not UI
          "offer": "Contoso Gateway", "my_name": "Sam Lee", "signature": "Sam Lee\nContoso Ltd.",
          "their_message": "We are 40 people. What does it cost per user?"}  # i18n: not UI


class TemplatesEditor(QWidget):
    """`set_templates()` fills it, `templates()` returns every kind as edited; `changed` on each edit."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        labels = {"PLT": self.tr("Contact me"), "StartTestDrive": self.tr("Test drive"),
                  "INS": self.tr("Get it now / free trial"), "Create": self.tr("Azure portal create"),
                  "followup": self.tr("Follow-up for attempt 2, 3, …"),
                  "reply": self.tr("After the customer replied"),
                  "booked": self.tr("After a call was booked")}
        hints = {"first_name": self.tr("The customer's first name (else their full name, or “there”)"),
                 "full_name": self.tr("The customer's full name"),
                 "company": self.tr("The customer's company (“your team” without one)"),
                 "offer": self.tr("The offer the lead came from"),
                 "my_name": self.tr("Your name"),
                 "signature": self.tr("Your signature (your name without one)"),
                 "their_message": self.tr("What the customer wrote (Contact me), quoted and shortened; its line "
                                          "is left out when they wrote nothing")}
        self._labels = labels
        self._templates: dict[str, Template] = dict(DEFAULTS)
        self.kind_box = QComboBox()
        for kind in KINDS:
            self.kind_box.addItem(labels[kind], kind)
        self.restore_button = QPushButton(self.tr("&Restore default"))
        top = QHBoxLayout()
        top.addWidget(self.kind_box, 1)
        top.addWidget(self.restore_button)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(140)
        self._target: QLineEdit | QPlainTextEdit = self.body
        for field in (self.subject, self.body):
            field.installEventFilter(self)
        chips = QHBoxLayout()
        chips.setSpacing(4)
        self.placeholder_buttons: dict[str, QToolButton] = {}
        for name in PLACEHOLDERS:
            button = QToolButton(text="{%s}" % name, toolTip=hints[name])
            button.clicked.connect(lambda _=False, n=name: self.insert_placeholder(n))
            chips.addWidget(button)
            self.placeholder_buttons[name] = button
        chips.addStretch(1)
        self.warning = QLabel(wordWrap=True)
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setMinimumHeight(120)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("&Template:"), buddy=self.kind_box), top)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Body:"), self.body)
        form.addRow(self.tr("Insert:"), chips)
        form.addRow("", self.warning)
        form.addRow(self.tr("Preview:"), self.preview)
        language = QLabel(self.tr("An email is written in the customer's language (the one set on them, else "
                                  "their country's). A template you change is used as you wrote it, for everyone."),
                          wordWrap=True)
        language.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.kind_box.currentIndexChanged.connect(self._show_kind)
        self.subject.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.restore_button.clicked.connect(self.restore_default)
        self._show_kind()

    def set_templates(self, templates: dict[str, Template]) -> None:
        self._templates = {kind: templates.get(kind, DEFAULTS[kind]) for kind in KINDS}
        self._show_kind()

    def templates(self) -> dict[str, Template]:
        return dict(self._templates)

    def kind(self) -> str:
        return self.kind_box.currentData()

    def select_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(KINDS.index(kind))

    def current(self) -> Template:
        return Template(self.subject.text(), self.body.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Remember the field the user last wrote in: a placeholder button goes there, not always to the body.
        if event.type() == QEvent.Type.FocusIn and watched in (self.subject, self.body):
            self._target = watched
        return super().eventFilter(watched, event)

    def insert_placeholder(self, name: str) -> None:
        text = "{%s}" % name
        if self._target is self.subject:
            self.subject.insert(text)
        else:
            self.body.insertPlainText(text)
        self._target.setFocus()

    def restore_default(self) -> None:
        self._fill(DEFAULTS[self.kind()])

    def _fill(self, template: Template) -> None:
        # Set both fields before storing, so a half-filled template is never taken as the user's edit.
        for field in (self.subject, self.body):
            field.blockSignals(True)
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        for field in (self.subject, self.body):
            field.blockSignals(False)
        self._edited()

    def _show_kind(self, *_args) -> None:
        self._fill(self._templates[self.kind()])

    def _edited(self, *_args) -> None:
        kind, template = self.kind(), self.current()
        before = self._templates[kind]
        self._templates[kind] = template
        edited = template != DEFAULTS[kind]
        self.restore_button.setEnabled(edited)
        index = KINDS.index(kind)
        self.kind_box.setItemText(index, self.tr("%s (edited)") % self._labels[kind] if edited
                                  else self._labels[kind])
        self._check(template)
        rendered = render(template, SAMPLE)
        self.preview.setPlainText(self.tr("Subject: %s") % rendered.subject + "\n\n" + rendered.body)
        if template != before:
            self.changed.emit()

    def _check(self, template: Template) -> None:
        try:
            unknown = sorted(unknown_placeholders(template))
            odd = not_names(template)
        except ValueError:
            text = self.tr("A brace { or } is not closed: the email would be sent exactly as written, "
                           "without the placeholders filled in.")
        else:
            names = ", ".join("{%s}" % n for n in unknown)
            text = ""
            if unknown:
                text = (self.tr("Unknown placeholder: %s.") if len(unknown) == 1
                        else self.tr("Unknown placeholders: %s.")) % names
                text += " " + self.tr("Use one of the placeholders above; the preview shows what would be "
                                      "sent.")
            if odd:     # '{first_name.__class__}': a placeholder is a name, nothing more (core/templates.py)
                text += (" " if text else "") + self.tr(
                    "%1 is not filled in: a placeholder is only a name in braces, such as {first_name}, without "
                    "dots, brackets, ! or :. It stays in the email as written.").replace("%1", ", ".join(odd))
        self.warning.setText("⚠ " + text if text else "")
        self.warning.setVisible(bool(text))
