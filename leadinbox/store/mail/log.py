"""Logging a message: to a customer it is an email attempt on their open leads, from a customer their reply;
to a do-not-contact customer only a mark. Once per message (its key), in one transaction, undoable."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core import cadence as c
from leadinbox.core.mail.message import Address, MailMessage
from leadinbox.store.work.attempts import iso, is_dnc, log_attempt, log_reply, open_leads, undo_attempt

ATTEMPT, REPLY, ALREADY, DNC, NO_CUSTOMER, REFUSED = (
    "attempt", "reply", "already logged", "do not contact", "no customer", "refused")
KEEP_TEXT = "mail.keep_text"          # settings key: keep the text of logged emails (off: headers only)
NO_OPEN_LEAD = "no open lead: shown on the timeline, the cadence is unchanged"


@dataclass
class MailLog:
    """What logging one message did, in the words of `log-mail --json`."""

    status: str
    customers: list[str] = field(default_factory=list)      # the customers' emails the status is about
    message_row: int | None = None                            # mail_messages.id, for undo
    attempt_ids: list[int] = field(default_factory=list)
    customer_ids: list[int] = field(default_factory=list)
    marked_dnc: list[str] = field(default_factory=list)       # do-not-contact customers it was only marked on
    unmatched: list[Address] = field(default_factory=list)    # the people it names that are no customer
    note: str | None = None

    def as_dict(self) -> dict:
        return {"status": self.status, "customers": self.customers, "error": self.note}


def keep_text(db: Database) -> bool:
    row = db.execute("SELECT value FROM settings WHERE key = ?", (KEEP_TEXT,)).fetchone()
    try:
        return bool(json.loads(row[0])) if row else False
    except ValueError:
        return False


def set_keep_text(db: Database, keep: bool) -> None:
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (KEEP_TEXT, json.dumps(bool(keep))))


class AddressBook:
    """Which customers an address names: their own email (their key, an indexed look-up per message) or one
    of their leads' emails where it differs from theirs. Those are few, but only a scan of every lead finds
    them, so a book reads them once for a whole batch of messages (a drop, a mailbox read)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.others: dict[str, dict[int, str]] = {}
        for cid, address, email in db.execute(
                """SELECT l.customer_id, l.email, c.email FROM leads AS l JOIN customers AS c ON c.id = l.customer_id
                   WHERE l.email IS NOT NULL AND (c.email IS NULL OR l.email != c.email)"""):
            self.others.setdefault(address.lower(), {})[cid] = email or address

    def lookup(self, emails: Iterable[str]) -> dict[str, list[tuple[int, str]]]:
        """address -> [(customer id, the customer's email)], for every customer known by that address."""
        wanted = sorted({e.lower() for e in emails if e})
        found: dict[str, dict[int, str]] = {a: dict(self.others[a]) for a in wanted if a in self.others}
        if wanted:
            marks = ", ".join("?" * len(wanted))
            for cid, email, key in self.db.execute(f"SELECT id, email, key FROM customers WHERE key IN ({marks})",
                                                   ["e:" + e for e in wanted]):
                found.setdefault(key[2:], {})[cid] = email or key[2:]
        return {a: sorted(ids.items()) for a, ids in found.items()}


def customers_of(db: Database, emails: Iterable[str]) -> dict[str, list[tuple[int, str]]]:
    """address -> [(customer id, the customer's email)] for every customer known by that address."""
    return AddressBook(db).lookup(emails)


def is_logged(db: Database, key: str) -> bool:
    return db.execute("SELECT 1 FROM mail_messages WHERE key = ?", (key,)).fetchone() is not None


