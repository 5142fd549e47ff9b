"""Settings › Mailbox: what is connected and when it was last read; connecting one (tried first, in the
background), which account needs what, and whether the text of logged emails is kept."""

from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from leadinbox.sources.mailbox import OAUTH, PASSWORD, PLAIN, SSL, STARTTLS, MailboxAccount, check_mailbox
from leadinbox.sources.oauth import M365_HOST, M365_PORT
from leadinbox.sources.refusal import SourceRefused
from leadinbox.store.mail.log import keep_text, set_keep_text
from leadinbox.store.mail.mailboxes import connect_mailbox, disconnect_mailbox, list_mailboxes, mailbox_name
from leadinbox.ui.jobs import Jobs, Outcome
from leadinbox.ui.language.core_messages import message_text
from leadinbox.ui.language.i18n import format_datetime

OTHER, GMAIL, M365 = "other", "gmail", "m365"


class MailboxPage(QWidget):
    changed = Signal()              # a mailbox was connected or disconnected
    read_requested = Signal()

    def __init__(self, db, jobs: Jobs, parent=None, *, credentials=None) -> None:
        super().__init__(parent)
        self.db, self.jobs, self.credentials = db, jobs, credentials
        self.job = None            # trying a mailbox, or waiting for the Microsoft sign-in
        self.sign_in = None            # the Microsoft sign-in under way
        self.code = None
        self.connected = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_now = QPushButton(self.tr("Read now"))
        self.read_now.clicked.connect(self.read_requested)
        self.disconnect_button = QPushButton(self.tr("Disconnect"))
        self.disconnect_button.clicked.connect(self.disconnect)
        top = QGroupBox(self.tr("Connected"))
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(self.connected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_now)
        buttons.addWidget(self.disconnect_button)
        buttons.addStretch(1)
        top_layout.addLayout(buttons)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Another provider (password)"), OTHER)
        self.kind.addItem(self.tr("Gmail (app password)"), GMAIL)
        self.kind.addItem(self.tr("Microsoft 365 (sign in with Microsoft)"), M365)
        self.help = QLabel(wordWrap=True, openExternalLinks=True)
        self.host = QLineEdit(placeholderText=self.tr("e.g. imap.example.com"))
        self.port = QSpinBox(minimum=1, maximum=65535, value=993)
        self.security = QComboBox()
        self.security.addItem(self.tr("SSL/TLS"), SSL)
        self.security.addItem(self.tr("STARTTLS"), STARTTLS)
        # A server on this computer (a gateway such as DavMail): the only place a password goes without TLS.
        self.security.addItem(self.tr("None (a server on this computer)"), PLAIN)
        self.security.currentIndexChanged.connect(
            lambda _i: self.port.setValue(993 if self.security.currentData() == SSL else 143))
        self.user = QLineEdit(placeholderText=self.tr("you@example.com"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.client_id = QLineEdit(placeholderText="00000000-0000-0000-0000-000000000000")
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.clicked.connect(self.connect_mailbox)
        self.cancel_button = QPushButton(self.tr("Cancel sign-in"))
        self.cancel_button.clicked.connect(self.cancel_sign_in)
        self.cancel_button.hide()
        self.result = QLabel(wordWrap=True, openExternalLinks=True,
                             textInteractionFlags=Qt.TextInteractionFlag.TextBrowserInteraction)
        form_box = QGroupBox(self.tr("Connect a mailbox"))
        self.form = QFormLayout(form_box)
        self.form.addRow(self.tr("&Account:"), self.kind)
        self.form.addRow(self.help)
        self.form.addRow(self.tr("&Server:"), self.host)
        row = QHBoxLayout()
        row.addWidget(self.security)
        row.addWidget(QLabel(self.tr("Port:")))
        row.addWidget(self.port)
        row.addStretch(1)
        self.form.addRow(self.tr("Security:"), row)
        self.form.addRow(self.tr("&User:"), self.user)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.tr("Application (&client) id:"), self.client_id)
        go = QHBoxLayout()
        go.addWidget(self.connect_button)
        go.addWidget(self.cancel_button)
        go.addStretch(1)
        self.form.addRow(go)
        self.form.addRow(self.result)
        self.keep = QCheckBox(self.tr("&Keep the text of logged emails (otherwise only who, when and the subject)"))
        note = QLabel(self.tr("LeadInbox only reads: it never moves, flags, deletes or sends a message. The "
                              "password or sign-in is kept in the system keyring, else in a file only you can "
                              "read; never in the database or its backups."), wordWrap=True)
        page = QVBoxLayout(self)
        page.addWidget(top)
        page.addWidget(form_box)
        page.addWidget(self.keep)
        page.addWidget(note)
        page.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

    # Showing ---------------------------------------------------------------------------------------
    def _kind_chosen(self, _index: int = 0) -> None:
        kind = self.kind.currentData()
        texts = {
            OTHER: self.tr("Your provider's IMAP server, user name and password (SSL/TLS on port 993, or "
                           "STARTTLS on 143)."),
            GMAIL: self.tr("Gmail does not take your normal password here: turn on 2-Step Verification, then "
                           "make an app password (Google account › Security › App passwords) and paste it "
                           "below. IMAP must be on in Gmail's settings."),
            M365: self.tr("Microsoft 365 refuses passwords over IMAP. Your administrator registers an app in "
                          "Microsoft Entra ID (a public client with the delegated permission "
                          "IMAP.AccessAsUser.All, “Allow public client flows” on) and gives you its "
                          "application (client) id. You then sign in in your browser with a code.")}
        self.help.setText(texts[kind])
        if kind == GMAIL:
            self.host.setText("imap.gmail.com")
        elif kind == M365:
            self.host.setText(M365_HOST)
        elif self.host.text() in ("imap.gmail.com", M365_HOST):
            self.host.clear()
        if kind in (GMAIL, M365):
            self.security.setCurrentIndex(0)
            self.port.setValue(M365_PORT)
        self.form.setRowVisible(self.password, kind != M365)
        self.form.setRowVisible(self.client_id, kind == M365)
        self.connect_button.setText(self.tr("Sign in and connect…") if kind == M365 else self.tr("Connect"))

    def load(self) -> None:
        self.keep.setChecked(keep_text(self.db))
        self.show_connected()

    def save(self) -> bool:
        set_keep_text(self.db, self.keep.isChecked())
        return True

    def show_connected(self) -> None:
        boxes = list_mailboxes(self.db)
        if not boxes:
            self.connected.setText(self.tr("No mailbox is connected: LeadInbox makes no connection."))
        else:
            lines = []
            for box in boxes:
                when = self._when(box.state.read_at) or self.tr("not yet")
                line = self.tr("%1 at %2: last read %3").replace("%1", box.account.user).replace(
                    "%2", box.account.address).replace("%3", when)
                if box.state.logged_at:
                    line += self.tr("; last logged mail %1").replace("%1", self._when(box.state.logged_at))
                if box.state.problem:
                    line += "<br><span style='color:#B00020'>" + self.tr("Last try failed: %1").replace(
                        "%1", box.state.problem) + "</span>"
                lines.append(line)
            self.connected.setText("<br>".join(lines))
        self.read_now.setEnabled(bool(boxes))
        self.disconnect_button.setEnabled(bool(boxes))

    @staticmethod
    def _when(stamp: str | None) -> str:
        if not stamp:
            return ""
        from datetime import datetime
        try:
            return format_datetime(datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone())
        except ValueError:
            return stamp

    # Connecting --------------------------------------------------------------------------------------
    def _account(self) -> MailboxAccount | None:
        kind = self.kind.currentData()
        try:
            return MailboxAccount(self.host.text().strip(), self.user.text().strip(), self.port.value(),
                                  self.security.currentData(), OAUTH if kind == M365 else PASSWORD,
                                  self.client_id.text().strip() or None)
        except SourceRefused as exc:
            self.result.setText(message_text(exc.message))
            return None

    def _busy(self, busy: bool, text: str = "") -> None:
        self.connect_button.setEnabled(not busy)
        if text:
            self.result.setText(text)

    def connect_mailbox(self) -> None:
        account = self._account()
        if account is None or self.job is not None:
            return
        if not account.user:
            self.result.setText(self.tr("Enter the user name."))
            return
        if account.auth == OAUTH:
            self._start_sign_in(account)
            return
        password = self.password.text()
        self._busy(True, self.tr("Trying %1…").replace("%1", account.address))
        name = mailbox_name(account)
        self._run(lambda db: connect_mailbox(db, name, account, password, credentials=self.credentials,
                                             check=lambda a, s: check_mailbox(a, s)), self._connected)

    def _run(self, work, done) -> None:
        # It keeps the connection in the database (not the secret): a write, but none the others wait for.
        self.job = self.jobs.write(lambda task: work(task.db), name="mail-connect", exclusive=False, parent=self)
        self.job.on_done(lambda outcome: self._ran(outcome, done)).run()

    def _ran(self, outcome: Outcome, done) -> None:
        self.job = None
        done(outcome)

    def _connected(self, outcome: Outcome) -> None:
        self._busy(False)
        self.cancel_button.hide()
        if isinstance(outcome.error, SourceRefused):
            self.result.setText(message_text(outcome.error.message))
        elif outcome.error is not None:
            self.result.setText(str(outcome.error))
        else:
            self.password.clear()
            self.result.setText(self.tr("Connected. Its inbox and sent folder are read now and every few "
                                        "minutes."))
            self.show_connected()
            self.changed.emit()

    def _start_sign_in(self, account: MailboxAccount) -> None:
        from leadinbox.sources.oauth import MicrosoftSignIn
        try:
            self.sign_in = MicrosoftSignIn(account.client_id or "")
        except SourceRefused as exc:
            self.result.setText(message_text(exc.message))
            return
        self._busy(True, self.tr("Asking Microsoft for a sign-in code…"))
        sign_in = self.sign_in
        self._run(lambda _db: sign_in.start(), lambda outcome: self._code_shown(outcome, account))

    def _code_shown(self, outcome: Outcome, account: MailboxAccount) -> None:
        if outcome.error is not None:
            self._connected(outcome)
            return
        self.code = code = outcome.value
        self.result.setText(self.tr("Open <a href='%1'>%1</a> and enter the code <b>%2</b>; this page waits "
                                    "until you have signed in.").replace("%1", code.url).replace("%2", code.code))
        self.cancel_button.show()
        sign_in, name = self.sign_in, mailbox_name(account)

        def finish(db):
            sign_in.finish(code)
            token = sign_in.access_token(account.user)
            return connect_mailbox(db, name, account, sign_in.cache_text(), credentials=self.credentials,
                                   check=lambda a, _s: check_mailbox(a, token))
        self._run(finish, self._connected)

    def cancel_sign_in(self) -> None:
        if self.code is not None:
            from leadinbox.sources.oauth import MicrosoftSignIn
            MicrosoftSignIn.cancel(self.code)

    def disconnect(self) -> None:
        for box in list_mailboxes(self.db):
            disconnect_mailbox(self.db, box.name, credentials=self.credentials)
        self.show_connected()
        self.result.setText(self.tr("Disconnected: the password or sign-in is forgotten; the mail it logged "
                                    "stays on the timelines."))
        self.changed.emit()

    def shutdown(self) -> None:
        self.cancel_sign_in()
        if self.job is not None:
            self.job.wait()
