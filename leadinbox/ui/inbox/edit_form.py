"""The detail pane's form for a customer's contact details: what the user types is kept over later imports."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

# Languages an email can be written in (the templates'), and a few more a customer may prefer.
LANGUAGES = ("", "en", "nl", "zh_TW", "de", "fr", "es", "it", "ja")


class ContactForm(QWidget):
    """Emits `save` with {field: text or None} of every field (the store records what differs) or `cancel`."""

    save = Signal(dict)
    cancel = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        for name, label in (("name", self.tr("&Name:")), ("email", self.tr("E&mail:")), ("phone", self.tr("&Phone:")),
                            ("company", self.tr("&Company:")), ("title", self.tr("&Job title:")),
                            ("country", self.tr("C&ountry:"))):
            edit = QLineEdit(objectName=f"edit_{name}", maxLength=200, clearButtonEnabled=True)
            self.fields[name] = edit
            form.addRow(label, edit)
        self.fields["country"].setPlaceholderText(self.tr("NL, Netherlands, …"))
        language = QComboBox(objectName="edit_language", editable=True)
        names = {"": self.tr("(from the country)"), "en": "English", "nl": "Nederlands", "zh_TW": "繁體中文",
                 "de": "Deutsch", "fr": "Français", "es": "Español", "it": "Italiano", "ja": "日本語"}
        for code in LANGUAGES:
            language.addItem(names[code], code)
        self.fields["language"] = language
        form.addRow(self.tr("&Language:"), language)
        note = QLabel(self.tr("What you change here is kept: a later import does not overwrite it (it still fills "
                              "what you leave empty). Ctrl+Z undoes a save."), wordWrap=True)
        note.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(lambda: self.save.emit(self.values()))
        self.buttons.rejected.connect(self.cancel)
        QShortcut(QKeySequence("Escape"), self, self.cancel.emit)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, lambda: self.save.emit(self.values()))
        for edit in self.fields.values():
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(lambda: self.save.emit(self.values()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def load(self, customer: dict) -> None:
        """Fill the form from the customer (the detail pane's row of them)."""
        for name, key in (("name", "full_name"), ("email", "email"), ("phone", "phone"), ("company", "company"),
                          ("title", "job_title")):
            self.fields[name].setText(customer.get(key) or "")
        self.fields["country"].setText(customer.get("country_raw") or customer.get("country_code") or "")
        language = self.fields["language"]
        code = customer.get("language") or ""
        index = language.findData(code)
        if index < 0:
            language.addItem(code, code)
            index = language.count() - 1
        language.setCurrentIndex(index)
        self.fields["name"].setFocus()

    def values(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for name, edit in self.fields.items():
            if isinstance(edit, QComboBox):
                data = edit.currentData()
                text = edit.currentText().strip()
                value = data if data is not None and edit.itemText(edit.currentIndex()) == text else text
            else:
                value = edit.text().strip()
            out[name] = value or None
        return out
