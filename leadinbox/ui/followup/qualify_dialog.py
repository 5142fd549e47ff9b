"""Tick which of the user's qualification criteria a lead meets; before Qualified, name those still open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from leadinbox.core.qualification import open_criteria
from leadinbox.ui.followup.criteria_names import shown


class QualifyDialog(QDialog):
    """A checklist of `criteria` with `met` ticked. With `to_qualified` the OK button reads *Mark qualified*
    and the dialog names the criteria still open; it stays allowed, since the user decides."""

    def __init__(self, parent=None, *, criteria: tuple[str, ...], met: set[str], to_qualified: bool) -> None:
        super().__init__(parent)
        self._criteria = tuple(criteria)
        self._to_qualified = to_qualified
        self.setWindowTitle(self.tr("Mark qualified") if to_qualified else self.tr("Qualification"))
        self.intro = QLabel(self.tr("Which of your qualification criteria does this lead meet?"))
        self.intro.setWordWrap(True)
        self.checklist = QListWidget()
        for name in self._criteria:
            self._add(name, name in met, shown(name))
        # A criterion the user has since renamed or removed stays visible, so saving does not drop it unseen.
        for name in sorted(set(met) - set(self._criteria), key=lambda n: shown(n).casefold()):
            item = self._add(name, True, self.tr("%s (no longer one of your criteria)") % shown(name))
            item.setToolTip(self.tr("Untick to forget it for this lead."))
        # As tall as its criteria, up to a dozen (then it scrolls): four ticks sat atop a box of empty space.
        row = self.checklist.sizeHintForRow(0) if self.checklist.count() else self.fontMetrics().height()
        rows = min(max(self.checklist.count(), 1), 12)
        self.checklist.setFixedHeight(row * rows + 2 * self.checklist.frameWidth() + 4)
        self.status = QLabel(wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Mark qualified") if to_qualified else self.tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.checklist)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.checklist.itemChanged.connect(self._update)
        self._update()
        if self.checklist.count():
            self.checklist.setCurrentRow(0)
        self.checklist.setFocus()    # Space ticks the current criterion

    def _add(self, name: str, checked: bool, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, name)      # the stored name, whatever the label says
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.checklist.addItem(item)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.checklist.item(i) for i in range(self.checklist.count())]

    def still_open(self) -> list[str]:
        """The user's criteria not ticked, in their order."""
        return open_criteria(self._criteria, set(self.met()))

    def _update(self, *_args) -> None:
        if not self._criteria:
            text = self.tr("You have no qualification criteria yet; define them in Settings › Follow-up.")
        elif self.still_open():
            text = self.tr("Still open: %s") % ", ".join(map(shown, self.still_open()))
            if self._to_qualified:
                text += "\n" + self.tr("You can mark the lead qualified anyway.")
        else:
            text = self.tr("All criteria are met.")
        self.status.setText(text)

    def met(self) -> list[str]:
        """The ticked criteria, in the order shown."""
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]
