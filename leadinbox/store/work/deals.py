"""What a deal is worth: an amount and currency on a Won or Qualified lead, and the value per offer."""

from __future__ import annotations

import math
import re
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.core.query import InboxQuery
from leadinbox.store.team import outbox
from leadinbox.store.work.attempts import NotAllowed, iso
from leadinbox.team import events as team_events

VALUED = ("won", "qualified")
_CURRENCY = re.compile(r"[A-Z]{3}")


def set_deal(db: Database, lead_ids: list[int], amount: float | None, currency: str = "EUR", *,
             now: datetime | None = None) -> dict[int, tuple[float, str] | None]:
    """Give the leads a value (None clears it). Only Won and Qualified leads carry one. Returns what each
    had before, for undo."""
    if amount is not None:
        if not isinstance(amount, (int, float)) or math.isnan(amount) or math.isinf(amount) or amount < 0:
            raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "the amount must be a number of zero or more"))
        currency = (currency or "").strip().upper()
        if not _CURRENCY.fullmatch(currency):
            raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "the currency is a three-letter code such as EUR or "
                                               "USD"))
    marks = ",".join("?" * len(lead_ids))
    with db.atomic():
        statuses = dict(db.execute(f"SELECT id, status FROM leads WHERE id IN ({marks})", lead_ids).fetchall())
        if len(statuses) != len(set(lead_ids)):
            raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "some of these leads no longer exist"))
        if amount is not None and any(s not in VALUED for s in statuses.values()):
            raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "only a Won or Qualified lead has a deal value"))
        before = {i: None for i in lead_ids}
        for lead_id, old_amount, old_currency in db.execute(
                f"SELECT lead_id, amount, currency FROM deals WHERE lead_id IN ({marks})", lead_ids):
            before[lead_id] = (old_amount, old_currency)
        if amount is None:
            db.execute(f"DELETE FROM deals WHERE lead_id IN ({marks})", lead_ids)
        else:
            at = iso(now or datetime.now(timezone.utc))
            db.conn.executemany("INSERT OR REPLACE INTO deals (lead_id, amount, currency, at) VALUES (?, ?, ?, ?)",
                                [(i, float(amount), currency, at) for i in lead_ids])
        _share(db, {i: None if amount is None else (float(amount), currency) for i in lead_ids})
    return before


def _share(db: Database, values: dict[int, tuple[float, str] | None]) -> None:
    """On a team each lead's value travels as a value of its own: the later change wins (store/team/fields.py)."""
    for lead_id, value in values.items():
        row = db.execute("SELECT customer_id FROM leads WHERE id = ?", (lead_id,)).fetchone()
        if row:
            outbox.record_fields(db, team_events.DEAL, row[0], {"deal": list(value) if value else None},
                                 lead_id=lead_id)


def restore_deals(db: Database, before: dict[int, tuple[float, str] | None]) -> None:
    with db.atomic():
        for lead_id, value in before.items():
            if value is None:
                db.execute("DELETE FROM deals WHERE lead_id = ?", (lead_id,))
            else:
                db.execute("INSERT OR REPLACE INTO deals (lead_id, amount, currency, at) VALUES (?, ?, ?, "
                           "coalesce((SELECT at FROM deals WHERE lead_id = ?), ?))",
                           (lead_id, value[0], value[1], lead_id, iso(datetime.now(timezone.utc))))
        _share(db, before)


def deal_of(db: Database, lead_id: int) -> tuple[float, str] | None:
    row = db.execute("SELECT amount, currency FROM deals WHERE lead_id = ?", (lead_id,)).fetchone()
    return (row[0], row[1]) if row else None


def value_per_offer(db: Database, q: InboxQuery | None = None) -> list[dict]:
    """Per offer and currency: the value won and the value in the pipeline (Qualified leads, and any open
    lead that carries a value), over the leads the report's filters select (store/reports.scope)."""
    from leadinbox.store.reports import scope
    sql, params = scope(q or InboxQuery(hide_test=False))
    join = sql.replace(" FROM leads AS l", " FROM leads AS l JOIN deals AS d ON d.lead_id = l.id", 1)
    from leadinbox.store.offers import name_of, with_names
    rows = db.execute(with_names(f"""
        SELECT coalesce({name_of()}, l.offer_key, '') AS offer, d.currency,
               sum(CASE WHEN l.status = 'won' THEN d.amount ELSE 0 END),
               sum(CASE WHEN l.status IN ('new', 'contacted', 'nurturing', 'qualified') THEN d.amount ELSE 0 END),
               sum(l.status = 'won'), sum(l.status IN ('new', 'contacted', 'nurturing', 'qualified'))
        {join} GROUP BY l.offer_key, d.currency ORDER BY 3 DESC, 4 DESC, 1"""), params).fetchall()
    return [{"offer": offer, "currency": currency, "won": won or 0.0, "pipeline": pipe or 0.0,
             "won_deals": nwon or 0, "pipeline_deals": npipe or 0}
            for offer, currency, won, pipe, nwon, npipe in rows]
