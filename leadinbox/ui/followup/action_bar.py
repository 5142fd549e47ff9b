"""The row of follow-up actions under a customer's name; disabled, with the reason, for do-not-contact."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from leadinbox.ui.inbox.columns import STATUS_LABELS

MENU_STATUSES = ("contacted", "nurturing", "qualified", "won", "lost", "no_response", "new", "dnc")


class FollowUpBar(QWidget):
    """Emits what the user asked for; the main window's FollowUpActions does it."""

    email = Signal()
    call = Signal()
    attempt = Signal()
    note = Signal()
    plan_call = Signal()
    status = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.email_button = QPushButton(self.tr("Email"), toolTip=self.tr("Write from a template (E)"))
        self.call_button = QPushButton(self.tr("Call"), toolTip=self.tr("Call with your phone app (C)"))
        self.attempt_button = QPushButton(self.tr("Log attempt"), toolTip=self.tr("Log an email or call (A)"))
        self.plan_button = QPushButton(self.tr("Plan call"), toolTip=self.tr("Schedule a call or meeting (P)"))
        self.note_button = QPushButton(self.tr("Note"), toolTip=self.tr("Add a note (N)"))
        self.status_button = QToolButton(text=self.tr("Status"), toolTip=self.tr("Move, close or reopen (S)"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        for key in MENU_STATUSES:
            label = self.tr("Reopen as New") if key == "new" else STATUS_LABELS[key]
            menu.addAction(label, lambda k=key: self.status.emit(k))
        self.status_button.setMenu(menu)
        # Two rows of three: the detail pane stays narrow enough to leave the list its columns on a laptop.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for n, (button, signal) in enumerate(((self.email_button, self.email), (self.call_button, self.call),
                                              (self.attempt_button, self.attempt),
                                              (self.plan_button, self.plan_call), (self.note_button, self.note))):
            button.clicked.connect(signal)
            layout.addWidget(button, n // 3, n % 3)
        self.status_button.setSizePolicy(self.note_button.sizePolicy())
        self.status_button.setToolButtonStyle(self.status_button.toolButtonStyle())
        layout.addWidget(self.status_button, 1, 2)
        # Several customers selected: which of these buttons act on all of them.
        self.selection = QLabel(wordWrap=True, objectName="selectionNote")
        self.selection.setStyleSheet("QLabel#selectionNote { background: #DCEBF7; color: #000000; padding: 3px; "
                                     "border-radius: 3px; }")
        self.selection.hide()
        layout.addWidget(self.selection, 2, 0, 1, 3)
        self.contact_buttons = (self.email_button, self.call_button, self.attempt_button, self.plan_button)
        self._tips = {b: b.toolTip() for b in self.contact_buttons}
        self._dnc, self._many = False, 0

    def set_selection(self, count: int) -> None:
        """`count` customers selected (0 or 1: only the one shown): say that Status, Log attempt and
        Plan call act on all."""
        self.selection.setVisible(count > 1)
        if count > 1:
            self.selection.setText(self.tr(
                "%Ln customers selected: Status, Log attempt and Plan call act on all of them.", "", count))
        self._many = count
        self._sync_selection()

    def set_customer(self, customer: dict) -> None:
        dnc = bool(customer["dnc"])
        why = self.tr("Do not contact: this customer asked not to be contacted.")
        for button in self.contact_buttons:
            button.setEnabled(not dnc)
            button.setToolTip(why if dnc else self._tips[button])
        self.email_button.setEnabled(not dnc and bool(customer["email"]))
        self.call_button.setEnabled(not dnc and bool(customer["phone"]))
        self._dnc = dnc
        self._sync_selection()

    def _sync_selection(self) -> None:
        """Log attempt and Plan call act on the whole selection, leaving out whoever may not be contacted (and
        saying so): greyed out only for a do-not-contact customer alone, not for one clicked last of several."""
        if not self._dnc:
            return
        for button in (self.attempt_button, self.plan_button):
            button.setEnabled(self._many > 1)
            button.setToolTip(self._tips[button] if self._many > 1 else
                              self.tr("Do not contact: this customer asked not to be contacted."))
