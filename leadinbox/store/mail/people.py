"""Adding the people an email named, who are no customer yet, as leads: one small import batch ("Added from
email", undone from Import history like any import), read and kept as an imported row would be."""

from __future__ import annotations

from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core.mail.message import Address
from leadinbox.core.table import Table
from leadinbox.store.importing.result import ImportResult

NAME = "Added from email"


def add_as_leads(db: Database, people: list[Address], *, at: datetime | None = None,
                 now: str | None = None) -> ImportResult:
    """One lead per person (email, name, the message's date): the importer normalises and deduplicates them
    as it does a file's rows, so someone already known is not added twice."""
    stamp = (at or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    rows = iter([(n + 2, [p.email, p.name or None, stamp]) for n, p in enumerate(people)])
    table = Table(["Email", "Full name", "Created date"], rows, "email")
    from leadinbox.store.importing.entry import import_pulled    # the importer: when mail adds someone
    return import_pulled(db, NAME, "email", table, now=now)
