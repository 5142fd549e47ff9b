"""The SQL both ways of writing a file share: staged columns, and what a new lead starts with."""

from __future__ import annotations

from collections.abc import Callable

from leadinbox.store.database import Database

from leadinbox.core.records import RECORD_FIELDS

CHUNK = 2000
FIRST_RESPONSE_HOURS = 24
# A record's fields in RECORD_FIELDS order, as columns (`row` is called row_no in the tables).
RECORD_COLS = tuple("row_no" if f == "row" else f for f in RECORD_FIELDS)
# Lead columns filled from the record as they are (the customer key is not a lead column).
_LEAD_COLS = tuple(c for c in RECORD_COLS if c != "customer_key")


def new_lead(col: Callable[[str], str], *, now: str, batch: str) -> tuple[str, str]:
    """(column list, value list) of an INSERT INTO leads, `col(name)` giving the SQL of a record column
    and `now`, `batch` the SQL of the import's time and batch id. Without customer_id (and id)."""
    created = col("created_at")
    due = f"strftime('%Y-%m-%dT%H:%M:%SZ', coalesce({created}, {now}), '+{FIRST_RESPONSE_HOURS} hours')"
    untracked = f"{col('action')} = 'DNC' OR {col('is_test')}"
    columns = ("batch_id, received_at, sort_at, status, first_response_due_at, next_due_at, next_due_kind, "
               f"created_day, {', '.join(_LEAD_COLS)}")
    values = (f"{batch}, {now}, coalesce({created}, {now}), "
              f"CASE WHEN {col('action')} = 'DNC' THEN 'dnc' WHEN {col('is_test')} THEN 'test' ELSE 'new' END, "
              f"CASE WHEN {untracked} THEN NULL ELSE {due} END, CASE WHEN {untracked} THEN NULL ELSE {due} END, "
              f"CASE WHEN {untracked} THEN NULL ELSE 'reply' END, substr({created}, 1, 10), "
              + ", ".join(col(c) for c in _LEAD_COLS))
    return columns, values


def link_offer_names(db: Database) -> None:
    """Leads that name their offer get its id where a file has linked the two (table offers). Only a link
    learnt in this import can change anything: a lead is written with every link known at the time."""
    db.execute("""UPDATE leads SET offer_key = o.offer_id FROM offers AS o
                  WHERE leads.offer_key LIKE 'name:%' AND o.name_key = leads.offer_key""")
