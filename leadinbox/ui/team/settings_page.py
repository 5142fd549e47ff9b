"""Settings › Team: joining a team (tried in the background first, each refusal in plain words), what this desk
is connected to, where its key is kept, when it last synced and what waits, Sync now, and leaving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from leadinbox.sources.credentials import CredentialStore
from leadinbox.sources.refusal import SourceRefused
from leadinbox.store.team import desk, state
from leadinbox.team.connection import TEAM_TABLE, team_connection
from leadinbox.team.protocol import NameTaken
from leadinbox.team.table import Unreachable
from leadinbox.ui.jobs import Jobs, Outcome
from leadinbox.ui.language.core_messages import message_text
from leadinbox.ui.language.i18n import format_datetime, format_number
from leadinbox.ui.team.texts import when


class TeamPage(QWidget):
    """`load()` and `save()` as every settings page; joining and leaving happen at once (a join is tried
    before it is kept; Cancel does not undo it). `syncer` is the window's: Sync now asks it."""

    def __init__(self, db, jobs: Jobs, syncer, parent=None, *, credentials: CredentialStore | None = None,
                 confirm=None) -> None:
        super().__init__(parent)
        self.db, self.jobs, self.syncer = db, jobs, syncer
        self.credentials = credentials or CredentialStore()
        self.confirm = confirm or self._ask
        self.job = None
        # What this desk is connected to.
        self.nothing = QLabel(self.tr("This desk is on no team: nothing is shared and no connection is opened."),
                              wordWrap=True)
        self.table_label, self.desk_label, self.key_label, self.synced_label, self.unsent_label, self.desks_label = (
            QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
            for _ in range(6))
        self.minutes = QSpinBox(minimum=1, maximum=24 * 60, suffix=self.tr(" min"))
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.leave_button = QPushButton(self.tr("&Leave team…"))
        self.leave_button.clicked.connect(self.leave)
        self.joined_box = QWidget()
        facts = QFormLayout(self.joined_box)
        facts.setContentsMargins(0, 0, 0, 0)
        for label, value in ((self.tr("Team table:"), self.table_label), (self.tr("This desk:"), self.desk_label),
                             (self.tr("Key kept in:"), self.key_label), (self.tr("Last synced:"), self.synced_label),
                             (self.tr("Not sent yet:"), self.unsent_label), (self.tr("Desks:"), self.desks_label)):
            facts.addRow(label, value)
        every = QHBoxLayout()
        every.addWidget(self.minutes)
        every.addWidget(QLabel(self.tr("and a few seconds after each shared change")), 1)
        facts.addRow(self.tr("Sync every:"), every)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        facts.addRow(buttons)
        connected = QGroupBox(self.tr("Connected"))
        connected_layout = QVBoxLayout(connected)
        connected_layout.addWidget(self.nothing)
        connected_layout.addWidget(self.joined_box)
        # Joining.
        self.kind = QComboBox()
        self.kind.addItem(self.tr("SAS URL of the team table (recommended)"), "sas")
        self.kind.addItem(self.tr("Connection string (grants full access to the account)"), "cs")
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.table = QLineEdit(placeholderText=TEAM_TABLE)
        self.name = QLineEdit(maxLength=60, placeholderText=self.tr("e.g. Ana"))
        self.join_button = QPushButton(self.tr("&Test and join"))
        self.join_button.clicked.connect(self.join)
        self.result = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        how = QLabel(self.tr(
            "Desks of one team share who works which customer and what was done, through a table of its own in "
            "your storage account (say <i>LeadInboxTeam</i>). Make a SAS for that table with <b>Query, Add, "
            "Update and Delete</b> and an expiry (Storage Explorer: right-click the table › Get Shared Access "
            "Signature…). Notes and contact details travel to that table, in your own account; its keys never "
            "hold an email or a name."), wordWrap=True, textFormat=Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("URL or connection string:"), self.secret)
        form.addRow(self.tr("Table:"), self.table)
        form.addRow(self.tr("This desk's name:"), self.name)
        row = QHBoxLayout()
        row.addWidget(self.join_button)
        row.addStretch(1)
        self.join_box = QGroupBox(self.tr("Join a team"))
        join_layout = QVBoxLayout(self.join_box)
        join_layout.addWidget(how)
        join_layout.addLayout(form)
        join_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(connected)
        layout.addWidget(self.join_box)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        syncer.synced.connect(self._synced)
        syncer.ran.connect(self._sync_ended)

    def _kind_changed(self) -> None:
        self.secret.setPlaceholderText("https://ACCOUNT.table.core.windows.net/LeadInboxTeam?sv=…&sp=raud&sig=…"
                                       if self.kind.currentData() == "sas"
                                       else "DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…")

    def load(self) -> None:
        self.minutes.setValue(state.sync_minutes(self.db))
        found = desk.status(self.db)
        joined = found["joined"]
        self.nothing.setVisible(not joined)
        self.joined_box.setVisible(joined)
        self.join_button.setEnabled(not self.busy)
        # One team at a time: its keys are made with its salt, so another team is joined after leaving this one.
        self.join_box.setVisible(not joined)
        if not joined:
            return
        member = state.membership(self.db)
        places = {"keyring": self.tr("the system keyring"), "file": self.tr("a file only you can read (not the "
                                                                             "database)")}
        self.table_label.setText(found["table"])
        self.desk_label.setText(found["desk"])
        self.key_label.setText(places.get(self.credentials.where(member.credential),
                                          self.tr("missing: join again to give it")))
        last = found["last_sync"] or {}
        synced = when(last.get("at"))
        text = format_datetime(synced.astimezone()) if synced else self.tr("not yet")
        tried = when(last.get("tried_at"))
        if last.get("error") and tried:
            text += " · " + self.tr("last try %1 failed: %2").replace("%1", format_datetime(tried.astimezone())) \
                .replace("%2", last["error"])
        self.synced_label.setText(text)
        self.unsent_label.setText(self.tr("%Ln change(s)", "", found["unsent"]) if found["unsent"]
                                  else self.tr("nothing: every change was sent"))
        self.desks_label.setText(", ".join(found["desks_seen"]))
        self.sync_button.setEnabled(not self.syncer.busy)

    def save(self) -> bool:
        if state.membership(self.db) is not None and self.minutes.value() != state.sync_minutes(self.db):
            state.set_sync_minutes(self.db, self.minutes.value())
        return True

    # Joining: tried in the background (up to 20 s for a host that does not answer), then kept. -----------
    @property
    def busy(self) -> bool:
        return self.job is not None

    def join(self) -> None:
        if self.busy:
            return
        text, table, name = self.secret.text().strip(), self.table.text().strip() or None, " ".join(
            self.name.text().split())
        if not name:
            self.result.setText(self.tr("Not joined: give this desk a name (unique in the team)."))
            return
        try:
            connection = (team_connection(sas_url=text, table=table) if self.kind.currentData() == "sas"
                          else team_connection(connection_string=text, table=table))
        except SourceRefused as refused:
            self.result.setText(self.tr("Not joined: %1").replace("%1", message_text(refused.message)))
            return
        self.join_button.setEnabled(False)
        self.result.setText(self.tr("Trying %1…").replace("%1", connection.address))
        store = self.credentials
        self.job = self.jobs.write(lambda task: desk.join(task.db, connection, name, credentials=store),
                                   name="team-join", exclusive=False, parent=self)
        self.job.on_done(lambda outcome: self._joined(name, outcome))
        if self.job.run() is None:          # the database file is no longer ours: nothing tried
            self.job = None
            self.join_button.setEnabled(True)

    def _joined(self, name: str, outcome: Outcome) -> None:
        self.job = None
        self.join_button.setEnabled(True)
        error = outcome.error
        if isinstance(error, NameTaken):
            self.result.setText(self.tr("Not joined: another desk of this team is already called “%1”; pick "
                                        "another name.").replace("%1", error.name))
        elif isinstance(error, (Unreachable, SourceRefused)):
            refused = error.refused if isinstance(error, Unreachable) else error
            self.result.setText(self.tr("Not joined: %1").replace("%1", message_text(refused.message)))
        elif error is not None:
            self.result.setText(self.tr("Not joined: %1").replace("%1", type(error).__name__))
        else:
            self.secret.clear()
            self.result.setText(self.tr("Joined as “%1”. The team's work is fetched now, and every few minutes.")
                                .replace("%1", outcome.value.name))
            self.syncer.start()
            self.syncer.sync_now()
        self.load()

    def sync_now(self) -> None:
        if self.syncer.sync_now():
            self.sync_button.setEnabled(False)
            self.result.setText(self.tr("Syncing…"))

    def _synced(self, result) -> None:
        self.result.setText(self.tr("Sent %1, applied %2 from other desks.").replace("%1", format_number(
            result.pushed)).replace("%2", format_number(result.pulled)))

    def _sync_ended(self, ok: bool) -> None:
        if not ok and self.result.text() == self.tr("Syncing…"):       # the reason, on the page
            last = state.last_sync(self.db) or {}
            self.result.setText(self.tr("Not synced: %1").replace("%1", last.get("error") or "?"))
        self.load()

    def leave(self) -> None:
        member = state.membership(self.db)
        if member is None or self.busy or not self.confirm(member.name):
            return
        self.syncer.pause()
        dropped = desk.leave(self.db, credentials=self.credentials)
        self.result.setText(self.tr("Left the team. Everything stays on this desk; %Ln change(s) not sent were "
                                    "dropped.", "", dropped) if dropped else
                            self.tr("Left the team. Everything stays on this desk."))
        self.syncer.start()
        self.load()

    def _ask(self, name: str) -> bool:
        return QMessageBox.question(self, self.tr("Leave team"), self.tr(
            "Leave the team as “%1”?\n\nEverything stays on this desk: the leads, your work and what the other "
            "desks shared. Nothing more is sent or fetched, the team's key is forgotten, and changes not sent "
            "yet are not sent. The other desks keep what you shared.").replace("%1", name)) \
            == QMessageBox.StandardButton.Yes

    def shutdown(self) -> None:
        if self.job is not None:
            self.job.wait()
