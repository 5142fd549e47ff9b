"""Cell values for exported files: formula neutralisation (OWASP CSV injection), dates and labels."""

from __future__ import annotations

import re
from datetime import datetime, timezone

# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV Injection"). The fullwidth
# forms are included because some spreadsheet locales fold them to the ASCII operators on input.
DANGEROUS_LEADS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
QUOTE = "'"
# A phone number or plain number: digits, spaces and ( ) . - / after an optional sign. It cannot name a
# function or reach DDE, so at worst a spreadsheet shows it as an error; CRM imports keep it unquoted.
_PHONE_LIKE = re.compile(r"[+\-\uff0b\uff0d]?[0-9][0-9 ().\-/]*")

# Action codes as the export writes them: labels the importer reads back as the same code
# (core/leadsource._FRIENDLY), so an exported file re-imports without loss.
ACTION_LABELS = {"PLT": "Contact me", "INS": "Get it now", "StartTestDrive": "Test drive", "Create": "Create",
                 "DNC": "Do not contact"}
STATUS_LABELS = {"new": "New", "contacted": "Contacted", "nurturing": "Nurturing", "qualified": "Qualified",
                 "won": "Won", "lost": "Lost", "no_response": "No response", "dnc": "Do not contact",
                 "test": "Test"}
# The marketplace's own source names, for a rebuilt `Source-Action|Offer` string.
SOURCE_CODES = {"azure_marketplace": "AzureMarketplace", "azure_portal": "AzurePortal",
                "appsource": "AppSource", "test_drive": "TestDrive"}


def is_dangerous(text: str) -> bool:
    """True when a spreadsheet could take the text for a formula (or a DDE call)."""
    return bool(text) and text[0] in DANGEROUS_LEADS


def neutralise(value: object, *, keep_phones: bool = False) -> object:
    """Text that a spreadsheet would run gets a leading apostrophe, which makes Excel and LibreOffice show
    it as text; other values pass unchanged. The importer drops that apostrophe again (core/text.clean).
    With `keep_phones`, phone numbers stay as they are (a CRM import would store the apostrophe)."""
    if value.__class__ is str and value and value[0] in DANGEROUS_LEADS:
        if keep_phones and _PHONE_LIKE.fullmatch(value):
            return value
        return QUOTE + value
    return value


def parse_utc(text: str | None) -> datetime | None:
    """'2026-10-02T09:15:00Z' -> a naive datetime in UTC (spreadsheets have no time zones)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment


def _canonical(text: str) -> bool:
    """The store's own form, 'YYYY-MM-DDTHH:MM:SSZ': converted by slicing, without parsing."""
    return len(text) == 20 and text[10] == "T" and text[19] == "Z"


def csv_datetime(text: str | None) -> str:
    """'2026-10-02T09:15:00Z' -> '2026-10-02 09:15:00': Excel reads it as a date, LeadInbox as UTC."""
    if not text:
        return ""
    if _canonical(text):
        return f"{text[:10]} {text[11:19]}"
    moment = parse_utc(text)
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else ""


def xlsx_datetime(text: str | None) -> datetime | None:
    """'2026-10-02T09:15:00Z' -> datetime(2026, 10, 2, 9, 15): a real date cell, in UTC."""
    if text and _canonical(text):
        try:
            return datetime.fromisoformat(text[:19])
        except ValueError:
            return None
    return parse_utc(text)


def csv_date(text: str | None) -> str:
    moment = parse_utc(text)
    return moment.strftime("%Y-%m-%d") if moment else ""


def action_label(code: str | None) -> str:
    return ACTION_LABELS.get(code or "", code or "")


def status_label(status: str | None) -> str:
    return STATUS_LABELS.get(status or "", status or "")


def lead_source(raw: str | None, source: str | None, action: str | None, offer: str | None) -> str:
    """The lead's `Source-Action|Offer` string: as it came, or rebuilt from what LeadInbox knows."""
    if raw and "|" in raw:
        return raw
    left = "-".join(filter(None, (SOURCE_CODES.get(source or "", source or ""), action or "")))
    if not left:
        return raw or ""
    return f"{left}|{offer}" if offer else left
