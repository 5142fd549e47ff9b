"""The plan-a-call dialog: defaults in the user's time zone, the past refused, values; saving the .ics."""

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from leadinbox.core.ics import invitation
from leadinbox.ui.followup import schedule_dialog as sd
from leadinbox.ui.followup.schedule_dialog import ScheduleCallDialog, save_invitation

AMSTERDAM = QTimeZone(b"Europe/Amsterdam")
FRIDAY_EVENING = datetime(2026, 10, 23, 19, 30, tzinfo=timezone.utc)    # 21:30 in Amsterdam


def make(qtbot, now=FRIDAY_EVENING, zone=AMSTERDAM, name="Yi-Chun Chen"):
    dialog = ScheduleCallDialog(customer_name=name, now=now, zone=zone)
    qtbot.addWidget(dialog)
    return dialog


def test_defaults_next_working_day_ten_local_thirty_minute_call(qtbot):
    dialog = make(qtbot)
    # Friday evening: the next working day is Monday 26 October, 10:00 in Amsterdam (UTC+1 after the DST end).
    assert dialog.starts() == datetime(2026, 10, 26, 9, 0, tzinfo=timezone.utc)
    assert dialog.starts().tzinfo == timezone.utc
    assert dialog.minutes() == 30 and dialog.kind() == "call"
    assert dialog.title() == "Call with Yi-Chun Chen" and dialog.note() == ""
    assert "Europe/Amsterdam" in dialog.zone_label.text() and "UTC+01:00" in dialog.zone_label.text()
    assert dialog.ok_button.isEnabled() and dialog.reason.isHidden()


@pytest.mark.parametrize("now, day", [
    (datetime(2026, 10, 19, 7, 0, tzinfo=timezone.utc), 20),     # Monday morning: Tuesday, not today
    (datetime(2026, 10, 24, 12, 0, tzinfo=timezone.utc), 26),    # Saturday: Monday
    (datetime(2026, 10, 22, 22, 30, tzinfo=timezone.utc), 26),   # Thursday 23:30 UTC is Friday in Amsterdam
])
def test_next_working_day_is_counted_in_the_local_zone(qtbot, now, day):
    expected = QDateTime(QDate(2026, 10, day), QTime(10, 0), AMSTERDAM).toSecsSinceEpoch()
    assert make(qtbot, now=now).starts().timestamp() == expected


def test_a_time_in_the_past_is_refused_with_a_reason(qtbot):
    dialog = make(qtbot)
    dialog.when.setDateTime(QDateTime(QDate(2026, 10, 23), QTime(20, 0), AMSTERDAM))   # 18:00 UTC, before now
    assert not dialog.ok_button.isEnabled()
    assert not dialog.reason.isHidden() and "passed" in dialog.reason.text()
    dialog.when.setDateTime(QDateTime(QDate(2026, 10, 23), QTime(21, 45), AMSTERDAM))
    assert dialog.ok_button.isEnabled() and dialog.reason.isHidden()
    assert dialog.starts() == datetime(2026, 10, 23, 19, 45, tzinfo=timezone.utc)


def test_returned_values_and_title_following_the_kind(qtbot):
    dialog = make(qtbot)
    dialog.duration_box.setCurrentIndex(dialog.duration_box.findData(90))
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("meeting"))
    assert dialog.minutes() == 90 and dialog.kind() == "meeting"
    assert dialog.title() == "Meeting with Yi-Chun Chen"        # still the default: it follows the kind
    dialog.title_edit.setText("  Demo of the gateway  ")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("call"))
    assert dialog.title() == "Demo of the gateway"              # the user's own title is kept
    dialog.title_edit.clear()
    assert dialog.title() == "Call with Yi-Chun Chen"
    dialog.note_edit.setPlainText(" Bring pricing \n")
    assert dialog.note() == "Bring pricing"
    durations = [dialog.duration_box.itemData(i) for i in range(dialog.duration_box.count())]
    assert durations == [15, 30, 45, 60, 90]


def test_system_zone_by_default(qtbot):
    dialog = ScheduleCallDialog(customer_name="A", now=FRIDAY_EVENING)
    qtbot.addWidget(dialog)
    local = QDateTime.fromSecsSinceEpoch(int(dialog.starts().timestamp()), QTimeZone.systemTimeZone())
    assert local.time() == QTime(10, 0) and local.date().dayOfWeek() <= 5
    assert dialog.starts() > FRIDAY_EVENING


def _choose(monkeypatch, target):
    seen = {}

    def fake_exec(self):
        seen["start"] = self.selectedFiles()[0] if self.selectedFiles() else None
        if target is None:
            return QDialog.DialogCode.Rejected
        self.selectFile(str(target))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    return seen


def test_save_invitation_writes_utf8_with_crlf(qtbot, tmp_path, monkeypatch):
    text = invitation("call-1@leadinbox", datetime(2026, 10, 26, 9, tzinfo=timezone.utc), 30,
                      "Gesprek met Zoë / 陳怡君", "Agenda: prijs, planning", now=FRIDAY_EVENING)
    seen = _choose(monkeypatch, tmp_path / "call")
    path = save_invitation(None, text, "Call with Zoë: Contoso/Fabrikam")
    assert path == tmp_path / "call.ics"                    # the suffix is added
    assert path.read_bytes() == text.encode("utf-8")
    assert b"\r\n" in path.read_bytes() and b"\n" not in path.read_bytes().replace(b"\r\n", b"")
    assert seen["start"].endswith("Call with Zoë Contoso Fabrikam.ics")
    assert sd.default_folder().is_dir()


def test_save_invitation_cancelled_returns_none(qtbot, tmp_path, monkeypatch):
    _choose(monkeypatch, None)
    assert save_invitation(None, "BEGIN:VCALENDAR\r\n", "x") is None


def test_save_invitation_unwritable_folder_is_a_friendly_message(qtbot, tmp_path, monkeypatch):
    _choose(monkeypatch, tmp_path / "missing-folder" / "call.ics")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert save_invitation(None, "BEGIN:VCALENDAR\r\n", "call") is None
    assert len(warnings) == 1 and "missing-folder" in warnings[0]


def test_default_folder_falls_back_to_home(monkeypatch, tmp_path):
    monkeypatch.setattr(sd.QStandardPaths, "writableLocation", lambda *_: str(tmp_path / "nope"))
    assert sd.default_folder() == sd.Path.home()
    assert sd.safe_file_name("  ") == "invitation.ics" and sd.safe_file_name("a.ICS") == "a.ICS"
    assert sd.safe_file_name("Call <b>?") == "Call b.ics"


def test_when_field_under_the_c_locale_reads_as_a_date(qtbot, language):
    language("en", "C")
    dialog = make(qtbot)
    assert dialog.when.displayFormat() == "ddd d MMM yyyy HH:mm" and dialog.when.text() == "Mon 26 Oct 2026 10:00"
