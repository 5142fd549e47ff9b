"""Import history, and undoing one import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from leadinbox.store.database import Database

from leadinbox.core.english import count
from leadinbox.store.safety.backups import make_backup
from leadinbox.store.importing.identity import split_joins
from leadinbox.store.rollup import refresh_customers

NAMES_SHOWN = 5     #: how many worked-on customers an UndoPlan names; the rest are counted

# A lead of the batch the user has worked on: a status changed, an attempt logged, or a note or call on its
# customer when this undo removes that customer (no lead of another import keeps it).
_WORKED = """status_changed_at IS NOT NULL
    OR EXISTS (SELECT 1 FROM attempt_leads WHERE lead_id = l.id)
    OR (NOT EXISTS (SELECT 1 FROM leads WHERE customer_id = l.customer_id AND batch_id != l.batch_id)
        AND (EXISTS (SELECT 1 FROM notes WHERE customer_id = l.customer_id)
             OR EXISTS (SELECT 1 FROM appointments WHERE customer_id = l.customer_id)))"""


class UndoRefused(Exception):
    """The batch cannot be undone. `reason`: unknown, undone, empty (it added no leads), or worked (its
    leads were worked on, `worked` of them), so the window can say it in its own words."""

    def __init__(self, message: str, reason: str, worked: int = 0) -> None:
        super().__init__(message)
        self.reason, self.worked = reason, worked


@dataclass(frozen=True)
class UndoPlan:
    """What undoing a batch would remove, read before asking the user."""

    batch: int
    file: str
    leads: int                  # leads the batch added, all removed
    customers: int              # customers left without leads, removed with them
    worked: int = 0             # of those leads, the ones worked on since (their work goes too)
    worked_customers: int = 0   # the customers of those leads
    worked_names: tuple[str, ...] = ()      # the first NAMES_SHOWN of them, by name (else company, email)


def list_batches(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM batches ORDER BY id DESC"))


def _undoable(db: Database, batch_id: int) -> str:
    """The batch's file name; UndoRefused when there is nothing to undo."""
    batch = db.execute("SELECT file_name, undone_at, new_leads FROM batches WHERE id = ?", (batch_id,)).fetchone()
    if batch is None:
        raise UndoRefused(f"there is no import number {batch_id}", "unknown")
    if batch[1]:
        raise UndoRefused(f"import {batch_id} ({batch[0]}) was already undone on {batch[1]}", "undone")
    if not batch[2]:
        raise UndoRefused(f"import {batch_id} ({batch[0]}) added no leads (all were known): nothing to undo",
                          "empty")
    return batch[0]


def undo_plan(db: Database, batch_id: int) -> UndoPlan:
    """What undo_batch would remove, and which of it was worked on; reads only (the window runs it on a
    reader connection before it asks). UndoRefused when there is nothing to undo."""
    file = _undoable(db, batch_id)
    leads = db.execute("SELECT count(*) FROM leads WHERE batch_id = ?", (batch_id,)).fetchone()[0]
    customers = db.execute("""SELECT count(*) FROM customers AS c
                              WHERE c.id IN (SELECT customer_id FROM leads WHERE batch_id = ?)
                                AND NOT EXISTS (SELECT 1 FROM leads WHERE customer_id = c.id AND batch_id != ?)""",
                           (batch_id, batch_id)).fetchone()[0]
    worked = db.execute(f"SELECT l.customer_id FROM leads AS l WHERE batch_id = ? AND ({_WORKED})",
                        (batch_id,)).fetchall()
    owners = list(dict.fromkeys(row[0] for row in worked))
    names = tuple(db.execute("SELECT coalesce(full_name, company, email, '#' || id) FROM customers WHERE id = ?",
                             (owner,)).fetchone()[0] for owner in owners[:NAMES_SHOWN])
    return UndoPlan(batch_id, file, leads, customers, len(worked), len(owners), names)


def _allowed(db: Database, batch_id: int, force: bool, worked_allowed: int) -> str:
    """The batch's file name; UndoRefused when there is nothing to undo, or more work would go than allowed."""
    file = _undoable(db, batch_id)
    worked = db.execute(f"SELECT count(*) FROM leads AS l WHERE batch_id = ? AND ({_WORKED})",
                        (batch_id,)).fetchone()[0]
    if worked > worked_allowed and not force:
        raise UndoRefused(f"{count(worked, 'lead')} of import {batch_id} "
                          f"{'has' if worked == 1 else 'have'} been worked on since; "
                          "undoing it would delete that work (--force undoes it anyway)", "worked", worked)
    return file


def undo_with_backup(db: Database, db_path: Path, batch_id: int, *, force: bool = False, worked_allowed: int = 0,
                     now: datetime | None = None) -> dict:
    """undo_batch after a "before-undo" copy of the whole database (as a restore takes one): the removed leads,
    and the work on them the user chose to lose, can be brought back with Restore backup. The copy is taken
    only once the undo is known to go ahead (a refusal copies nothing; undo_batch checks again). Its path is
    in the answer's "backup"."""
    _allowed(db, batch_id, force, worked_allowed)
    safety = make_backup(db, db_path, "before-undo", now=now)
    return {**undo_batch(db, batch_id, force=force, worked_allowed=worked_allowed), "backup": str(safety.path)}


def undo_batch(db: Database, batch_id: int, *, force: bool = False, worked_allowed: int = 0) -> dict:
    """Remove exactly the leads the batch added (and customers left with none). Refuses when the user
    has worked on more than `worked_allowed` of them (the window passes what it showed), unless `force`.
    The work on them goes with them: status changes and attempt links by cascade, notes, calls and
    attempts with the customers removed (foreign keys, store/migrations.py).

    Fields the batch filled in on leads known before it (a date, an offer name, an owner: import_fill.py)
    stay: they are facts from a file the user imported, the lead was already theirs, and nothing the user
    or an earlier file gave it was overwritten. So an import that only filled gaps has nothing to undo."""
    with db.atomic():
        file = _allowed(db, batch_id, force, worked_allowed)
        split_joins(db, batch_id)      # customers this import joined by name come apart first, as they were
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
    return {"batch": batch_id, "file": file, "removed_leads": removed, "removed_customers": before - after}
