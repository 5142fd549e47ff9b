"""A calendar invitation (.ics, RFC 5545) for a planned call, which any calendar app opens."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> list[str]:
    """Lines longer than 75 octets continue on the next line after a space, cut between characters."""
    out, current = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0]] + [" " + part for part in out[1:]]


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def call_uid(call_id: int, created_at: str, customer: str) -> str:
    """The event's UID: the same for one planned call each time it is saved (a calendar then updates the
    event instead of adding a second), and unlike any other call's, in this database or another one (whose
    call ids start at 1 too): the row's id with when it was made and for whom."""
    return f"{uuid.uuid5(uuid.NAMESPACE_URL, f'leadinbox:call:{customer}:{created_at}:{call_id}')}@leadinbox"


def invitation(uid: str, starts: datetime, minutes: int, summary: str, description: str = "",
               attendee: str | None = None, now: datetime | None = None) -> str:
    """The text of an .ics file with one event; times in UTC so every calendar shows them local."""
    now = now or datetime.now(timezone.utc)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//LeadInbox//LeadInbox//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{_utc(now)}", f"DTSTART:{_utc(starts)}",
             f"DTEND:{_utc(starts + timedelta(minutes=minutes))}", f"SUMMARY:{_escape(summary)}"]
    if description:
        lines.append(f"DESCRIPTION:{_escape(description)}")
    if attendee:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{attendee}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
