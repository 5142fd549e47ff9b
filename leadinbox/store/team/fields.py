"""Values two desks may both change, shared: a lead's qualification and deal value, a customer's contact fields
and tags. Per lead
or customer and per field, the change with the later hybrid clock wins (the desk id breaks a tie), on every
desk alike whatever the order events arrive in; the field another desk did not touch keeps its value."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.store.refusal import Refused
from leadinbox.store.team import state
from leadinbox.team import events as ev


def _said(field: str, value) -> str:
    """A value as `team sync` lists it in a conflict: "Budget, Need", "phone: +31 …", "#VIP: on",
    "1200 EUR"."""
    if field.startswith("tag:"):
        return f"#{field[4:]}: {'on' if value else 'off'}"
    if field == "deal":
        return f"{value[0]:g} {value[1]}" if value else "–"
    text = ", ".join(value) if isinstance(value, list) else (value or "–")
    return text if field == "qualification" else f"{field}: {text}"


def _iso(hlc: int) -> str:
    return datetime.fromtimestamp(hlc / 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def register(db: Database, member: state.Membership, e: ev.Event, conflict) -> None:
    """Into the registers, each field that this event changes later than what is there. `conflict(e, lead,
    field, yours, theirs, kept)` is told when this desk's own value is overruled or overrules another's."""
    key = e.body.get("key")
    for field, value in (e.body.get("fields") or {}).items():
        text = json.dumps(value, ensure_ascii=False)
        row = db.execute("SELECT hlc, desk, value FROM team_fields WHERE key = ? AND field = ?",
                         (key, field)).fetchone()
        ours = row is not None and row[1] == member.desk and row[2] != text and e.desk != member.desk
        lead = state.lead_of(db, key) if e.kind == ev.QUALIFY else None
        if row is None or e.newer_than(row[0], row[1]):
            if ours:
                conflict(e, lead, _said(field, json.loads(row[2])), _said(field, value), "theirs")
            db.execute("""INSERT OR REPLACE INTO team_fields (key, field, ck, hlc, desk, value, by_name)
                          VALUES (?, ?, ?, ?, ?, ?, ?)""", (key, field, e.ck, e.hlc, e.desk, text, e.by))
        elif ours:
            conflict(e, lead, _said(field, json.loads(row[2])), _said(field, value), "yours")


def materialise(db: Database, e: ev.Event, customer: int) -> set[int]:
    """Onto this desk's rows, the fields this event still holds in the registers (a later change that came
    first keeps its value). Returns the leads changed (to replan)."""
    key = e.body.get("key")
    won = {f: json.loads(v) for f, v in db.execute(
        "SELECT field, value FROM team_fields WHERE key = ? AND hlc = ? AND desk = ?", (key, e.hlc, e.desk))}
    if e.kind == ev.QUALIFY and "qualification" in won:
        lead = state.lead_of(db, key)
        met = sorted(set(won["qualification"] or []))
        if lead is not None and db.execute("SELECT 1 FROM leads WHERE id = ? AND customer_id = ?",
                                           (lead, customer)).fetchone():
            db.execute("UPDATE leads SET qualification = ? WHERE id = ?",
                       (json.dumps(met, ensure_ascii=False) if met else None, lead))
            return {lead}
    elif e.kind == ev.DEAL and "deal" in won:
        lead = state.lead_of(db, key)
        if lead is not None:
            if won["deal"]:
                db.execute("INSERT OR REPLACE INTO deals (lead_id, amount, currency, at) VALUES (?, ?, ?, ?)",
                           (lead, float(won["deal"][0]), str(won["deal"][1]), _iso(e.hlc)))
            else:
                db.execute("DELETE FROM deals WHERE lead_id = ?", (lead,))
    elif e.kind == ev.CALL_DONE and "done" in won:
        if db.execute("UPDATE appointments SET done_at = ? WHERE team_event = ? AND done_at IS NOT ?",
                      (won["done"], key, won["done"])).rowcount:
            return {r[0] for r in db.execute("SELECT id FROM leads WHERE customer_id = ?", (customer,))}
    elif e.kind == ev.TAGS:
        for field, on in won.items():
            if not field.startswith("tag:"):
                continue
            if on:
                db.execute("INSERT OR IGNORE INTO tags (customer_id, tag, at) VALUES (?, ?, ?)",
                           (customer, field[4:], _iso(e.hlc)))
            else:
                db.execute("DELETE FROM tags WHERE customer_id = ? AND tag = ?", (customer, field[4:]))
    elif e.kind == ev.CONTACT and won:
        from leadinbox.store.people import edits
        wanted = {f: v for f, v in won.items() if f in edits.FIELDS}
        at = datetime.fromtimestamp(e.hlc / 1000, timezone.utc)
        try:
            done = edits.edit_contact(db, customer, wanted, keep_both=True, now=at)
        except Refused:
            return set()           # a value this desk cannot keep (an unknown country): the register has it
        if done.edit_id is not None:
            db.execute("UPDATE customer_edits SET by_name = ? WHERE edit_id = ?", (e.by, done.edit_id))
    return set()
