"""The question before an import is undone: which file, how many leads and customers go, and, when some of
them were worked on since, whose work goes with them (a separate, never default, button)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from leadinbox.store.batches import UndoPlan


class UndoConfirmation(QMessageBox):
    """`undo` is the button that goes ahead (Yes, or "Undo anyway and lose that work"); anything else keeps
    the import. The default button keeps it: the undo deletes."""

    def __init__(self, plan: UndoPlan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Undo import"))
        self.setTextFormat(Qt.TextFormat.PlainText)      # a file name is not markup
        if plan.customers:
            text = self.tr("Remove %Ln lead(s) and %1 added by %2?", "", plan.leads).replace(
                "%1", self.tr("%Ln customer(s)", "", plan.customers)).replace("%2", plan.file)
        else:
            text = self.tr("Remove %Ln lead(s) added by %1?", "", plan.leads).replace("%1", plan.file)
        self.setText(text)
        if not plan.worked:
            self.setIcon(QMessageBox.Icon.Question)
            self.setInformativeText(self.tr("Leads you had before this import stay, with the details it "
                                            "filled in."))
            self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            self.setDefaultButton(QMessageBox.StandardButton.No)
            self.undo = self.button(QMessageBox.StandardButton.Yes)
            return
        self.setIcon(QMessageBox.Icon.Warning)
        self.setInformativeText(
            self.tr("You have worked on %Ln of these leads since the import, for %1.", "", plan.worked)
            .replace("%1", self.whose()) + "\n\n"
            + self.tr("Undoing it anyway deletes that work: the status changes and attempts logged on those "
                      "leads, and the notes and calls of the customers removed."))
        keep = self.addButton(self.tr("Keep the import"), QMessageBox.ButtonRole.RejectRole)
        self.undo = self.addButton(self.tr("Undo anyway and lose that work"),
                                   QMessageBox.ButtonRole.DestructiveRole)
        self.setDefaultButton(keep)
        self.setEscapeButton(keep)

    def whose(self) -> str:
        """The worked-on customers by name; past the first few, how many more."""
        names = ", ".join(self.plan.worked_names)
        rest = self.plan.worked_customers - len(self.plan.worked_names)
        if rest > 0:
            names = self.tr("%1 and %Ln other customer(s)", "", rest).replace("%1", names)
        return names

    def confirmed(self) -> bool:
        return self.clickedButton() is self.undo
