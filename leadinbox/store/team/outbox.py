"""Queueing this desk's changes for the team: called by the store's writes inside their own transaction, so a
change and its event are kept together or not at all. Nothing is queued when the database is on no team, nor
while another desk's events are being applied."""

from __future__ import annotations

import contextvars
import json
from contextlib import contextmanager
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.store.team import state
from leadinbox.team import events as ev

_applying = contextvars.ContextVar("team_applying", default=False)


@contextmanager
def applying():
    """Changes made while applying another desk's events are theirs: not queued again."""
    token = _applying.set(True)
    try:
        yield
    finally:
        _applying.reset(token)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def record(db: Database, kind: str, customer_id: int | None = None, body: dict | None = None, *,
           ck: str | None = None, leads: list[int] | None = None,
           changes: dict[int, str] | None = None) -> str | None:
    """Queue one event; returns how an undo names it ("desk:seq"), or None off a team. `leads` are lead ids
    (sent as team keys), `changes` the statuses this change gave leads: they become this desk's value in the
    last-writer registers, at the event's clock."""
    member = state.membership(db)
    if member is None or _applying.get():
        return None
    ck = ck or state.customer_key(db, member.salt, customer_id)
    hlc = state.next_clock(db)
    body = dict(body or {})
    keys = state.lead_keys(db, member.salt, sorted(set(leads or []) | set(changes or {})))
    if leads is not None:
        body["leads"] = [keys[i] for i in leads if i in keys]
    if changes:
        body["changes"] = {keys[i]: s for i, s in changes.items() if i in keys}
        db.conn.executemany("""INSERT OR REPLACE INTO team_status (lk, ck, hlc, desk, status, by_name)
                               VALUES (?, ?, ?, ?, ?, ?)""",
                            [(lk, ck, hlc, member.desk, s, member.name) for lk, s in body["changes"].items()])
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    field = "text" if body.get("text") else "note"
    if len(text) > ev.BODY_LIMIT and body.get(field):      # a very long note is cut, not refused
        body[field] = body[field][: max(0, len(body[field]) - (len(text) - ev.BODY_LIMIT) - 1)] + "…"
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    seq = db.execute("INSERT INTO team_outbox (kind, ck, hlc, body, made_at) VALUES (?, ?, ?, ?, ?)",
                     (kind, ck, hlc, text, _now())).lastrowid
    return f"{member.desk}:{seq}"


def record_fields(db: Database, kind: str, customer_id: int, fields: dict, *,
                  lead_id: int | None = None, key: str | None = None) -> str | None:
    """Queue a change of values two desks may both change (a lead's qualification: `lead_id`; a planned
    call's completion: `key`, the call's ref; a customer's contact fields): this desk's values go into the
    last-writer registers at the event's clock."""
    member = state.membership(db)
    if member is None or _applying.get() or not fields:
        return None
    ck = state.customer_key(db, member.salt, customer_id)
    key = key or (state.lead_keys(db, member.salt, [lead_id])[lead_id] if lead_id is not None else ck)
    ref = record(db, kind, customer_id, {"key": key, "fields": fields}, ck=ck)
    hlc = db.execute("SELECT hlc FROM team_outbox WHERE seq = ?", (int(ref.split(":")[1]),)).fetchone()[0]
    db.conn.executemany("""INSERT OR REPLACE INTO team_fields (key, field, ck, hlc, desk, value, by_name)
                           VALUES (?, ?, ?, ?, ?, ?, ?)""",
                        [(key, f, ck, hlc, member.desk, json.dumps(v, ensure_ascii=False), member.name)
                         for f, v in fields.items()])
    return ref


def record_erase(db: Database, local_key: str) -> None:
    """An erasure for every desk. What was queued about the person and not yet sent is dropped, and what
    this desk keeps of the team's events about them goes: their words leave this desk with them."""
    member = state.membership(db)
    if member is None or _applying.get():
        return
    from leadinbox.team.keys import customer_key
    ck = customer_key(member.salt, local_key)
    forget(db, ck)
    db.execute("DELETE FROM team_outbox WHERE ck = ? AND sent_at IS NULL", (ck,))
    db.execute("INSERT INTO team_outbox (kind, ck, hlc, body, made_at) VALUES (?, ?, ?, '{}', ?)",
               (ev.ERASE, ck, state.next_clock(db), _now()))


def forget(db: Database, ck: str) -> None:
    """What the team's events said about a customer, gone from this desk (an erasure)."""
    db.execute("UPDATE team_events SET body = '{}' WHERE ck = ? AND kind != ?", (ck, ev.ERASE))
    db.execute("UPDATE team_outbox SET body = '{}' WHERE ck = ? AND kind != ?", (ck, ev.ERASE))
    db.execute("DELETE FROM team_status WHERE ck = ?", (ck,))
    db.execute("DELETE FROM team_fields WHERE ck = ?", (ck,))
    db.execute("DELETE FROM team_claims WHERE ck = ?", (ck,))


def event_of(db: Database, table: str, row_id: int) -> str | None:
    """The team event an attempt, note or call row came from (or was sent as)."""
    row = db.execute(f"SELECT team_event FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return row[0] if row else None


def mark(db: Database, table: str, row_id: int, ref: str | None) -> None:
    if ref:
        member = state.membership(db)
        db.execute(f"UPDATE {table} SET team_event = ?, by_name = ? WHERE id = ?",
                   (ref, member.name if member else None, row_id))


def unsent(db: Database) -> int:
    return db.execute("SELECT count(*) FROM team_outbox WHERE sent_at IS NULL").fetchone()[0]
