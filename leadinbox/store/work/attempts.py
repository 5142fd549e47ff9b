"""Working a lead: attempts, status changes, notes and planned calls, each undoable, with the DNC guard."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core import cadence as c
from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.store.refusal import Refused
from leadinbox.store.team import outbox
from leadinbox.store.work.plan import replan
from leadinbox.team import events as team_events


class DoNotContact(Refused):
    """The customer asked not to be contacted: the app refuses to log contact with them."""


class NotAllowed(Refused):
    """The change makes no sense for these leads (e.g. an attempt on a closed lead)."""


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(timezone.utc)


def is_dnc(db: Database, customer_id: int) -> bool:
    row = db.execute("""SELECT EXISTS (SELECT 1 FROM leads WHERE customer_id = ?
                        AND (action = 'DNC' OR status = 'dnc'))""", (customer_id,)).fetchone()
    return bool(row[0])


GONE = QT_TRANSLATE_NOOP("CoreMessages", "this customer is no longer in LeadInbox (erased or removed by an undone "
                                           "import)")


def must_exist(db: Database, customer_id: int) -> None:
    """Refuse a customer another writer removed (`leadinbox erase`, an undone import) while the window showed
    them: said as it is, not as a closed lead or a foreign-key failure."""
    if db.execute("SELECT 1 FROM customers WHERE id = ?", (customer_id,)).fetchone() is None:
        raise NotAllowed(GONE)


def guard(db: Database, customer_id: int) -> None:
    must_exist(db, customer_id)
    if is_dnc(db, customer_id):
        raise DoNotContact(QT_TRANSLATE_NOOP("CoreMessages", "this customer asked not to be contacted (a "
                                             "Do-not-contact lead); LeadInbox will not email, call or plan attempts "
                                             "for them"))


def open_leads(db: Database, customer_id: int) -> list[int]:
    placeholders = ", ".join("?" * len(c.OPEN))
    return [r[0] for r in db.execute(f"""SELECT id FROM leads WHERE customer_id = ? AND status IN ({placeholders})
                                         ORDER BY sort_at""", (customer_id, *c.OPEN))]


def _statuses(db: Database, lead_ids: list[int]) -> dict[int, tuple[str, int]]:
    marks = ", ".join("?" * len(lead_ids))
    return {r[0]: (r[1], r[2]) for r in db.execute(
        f"SELECT id, status, customer_id FROM leads WHERE id IN ({marks})", lead_ids)}


def _change(db: Database, lead_id: int, old: str, new: str, at: str, reason: str | None,
            attempt_id: int | None = None) -> int:
    closed = at if new in c.CLOSED else None
    db.execute("UPDATE leads SET status = ?, status_changed_at = ?, closed_at = ? WHERE id = ?",
               (new, at, closed, lead_id))
    return db.execute("""INSERT INTO status_changes (lead_id, at, from_status, to_status, reason, attempt_id)
                         VALUES (?, ?, ?, ?, ?, ?)""", (lead_id, at, old, new, reason, attempt_id)).lastrowid


@dataclass
class Logged:
    attempt_id: int                                           # the attempts row: an attempt, or a reply ('in')
    lead_ids: list[int]
    changed: dict[int, str] = field(default_factory=dict)    # lead id -> new status
    propose: str | None = None                                # e.g. 'lost' after a bounce


def log_attempt(db: Database, customer_id: int, channel: str, outcome: str, *, at: datetime | None = None,
                note: str = "", lead_ids: list[int] | None = None, now: datetime | None = None) -> Logged:
    """One attempt (an email, a call) on the customer's open leads, or on `lead_ids`: one attempt
    logged on all of them, each lead moving on as the outcome says. Outcome 'replied' means this attempt
    was answered; a reply that came by itself is `log_reply`."""
    if outcome not in c.OUTCOMES:
        raise NotAllowed("unknown outcome: {outcome}", outcome=outcome)     # a caller's mistake: English
    return _log(db, customer_id, c.OUTGOING, channel, outcome, at, note, lead_ids, now)


def log_reply(db: Database, customer_id: int, channel: str = "email", *, at: datetime | None = None,
              note: str = "", lead_ids: list[int] | None = None, now: datetime | None = None) -> Logged:
    """The customer's reply (by email, phone, …) on their open leads, or on `lead_ids`: it stops the cadence
    and moves New and Contacted leads to Nurturing, but is no attempt (not counted, plans nothing)."""
    return _log(db, customer_id, c.INCOMING, channel, c.REPLIED, at, note, lead_ids, now)


def _log(db: Database, customer_id: int, direction: str, channel: str, outcome: str, at: datetime | None,
         note: str, lead_ids: list[int] | None, now: datetime | None) -> Logged:
    must_exist(db, customer_id)
    if channel not in c.CHANNELS:
        raise NotAllowed("unknown channel: {channel}", channel=channel)
    now = _now(now)
    when = iso(at or now)
    with db.atomic():
        guard(db, customer_id)
        ids = lead_ids if lead_ids is not None else open_leads(db, customer_id)
        current = _statuses(db, ids)
        if not ids or len(current) != len(set(ids)) or any(cust != customer_id for _, cust in current.values()):
            raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "there is no open lead of this customer to log the "
                                               "reply on") if direction == c.INCOMING else
                             QT_TRANSLATE_NOOP("CoreMessages", "there is no open lead of this customer to log the "
                                               "attempt on"))
        closed = [i for i, (status, _) in current.items() if status not in c.OPEN]
        if closed:
            raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "reopen a closed lead before logging the reply on it")
                             if direction == c.INCOMING else
                             QT_TRANSLATE_NOOP("CoreMessages", "reopen a closed lead before logging the attempt on it"))
        attempt_id = db.execute("""INSERT INTO attempts (customer_id, at, channel, outcome, note, logged_at,
                                                         direction) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                                (customer_id, when, channel, outcome, note.strip() or None, iso(now),
                                 direction)).lastrowid
        db.conn.executemany("INSERT INTO attempt_leads (attempt_id, lead_id) VALUES (?, ?)",
                            [(attempt_id, i) for i in ids])
        logged = Logged(attempt_id, list(ids))
        for lead_id, (status, _) in current.items():
            effect = c.reply_effect(status) if direction == c.INCOMING else c.attempt_effect(status, outcome)
            if effect.status:
                reason = "reply" if direction == c.INCOMING else f"attempt: {outcome}"
                _change(db, lead_id, status, effect.status, when, reason, attempt_id)
                logged.changed[lead_id] = effect.status
            logged.propose = logged.propose or effect.propose
        ref = outbox.record(db, team_events.ATTEMPT, customer_id,
                            {"at": when, "channel": channel, "outcome": outcome, "direction": direction,
                             "note": note.strip() or None}, leads=list(ids), changes=logged.changed)
        outbox.mark(db, "attempts", attempt_id, ref)
        replan(db, ids)
    return logged


