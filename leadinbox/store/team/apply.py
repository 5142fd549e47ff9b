"""Applying other desks' events to this desk's rows. Applied twice = once (the applied-event log); statuses
follow the last-writer rule over the hybrid clock on every desk alike; attempts, replies, notes and calls add
up; owners follow the claim's version; an erasure erases."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from leadinbox.store.database import Database

from leadinbox.core import cadence as c
from leadinbox.store.team import fields, outbox, state
from leadinbox.store.work.attempts import _change, open_leads
from leadinbox.team import events as ev


def _iso_ms(hlc: int) -> str:
    return datetime.fromtimestamp(hlc / 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Applier:
    """One chunk of events in one transaction; `leads` and `search` gather what to replan and re-index once
    at the end rather than per event (10,000 events in seconds, not minutes)."""

    def __init__(self, db: Database, member: state.Membership, backups: Path | None = None) -> None:
        self.db = db
        self.member = member
        self.backups = backups
        self.leads: set[int] = set()
        self.search: set[int] = set()
        self.conflicts: list[dict] = []
        self.erased: list[str] = []

    # -- the log ------------------------------------------------------------------------------------------

    def log(self, e: ev.Event) -> bool:
        """Into the applied-event log; False when it is there already (applied before: nothing to do)."""
        cursor = self.db.execute("""INSERT OR IGNORE INTO team_events (desk, seq, kind, ck, hlc, by_name, body)
                                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                                 (e.desk, e.seq, e.kind, e.ck, e.hlc, e.by,
                                  json.dumps(e.body, ensure_ascii=False, separators=(",", ":"))))
        self.db.execute("""INSERT INTO team_cursors (desk, seq) VALUES (?, ?)
                           ON CONFLICT (desk) DO UPDATE SET seq = max(seq, excluded.seq)""", (e.desk, e.seq))
        return cursor.rowcount == 1

    def apply(self, e: ev.Event) -> None:
        if not self.log(e):
            return
        state.observe_clock(self.db, e.hlc)
        if e.kind == ev.ERASE:
            self.erased.append(e.ck)
            self.db.execute("UPDATE team_events SET applied = 1 WHERE desk = ? AND seq = ?", (e.desk, e.seq))
            return
        if e.kind == ev.CLAIM:
            self.claim(e)
        for lk, status in (e.body.get("changes") or {}).items():
            self.register(e, lk, status)
        if e.kind in ev.FIELDS:
            fields.register(self.db, self.member, e, self.field_conflict)
        if state.customer_of(self.db, e.ck) is not None:
            self.materialise(e)

    # -- shared values --------------------------------------------------------------------------------------

    def claim(self, e: ev.Event) -> None:
        version = int(e.body.get("version") or 0)
        self.db.execute("""INSERT INTO team_claims (ck, version, owner_desk, owner, at) VALUES (?, ?, ?, ?, ?)
                           ON CONFLICT (ck) DO UPDATE SET version = excluded.version, owner_desk = excluded.owner_desk,
                               owner = excluded.owner, at = excluded.at WHERE excluded.version > team_claims.version""",
                        (e.ck, version, e.body.get("owner_desk") or "", e.body.get("owner") or "",
                         e.body.get("at") or _iso_ms(e.hlc)))

    def register(self, e: ev.Event, lk: str, status: str) -> None:
        if status not in c.STATUSES:
            return
        row = self.db.execute("SELECT hlc, desk, status, by_name FROM team_status WHERE lk = ?", (lk,)).fetchone()
        if row is None or e.newer_than(row[0], row[1]):
            if row and row[1] == self.member.desk and row[2] != status and e.desk != self.member.desk:
                self.conflict(e, lk, yours=row[2], theirs=status, kept="theirs")
            self.db.execute("""INSERT OR REPLACE INTO team_status (lk, ck, hlc, desk, status, by_name)
                               VALUES (?, ?, ?, ?, ?, ?)""", (lk, e.ck, e.hlc, e.desk, status, e.by))
        elif row[1] == self.member.desk and row[2] != status and e.desk != self.member.desk:
            self.conflict(e, lk, yours=row[2], theirs=status, kept="yours")

    def conflict(self, e: ev.Event, lk: str, *, yours: str, theirs: str, kept: str) -> None:
        lead = state.lead_of(self.db, lk)
        who = self.db.execute("""SELECT c.email, c.full_name, l.offer_name FROM leads AS l
                                 JOIN customers AS c ON c.id = l.customer_id WHERE l.id = ?""",
                              (lead,)).fetchone() if lead else None
        self.conflicts.append({"customer": (who[0] or who[1]) if who else None, "lead": lead,
                               "offer": who[2] if who else None, "yours": yours, "theirs": theirs, "by": e.by,
                               "at": _iso_ms(e.hlc), "kept": kept})

    def field_conflict(self, e: ev.Event, lead: int | None, yours: str, theirs: str, kept: str) -> None:
        who = self.db.execute("SELECT email, full_name FROM customers WHERE id = ?",
                              (state.customer_of(self.db, e.ck),)).fetchone()
        offer = self.db.execute("SELECT offer_name FROM leads WHERE id = ?", (lead,)).fetchone() if lead else None
        self.conflicts.append({"customer": (who[0] or who[1]) if who else None, "lead": lead,
                               "offer": offer[0] if offer else None, "yours": yours, "theirs": theirs, "by": e.by,
                               "at": _iso_ms(e.hlc), "kept": kept})

    # -- onto this desk's rows ------------------------------------------------------------------------------

    def materialise(self, e: ev.Event) -> None:
        customer = state.customer_of(self.db, e.ck)
        body = e.body
        if e.kind == ev.ATTEMPT and not self._exists("attempts", e.ref):
            ids = [i for i in (state.lead_of(self.db, lk) for lk in body.get("leads") or []) if i is not None]
            ids = [i for i in ids if self._customer(i) == customer] or open_leads(self.db, customer) or \
                [r[0] for r in self.db.execute("SELECT id FROM leads WHERE customer_id = ?", (customer,))]
            attempt = self.db.execute(
                """INSERT INTO attempts (customer_id, at, channel, outcome, note, logged_at, direction, by_name,
                   team_event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (customer, body.get("at") or _iso_ms(e.hlc), body.get("channel") or "other",
                 body.get("outcome") or "no_answer", body.get("note") or None, _iso_ms(e.hlc),
                 "in" if body.get("direction") == "in" else "out", e.by, e.ref)).lastrowid
            self.db.conn.executemany("INSERT OR IGNORE INTO attempt_leads (attempt_id, lead_id) VALUES (?, ?)",
                                     [(attempt, i) for i in ids])
            self.leads.update(ids)
            # The statuses this attempt moved belong to it (folded into it in the timeline, undone with it).
            reason = "reply" if body.get("direction") == "in" else f"attempt: {body.get('outcome') or 'no_answer'}"
            self.settle_values(e.ck, customer, caused=(e, attempt, reason, body.get("at") or _iso_ms(e.hlc)))
        elif e.kind == ev.UNDO_ATTEMPT:
            ids = [r[0] for r in self.db.execute("""SELECT lead_id FROM attempt_leads WHERE attempt_id IN
                                                    (SELECT id FROM attempts WHERE team_event = ?)""",
                                                 (body.get("ref"),))]
            self.db.execute("DELETE FROM attempts WHERE team_event = ?", (body.get("ref"),))
            self.leads.update(ids)
        elif e.kind == ev.NOTE and body.get("text") and not self._exists("notes", e.ref):
            self.db.execute("INSERT INTO notes (customer_id, at, text, by_name, team_event) VALUES (?, ?, ?, ?, ?)",
                            (customer, body.get("at") or _iso_ms(e.hlc), body["text"], e.by, e.ref))
            self.search.add(customer)
        elif e.kind == ev.UNDO_NOTE:
            self.db.execute("DELETE FROM notes WHERE team_event = ?", (body.get("ref"),))
            self.search.add(customer)
        elif e.kind == ev.CALL and body.get("starts") and not self._exists("appointments", e.ref):
            self.db.execute("""INSERT INTO appointments (customer_id, starts_at, minutes, kind, title, note, created_at,
                               by_name, team_event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                            (customer, body["starts"], int(body.get("minutes") or 30), body.get("kind") or "call",
                             body.get("title"), body.get("note"), _iso_ms(e.hlc), e.by, e.ref))
            # Marked done by a desk whose events were read first: the register has it.
            self.db.execute("""UPDATE appointments SET done_at = (SELECT json_extract(value, '$') FROM team_fields
                               WHERE key = ? AND field = 'done') WHERE team_event = ?""", (e.ref, e.ref))
            self._all_leads(customer)
        elif e.kind in ev.FIELDS:
            self.leads.update(fields.materialise(self.db, e, customer))
        elif e.kind == ev.UNDO_CALL:
            self.db.execute("DELETE FROM appointments WHERE team_event = ?", (body.get("ref"),))
            self._all_leads(customer)
        self.settle_values(e.ck, customer)
        self.db.execute("UPDATE team_events SET applied = 1 WHERE desk = ? AND seq = ?", (e.desk, e.seq))

    def settle_values(self, ck: str, customer: int, caused: tuple | None = None) -> None:
        """The customer's leads take the registers' statuses, the customer its owner by claim. `caused`
        (event, attempt id, reason, time): the registers that event wrote are changes of that attempt."""
        for lk, status, by, hlc, desk in self.db.execute(
                "SELECT lk, status, by_name, hlc, desk FROM team_status WHERE ck = ?", (ck,)).fetchall():
            lead = state.lead_of(self.db, lk)
            row = self.db.execute("SELECT status, action FROM leads WHERE id = ?", (lead,)).fetchone() if lead else None
            if row is None or row[0] == status or (row[1] == "DNC" and status != c.DNC):
                continue
            if caused and (caused[0].hlc, caused[0].desk) == (hlc, desk):
                change = _change(self.db, lead, row[0], status, caused[3], caused[2], caused[1])
            else:
                change = _change(self.db, lead, row[0], status, _iso_ms(hlc), "team")
            self.db.execute("UPDATE status_changes SET by_name = ? WHERE id = ?", (by, change))
            self.leads.add(lead)
        claim = self.db.execute("SELECT owner_desk, owner FROM team_claims WHERE ck = ?", (ck,)).fetchone()
        if claim is not None:
            owner = claim[1] if claim[0] else None
            changed = self.db.execute("UPDATE leads SET owner = ? WHERE customer_id = ? AND owner IS NOT ?",
                                      (owner, customer, owner)).rowcount
            self.db.execute("UPDATE customers SET owner = ? WHERE id = ?", (owner, customer))
            if changed:
                self._all_leads(customer)

    def _exists(self, table: str, ref: str) -> bool:
        return self.db.execute(f"SELECT 1 FROM {table} WHERE team_event = ?", (ref,)).fetchone() is not None

    def _customer(self, lead: int) -> int | None:
        row = self.db.execute("SELECT customer_id FROM leads WHERE id = ?", (lead,)).fetchone()
        return row[0] if row else None

    def _all_leads(self, customer: int) -> None:
        self.leads.update(r[0] for r in self.db.execute("SELECT id FROM leads WHERE customer_id = ?", (customer,)))

    # -- after the chunk ----------------------------------------------------------------------------------------

    def finish(self) -> None:
        """Inside the transaction: plans, roll-ups and the search index of what changed."""
        from leadinbox.store.rollup import reindex
        from leadinbox.store.work.plan import replan
        replan(self.db, sorted(self.leads))
        if self.search:
            self.db.execute("DROP TABLE IF EXISTS temp.affected")
            self.db.execute("CREATE TEMP TABLE affected (id INTEGER PRIMARY KEY)")
            self.db.conn.executemany("INSERT INTO temp.affected (id) VALUES (?)", [(i,) for i in self.search])
            reindex(self.db, "temp.affected")
            self.db.execute("DROP TABLE temp.affected")

    def erase(self) -> None:
        """After the transaction (an erasure is its own, with secure delete): each erased person goes from this
        desk and its backups, and onto its erasure list, whether it had them or not."""
        from leadinbox.store.safety import erase
        for ck in self.erased:
            with outbox.applying():
                customer = state.customer_of(self.db, ck)
                if customer is not None:
                    erase.erase_customer(self.db, customer, backups=self.backups)
                with self.db.atomic():
                    self.db.execute("INSERT OR IGNORE INTO suppressions (salt, digest, erased_at) VALUES (?, ?, ?)",
                                    (self.member.salt, ck, datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")))
                    outbox.forget(self.db, ck)


def settle(db: Database, member: state.Membership) -> int:
    """Events about customers this desk did not have when they came, applied now that it has them (an import
    or a pull of the marketplace table since). Returns how many."""
    applier = Applier(db, member)
    with db.atomic(), outbox.applying():
        state.refresh_keys(db, member.salt)
        waiting = db.execute(f"""SELECT desk, seq, kind, ck, hlc, by_name, body FROM team_events
                                WHERE applied = 0 AND ck IN ({state.KNOWN}) ORDER BY hlc, desk, seq""").fetchall()
        for desk, seq, kind, ck, hlc, by, body in waiting:
            applier.materialise(ev.Event(desk, seq, kind, ck, hlc, by, json.loads(body)))
        applier.finish()
    return len(waiting)
