"""What is due: leads whose first reply, next attempt, close proposal or planned call has come."""

from __future__ import annotations

from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.store.work.attempts import iso


def due_leads(db: Database, now: datetime | None = None, *, within_hours: float = 0,
              since: datetime | None = None, limit: int = -1) -> list[dict]:
    """Open leads due by `now` (+ `within_hours`), most overdue first, with their customer's contact; with
    `since`, only those that came due after it (what a reminder is about)."""
    now = now or datetime.now(timezone.utc)
    until = iso(now) if not within_hours else iso(now.fromtimestamp(now.timestamp() + within_hours * 3600,
                                                                    timezone.utc))
    return list(db.query(
        """SELECT l.id AS lead_id, l.customer_id, c.full_name, c.company, c.email, c.phone, l.action, l.offer_name,
                  l.status, l.next_due_at AS due_at, l.next_due_kind AS due_kind, l.attempt_count,
                  l.next_due_at < :now AS overdue
           FROM leads AS l JOIN customers AS c ON c.id = l.customer_id
           WHERE l.next_due_at <= :until AND l.next_due_at > :since
             AND l.status IN ('new', 'contacted', 'nurturing', 'qualified') AND NOT c.dnc
           ORDER BY l.next_due_at, l.id LIMIT :limit""",
        {"now": iso(now), "until": until, "since": iso(since) if since else "", "limit": limit}))


def due_count(db: Database, now: datetime | None = None) -> int:
    """Customers with something due now (the window title's number)."""
    return db.execute("SELECT count(*) FROM customers WHERE next_due_at <= ? AND NOT dnc",
                      (iso(now or datetime.now(timezone.utc)),)).fetchone()[0]
