"""Adding a lead by hand: through the importer, so it gets the same clock, cadence and duplicate checks."""

from __future__ import annotations

from dataclasses import dataclass

from leadinbox.store.database import Database

from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.core.manual import manual_lead_file
from leadinbox.store.importing.writer import import_lead_file
from leadinbox.store.work.attempts import NotAllowed


@dataclass
class Added:
    lead_id: int
    customer_id: int
    new: bool                  # False: the lead was known already (same person, action, offer and day)
    new_customer: bool
    batch_id: int | None       # the import to undo (File › Import history) or None when nothing was added


def add_lead(db: Database, values: dict[str, str | None], *, now: str | None = None) -> Added:
    """Add one lead typed in by hand. NotAllowed (nothing written) when the row would be refused as a file's
    row would (no email and no name, nothing that makes a lead, an unreadable date)."""
    if not any((values.get(k) or "").strip() for k in ("email", "phone")):
        raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "give an email or a phone number, so the customer can be "
                                           "answered"))
    with db.atomic():
        result = import_lead_file(db, manual_lead_file(values), now=now)
        refused = result.skipped_rows + [w for w in result.warnings if w.column in ("date", "email")]
        if refused:
            raise NotAllowed(refused[0].message or refused[0].reason)      # rolls the import back: nothing written
    if result.new_leads:
        lead_id, customer_id = db.execute("SELECT id, customer_id FROM leads WHERE batch_id = ?",
                                          (result.batch_id,)).fetchone()
        return Added(lead_id, customer_id, True, bool(result.new_customers), result.batch_id)
    known = next(iter(result.known_lead_ids or ()), None)
    row = db.execute("SELECT id, customer_id FROM leads WHERE id = ?", (known,)).fetchone() if known else None
    if row is None:
        raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "the lead could not be added"))
    return Added(row[0], row[1], False, False, None)
