"""Recomputing leads' next due items from their attempts and planned calls, then their customers' roll-up."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core import cadence as c
from leadinbox.store.rollup import refresh_customers
from leadinbox.store.work import rules as stored
from leadinbox.store.work.rules import load_rules


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def replan(db: Database, lead_ids: list[int], *, rules: c.FollowUpRules | None = None,
           roll_up: bool = True) -> None:
    """Store each lead's plan (core/cadence.plan) and refresh the roll-up of their customers (unless the
    caller rolls them up itself: `roll_up=False`). Runs inside the caller's transaction; reads only these
    leads, their attempts and their customers' calls."""
    if not lead_ids:
        return
    rules = rules or load_rules(db)
    db.execute("DROP TABLE IF EXISTS temp.replan")
    db.execute("CREATE TEMP TABLE replan (id INTEGER PRIMARY KEY)")
    db.conn.executemany("INSERT OR IGNORE INTO temp.replan (id) VALUES (?)", [(i,) for i in lead_ids])
    attempts, replies = defaultdict(list), defaultdict(list)
    for lead_id, at, outcome, direction in db.execute(
            """SELECT al.lead_id, a.at, a.outcome, a.direction FROM attempt_leads AS al
               JOIN attempts AS a ON a.id = al.attempt_id WHERE al.lead_id IN (SELECT id FROM temp.replan)"""):
        if direction == c.INCOMING:
            replies[lead_id].append(_dt(at))
        else:
            attempts[lead_id].append((_dt(at), outcome))
    calls = defaultdict(list)
    for customer_id, starts in db.execute("""SELECT customer_id, starts_at FROM appointments WHERE done_at IS NULL
                                             AND customer_id IN (SELECT customer_id FROM leads
                                                                 WHERE id IN (SELECT id FROM temp.replan))"""):
        calls[customer_id].append(_dt(starts))
    updates = []
    for lead_id, customer_id, status, due in db.execute(
            """SELECT id, customer_id, status, first_response_due_at FROM leads
               WHERE id IN (SELECT id FROM temp.replan)""").fetchall():
        p = c.plan(c.LeadState(status, _dt(due), tuple(attempts[lead_id]), tuple(calls[customer_id]),
                               tuple(replies[lead_id])), rules)
        updates.append((_iso(p.next_due_at), p.next_due_kind, p.attempt_count, _iso(p.first_response_at),
                        _iso(p.last_attempt_at), _iso(p.replied_at), lead_id))
    db.conn.executemany("""UPDATE leads SET next_due_at = ?, next_due_kind = ?, attempt_count = ?,
                           first_response_at = ?, last_attempt_at = ?, replied_at = ? WHERE id = ?""", updates)
    if not roll_up:
        db.execute("DROP TABLE temp.replan")
        return
    db.execute("DROP TABLE IF EXISTS temp.affected")
    db.execute("""CREATE TEMP TABLE affected AS SELECT DISTINCT customer_id AS id FROM leads
                  WHERE id IN (SELECT id FROM temp.replan)""")
    refresh_customers(db, search=False)
    db.execute("DROP TABLE temp.affected")
    db.execute("DROP TABLE temp.replan")


def replan_customer(db: Database, customer_id: int) -> None:
    replan(db, [r[0] for r in db.execute("SELECT id FROM leads WHERE customer_id = ?", (customer_id,))])


def apply_rules(db: Database, rules: c.FollowUpRules, *, batch_id: int | None = None) -> int:
    """Recompute first-response due times of open leads under new rules (all, or one import's), then their
    plans. Returns how many leads were replanned."""
    where = "status IN ('new', 'contacted', 'nurturing', 'qualified') AND action IS NOT 'DNC' AND NOT is_test"
    params: tuple = ()
    if batch_id is not None:
        where += " AND batch_id = ?"
        params = (batch_id,)
    rows = db.execute(f"SELECT id, coalesce(created_at, received_at) FROM leads WHERE {where}", params).fetchall()
    db.conn.executemany("UPDATE leads SET first_response_due_at = ? WHERE id = ?",
                        [(_iso(c.first_response_due(_dt(created), rules)), i) for i, created in rows])
    replan(db, [i for i, _ in rows], rules=rules)
    return len(rows)


def save_follow_up(db: Database, rules: c.FollowUpRules, templates: dict, criteria: list[str]) -> int:
    """The follow-up settings page in one transaction: templates, qualification criteria, and the rules, which
    when changed replan every open lead. Returns how many leads were replanned."""
    with db.atomic():
        stored.save_templates(db, templates)
        stored.save_criteria(db, criteria)
        if rules == stored.load_rules(db):
            return 0
        stored.save_rules(db, rules)
        return apply_rules(db, rules)