def undo_attempt(db: Database, attempt_id: int) -> None:
    """Remove an attempt (or a reply) and the status changes it caused."""
    with db.atomic():
        ids = [r[0] for r in db.execute("SELECT lead_id FROM attempt_leads WHERE attempt_id = ?", (attempt_id,))]
        reverted = db.execute("SELECT id, lead_id, from_status FROM status_changes WHERE attempt_id = ? "
                              "ORDER BY id DESC", (attempt_id,)).fetchall()
        _revert(db, reverted)
        row = db.execute("SELECT customer_id, team_event FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        if row and row[1]:       # the team undoes it too; the statuses it had caused go back for everyone
            outbox.record(db, team_events.UNDO_ATTEMPT, row[0], {"ref": row[1]},
                          changes={lead: old for _, lead, old in reverted})
        db.execute("DELETE FROM attempts WHERE id = ?", (attempt_id,))
        replan(db, ids)


def undo_reply(db: Database, reply_id: int) -> None:
    """Remove a reply and the status changes it caused: exactly as an attempt (they share their rows)."""
    undo_attempt(db, reply_id)


def set_status(db: Database, lead_ids: list[int], status: str, *, reason: str | None = None,
               now: datetime | None = None) -> list[int]:
    """Move leads to `status` (closing, reopening, qualifying, marking do-not-contact); returns the ids of
    the recorded changes, for undo. A marketplace DNC lead stays Do not contact."""
    if status not in c.STATUSES:
        raise NotAllowed("unknown status {status!r}", status=status)
    now = _now(now)
    with db.atomic():
        current = _statuses(db, lead_ids)
        if len(current) != len(set(lead_ids)):
            raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "some of these leads no longer exist"))
        marketplace_dnc = db.execute(f"""SELECT count(*) FROM leads WHERE action = 'DNC' AND id IN
                                         ({', '.join('?' * len(lead_ids))})""", lead_ids).fetchone()[0]
        if marketplace_dnc and status != c.DNC:
            raise DoNotContact(QT_TRANSLATE_NOOP("CoreMessages", "a Do-not-contact lead from the marketplace keeps "
                                                 "that status"))
        if status in (c.CONTACTED, c.NURTURING) and any(s == c.DNC for s, _ in current.values()):
            raise DoNotContact(QT_TRANSLATE_NOOP("CoreMessages", "reopen the lead as New first: it is marked Do not "
                                                 "contact"))
        changes = [_change(db, lead_id, old, status, iso(now), reason)
                   for lead_id, (old, _) in current.items() if old != status]
        _share_statuses(db, {lead_id: (status, cust) for lead_id, (old, cust) in current.items() if old != status},
                        reason)
        replan(db, list(current))
    return changes


def _share_statuses(db: Database, changed: dict[int, tuple[str, int]], reason: str | None) -> None:
    """One team event per customer for the leads whose status changed (lead id -> (status, customer))."""
    by_customer: dict[int, dict[int, str]] = {}
    for lead_id, (status, customer_id) in changed.items():
        by_customer.setdefault(customer_id, {})[lead_id] = status
    for customer_id, changes in by_customer.items():
        outbox.record(db, team_events.STATUS, customer_id, {"reason": reason}, changes=changes)


def revert_status_changes(db: Database, change_ids: list[int]) -> None:
    """Undo recorded changes, newest first: each lead gets back the status it had before."""
    if not change_ids:
        return
    with db.atomic():
        marks = ", ".join("?" * len(change_ids))
        rows = db.execute(f"""SELECT id, lead_id, from_status FROM status_changes WHERE id IN ({marks})
                              ORDER BY id DESC""", change_ids).fetchall()
        _revert(db, rows)
        back = _statuses(db, sorted({r[1] for r in rows}))
        _share_statuses(db, back, "undo")
        replan(db, sorted({r[1] for r in rows}))


def _revert(db: Database, rows: list[tuple[int, int, str]]) -> None:
    """Give each lead back its status before the change (rows newest first) and forget the change."""
    for change_id, lead_id, old in rows:
        db.execute("DELETE FROM status_changes WHERE id = ?", (change_id,))
        db.execute("""UPDATE leads SET status = ?, closed_at = NULL,
                      status_changed_at = (SELECT max(at) FROM status_changes WHERE lead_id = ?) WHERE id = ?""",
                   (old, lead_id, lead_id))
