"""The first-run screen: what to drop here and where to get it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TEXT = QT_TRANSLATE_NOOP("EmptyState", """
<h2>Drop lead files here</h2>
<p>LeadInbox reads the lead exports of the Microsoft commercial marketplace:</p>
<p>Partner Center <i>Referrals › Leads › Export</i> (CSV) · Azure Table <i>MarketplaceLeads</i> (CSV)<br>
HTTPS endpoint payloads (JSON, JSON Lines) · Dynamics 365 <i>Export to Excel</i> (XLSX)<br>
Salesforce and Marketo reports (CSV, XLSX)</p>
<p>Customers who show up in several files become one customer with one timeline.<br>
Everything stays on this computer.</p>
""")


class EmptyState(QWidget):
    import_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        label = QLabel(QCoreApplication.translate("EmptyState", TEXT), alignment=Qt.AlignmentFlag.AlignCenter,
                       wordWrap=True)
        label.setObjectName("emptyText")
        open_button = QPushButton(self.tr("Import files…"))
        sample_button = QPushButton(self.tr("Open sample data"))
        open_button.clicked.connect(self.import_requested)
        sample_button.clicked.connect(self.sample_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(open_button)
        buttons.addWidget(sample_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(label)
        layout.addLayout(buttons)
        layout.addStretch()
        self.setStyleSheet("EmptyState { border: 2px dashed palette(mid); border-radius: 12px; }")
        self.open_button, self.sample_button = open_button, sample_button
