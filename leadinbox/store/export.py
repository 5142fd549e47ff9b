"""Exporting the leads of the current view (the inbox's own conditions) or of a selection, streamed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from leadinbox.store.database import Database

from leadinbox.store.offers import name_of, with_names

from leadinbox.core.export_layouts import LAYOUTS
from leadinbox.core.export_writers import open_writer
from leadinbox.core.query import InboxQuery
from leadinbox.store.inbox import CUSTOMER_ORDER, lead_conditions, customer_conditions

CHUNK = 1000
# A lead's own contact details; the customer's (rolled up from their other leads) fill its gaps. This never
# changes whom a lead belongs to: a customer keyed by email has that email on every lead.
_CONTACT = ("full_name", "first_name", "last_name", "email", "phone", "job_title", "company", "country_raw",
            "country_code", "city", "state")
_LEAD = ("id", "customer_id", "external_id", "created_at", "sort_at", "updated_at", "lead_source_raw",
         "source", "action", "offer_id", "offer_name", "publisher", "description", "owner", "status",
         "lead_type", "lead_quality", "is_test", "first_response_due_at", "first_response_at", "attempt_count",
         "last_attempt_at", "replied_at", "closed_at", "next_due_at", "next_due_kind")
COLUMNS = _LEAD + _CONTACT
_SELECT = ", ".join([f"l.{c}" for c in _LEAD] + [f"coalesce(l.{c}, c.{c})" for c in _CONTACT])


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


@dataclass(frozen=True)
class Selection:
    """Rows picked in the inbox: whole customers (their leads that the view shows) and single leads."""

    customer_ids: frozenset[int] = field(default_factory=frozenset)
    lead_ids: frozenset[int] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.customer_ids or self.lead_ids)


def _from_where(db: Database, q: InboxQuery, selection: Selection | None, now: datetime) -> tuple[str, list]:
    lead_where, lead_params = lead_conditions(q)
    if not selection:
        where, params = customer_conditions(q, now)
        conds = [where.removeprefix(" WHERE ")] if where else []
        return _join(conds + lead_where), params + lead_params
    for table, ids in (("export_customers", selection.customer_ids), ("export_leads", selection.lead_ids)):
        db.execute(f"DROP TABLE IF EXISTS temp.{table}")
        db.execute(f"CREATE TEMP TABLE {table} (id INTEGER PRIMARY KEY)")
        db.conn.executemany(f"INSERT OR IGNORE INTO temp.{table} (id) VALUES (?)", [(i,) for i in ids])
    # Selected customers bring the leads the view shows of them; a selected lead comes as it is.
    picked = "l.customer_id IN (SELECT id FROM temp.export_customers)"
    if lead_where:
        picked = f"({picked} AND {' AND '.join(lead_where)})"
    return _join([f"(l.id IN (SELECT id FROM temp.export_leads) OR {picked})"]), lead_params


def _join(conds: list[str]) -> str:
    base = " FROM customers AS c JOIN leads AS l ON l.customer_id = c.id"
    return base + (" WHERE " + " AND ".join(conds) if conds else "")


def count_leads(db: Database, q: InboxQuery, selection: Selection | None = None,
                now: datetime | None = None) -> int:
    sql, params = _from_where(db, q, selection, now or datetime.now(timezone.utc))
    return db.execute(f"SELECT count(*){sql}", params).fetchone()[0]


def iter_leads(db: Database, q: InboxQuery, selection: Selection | None = None, now: datetime | None = None,
               chunk: int = CHUNK) -> Iterator[list[dict]]:
    """The leads in the inbox's order (customers as sorted, each customer's newest lead first), in chunks,
    each lead with its `attempts`, `changes` (status) and its customer's `notes`."""
    sql, params = _from_where(db, q, selection, now or datetime.now(timezone.utc))
    order = CUSTOMER_ORDER.get(q.sort, CUSTOMER_ORDER["urgency"]).format(dir="DESC" if q.descending else "ASC")
    # A lead that knows its offer only by id is exported with the name its other leads give it.
    select = _SELECT.replace("l.offer_name", f"coalesce(l.offer_name, {name_of()})", 1)
    cursor = db.execute(with_names(f"SELECT {select}{sql} ORDER BY {order}, l.sort_at DESC, l.id DESC"), params)
    while rows := cursor.fetchmany(chunk):
        leads = [dict(zip(COLUMNS, row)) for row in rows]
        _attach_history(db, leads)
        yield leads


def _attach_history(db: Database, leads: list[dict]) -> None:
    ids = [lead["id"] for lead in leads]
    customers = sorted({lead["customer_id"] for lead in leads})
    lead_marks, cust_marks = ", ".join("?" * len(ids)), ", ".join("?" * len(customers))
    attempts, changes, notes = defaultdict(list), defaultdict(list), defaultdict(list)
    for lead_id, at, channel, outcome, note, direction in db.execute(
            f"""SELECT al.lead_id, a.at, a.channel, a.outcome, a.note, a.direction FROM attempt_leads AS al
                JOIN attempts AS a ON a.id = al.attempt_id WHERE al.lead_id IN ({lead_marks})
                ORDER BY a.at, a.id""", ids):
        attempts[lead_id].append({"at": at, "channel": channel, "outcome": outcome, "note": note,
                                  "direction": direction})
    for lead_id, at, old, new, reason, attempt_id in db.execute(
            f"""SELECT lead_id, at, from_status, to_status, reason, attempt_id FROM status_changes
                WHERE lead_id IN ({lead_marks}) ORDER BY at, id""", ids):
        changes[lead_id].append({"at": at, "from_status": old, "to_status": new, "reason": reason,
                                 "attempt_id": attempt_id})
    for customer_id, at, text in db.execute(
            f"SELECT customer_id, at, text FROM notes WHERE customer_id IN ({cust_marks}) ORDER BY at, id",
            customers):
        notes[customer_id].append({"at": at, "text": text})
    tags = defaultdict(list)
    for customer_id, tag in db.execute(
            f"SELECT customer_id, tag FROM tags WHERE customer_id IN ({cust_marks}) ORDER BY tag COLLATE NOCASE",
            customers):
        tags[customer_id].append(tag)
    for lead in leads:
        lead["tags"] = tags.get(lead["customer_id"], [])
        lead["attempts"] = attempts.get(lead["id"], [])
        lead["changes"] = changes.get(lead["id"], [])
        lead["notes"] = notes.get(lead["customer_id"], [])


Progress = Callable[[int, int], None]   # leads written, leads in all


def export_leads(db: Database, q: InboxQuery, path: Path, fmt: str, *, selection: Selection | None = None,
                 now: datetime | None = None, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> int:
    """Write the leads of the view (or of `selection`) to `path` in `fmt` (csv, xlsx, dynamics, salesforce);
    returns how many. Raises ExportCancelled, leaving no file behind."""
    now = now or datetime.now(timezone.utc)
    layout = LAYOUTS[fmt]
    total = count_leads(db, q, selection, now)
    writer = open_writer(Path(path), layout, fmt)
    done = 0
    try:
        for leads in iter_leads(db, q, selection, now):
            for lead in leads:
                writer.write(layout.row(lead, now))
            done += len(leads)
            if progress:
                progress(done, total)
            if cancelled and cancelled():
                raise ExportCancelled
        writer.close()
    except BaseException:
        writer.abort()
        raise
    return done
