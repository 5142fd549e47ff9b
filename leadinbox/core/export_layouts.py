"""Column layouts of the exports: LeadInbox's own (re-importable), Dynamics 365 and Salesforce lead import.

Field names and limits: lead-formats.md and the Dynamics 365 Lead entity reference (display names,
Status Reason values, Description max 2,000 characters); Salesforce Data Import Wizard field labels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from leadinbox.core import export_cells as cells
from leadinbox.core.export_history import clip, crm_description, history_text, sla_met

TEXT, DATETIME, DATE, INT = "text", "datetime", "date", "int"
NOT_PROVIDED = "[not provided]"     # what Salesforce's own Web-to-Lead writes for a missing required field
Getter = Callable[[dict, datetime], object]


@dataclass(frozen=True)
class Column:
    header: str
    get: Getter
    kind: str = TEXT
    width: int = 16          # characters, for the XLSX column


@dataclass(frozen=True)
class Layout:
    name: str
    columns: tuple[Column, ...]
    bom: bool = True         # UTF-8 BOM: Excel then reads accents and Chinese right
    keep_phones: bool = False  # a CRM stores an apostrophe before "+31 …" as part of the number

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def row(self, lead: dict, now: datetime) -> list[object]:
        return [c.get(lead, now) for c in self.columns]


def _f(name: str, limit: int | None = None) -> Getter:
    if limit is None:
        return lambda lead, _now: lead.get(name)
    return lambda lead, _now: clip(lead.get(name), limit) or None


def _date(name: str) -> Getter:
    # The stored text; each writer makes it what its format needs (CSV text, an XLSX date).
    return lambda lead, _now: lead.get(name)


def _composite(lead: dict) -> str:
    return cells.lead_source(lead.get("lead_source_raw"), lead.get("source"), lead.get("action"),
                             lead.get("offer_id") or lead.get("offer_name"))


def _sla(lead: dict, now: datetime) -> str:
    met = sla_met(lead, now)
    return "" if met is None else "Yes" if met else "No"


def _created(lead: dict, _now: datetime) -> str | None:
    return lead.get("created_at") or lead.get("sort_at")


LEADINBOX = Layout("leadinbox", (
    Column("Lead ID", _f("external_id"), width=22),
    Column("Created On", _created, DATETIME, 17),
    Column("Full Name", _f("full_name"), width=22),
    Column("First Name", _f("first_name"), width=14),
    Column("Last Name", _f("last_name"), width=16),
    Column("Email", _f("email"), width=30),
    Column("Phone", _f("phone"), width=17),
    Column("Job Title", _f("job_title"), width=18),
    Column("Company", _f("company"), width=24),
    Column("Country", lambda lead, _n: lead.get("country_raw") or lead.get("country_code"), width=12),
    Column("City", _f("city"), width=14),
    Column("State", _f("state"), width=10),
    Column("Call to action", lambda lead, _n: cells.action_label(lead.get("action")), width=14),
    Column("Lead Source", _f("lead_source_raw"), width=34),
    Column("Offer name", _f("offer_name"), width=26),
    Column("Offer ID", _f("offer_id"), width=30),
    Column("Publisher", _f("publisher"), width=16),
    Column("Lead type", _f("lead_type"), width=10),
    Column("Lead quality", _f("lead_quality"), width=10),
    Column("Description", _f("description"), width=40),
    Column("Owner", _f("owner"), width=14),
    Column("Tags", lambda lead, _n: ", ".join(lead.get("tags") or ()) or None, width=18),
    Column("Status", lambda lead, _n: cells.status_label(lead.get("status")), width=13),
    Column("First response due", _date("first_response_due_at"), DATETIME, 17),
    Column("First response at", _date("first_response_at"), DATETIME, 17),
    Column("SLA met", _sla, width=8),
    Column("Attempts", lambda lead, _n: lead.get("attempt_count") or 0, INT, 9),
    Column("Last attempt at", _date("last_attempt_at"), DATETIME, 17),
    Column("Replied at", _date("replied_at"), DATETIME, 17),
    Column("Closed at", _date("closed_at"), DATETIME, 17),
    Column("Next due", _date("next_due_at"), DATETIME, 17),
    Column("Follow-up history", lambda lead, now: history_text(lead, now) or None, width=50),
    Column("Modified On", _date("updated_at"), DATETIME, 17),
))

_DYN_STATUS = {"new": "New", "contacted": "Contacted", "nurturing": "Contacted", "qualified": "Qualified",
               "won": "Qualified", "lost": "Lost", "no_response": "Cannot Contact",
               "dnc": "No Longer Interested",
               "test": "Canceled"}
_RATING = {"high": "Hot", "medium": "Warm", "low": "Cold", "hot": "Hot", "warm": "Warm", "cold": "Cold"}


def _rating(lead: dict, _now: datetime) -> str:
    return _RATING.get((lead.get("lead_quality") or "").casefold(), "")


def _dnc(lead: dict) -> bool:
    return lead.get("status") == "dnc" or lead.get("action") == "DNC"


def _last_name(limit: int) -> Getter:
    # Both CRMs require a last name; a lead may only have a full name or an email.
    return lambda lead, _n: clip(lead.get("last_name") or lead.get("full_name") or lead.get("email")
                                 or NOT_PROVIDED, limit)


DYNAMICS = Layout("dynamics", (
    Column("Topic", lambda lead, _n: clip(_composite(lead) or lead.get("offer_name"), 300), width=40),
    Column("First Name", _f("first_name", 50), width=14),
    Column("Last Name", _last_name(50), width=16),
    Column("Job Title", _f("job_title", 100), width=18),
    Column("Company Name", _f("company", 100), width=24),
    Column("Email", _f("email", 100), width=30),
    Column("Business Phone", _f("phone", 50), width=17),
    Column("City", _f("city", 80), width=14),
    Column("State/Province", _f("state", 50), width=12),
    Column("Country/Region", lambda lead, _n: clip(lead.get("country_raw") or lead.get("country_code"), 80),
           width=12),
    Column("Lead Source", lambda _lead, _n: "Other", width=10),
    Column("Rating", _rating, width=8),
    Column("Status Reason", lambda lead, _n: _DYN_STATUS.get(lead.get("status") or "", "New"), width=16),
    Column("Do not allow Emails", lambda lead, _n: "Do Not Allow" if _dnc(lead) else "Allow", width=14),
    Column("Do not allow Phone Calls", lambda lead, _n: "Do Not Allow" if _dnc(lead) else "Allow", width=14),
    Column("Record Created On", lambda lead, n: cells.csv_date(lead.get("created_at") or lead.get("sort_at")),
           width=12),
    Column("Description", lambda lead, now: crm_description(lead, 2000, now), width=50),
), keep_phones=True)

_SF_STATUS = {"new": "Open - Not Contacted", "contacted": "Working - Contacted",
              "nurturing": "Working - Contacted",
              "qualified": "Working - Contacted"}
_SF_CLOSED = "Closed - Not Converted"   # a converted status is set by converting a lead, never by an import

SALESFORCE = Layout("salesforce", (
    Column("First Name", _f("first_name", 40), width=14),
    Column("Last Name", _last_name(80), width=16),
    Column("Company", lambda lead, _n: clip(lead.get("company") or NOT_PROVIDED, 255), width=24),
    Column("Title", _f("job_title", 128), width=18),
    Column("Email", _f("email", 80), width=30),
    Column("Phone", _f("phone", 40), width=17),
    Column("City", _f("city", 40), width=14),
    Column("State/Province", _f("state", 80), width=12),
    Column("Country", lambda lead, _n: clip(lead.get("country_raw") or lead.get("country_code"), 80),
           width=12),
    Column("Lead Source", lambda lead, _n: clip(_composite(lead), 255), width=40),
    Column("Lead Status", lambda lead, _n: _SF_STATUS.get(lead.get("status") or "", _SF_CLOSED), width=22),
    Column("Rating", _rating, width=8),
    Column("Email Opt Out", lambda lead, _n: "TRUE" if _dnc(lead) else "FALSE", width=8),
    Column("Do Not Call", lambda lead, _n: "TRUE" if _dnc(lead) else "FALSE", width=8),
    Column("Description", lambda lead, now: crm_description(lead, 32000, now), width=50),
), bom=False, keep_phones=True)   # Salesforce's Data Loader can refuse a UTF-8 file that starts with a BOM

LAYOUTS = {"csv": LEADINBOX, "xlsx": LEADINBOX, "dynamics": DYNAMICS, "salesforce": SALESFORCE}
FORMATS = tuple(LAYOUTS)


def format_for(path_suffix: str, requested: str | None) -> str:
    """The format asked for, or the one the file name says (.xlsx; anything else is CSV)."""
    if requested:
        return requested
    return "xlsx" if path_suffix.lower() in (".xlsx", ".xlsm") else "csv"
