"""Log an attempt (channel, outcome, note and time, now by default) or the customer's reply, on some or all of
a customer's open leads."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout)

from leadinbox.core.cadence import CHANNELS, OUTCOMES, REPLIED
from leadinbox.ui.language.i18n import datetime_field_format
from leadinbox.ui.widgets.discard import may_discard


class AttemptDialog(QDialog):
    """`leads` are the customer's open leads as (id, label) pairs; all are ticked: one email to a customer
    with three open leads is one attempt on all three. With `reply` it logs the customer's reply instead:
    how and when they answered, no outcome (a reply is not an attempt of ours)."""

    def __init__(self, parent=None, *, customer_name: str, leads: list[tuple[int, str]], now: datetime,
                 channel: str = "email", outcome: str = "no_answer", reply: bool = False, left_out: str = "",
                 unreachable: dict[str, set[int]] | None = None, customers: bool = False) -> None:
        super().__init__(parent)
        # `customers`: the rows are several customers, and the title counts the ones that will get the attempt.
        self.reply, self.customers = reply, customers
        # Several customers at once: `left_out` says who was not listed (do not contact, no open lead);
        # `unreachable` names, per channel, the rows that lack it (no email address, no phone): those rows are
        # unticked and greyed while that channel is chosen, so no email is logged for someone without one.
        self.unreachable = unreachable or {}
        self._auto_unticked: set[int] = set()
        self.setWindowTitle((self.tr("Log reply – %s") if reply else self.tr("Log attempt – %s")) % customer_name)
        labels = {"email": self.tr("Email"), "call": self.tr("Call"), "meeting": self.tr("Meeting"),
                  "linkedin": self.tr("LinkedIn"), "other": self.tr("Other")}
        results = {"no_answer": self.tr("No answer yet"), "voicemail": self.tr("Left voicemail"),
                   "replied": self.tr("Replied"), "meeting": self.tr("Meeting booked"),
                   "bounced": self.tr("Bounced"), "not_interested": self.tr("Not interested"),
                   "other": self.tr("Other")}
        self.channel_box = QComboBox()
        for key in CHANNELS:
            self.channel_box.addItem(labels[key], key)
        self.outcome_box = QComboBox()
        for key in OUTCOMES:
            self.outcome_box.addItem(results[key], key)
        self.channel_box.setCurrentIndex(CHANNELS.index(channel))
        self.outcome_box.setCurrentIndex(OUTCOMES.index(REPLIED if reply else outcome))
        self.when = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(now.timestamp()), QTimeZone.systemTimeZone()))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(datetime_field_format())    # the locale's way of typing a date and time
        self.when.setMaximumDateTime(self.when.dateTime().addSecs(60))   # an attempt is logged, not planned
        self.note = QPlainTextEdit(placeholderText=self.tr("What they wrote or said (optional)") if reply
                                   else self.tr("What was said or sent (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.lead_list = QListWidget()
        for lead_id, label in leads:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, lead_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.lead_list.addItem(item)
        self.lead_list.setMaximumHeight(22 * min(len(leads), 5) + 8)
        self.hint = QLabel(wordWrap=True)
        self.left_out = QLabel(left_out, wordWrap=True)
        self.left_out.setVisible(bool(left_out))
        form = QFormLayout()
        form.addRow(self.tr("&Channel:"), self.channel_box)
        form.addRow(self.tr("&Outcome:"), self.outcome_box)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("Leads:"), self.lead_list)
        form.setRowVisible(self.outcome_box, not reply)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Log reply") if reply else self.tr("&Log attempt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)     # lead labels ("Test drive · offer · date") read whole
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.left_out)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.outcome_box.currentIndexChanged.connect(self._explain)
        self.lead_list.itemChanged.connect(self._explain)
        self.channel_box.currentIndexChanged.connect(self._reachable)
        self._reachable()
        (self.channel_box if reply else self.outcome_box).setFocus()

    def _reachable(self, *_args) -> None:
        """Untick and grey the rows the chosen channel cannot reach; tick again the ones this unticked."""
        missing = self.unreachable.get(self.channel(), set())
        self.lead_list.blockSignals(True)
        for i in range(self.lead_list.count()):
            item = self.lead_list.item(i)
            row_id = item.data(Qt.ItemDataRole.UserRole)
            if row_id in missing:
                if item.checkState() == Qt.CheckState.Checked:
                    self._auto_unticked.add(row_id)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)
                if row_id in self._auto_unticked:
                    item.setCheckState(Qt.CheckState.Checked)
                    self._auto_unticked.discard(row_id)
        self.lead_list.blockSignals(False)
        self._explain()

    def _missing_text(self) -> str:
        count = len(self.unreachable.get(self.channel(), ()))
        if not count:
            return ""
        if self.channel() == "call":
            return self.tr("%Ln customer(s) without a phone number left out.", "", count)
        return self.tr("%Ln customer(s) without an email address left out.", "", count)

    def _explain(self, *_args) -> None:
        text = {"replied": self.tr("This attempt was answered: the cadence stops and the lead moves to "
                                   "Nurturing. A reply on its own is logged with Log reply (R)."),
                "meeting": self.tr("A booked meeting stops the cadence: the lead moves to Nurturing."),
                "bounced": self.tr("You will be asked whether to close the lead as Lost."),
                "not_interested": self.tr("You will be asked whether to close the lead as Lost.")}.get(
            self.outcome(), self.tr("The next attempt is planned by your cadence."))
        if self.reply:
            text = self.tr("The customer's reply stops the cadence: the lead moves to Nurturing. It is not "
                           "counted as an attempt.")
        none = not self.lead_ids()
        missing = self._missing_text()
        if self.customers:
            self.setWindowTitle(self.tr("Log attempt – %Ln customer(s)", "", len(self.lead_ids())))
        self.hint.setText(self.tr("Tick at least one lead.") if none else f"{missing} {text}" if missing else text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not none)

    def channel(self) -> str:
        return self.channel_box.currentData()

    def outcome(self) -> str:
        return self.outcome_box.currentData()

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def reject(self) -> None:
        if may_discard(self, self.note.toPlainText()):     # Escape threw away what was written about the call
            super().reject()

    def at(self) -> datetime:
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), timezone.utc)

    def lead_ids(self) -> list[int]:
        return [self.lead_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.lead_list.count())
                if self.lead_list.item(i).checkState() == Qt.CheckState.Checked]