def log_message(db: Database, message: MailMessage, *, origin: str = "file", keep_body: bool | None = None,
                now: datetime | None = None, mine: Iterable[str] = (), book: AddressBook | None = None) -> MailLog:
    """Log one message. From a customer: their reply. Else to customers: an attempt on each (one attempt on
    all of a customer's open leads). `mine` are the user's own addresses (a connected mailbox's), never
    offered as a new lead; `book` is the batch's AddressBook. Nothing is written for a message already logged
    or naming no customer."""
    now = now or datetime.now(timezone.utc)
    keep = keep_text(db) if keep_body is None else keep_body
    sender = message.sender.email.lower() if message.sender else None
    recipients = [a.email.lower() for a in message.recipients]
    with db.atomic():
        if is_logged(db, message.key):
            linked = [r[0] for r in db.execute(
                """SELECT c.email FROM mail_links AS l JOIN mail_messages AS m ON m.id = l.message_id
                   JOIN customers AS c ON c.id = l.customer_id WHERE m.key = ? ORDER BY c.email""",
                (message.key,))]
            return MailLog(ALREADY, linked)
        known = (book or AddressBook(db)).lookup([*filter(None, [sender]), *recipients])
        if sender and sender in known:
            direction, targets = c.INCOMING, known[sender]
        else:
            direction = c.OUTGOING
            targets = sorted({pair for address in recipients for pair in known.get(address, [])})
        if not targets:
            own = {m.lower() for m in mine}
            people = [a for a in ([message.sender] if message.sender else []) + list(message.recipients)
                      if a.email not in own]
            return MailLog(NO_CUSTOMER, unmatched=list({a.email: a for a in people}.values()))
        at = message.sent_at or now
        row = db.execute("""INSERT INTO mail_messages (key, sent_at, sender_email, sender_name, subject, body,
                            origin, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                         (message.key, iso(at), sender, message.sender.name if message.sender else None,
                          message.subject or None, message.body if keep else None, origin, iso(now))).lastrowid
        result = MailLog(REPLY if direction == c.INCOMING else ATTEMPT, message_row=row)
        note = message.subject or ""
        for customer_id, email in targets:
            if is_dnc(db, customer_id):
                kind, attempt_id = "dnc", None
                result.marked_dnc.append(email)
            elif not open_leads(db, customer_id):
                kind, attempt_id = "closed", None
                result.note = NO_OPEN_LEAD
                result.customers.append(email)
            else:
                if direction == c.INCOMING:
                    kind, logged = "reply", log_reply(db, customer_id, "email", at=at, note=note, now=now)
                else:
                    kind, logged = "attempt", log_attempt(db, customer_id, "email", c.NO_ANSWER, at=at,
                                                          note=note, now=now)
                attempt_id = logged.attempt_id
                result.attempt_ids.append(attempt_id)
                result.customers.append(email)
            result.customer_ids.append(customer_id)
            db.execute("""INSERT INTO mail_links (message_id, customer_id, kind, direction, attempt_id)
                          VALUES (?, ?, ?, ?, ?)""", (row, customer_id, kind, direction, attempt_id))
        if not result.customers:
            result.status, result.customers = DNC, result.marked_dnc
    return result


def undo_mail(db: Database, message_row: int) -> None:
    """Take a logged message back: its attempts and replies (and the status changes they caused) and its
    marks. Logging it again afterwards logs it anew."""
    with db.atomic():
        for (attempt_id,) in db.execute("SELECT attempt_id FROM mail_links WHERE message_id = ? AND attempt_id "
                                        "IS NOT NULL", (message_row,)).fetchall():
            undo_attempt(db, attempt_id)
        db.execute("DELETE FROM mail_messages WHERE id = ?", (message_row,))


def mail_of_customer(db: Database, customer_id: int) -> list[dict]:
    """The messages logged on a customer, newest first: for the timeline and `customer --json`."""
    return list(db.query("""SELECT m.id, m.sent_at AS at, m.sender_email, m.sender_name, m.subject, m.body,
                                   l.kind AS mail_kind, l.direction, l.attempt_id
                            FROM mail_links AS l JOIN mail_messages AS m ON m.id = l.message_id
                            WHERE l.customer_id = ? ORDER BY m.sent_at DESC, m.id DESC""", (customer_id,)))
