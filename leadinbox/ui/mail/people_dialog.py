"""Asks which of the people an email named (who are no customer yet) to add as leads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from leadinbox.core.mail.message import Address


class AddPeopleDialog(QDialog):
    def __init__(self, people: list[Address], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("No customer"))
        self.people = people
        self.list = QListWidget()
        for person in people:
            item = QListWidgetItem(f"{person.name} <{person.email}>" if person.name else person.email)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        self.add = buttons.addButton(self.tr("&Add as leads and log the email"),
                                     QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These people are no customer in LeadInbox, so the email was not logged. "
                                        "Add the ticked ones as leads (File › Import history can undo that)?"),
                                wordWrap=True))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[Address]:
        return [p for i, p in enumerate(self.people)
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
