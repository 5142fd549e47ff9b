"""Acting on many customers at once: a status for a selection, and "start from today" for an old backlog.
Each is one transaction and one undo step, and says what it changed and why it left any customer out."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from leadinbox.store.database import Database

from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.core import cadence as c
from leadinbox.store.work.attempts import NotAllowed, _change, iso
from leadinbox.store.work.plan import _iso, replan
from leadinbox.store.work.rules import load_rules

# Why a customer was left out of a bulk change (the UI words each; counts per reason).
GONE, NO_OPEN, NO_CLOSED, ALREADY, DO_NOT_CONTACT, MARKETPLACE_DNC = (
    "gone", "no_open_lead", "no_closed_lead", "already", "do_not_contact", "marketplace_dnc")
HANDLED_BEFORE = "handled before LeadInbox"     # the reason recorded on leads closed by start-from-today


@dataclass
class BulkResult:
    changed: list[int] = field(default_factory=list)            # customers changed
    leads: int = 0                                              # leads changed
    skipped: dict[str, list[int]] = field(default_factory=dict)  # reason -> customers left out
    change_ids: list[int] = field(default_factory=list)         # status_changes rows, for undo
    clocks: dict[int, str | None] = field(default_factory=dict)  # lead -> its first-response due before

    def skip(self, reason: str, customer_id: int) -> None:
        self.skipped.setdefault(reason, []).append(customer_id)


def _leads_by_customer(db: Database, customer_ids: list[int]) -> dict[int, list[tuple[int, str, str | None]]]:
    db.execute("DROP TABLE IF EXISTS temp.bulk")
    db.execute("CREATE TEMP TABLE bulk (id INTEGER PRIMARY KEY)")
    db.conn.executemany("INSERT OR IGNORE INTO temp.bulk (id) VALUES (?)", [(i,) for i in customer_ids])
    out: dict[int, list] = defaultdict(list)
    for lead_id, customer_id, status, action in db.execute(
            "SELECT id, customer_id, status, action FROM leads WHERE customer_id IN (SELECT id FROM temp.bulk) "
            "ORDER BY sort_at"):
        out[customer_id].append((lead_id, status, action))
    db.execute("DROP TABLE temp.bulk")
    return out


def _targets(status: str, leads: list[tuple[int, str, str | None]]) -> tuple[list[int], str | None]:
    """The leads of one customer that `status` moves, or why none: as the single-customer action does
    (close and move the open ones; reopen the closed ones; mark every lead do-not-contact)."""
    dnc = any(s == c.DNC or a == "DNC" for _, s, a in leads)
    if status == c.DNC:
        ids = [i for i, s, _ in leads if s != c.DNC]
        return ids, (ALREADY if not ids else None)
    if status in (c.NEW, "reopen"):
        ids = [i for i, s, a in leads if s in c.CLOSED or (s == c.DNC and a != "DNC")]
        if not ids:
            return [], MARKETPLACE_DNC if any(a == "DNC" for _, _, a in leads) else NO_CLOSED
        return ids, None
    if status in (c.CONTACTED, c.NURTURING, c.QUALIFIED) and dnc:
        return [], DO_NOT_CONTACT
    open_ids = [i for i, s, _ in leads if s in c.OPEN]
    ids = [i for i, s, _ in leads if s in c.OPEN and s != status]
    if not ids:
        return [], ALREADY if open_ids else NO_OPEN
    return ids, None


def bulk_status(db: Database, customer_ids: list[int], status: str, *, reason: str | None = None,
                now: datetime | None = None) -> BulkResult:
    """Move each customer's leads to `status` ('reopen' reopens closed leads as New). Customers for whom it
    makes no sense are left out with the reason; the rest change in one transaction."""
    target = c.NEW if status == "reopen" else status
    if target not in c.STATUSES:
        raise NotAllowed("unknown status {status!r}", status=status)     # a caller's mistake: English
    at = iso(now or datetime.now(timezone.utc))
    result = BulkResult()
    with db.atomic():
        by_customer = _leads_by_customer(db, customer_ids)
        moved: list[int] = []
        for customer_id in dict.fromkeys(customer_ids):
            leads = by_customer.get(customer_id)
            if not leads:
                result.skip(GONE, customer_id)
                continue
            ids, why = _targets(status, leads)
            if why:
                result.skip(why, customer_id)
                continue
            current = {i: s for i, s, _ in leads}
            result.change_ids += [_change(db, i, current[i], target, at, reason) for i in ids]
            result.changed.append(customer_id)
            moved += ids
        result.leads = len(moved)
        replan(db, moved)
    return result


def _stale(db: Database, older_than_days: int, customer_ids: list[int] | None, now: datetime) -> None:
    """temp.stale: the leads never answered (New, no attempt) that arrived more than `older_than_days` ago,
    the backlog a first import brings. Do-not-contact and test leads are never due, so never in it."""
    db.execute("DROP TABLE IF EXISTS temp.stale")
    db.execute("CREATE TEMP TABLE stale (id INTEGER PRIMARY KEY, customer_id INTEGER, due TEXT)")
    sql = """INSERT INTO temp.stale SELECT l.id, l.customer_id, l.first_response_due_at
             FROM leads AS l JOIN customers AS cu ON cu.id = l.customer_id
             WHERE l.status = 'new' AND l.attempt_count = 0 AND l.sort_at < ? AND NOT l.is_test
               AND l.action IS NOT 'DNC' AND NOT cu.dnc"""
    if customer_ids is not None:
        db.execute("DROP TABLE IF EXISTS temp.bulk")
        db.execute("CREATE TEMP TABLE bulk (id INTEGER PRIMARY KEY)")
        db.conn.executemany("INSERT OR IGNORE INTO temp.bulk (id) VALUES (?)", [(i,) for i in customer_ids])
        sql += " AND l.customer_id IN (SELECT id FROM temp.bulk)"
    db.execute(sql, (iso(now - timedelta(days=older_than_days)),))
    db.execute("DROP TABLE IF EXISTS temp.bulk")


def start_from_today(db: Database, older_than_days: int, mode: str, *, customer_ids: list[int] | None = None,
                     now: datetime | None = None) -> BulkResult:
    """Treat the unanswered leads older than `older_than_days` (of `customer_ids`, or all) as handled before
    LeadInbox: `close` them (No response, reason "handled before LeadInbox") or `restart` their
    first-response clock from now, so Due now shows what is really due. One transaction; nothing deleted."""
    if mode not in ("close", "restart"):
        raise NotAllowed("unknown mode {mode!r}", mode=mode)
    if older_than_days < 0:
        raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "the number of days cannot be negative"))
    now = now or datetime.now(timezone.utc)
    result = BulkResult()
    with db.atomic():
        _stale(db, older_than_days, customer_ids, now)
        rows = db.execute("SELECT id, customer_id, due FROM temp.stale ORDER BY id").fetchall()
        if mode == "close":
            at = iso(now)
            result.change_ids = [_change(db, i, c.NEW, c.NO_RESPONSE, at, HANDLED_BEFORE) for i, _, _ in rows]
        else:
            due = _iso(c.first_response_due(now, load_rules(db)))
            result.clocks = {i: before for i, _, before in rows}
            db.execute("UPDATE leads SET first_response_due_at = ? WHERE id IN (SELECT id FROM temp.stale)", (due,))
        db.execute("DROP TABLE temp.stale")
        result.changed = sorted({customer for _, customer, _ in rows})
        result.leads = len(rows)
        replan(db, [i for i, _, _ in rows])
    return result


def restore_clocks(db: Database, clocks: dict[int, str | None]) -> None:
    """Undo a restart: each lead's first-response due time as it was."""
    with db.atomic():
        db.conn.executemany("UPDATE leads SET first_response_due_at = ? WHERE id = ?",
                            [(due, i) for i, due in clocks.items()])
        replan(db, list(clocks))


def count_stale(db: Database, older_than_days: int, now: datetime | None = None, *,
                customer_ids: list[int] | None = None) -> tuple[int, int]:
    """(leads, customers) start-from-today would treat as handled (of `customer_ids`, or all)."""
    with db.atomic():
        _stale(db, older_than_days, customer_ids, now or datetime.now(timezone.utc))
        counts = db.execute("SELECT count(*), count(DISTINCT customer_id) FROM temp.stale").fetchone()
        db.execute("DROP TABLE temp.stale")
    return counts[0], counts[1]
