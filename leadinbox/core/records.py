"""The normalised lead record that readers produce and the store writes."""

from __future__ import annotations

from dataclasses import dataclass, fields

from leadinbox.core.names import company_key


@dataclass(slots=True)
class LeadRecord:
    """One event of one customer, cleaned. Text fields are None when the file had nothing there."""

    row: int
    source_system: str
    customer_key: str
    offer_key: str = ""
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    phone: str | None = None
    phone_e164: str | None = None
    job_title: str | None = None
    company: str | None = None
    country_raw: str | None = None
    country_code: str | None = None
    city: str | None = None
    state: str | None = None
    source: str | None = None
    action: str | None = None
    lead_source_raw: str | None = None
    offer_id: str | None = None
    offer_name: str | None = None
    publisher: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    external_id: str | None = None
    description: str | None = None
    owner: str | None = None
    ext_status: str | None = None
    lead_type: str | None = None
    lead_quality: str | None = None
    is_test: bool = False
    missing: str | None = None
    unreadable: str | None = None   # JSON {field: what the file said} for values that could not be read
    raw: str = "{}"

    @property
    def created_day(self) -> str | None:
        return self.created_at[:10] if self.created_at else None

    @property
    def company_key(self) -> str | None:
        """The company without its legal form (only customers without an email are keyed by it)."""
        return company_key(self.company)


# The fields in order, as RowNormaliser.values() hands them over (all but `raw`, which comes apart).
RECORD_FIELDS = tuple(f.name for f in fields(LeadRecord))[:-1]
