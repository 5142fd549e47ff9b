"""Assign one or many leads to an owner: a known name (completed as you type), a new one, or Me."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QVBoxLayout)

from leadinbox.ui.language.i18n import format_number


class AssignOwnerDialog(QDialog):
    """`owner()` is the name chosen, or None for *Me* (the app's user), as is an empty field."""

    def __init__(self, parent=None, *, known_owners: list[str], current: str | None, count: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign one lead") if count == 1 else self.tr("Assign %s leads") % format_number(count))
        self._me = self.tr("Me")
        names = sorted({n.strip() for n in known_owners if n and n.strip()}, key=str.casefold)
        self.owner_box = QComboBox()
        self.owner_box.setEditable(True)
        self.owner_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner_box.addItem(self._me, None)
        for name in names:
            if name != self._me:
                self.owner_box.addItem(name, name)
        completer = QCompleter([self.owner_box.itemText(i) for i in range(self.owner_box.count())], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)    # "jan" finds "Pieter Jansen"
        self.owner_box.setCompleter(completer)
        self.owner_box.setMinimumContentsLength(24)
        if current and current.strip():
            index = self.owner_box.findData(current.strip())
            if index < 0:
                self.owner_box.addItem(current.strip(), current.strip())
                index = self.owner_box.count() - 1
            self.owner_box.setCurrentIndex(index)
        else:
            self.owner_box.setCurrentIndex(0)
        self.hint = QLabel(self.tr("Pick a colleague or type a new name; “Me” assigns them to you."))
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Owner:"), self.owner_box)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Assign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)
        self.owner_box.setFocus()
        self.owner_box.lineEdit().selectAll()

    def owner(self) -> str | None:
        """The typed text decides (it may be a new name); a known name typed in another case is that name."""
        text = " ".join(self.owner_box.currentText().split())
        if not text or text.casefold() == self._me.casefold():
            return None
        for i in range(1, self.owner_box.count()):
            if self.owner_box.itemText(i).casefold() == text.casefold():
                return self.owner_box.itemData(i)
        return text
