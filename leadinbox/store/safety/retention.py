"""Retention: leads older than N months are erased (Partner Center itself keeps leads 6 months), with a
preview of what would go. The setting lives in the database; off unless the user sets it."""

from __future__ import annotations

import calendar
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.store.safety import purge
from leadinbox.store.rollup import refresh_customers

log = logging.getLogger("leadinbox.retention")
SETTING = "retention_months"
MAX_MONTHS = 120


@dataclass
class RetentionPreview:
    months: int
    cutoff: str              # leads that arrived before this moment (UTC, ISO) go
    leads: int
    customers: int           # customers left with no lead, who go entirely (with their notes and attempts)
    oldest: str | None

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def cutoff(now: datetime, months: int) -> str:
    """`now` minus whole calendar months (the 31st of a shorter month becomes its last day), UTC."""
    if not 1 <= months <= MAX_MONTHS:
        raise ValueError(f"months must be between 1 and {MAX_MONTHS}")
    now = now.astimezone(timezone.utc)
    year, month = divmod(now.year * 12 + now.month - 1 - months, 12)
    day = min(now.day, calendar.monthrange(year, month + 1)[1])
    return now.replace(year=year, month=month + 1, day=day).strftime("%Y-%m-%dT%H:%M:%SZ")


_OLD = "sort_at < :cutoff"
_GONE = f"""SELECT count(*) FROM customers AS c WHERE EXISTS (SELECT 1 FROM leads WHERE customer_id = c.id)
            AND NOT EXISTS (SELECT 1 FROM leads WHERE customer_id = c.id AND NOT ({_OLD}))"""


def preview(db: Database, months: int, *, now: datetime | None = None) -> RetentionPreview:
    limit = cutoff(now or datetime.now(timezone.utc), months)
    leads, oldest = db.execute(f"SELECT count(*), min(sort_at) FROM leads WHERE {_OLD}", {"cutoff": limit}).fetchone()
    customers = db.execute(_GONE, {"cutoff": limit}).fetchone()[0] if leads else 0
    return RetentionPreview(months, limit, leads, customers, oldest)


def apply(db: Database, months: int, *, now: datetime | None = None) -> RetentionPreview:
    """Erase the leads the preview lists (raw rows, status history and attempt links go with them); customers
    left without leads go too. Erased for good: secure delete, search index rewritten, log folded in."""
    what = preview(db, months, now=now)
    if not what.leads:
        return what
    with purge.secure_delete(db):
        with db.atomic():
            db.execute("DROP TABLE IF EXISTS temp.affected")
            db.execute(f"CREATE TEMP TABLE affected AS SELECT DISTINCT customer_id AS id FROM leads WHERE {_OLD}",
                       {"cutoff": what.cutoff})
            db.execute(f"DELETE FROM leads WHERE {_OLD}", {"cutoff": what.cutoff})
            refresh_customers(db)             # drops the customers left without leads, re-indexes the rest
            db.execute("DROP TABLE temp.affected")
            purge.mark_index(db)
        purge.finish(db)
    log.info("retention %d months: erased %d leads and %d customers", months, what.leads, what.customers)
    return what


def load_months(db: Database) -> int | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", (SETTING,)).fetchone()
    try:
        value = json.loads(row[0]) if row else None
    except ValueError:
        return None
    return value if isinstance(value, int) and 1 <= value <= MAX_MONTHS else None


def save_months(db: Database, months: int | None) -> None:
    if months is not None:
        cutoff(datetime.now(timezone.utc), months)     # validates
    with db.atomic():
        db.execute("DELETE FROM settings WHERE key = ?", (SETTING,))
        if months is not None:
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (SETTING, json.dumps(months)))
