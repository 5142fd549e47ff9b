"""Add a lead by hand (a call, a trade-show contact, an email a colleague forwarded): the few fields that make
a lead, given to the importer as a one-row file (same clock, cadence and duplicate checks)."""

from __future__ import annotations

from datetime import timezone

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)

from leadinbox.core.leadsource import ACTIONS
from leadinbox.ui.inbox.badges import action_label
from leadinbox.ui.language.i18n import datetime_field_format


class AddLeadDialog(QDialog):
    def __init__(self, parent=None, *, offers: list[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add lead"))
        self.setMinimumWidth(480)     # the explanation on top wraps narrowly otherwise (zh_TW)
        self.name = QLineEdit(maxLength=200)
        self.company = QLineEdit(maxLength=200)
        self.email = QLineEdit(maxLength=254)
        self.phone = QLineEdit(maxLength=60)
        self.country = QLineEdit(maxLength=60, placeholderText=self.tr("NL, Netherlands, …"))
        self.offer = QComboBox(editable=True)
        self.offer.addItems(["", *offers])
        self.action = QComboBox()
        for code in [a for a in ACTIONS if a != "DNC"]:
            self.action.addItem(action_label(code), code)
        self.action.setCurrentIndex(self.action.findData("PLT"))
        self.message = QPlainTextEdit(placeholderText=self.tr("What they asked for, in their words"))
        self.message.setTabChangesFocus(True)
        self.message.setFixedHeight(self.message.fontMetrics().lineSpacing() * 4 + 12)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), calendarPopup=True)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addDays(1))
        self.when.setDisplayFormat(datetime_field_format())    # as the attempt and call dialogs write it
        form = QFormLayout()
        for label, widget in ((self.tr("&Name:"), self.name), (self.tr("&Company:"), self.company),
                              (self.tr("E&mail:"), self.email), (self.tr("&Phone:"), self.phone),
                              (self.tr("C&ountry:"), self.country), (self.tr("O&ffer:"), self.offer),
                              (self.tr("&Asked for:"), self.action), (self.tr("Me&ssage:"), self.message),
                              (self.tr("&When:"), self.when)):
            form.addRow(label, widget)
        self.problem = QLabel(wordWrap=True, objectName="addLeadProblem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add lead"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The lead gets a first-response clock and a place in the inbox as an "
                                        "imported one would; the same person, action, offer and day is found "
                                        "as already known."), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for edit in (self.name, self.email, self.phone):
            edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        reachable = bool(self.email.text().strip() or self.phone.text().strip())
        named = bool(self.name.text().strip() or self.email.text().strip())
        self.problem.setText("" if reachable and named else
                             self.tr("Give an email or a phone number (and a name when there is no email)."))
        # On the empty form the rule is a hint; in the warning colour only once something typed is not enough.
        typed = any(edit.text().strip() for edit in (self.name, self.email, self.phone))
        self.problem.setStyleSheet("color: #D55E00;" if typed else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(reachable and named)

    def values(self) -> dict[str, str | None]:
        """The fields as core/manual.py takes them; the time in UTC."""
        when = self.when.dateTime().toPython().astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        text = {"name": self.name.text(), "company": self.company.text(), "email": self.email.text(),
                "phone": self.phone.text(), "country": self.country.text(), "offer": self.offer.currentText(),
                "message": self.message.toPlainText()}
        return {**{k: v.strip() or None for k, v in text.items()}, "action": self.action.currentData(), "date": when}
