"""A lead typed in by hand (a call, a trade-show contact, a forwarded email), as a one-row lead file, so it
is read by the same normaliser as any imported row (customer key, phone, country, action, offer)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from leadinbox.core.headers import match_headers
from leadinbox.core.table import Table

if TYPE_CHECKING:
    from leadinbox.core.leadfile import LeadFile

LAYOUT = "manual"          #: the leads' source_system, and the batch's layout
FILE_NAME = "Added by hand"     #: the import history's name for it
ORIGIN = "by hand"              #: where it came from (a file's path, a pulled table's address)
# The form's fields, each the column of the one-row file and the canonical field it is placed on.
FIELDS = {"name": "full_name", "company": "company", "email": "email", "phone": "phone", "title": "job_title",
          "country": "country", "offer": "offer_name", "action": "action", "message": "description",
          "date": "created_at", "owner": "owner"}


def manual_lead_file(values: dict[str, str | None]) -> LeadFile:
    """The one-row file of a hand-added lead. `date` is an ISO date or time (UTC when it names no zone);
    `action` a marketplace code or its name (PLT, Contact me, ...)."""
    # The normaliser (dates, phone numbers, countries: 0.1 s of modules) loads when a lead is added, not
    # with the window that offers Add lead.
    from leadinbox.core.leadfile import LeadFile
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown field {sorted(unknown)[0]}")
    headers = list(FIELDS)
    cells = [values.get(name) for name in headers]
    mapping = dict(FIELDS)
    table = Table(headers=list(headers), rows=iter([(1, cells)]), kind="manual")
    return LeadFile(Path(FILE_NAME), table, match_headers(headers, mapping), LAYOUT, 0, origin=ORIGIN)
