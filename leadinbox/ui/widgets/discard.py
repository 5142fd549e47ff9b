"""Escape or Cancel on a dialog where the user wrote something asks before throwing the text away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Discard", text)


def may_discard(parent: QWidget, written: str) -> bool:
    """True when nothing is written, or the user agrees to lose it (Keep writing is the default)."""
    if not written.strip():
        return True
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Discard what you wrote?"),
                      _tr("Close without saving what you wrote?"), parent=parent)
    discard = box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(_tr("&Keep writing"), QMessageBox.ButtonRole.RejectRole))
    return ask(box) is discard


def ask(box: QMessageBox):
    """Shows `box` and answers the button clicked (tests answer it instead)."""
    box.exec()
    return box.clickedButton()


class NoteInput(QInputDialog):
    """A multi-line text dialog (a note) whose Escape and Cancel ask before throwing away what was written."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)

    def reject(self) -> None:
        if may_discard(self, self.textValue()):
            super().reject()
