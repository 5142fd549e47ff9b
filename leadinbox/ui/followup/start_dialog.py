"""Start from today: treat unanswered leads older than N days as handled before LeadInbox, or restart their
first-response clock, so that Due now shows what is really due. Says how many it would touch before OK."""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QRadioButton,
                               QSpinBox, QVBoxLayout)

from leadinbox.store.work import bulk


class StartFromTodayDialog(QDialog):
    def __init__(self, db, parent=None, *, customer_ids: list[int] | None = None, days: int = 14) -> None:
        super().__init__(parent)
        self.db, self.customer_ids = db, customer_ids
        self.setWindowTitle(self.tr("Start from today"))
        self.setMinimumWidth(460)     # the explanation wraps into a column of a few words otherwise (zh_TW)
        intro = QLabel(self.tr(
            "Leads that came in before you used LeadInbox were probably answered elsewhere. Treat the unanswered "
            "ones older than a number of days as handled, so that Due now shows what is really due. Nothing is "
            "deleted, and Ctrl+Z undoes it.") if customer_ids is None else self.tr(
            "Treat the unanswered leads of the %Ln selected customer(s) that are older than a number of days as "
            "handled. Nothing is deleted, and Ctrl+Z undoes it.", "", len(customer_ids)), wordWrap=True)
        self.spin = QSpinBox(minimum=0, maximum=3650, value=days, suffix=self.tr(" days"))
        self.spin.setAccessibleName(self.tr("Older than"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Unanswered leads older than")))
        row.addWidget(self.spin)
        row.addStretch(1)
        self.close_button = QRadioButton(self.tr("&Close them as “handled before LeadInbox”"), checked=True)
        self.restart_button = QRadioButton(self.tr("&Restart their first-response clock from now"))
        group = QButtonGroup(self)
        for button in (self.close_button, self.restart_button):
            group.addButton(button)
        self.count = QLabel(objectName="startCount", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.close_button)
        layout.addWidget(self.restart_button)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.spin.valueChanged.connect(self._recount)
        self._recount()

    def _recount(self) -> None:
        leads, customers = bulk.count_stale(self.db, self.spin.value(), customer_ids=self.customer_ids)
        self.count.setText(self.tr("%Ln unanswered lead(s) older than that,", "", leads) + " "
                           + self.tr("of %Ln customer(s).", "", customers))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(leads > 0)

    def days(self) -> int:
        return self.spin.value()

    def mode(self) -> str:
        return "close" if self.close_button.isChecked() else "restart"
