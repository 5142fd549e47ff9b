"""The inbox's columns, roles and the labels its cells share with the detail pane and dialogs."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from leadinbox.ui.language.i18n import Labels, Texts, format_date, format_datetime, format_day_month, format_number

# Enum lookups cost microseconds each in data(); keep them in module names (perf-floors.md).
DISPLAY, TOOLTIP, FOREGROUND, FONT, BACKGROUND = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                  Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                                                  Qt.ItemDataRole.BackgroundRole)
BADGES_ROLE = Qt.ItemDataRole.UserRole + 1      #: list of (text, colour or NEUTRAL) chips
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 2  #: the customer's id, on customer and lead rows
LEAD_ROLE = Qt.ItemDataRole.UserRole + 3         #: the lead's row dict, on lead rows

# Who, what is due, what they did first: the columns a laptop screen always shows. A lead row fills the
# columns that say what it has (its offer under Offer); its date is its label in the tree's first column.
(COL_NAME, COL_FOLLOWUP, COL_ACTIVITY, COL_OFFER, COL_COMPANY, COL_STATUS, COL_ATTEMPTS, COL_COUNTRY, COL_LATEST,
 COL_LEADS) = range(10)
HEADERS = Texts("Inbox", (QT_TRANSLATE_NOOP("Inbox", "Customer"), QT_TRANSLATE_NOOP("Inbox", "Follow-up"),
                          QT_TRANSLATE_NOOP("Inbox", "Activity"), QT_TRANSLATE_NOOP("Inbox", "Offer"),
                          QT_TRANSLATE_NOOP("Inbox", "Company"),
                          QT_TRANSLATE_NOOP("Inbox", "Status"), QT_TRANSLATE_NOOP("Inbox", "Attempts"),
                          QT_TRANSLATE_NOOP("Inbox", "Country"), QT_TRANSLATE_NOOP("Inbox", "Latest"),
                          QT_TRANSLATE_NOOP("Inbox", "Leads")))
SORT_FOR_COLUMN = {COL_NAME: "name", COL_COMPANY: "company", COL_ACTIVITY: "urgency", COL_COUNTRY: "country",
                   COL_LATEST: "latest", COL_LEADS: "leads", COL_FOLLOWUP: "urgency", COL_STATUS: "status",
                   COL_ATTEMPTS: "attempts"}
STATUS_LABELS = Labels("Status", {
    "new": QT_TRANSLATE_NOOP("Status", "New"), "contacted": QT_TRANSLATE_NOOP("Status", "Contacted"),
    "nurturing": QT_TRANSLATE_NOOP("Status", "Nurturing"),
    "qualified": QT_TRANSLATE_NOOP("Status", "Qualified"),
    "won": QT_TRANSLATE_NOOP("Status", "Won"), "lost": QT_TRANSLATE_NOOP("Status", "Lost"),
    "no_response": QT_TRANSLATE_NOOP("Status", "Closed – no response"),
    "dnc": QT_TRANSLATE_NOOP("Status", "Do not contact"), "test": QT_TRANSLATE_NOOP("Status", "Test lead")})


def attempts_text(count: int | None, last: str | None) -> str:
    """'2 · 21 Nov' (how many attempts, and the local day of the last one)."""
    if not count:
        return ""
    return f"{format_number(count)} · {format_day_month(_utc(last).astimezone())}" if last else format_number(count)


def _utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def short_date(iso: str | None) -> str:
    """A moment LeadInbox recorded (an attempt, reply, note, planned call, import): '23 Nov 2026 14:05' in
    the locale's words and clock, local time, midnight included."""
    if not iso:
        return ""
    moment = _utc(iso)
    return format_datetime(moment.astimezone() if moment.tzinfo else moment)


def lead_date(iso: str | None) -> str:
    """A lead's date from its file, as short_date; but exactly 00:00:00 UTC shows as that day without a time.
    Files such as Salesforce's report give only the day, stored as midnight UTC, and the stored value cannot
    tell it from a lead created at midnight to the second (that would need a flag kept at import)."""
    if not iso:
        return ""
    moment = _utc(iso)
    if moment.tzinfo is not None and (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        return format_date(moment)
    return short_date(iso)
