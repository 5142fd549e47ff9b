"""Plan a call or meeting with a customer, and save its calendar invitation (.ics) where the user says."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QStandardPaths, QTime, QTimeZone
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QSizePolicy,
                               QVBoxLayout, QWidget)

from leadinbox.ui.language.i18n import datetime_field_format
from leadinbox.ui.widgets.discard import may_discard

DURATIONS = (15, 30, 45, 60, 90)
KINDS = ("call", "meeting")


def next_working_day_at_ten(now: datetime, zone: QTimeZone) -> QDateTime:
    """10:00 on the first Monday-to-Friday after today, in `zone`: a proposal the customer can accept
    without the salesperson having to think about weekends."""
    day = QDateTime.fromSecsSinceEpoch(int(now.timestamp()), zone).date().addDays(1)
    while day.dayOfWeek() > 5:
        day = day.addDays(1)
    return QDateTime(day, QTime(10, 0), zone)


class ScheduleCallDialog(QDialog):
    """Date and time in the user's time zone (`zone`, the system's unless given), duration, kind, title, note.
    OK stays disabled, with the reason shown, while the time is before `now`."""

    def __init__(self, parent=None, *, customer_name: str, now: datetime,
                 zone: QTimeZone | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._zone = zone or QTimeZone.systemTimeZone()
        self._customer = customer_name
        self.setWindowTitle(self.tr("Plan a call – %s") % customer_name)
        self.when = QDateTimeEdit()
        self.when.setTimeZone(self._zone)
        self.when.setCalendarPopup(True)
        # The locale's way of typing a date and time, after the weekday: "Mon 10/26/2026 10:00 AM".
        self.when.setDisplayFormat("ddd " + datetime_field_format())
        self.when.setDateTime(next_working_day_at_ten(now, self._zone))
        self.zone_label = QLabel()
        when_row = QHBoxLayout()
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.when)
        when_row.addWidget(self.zone_label, 1)
        when_box = QWidget()
        when_box.setLayout(when_row)
        self.duration_box = QComboBox()
        for minutes in DURATIONS:
            self.duration_box.addItem(self.tr("%d min") % minutes, minutes)
        self.duration_box.setCurrentIndex(DURATIONS.index(30))
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Call"), "call")
        self.kind_box.addItem(self.tr("Meeting"), "meeting")
        for box in (self.duration_box, self.kind_box):
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.title_edit = QLineEdit(self._default_title("call"))
        self.note_edit = QPlainTextEdit(placeholderText=self.tr("Agenda, dial-in, who joins (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        self.reason = QLabel(wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("&When:"), when_box)
        form.addRow(self.tr("&Duration:"), self.duration_box)
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._kind = "call"
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.when.dateTimeChanged.connect(self._check)
        self._check()
        self.when.setFocus()

    def _default_title(self, kind: str) -> str:
        if kind == "meeting":
            return self.tr("Meeting with %s") % self._customer
        return self.tr("Call with %s") % self._customer

    def _kind_changed(self, *_args) -> None:
        # Follow the kind in the title only while the user has not written their own.
        if self.title_edit.text().strip() in ("", self._default_title(self._kind)):
            self.title_edit.setText(self._default_title(self.kind()))
        self._kind = self.kind()

    def _check(self, *_args) -> None:
        moment = self.when.dateTime()
        offset = self._zone.displayName(moment, QTimeZone.NameType.OffsetName)
        self.zone_label.setText(self.tr("Time zone: %1 (%2)").replace("%1", bytes(self._zone.id()).decode())
                                .replace("%2", offset))
        past = self.starts() < self._now
        self.ok_button.setEnabled(not past)
        self.reason.setText("⚠ " + self.tr("This time has already passed: pick a later one.") if past else "")
        self.reason.setVisible(past)

    def starts(self) -> datetime:
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), timezone.utc).replace(second=0)

    def minutes(self) -> int:
        return self.duration_box.currentData()

    def kind(self) -> str:
        return self.kind_box.currentData()

    def title(self) -> str:
        return self.title_edit.text().strip() or self._default_title(self.kind())

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def reject(self) -> None:
        if may_discard(self, self.note_edit.toPlainText()):    # Escape threw away the agenda written
            super().reject()


def _tr(text: str) -> str:
    return QCoreApplication.translate("save_invitation", text)


def default_folder() -> Path:
    """The user's Downloads folder when there is one, else their home folder."""
    downloads = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    if downloads and Path(downloads).is_dir():
        return Path(downloads)
    return Path.home()


def safe_file_name(name: str) -> str:
    """`name` without characters that Windows, macOS or Linux refuse in a file name (customer names carry
    slashes and colons), ending in .ics."""
    stem = re.sub(r'[\s\\/:*?"<>|\x00-\x1f]+', " ", name).strip(" .") or "invitation"
    return stem if stem.lower().endswith(".ics") else stem + ".ics"


def save_invitation(parent, ics_text: str, suggested_name: str) -> Path | None:
    """Ask where to save the invitation and write it as UTF-8 with its CRLF line ends (RFC 5545).
    Returns the path written, or None when the user cancelled or the file could not be written."""
    start = default_folder() / safe_file_name(suggested_name)
    dialog = QFileDialog(parent, _tr("Save calendar invitation"), str(start),
                         _tr("Calendar invitation (*.ics)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("ics")       # so the overwrite question is asked about the name really written
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    try:
        path.write_text(ics_text, encoding="utf-8", newline="")
    except OSError as exc:
        QMessageBox.warning(parent, _tr("Invitation not saved"),
                            _tr("The invitation could not be written to %1: %2")
                            .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
        return None
    return path
