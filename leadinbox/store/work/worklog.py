"""Notes, planned calls, owners and qualification: the rest of what the user records about a customer."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.store.work.attempts import NotAllowed, guard, iso, must_exist
from leadinbox.store.work.plan import replan, replan_customer
from leadinbox.store.rollup import reindex
from leadinbox.store.team import outbox
from leadinbox.team import events as team_events


def _reindex_customer(db: Database, customer_id: int) -> None:
    db.execute("DROP TABLE IF EXISTS temp.affected")
    db.execute("CREATE TEMP TABLE affected AS SELECT ? AS id", (customer_id,))
    reindex(db, "temp.affected")
    db.execute("DROP TABLE temp.affected")


def add_note(db: Database, customer_id: int, text: str, *, at: datetime | None = None) -> int:
    must_exist(db, customer_id)
    text = text.strip()
    if not text:
        raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "an empty note"))
    with db.atomic():
        when = iso(at or datetime.now(timezone.utc))
        note_id = db.execute("INSERT INTO notes (customer_id, at, text) VALUES (?, ?, ?)",
                             (customer_id, when, text)).lastrowid
        outbox.mark(db, "notes", note_id, outbox.record(db, team_events.NOTE, customer_id, {"at": when, "text": text}))
        _reindex_customer(db, customer_id)    # notes are searchable
    return note_id


def delete_note(db: Database, note_id: int) -> None:
    with db.atomic():
        if (customer_id := _delete_shared(db, "notes", note_id, team_events.UNDO_NOTE)) is not None:
            _reindex_customer(db, customer_id)


def _delete_shared(db: Database, table: str, row_id: int, undo_event: str) -> int | None:
    """Delete a note or a planned call, telling the team when it was shared; its customer's id (None: gone)."""
    row = db.execute(f"SELECT customer_id, team_event FROM {table} WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        return None
    if row[1]:
        outbox.record(db, undo_event, row[0], {"ref": row[1]})
    db.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    return row[0]


def schedule_call(db: Database, customer_id: int, starts: datetime, *, minutes: int = 30, kind: str = "call",
                  title: str = "", note: str = "", now: datetime | None = None) -> int:
    """A planned call or meeting; it becomes the next due item of the customer's open leads."""
    must_exist(db, customer_id)
    if minutes < 5 or minutes > 24 * 60:
        raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "a call lasts between 5 minutes and a day"))
    with db.atomic():
        guard(db, customer_id)
        call_id = db.execute("""INSERT INTO appointments (customer_id, starts_at, minutes, kind, title, note,
                                created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                             (customer_id, iso(starts), minutes, kind, title or None, note or None,
                              iso(now or datetime.now(timezone.utc)))).lastrowid
        outbox.mark(db, "appointments", call_id, outbox.record(
            db, team_events.CALL, customer_id, {"starts": iso(starts), "minutes": minutes, "kind": kind,
                                                "title": title or None, "note": note or None}))
        replan_customer(db, customer_id)
    return call_id


def set_call_done(db: Database, call_id: int, done: bool, *, at: datetime | None = None) -> None:
    """Mark a planned call done (or not: its undo). A call the team knows of tells the team: the later of two
    desks' marks wins on every desk."""
    with db.atomic():
        stamp = iso(at or datetime.now(timezone.utc)) if done else None
        row = db.execute("SELECT customer_id, team_event, done_at FROM appointments WHERE id = ?",
                         (call_id,)).fetchone()
        if row:
            db.execute("UPDATE appointments SET done_at = ? WHERE id = ?", (stamp, call_id))
            if row[1] and (row[2] is None) != (stamp is None):
                outbox.record_fields(db, team_events.CALL_DONE, row[0], {"done": stamp}, key=row[1])
            replan_customer(db, row[0])


def delete_call(db: Database, call_id: int) -> None:
    with db.atomic():
        if (customer_id := _delete_shared(db, "appointments", call_id, team_events.UNDO_CALL)) is not None:
            replan_customer(db, customer_id)


def call(db: Database, call_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM appointments WHERE id = ?", (call_id,)))
    return rows[0] if rows else None


def set_owner(db: Database, lead_ids: list[int], owner: str | None) -> dict[int, str | None]:
    """Assign leads (None: the app's user). Returns the previous owners, for undo."""
    marks = ", ".join("?" * len(lead_ids))
    with db.atomic():
        before = {r[0]: r[1] for r in db.execute(f"SELECT id, owner FROM leads WHERE id IN ({marks})", lead_ids)}
        db.execute(f"UPDATE leads SET owner = ? WHERE id IN ({marks})", (owner or None, *lead_ids))
        replan(db, list(before))
    return before


def restore_owners(db: Database, owners: dict[int, str | None]) -> None:
    with db.atomic():
        db.conn.executemany("UPDATE leads SET owner = ? WHERE id = ?", [(o, i) for i, o in owners.items()])
        replan(db, list(owners))


def qualification(db: Database, lead_id: int) -> list[str]:
    row = db.execute("SELECT qualification FROM leads WHERE id = ?", (lead_id,)).fetchone()
    return json.loads(row[0]) if row and row[0] else []


def set_qualification(db: Database, lead_id: int, met: list[str]) -> list[str]:
    """Record which criteria the lead meets; returns what it met before, for undo."""
    with db.atomic():
        before = qualification(db, lead_id)
        db.execute("UPDATE leads SET qualification = ? WHERE id = ?",
                   (json.dumps(sorted(set(met)), ensure_ascii=False) if met else None, lead_id))
        row = db.execute("SELECT customer_id FROM leads WHERE id = ?", (lead_id,)).fetchone()
        if row and sorted(set(met)) != sorted(set(before)):      # an undo sets it back: shared as a change too
            outbox.record_fields(db, team_events.QUALIFY, row[0], {"qualification": sorted(set(met))},
                                 lead_id=lead_id)
    return before
