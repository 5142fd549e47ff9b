"""A customer's timeline: their own events (leads) beside what the user did (attempts, status, notes, calls)."""

from __future__ import annotations

import json

from leadinbox.store.database import Database

from leadinbox.core.rawjson import raw_fields
from leadinbox.store import offers
from leadinbox.store.people import edits, tags
from leadinbox.store.team import state


def customer_timeline(db: Database, customer_id: int) -> list[dict]:
    """Every event, newest first. Each has `kind` (lead, attempt, reply, status, note, call, mail, edit, tag,
    deal), `at`, `id` and the fields of its kind; status changes caused by an attempt or a reply are folded into
    it. An attempt or reply logged from an email has its `subject` and sender; `mail` is a logged message that
    is neither (`mail_kind` 'dnc': emailed despite do not contact; 'closed': no open lead). On a team, `by`
    names the desk that did it (None: before joining, the lead itself, or a logged email that is no attempt).
    A lead has `unreadable`, what its file said for a value that could not be read ({field: text}); a lead or
    deal known only by offer id has the `offer_name` other files gave that id, where one did."""
    events = [dict(r, kind="lead", unreadable=_flags(r["unreadable"])) for r in db.query(
        """SELECT l.id, l.sort_at AS at, l.action, l.source, l.offer_name, l.offer_id, l.description,
                  l.status, l.is_test, l.unreadable, b.file_name
           FROM leads AS l JOIN batches AS b ON b.id = l.batch_id WHERE l.customer_id = ?""", (customer_id,))]
    events += [dict(r, kind="reply" if r.pop("direction") == "in" else "attempt") for r in db.query(
        """SELECT a.id, a.at, a.channel, a.outcome, a.note, count(al.lead_id) AS leads, a.direction, a.by_name AS by,
                  a.team_event AS ref, m.sender_email, m.sender_name, m.subject, m.body
           FROM attempts AS a LEFT JOIN attempt_leads AS al ON al.attempt_id = a.id
           LEFT JOIN mail_links AS ml ON ml.attempt_id = a.id LEFT JOIN mail_messages AS m ON m.id = ml.message_id
           WHERE a.customer_id = ? GROUP BY a.id""", (customer_id,))]
    # A logged message that is no attempt: sent to them while they are do-not-contact, or without an open lead.
    events += [dict(r, kind="mail") for r in db.query(
        """SELECT m.id, m.sent_at AS at, m.sender_email, m.sender_name, m.subject, m.body, l.kind AS mail_kind,
                  l.direction, NULL AS by FROM mail_links AS l JOIN mail_messages AS m ON m.id = l.message_id
           WHERE l.customer_id = ? AND l.attempt_id IS NULL""", (customer_id,))]
    events += [dict(r, kind="status") for r in db.query(
        """SELECT s.id, s.at, s.lead_id, s.from_status, s.to_status, s.reason, s.by_name AS by FROM status_changes AS s
           JOIN leads AS l ON l.id = s.lead_id WHERE l.customer_id = ? AND s.attempt_id IS NULL""", (customer_id,))]
    events += [dict(r, kind="note") for r in db.query(
        "SELECT id, at, text, by_name AS by, team_event AS ref FROM notes WHERE customer_id = ?", (customer_id,))]
    # A call the team marked done says which desk did (its register names the later mark).
    events += [dict(r, kind="call") for r in db.query(
        """SELECT a.id, a.starts_at AS at, a.minutes, a.kind AS call_kind, a.title, a.note, a.done_at,
                  a.by_name AS by, a.team_event AS ref, CASE WHEN a.done_at IS NOT NULL THEN f.by_name END AS done_by
           FROM appointments AS a LEFT JOIN team_fields AS f ON f.key = a.team_event AND f.field = 'done'
           WHERE a.customer_id = ?""", (customer_id,))]
    events += [dict(e, kind="edit") for e in edits.edits(db, customer_id)]
    events += tags.events(db, customer_id)
    events += [dict(r, kind="deal") for r in db.query(
        """SELECT d.lead_id AS id, d.at, d.amount, d.currency, l.offer_name, l.offer_id FROM deals AS d
           JOIN leads AS l ON l.id = d.lead_id WHERE l.customer_id = ?""", (customer_id,))]
    offers.name_unnamed(db, [e for e in events if e["kind"] in ("lead", "deal")])
    order = team_order(db, customer_id)
    events.sort(key=lambda e: (e["at"] or "", e["kind"], *order(e), e["id"]), reverse=True)
    return events


def _flags(unreadable: str | None) -> dict[str, str]:
    """What the lead's file said for a date, country, phone or email that could not be read (field -> text)."""
    try:
        flags = json.loads(unreadable) if unreadable else {}
    except ValueError:        # written by this app as JSON; anything else is no flag worth a broken timeline
        return {}
    return {str(k): str(v) for k, v in flags.items()} if isinstance(flags, dict) else {}


def team_order(db: Database, customer_id: int):
    """The tie-break of events in the same second that every desk of a team shares (a local row id differs
    from desk to desk: two notes made in one minute on two desks came in opposite order): a shared attempt,
    note or call by its event's hybrid clock, then its desk and number; a lead by its team key; the rest by
    who made it. Off a team every key is equal and the row id decides, as before."""
    member = state.membership(db)
    if member is None:
        return lambda e: ()
    mine, params = state.keys_of(customer_id)
    clocks = {f"{d}:{s}": (h, d, s) for d, s, h in db.execute(
        f"SELECT desk, seq, hlc FROM team_events WHERE ck IN ({mine})", params)}
    clocks.update({f"{member.desk}:{s}": (h, member.desk, s) for s, h in db.execute(
        f"SELECT seq, hlc FROM team_outbox WHERE ck IN ({mine})", params)})
    leads = dict(db.execute("""SELECT k.lead_id, k.tkey FROM team_lead_keys AS k JOIN leads AS l ON l.id = k.lead_id
                               WHERE l.customer_id = ?""", (customer_id,)).fetchall())

    def key(e: dict) -> tuple:
        if e.get("ref") in clocks:
            return (*clocks[e["ref"]], "")
        lead = e["id"] if e["kind"] in ("lead", "deal") else e.get("lead_id")
        return (0, "", 0, leads.get(lead) or str(e.get("by") or ""))
    return key


def status_history(db: Database, lead_id: int) -> list[dict]:
    """The lead's status changes, oldest first."""
    return list(db.query("SELECT at, from_status, to_status, reason, attempt_id FROM status_changes "
                         "WHERE lead_id = ? ORDER BY at, id", (lead_id,)))


def original_row(db: Database, lead_id: int) -> dict | None:
    """The row of the file a lead came from, as the file said it: `file_name`, `row_no` (as a spreadsheet
    numbers it), `imported_at` and `fields`, the (column, value) pairs of its cells that hold something."""
    row = db.execute("""SELECT b.file_name, l.row_no, b.imported_at, r.raw, b.headers FROM leads AS l
                        JOIN batches AS b ON b.id = l.batch_id JOIN lead_raw AS r ON r.lead_id = l.id
                        WHERE l.id = ?""", (lead_id,)).fetchone()
    if row is None:
        return None
    file_name, row_no, imported_at, raw, headers = row
    return {"file_name": file_name, "row_no": row_no, "imported_at": imported_at,
            "fields": raw_fields(raw, json.loads(headers) if headers else None)}
