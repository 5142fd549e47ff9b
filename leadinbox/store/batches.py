"""Import history, and undoing one import."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlite_utils import Database

from leadinbox.store.rollup import refresh_customers


class UndoRefused(Exception):
    """The batch cannot be undone (unknown, already undone, or its leads were worked on)."""


def list_batches(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM batches ORDER BY id DESC"))


def undo_batch(db: Database, batch_id: int, *, force: bool = False) -> dict:
    """Remove exactly the leads the batch added (and customers left with none). Refuses when the user
    has already worked on any of them, unless `force`.

    Fields the batch filled in on leads known before it (a date, an offer name, an owner: import_fill.py)
    stay: they are facts from a file the user imported, the lead was already theirs, and nothing the user
    or an earlier file gave it was overwritten. So an import that only filled gaps has nothing to undo."""
    with db.atomic():
        batch = db.execute("SELECT file_name, undone_at, new_leads FROM batches WHERE id = ?",
                           (batch_id,)).fetchone()
        if batch is None:
            raise UndoRefused(f"there is no import number {batch_id}")
        if not batch[2] and not batch[1]:
            raise UndoRefused(f"import {batch_id} ({batch[0]}) added no leads (all were known): nothing to undo")
        if batch[1]:
            raise UndoRefused(f"import {batch_id} ({batch[0]}) was already undone on {batch[1]}")
        # Worked on: a status changed, an attempt logged, or a note or call on a customer this undo removes.
        worked = db.execute("""SELECT count(*) FROM leads AS l WHERE batch_id = ? AND (
                                   status_changed_at IS NOT NULL
                                   OR EXISTS (SELECT 1 FROM attempt_leads WHERE lead_id = l.id)
                                   OR (NOT EXISTS (SELECT 1 FROM leads WHERE customer_id = l.customer_id
                                                   AND batch_id != l.batch_id)
                                       AND (EXISTS (SELECT 1 FROM notes WHERE customer_id = l.customer_id)
                                            OR EXISTS (SELECT 1 FROM appointments
                                                       WHERE customer_id = l.customer_id))))""",
                            (batch_id,)).fetchone()[0]
        if worked and not force:
            raise UndoRefused(f"{worked} lead(s) of import {batch_id} have been worked on since; "
                              "undoing it would delete that work (--force undoes it anyway)")
        db.execute("DROP TABLE IF EXISTS temp.affected")
        db.execute("CREATE TEMP TABLE affected AS SELECT DISTINCT customer_id AS id FROM leads WHERE batch_id = ?",
                   (batch_id,))
        before = db.execute("SELECT count(*) FROM customers").fetchone()[0]
        db.execute("DELETE FROM lead_raw WHERE lead_id IN (SELECT id FROM leads WHERE batch_id = ?)", (batch_id,))
        removed = db.execute("DELETE FROM leads WHERE batch_id = ?", (batch_id,)).rowcount
        refresh_customers(db)
        after = db.execute("SELECT count(*) FROM customers").fetchone()[0]
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        db.execute("UPDATE batches SET undone_at = ? WHERE id = ?", (now, batch_id))
        db.execute("DROP TABLE temp.affected")
    return {"batch": batch_id, "file": batch[0], "removed_leads": removed, "removed_customers": before - after}
