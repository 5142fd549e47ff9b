"""Settings › Lead sources: what is connected and when it was last read, how to make a read-only SAS URL, and
connecting (tried first, in the background), disconnecting and how often to pull."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from leadinbox.sources.azure_connection import TABLE_DEFAULT, AzureTableConnection
from leadinbox.sources.credentials import CredentialStore
from leadinbox.sources.refusal import SourceRefused
from leadinbox.store.sources.connect import connect, disconnect
from leadinbox.store.sources.registry import list_sources, pull_minutes, set_pull_minutes
from leadinbox.ui.language.core_messages import message_text
from leadinbox.ui.jobs import Jobs, Outcome
from leadinbox.ui.language.i18n import format_datetime


def _when(text: str | None) -> datetime | None:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc) if text else None


class LeadSourcesPage(QWidget):
    """`load()` and `save()` as every settings page; connecting and disconnecting happen at once (a source is
    tried before it is kept; Cancel does not undo a connection)."""

    def __init__(self, db, jobs: Jobs, parent=None, *, credentials: CredentialStore | None = None,
                 on_change=lambda: None, read_at: dict | None = None) -> None:
        super().__init__(parent)
        self.db, self.jobs, self.on_change = db, jobs, on_change
        self.read_at = read_at if read_at is not None else {}     # the puller's: when each source last answered
        self.credentials = credentials or CredentialStore()
        self.job = None                      # the try (up to 20 s for a host that does not answer), then the save
        self.connected = QTreeWidget()
        self.connected.setRootIsDecorated(False)
        self.connected.setHeaderLabels([self.tr("Source"), self.tr("Address"), self.tr("Key kept in"),
                                        self.tr("Last read"), self.tr("Token expires")])
        self.connected.setTextElideMode(Qt.TextElideMode.ElideMiddle)   # a long address keeps both ends
        rows = self.connected.fontMetrics().lineSpacing() + 8
        self.connected.setMaximumHeight(rows * 5)
        self.disconnect_button = QPushButton(self.tr("&Disconnect"))
        self.disconnect_button.clicked.connect(self.disconnect_selected)
        self.connected.itemSelectionChanged.connect(
            lambda: self.disconnect_button.setEnabled(bool(self.connected.selectedItems())))
        self.nothing = QLabel(self.tr("No lead source is connected: LeadInbox opens no network connection."))
        self.nothing.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Read-only SAS URL (recommended)"), "sas")
        self.kind.addItem(self.tr("Connection string (grants full access to the account)"), "cs")
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.secret.setPlaceholderText("https://ACCOUNT.table.core.windows.net/MarketplaceLeads?sv=…&sp=r&sig=…")
        self.table = QLineEdit(placeholderText=TABLE_DEFAULT)
        self.connect_button = QPushButton(self.tr("&Test and connect"))
        self.connect_button.clicked.connect(self.test_and_connect)
        self.result = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.minutes = QSpinBox(minimum=1, maximum=24 * 60, suffix=self.tr(" min"))
        how = QLabel(self.tr(
            "<b>How to make a read-only SAS URL</b><ol>"
            "<li>Open the storage account whose connection string you gave Partner Center (Marketplace offers › "
            "your offer › Offer setup › Customer leads).</li>"
            "<li>In Azure Storage Explorer, right-click the table <i>MarketplaceLeads</i> › Get Shared Access "
            "Signature…</li>"
            "<li>Set an expiry time (say a year from today) and tick <b>Query</b> only: no Add, Update or "
            "Delete.</li>"
            "<li>Create, copy the URL and paste it below.</li></ol>"
            "In the Azure portal: the storage account › Shared access signature, services <i>Table</i>, "
            "resource type <i>Object</i>, permission <i>Read</i> only, an end date; copy the <i>Table service "
            "SAS URL</i>."))
        how.setWordWrap(True)
        how.setTextFormat(Qt.TextFormat.RichText)
        self.how = how

        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("URL or connection string:"), self.secret)
        form.addRow(self.tr("Table:"), self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addStretch(1)
        add = QGroupBox(self.tr("Connect the marketplace's Azure Table"))
        add_layout = QVBoxLayout(add)
        add_layout.addWidget(how)
        add_layout.addLayout(form)
        add_layout.addLayout(buttons)
        add_layout.addWidget(self.result)
        add_layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Pull new leads every")))
        row.addWidget(self.minutes)
        row.addWidget(QLabel(self.tr("while LeadInbox is open (and on F5)")), 1)
        listed = QGroupBox(self.tr("Connected"))
        listed_layout = QVBoxLayout(listed)
        listed_layout.addWidget(self.nothing)
        listed_layout.addWidget(self.connected)
        side = QHBoxLayout()
        side.addWidget(self.disconnect_button)
        side.addStretch(1)
        listed_layout.addLayout(side)
        listed_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(listed)
        layout.addWidget(add, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _kind_changed(self) -> None:
        self.secret.setPlaceholderText(
            "https://ACCOUNT.table.core.windows.net/MarketplaceLeads?sv=…&sp=r&sig=…"
            if self.kind.currentData() == "sas"
            else "DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…")

    def load(self) -> None:
        self.minutes.setValue(pull_minutes(self.db))
        self.connected.clear()
        places = {"keyring": self.tr("the system keyring"), "file": self.tr("a file only you can read")}
        for source in list_sources(self.db):
            said = source.as_dict()
            pulled, expires = _when(said["pulled_at"]), _when(said["expires_at"])
            answered = self.read_at.get(source.name)
            if answered is not None and (pulled is None or answered > pulled):
                pulled = answered
            item = QTreeWidgetItem([source.name, said["address"],
                                    places.get(self.credentials.where(source.credential), self.tr("missing")),
                                    format_datetime(pulled.astimezone()) if pulled else self.tr("not yet"),
                                    format_datetime(expires.astimezone()) if expires else "–"])
            item.setData(0, Qt.ItemDataRole.UserRole, source.name)
            self.connected.addTopLevelItem(item)
        header = self.connected.header()
        header.setStretchLastSection(False)
        for column in range(self.connected.columnCount()):
            header.setSectionResizeMode(column, header.ResizeMode.Stretch if column == 1
                                        else header.ResizeMode.ResizeToContents)
        has = self.connected.topLevelItemCount() > 0
        self.nothing.setVisible(not has)
        self.connected.setVisible(has)
        self.disconnect_button.setEnabled(bool(self.connected.selectedItems()))

    def save(self) -> bool:
        if self.minutes.value() != pull_minutes(self.db):
            set_pull_minutes(self.db, self.minutes.value())
        return True

    # Connecting: tried in the background (up to 20 s for a host that does not answer), then kept. -------
    @property
    def busy(self) -> bool:
        return self.job is not None

    def _run(self, work, done) -> None:
        # It keeps the source in the database (not the key): a write, but none the others wait for.
        self.job = self.jobs.write(lambda task: work(task.db), name="source-connect", exclusive=False,
                                   parent=self)
        self.job.on_done(lambda outcome: self._ran(outcome, done))
        if self.job.run() is None:          # the database file is no longer ours: nothing tried
            self.job = None
            self.connect_button.setEnabled(True)

    def _ran(self, outcome: Outcome, done) -> None:
        self.job = None
        done(outcome)

    def test_and_connect(self) -> None:
        if self.busy:
            return
        text, table = self.secret.text().strip(), self.table.text().strip() or None
        try:
            connection = (AzureTableConnection.from_sas_url(text, table) if self.kind.currentData() == "sas"
                          else AzureTableConnection.from_connection_string(text, table))
        except SourceRefused as refused:
            self._say_refused(refused)
            return
        self.connect_button.setEnabled(False)
        self.result.setText(self.tr("Trying %1…").replace("%1", connection.address))
        store = self.credentials
        # The try happens before any write: the connection the job opens holds no lock meanwhile.
        self._run(lambda db: connect(db, connection, credentials=store),
                  lambda outcome: self._connected(connection, outcome))

    def _connected(self, connection: AzureTableConnection, outcome: Outcome) -> None:
        self.connect_button.setEnabled(True)
        if isinstance(outcome.error, SourceRefused):
            self._say_refused(outcome.error)
            return
        if outcome.error is not None:
            self.result.setText(self.tr("Could not connect: %1").replace("%1", type(outcome.error).__name__))
            return
        self.secret.clear()
        warnings = [message_text(w) for w in connection.warnings()]
        self.result.setText("<br>".join([self.tr("Connected %1. New leads are pulled in the background.")
                                         .replace("%1", outcome.value.name)] + [f"⚠ {w}" for w in warnings]))
        self.load()
        self.on_change()

    def _say_refused(self, refused: SourceRefused) -> None:
        self.result.setText(self.tr("Not connected: %1").replace("%1", message_text(refused.message)))

    def disconnect_selected(self) -> None:
        items = self.connected.selectedItems()
        if not items or self.busy:
            return
        name = items[0].data(0, Qt.ItemDataRole.UserRole)
        store = self.credentials
        self._run(lambda db: disconnect(db, name, credentials=store), lambda outcome: self._disconnected(name, outcome))

    def _disconnected(self, name: str, outcome: Outcome) -> None:
        if outcome.error is None:
            self.result.setText(self.tr("Disconnected %1: its key is forgotten; the leads it brought stay.")
                                .replace("%1", name))
        self.load()
        self.on_change()

    def shutdown(self) -> None:
        if self.job is not None:
            self.job.wait()
