"""A company's customers together (same company name without legal form, or business email domain): who
they are, where each stands, who is working them and what is due; open one, or filter the inbox on them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from leadinbox.ui.inbox.columns import STATUS_LABELS
from leadinbox.ui.inbox.due_text import due_label


class CompanyDialog(QDialog):
    open_customer = Signal(int)     # a row was opened: select that customer in the inbox
    filter_inbox = Signal(str)      # "Show in the inbox": filter the list on the company

    def __init__(self, name: str, value: str, members: list[dict], parent=None, *, now=None) -> None:
        super().__init__(parent)
        self.value = value
        self.setWindowTitle(self.tr("Company: %1").replace("%1", name))
        owners = sorted({o for m in members for o in (m["owners"] or "").split(",") if o})
        summary = self.tr("%Ln customer(s) of %1", "", len(members)).replace("%1", name)
        if owners:
            summary += " · " + self.tr("worked by %1").replace("%1", ", ".join(owners))
        self.summary = QLabel(f"<b>{summary}</b>", wordWrap=True)
        headers = (self.tr("Name"), self.tr("Email"), self.tr("Status"), self.tr("Owner"), self.tr("Follow-up"),
                   self.tr("Offers"))
        self.table = QTableWidget(len(members), len(headers), objectName="companyMembers")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, m in enumerate(members):
            status = STATUS_LABELS["dnc"] if m["dnc"] else STATUS_LABELS.get(m["status"] or "", m["status"] or "")
            due = "" if m["dnc"] or not m["open_leads"] else due_label(m["next_due_at"], now,
                                                                        kind=m["next_due_kind"])[0]
            cells = (m["full_name"] or m["email"] or "", m["email"] or "", status, m["owners"] or self.tr("you"),
                     due, (m["offers"] or "").replace(",", ", "))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m["id"])
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemActivated.connect(self._opened)
        self.table.itemDoubleClicked.connect(self._opened)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        show = QPushButton(self.tr("Show in the inbox"), toolTip=self.tr("Filter the list on this company"))
        buttons.addButton(show, QDialogButtonBox.ButtonRole.ActionRole)
        show.clicked.connect(self._filter)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 360)

    def _opened(self, item: QTableWidgetItem) -> None:
        self.open_customer.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _filter(self) -> None:
        self.filter_inbox.emit(self.value)
        self.accept()
