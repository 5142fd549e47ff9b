"""What a won (or qualified) deal is worth: an amount and a currency on the customer's Won/Qualified leads."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
                               QListWidget, QListWidgetItem, QVBoxLayout)
from PySide6.QtCore import Qt

from leadinbox.ui.inbox.badges import action_label
from leadinbox.ui.inbox.columns import STATUS_LABELS
from leadinbox.ui.language.i18n import format_money

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "TWD", "JPY", "AUD", "CAD", "INR")


class DealDialog(QDialog):
    def __init__(self, parent=None, *, leads: list[dict], values: dict[int, tuple[float, str] | None]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deal value"))
        self.leads = QListWidget()
        for lead in leads:
            text = " · ".join(filter(None, (STATUS_LABELS.get(lead["status"], lead["status"]),
                                            action_label(lead["action"]), lead["offer_name"] or lead["offer_id"])))
            if values.get(lead["id"]):
                amount, currency = values[lead["id"]]
                text += f" · {format_money(amount, currency)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, lead["id"])
            item.setCheckState(Qt.CheckState.Checked)
            self.leads.addItem(item)
        self.leads.setVisible(len(leads) > 1)
        known = next((v for v in values.values() if v), None)
        self.amount_box = QDoubleSpinBox(minimum=0, maximum=1e12, decimals=2, singleStep=100)
        self.amount_box.setGroupSeparatorShown(True)
        self.amount_box.setValue(known[0] if known else 0)
        self.currency_box = QComboBox(editable=True)
        self.currency_box.addItems(CURRENCIES)
        self.currency_box.setCurrentText(known[1] if known else "EUR")
        form = QFormLayout()
        form.addRow(self.tr("&Amount:"), self.amount_box)
        form.addRow(self.tr("C&urrency:"), self.currency_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.clear_button = buttons.addButton(self.tr("&Remove value"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.clear_button.setEnabled(known is not None)
        self._clear = False
        self.clear_button.clicked.connect(self._remove)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The funnel report adds up the value won and the value in the pipeline "
                                        "per offer."), wordWrap=True))
        layout.addWidget(self.leads)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _remove(self) -> None:
        self._clear = True
        self.accept()

    def lead_ids(self) -> list[int]:
        return [self.leads.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.leads.count())
                if self.leads.item(i).checkState() == Qt.CheckState.Checked]

    def amount(self) -> float | None:
        return None if self._clear else self.amount_box.value()

    def currency(self) -> str:
        return self.currency_box.currentText().strip().upper()
