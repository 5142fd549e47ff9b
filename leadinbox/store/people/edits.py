"""Editing a customer's contact details: each edit recorded (timeline, undo), kept over later imports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.core.identity import normal_email
from leadinbox.core.names import split_full_name
from leadinbox.core.text import clean
from leadinbox.store.rollup import refresh_customers
from leadinbox.store.team import outbox, state as team_state
from leadinbox.team import events as team_events
from leadinbox.store.work.attempts import NotAllowed, iso, must_exist

# What the edit form shows, each with the customer columns it sets.
FIELDS = ("name", "email", "phone", "company", "title", "country", "language")
_COLUMN = {"name": "full_name", "email": "email", "phone": "phone", "company": "company", "title": "job_title",
           "country": "country_raw", "language": "language"}
_LIMIT = 200


class SameEmail(NotAllowed):
    """Another customer has this email: the caller offers to merge the two (or to keep both)."""

    def __init__(self, other_id: int, email: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("CoreMessages", "another customer (#{other}) has the email {email}"),
                         other=other_id, email=email)
        self.other_id, self.email = other_id, email


@dataclass
class Edit:
    edit_id: int | None                 # None: nothing changed
    fields: list[str]                   # the form's fields that changed


def current(db: Database, customer_id: int) -> dict[str, str | None]:
    """The form's fields as the customer has them now."""
    cols = ", ".join(dict.fromkeys([*_COLUMN.values(), "country_code"]))
    row = db.execute(f"SELECT {cols} FROM customers WHERE id = ?", (customer_id,)).fetchone()
    if row is None:
        return {}
    values = dict(zip(dict.fromkeys([*_COLUMN.values(), "country_code"]), row))
    out = {field: values[_COLUMN[field]] for field in FIELDS}
    out["country"] = values["country_raw"] or values["country_code"]
    return out


def email_owner(db: Database, email: str, *, other_than: int) -> int | None:
    """The customer (not `other_than`) known by this email: by their key, an alias or their shown email."""
    row = db.execute("""SELECT id FROM customers WHERE (key = :k OR email = :e) AND id != :me
                        UNION SELECT customer_id FROM customer_aliases WHERE key = :k AND customer_id != :me
                        LIMIT 1""", {"k": "e:" + email, "e": email, "me": other_than}).fetchone()
    return row[0] if row else None


def _columns(db: Database, customer_id: int, field: str, value: str | None) -> dict[str, str | None]:
    """The customer columns an edit of `field` sets, checked; NotAllowed for a value that cannot be kept."""
    if value is not None and len(value) > _LIMIT:
        raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "the {field} is longer than {limit} characters"),
                         field=field, limit=_LIMIT)
    if field == "name":
        first, last = split_full_name(value) if value else (None, None)
        return {"full_name": value, "first_name": first, "last_name": last}
    if field == "email":
        email = normal_email(value) if value else None
        if value and email is None:
            raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "“{value}” is not an email address"), value=value)
        return {"email": email}
    if field == "phone":
        from leadinbox.core.phones import to_e164       # phonenumbers: loaded on the first edit, not at start
        country = db.execute("SELECT country_code FROM customers WHERE id = ?", (customer_id,)).fetchone()[0]
        return {"phone": value, "phone_e164": to_e164(value, country)}
    if field == "country":
        from leadinbox.core.countries import country_code        # pycountry: likewise
        code = country_code(value) if value else None
        if value and code is None and not (len(value) == 2 and value.isalpha()):
            raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "“{value}” is not a country LeadInbox knows (try its "
                                               "two-letter code, e.g. NL)"), value=value)
        return {"country_raw": value, "country_code": code or (value.upper() if value else None)}
    if field == "language":
        return {"language": value.replace("-", "_") if value else None}
    return {_COLUMN[field]: value}


def edit_contact(db: Database, customer_id: int, changes: dict[str, str | None], *, keep_both: bool = False,
                 now: datetime | None = None) -> Edit:
    """Record the fields of `changes` that differ from what the customer has: one edit (one undo step). An
    email another customer has raises SameEmail unless `keep_both` (then the two stay apart, and a file with
    that email keeps going to the other). Nothing is written on a refusal."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise NotAllowed("unknown field {field}", field=sorted(unknown)[0])     # a caller's mistake
    must_exist(db, customer_id)
    before = current(db, customer_id)
    wanted = {f: clean(v) for f, v in changes.items()}
    changed = [f for f in FIELDS if f in wanted and wanted[f] != before.get(f)]
    if not changed:
        return Edit(None, [])
    columns = {}
    for field in changed:
        columns.update(_columns(db, customer_id, field, wanted[field]))
    email = columns.get("email")
    other = email_owner(db, email, other_than=customer_id) if "email" in changed and email else None
    if other is not None and not keep_both:
        raise SameEmail(other, email)
    at = iso(now or datetime.now(timezone.utc))
    names = ", ".join(columns)
    with db.atomic():
        old = dict(zip(columns, db.execute(f"SELECT {names} FROM customers WHERE id = ?", (customer_id,)).fetchone()))
        edit_id = db.execute("SELECT coalesce(max(edit_id), 0) + 1 FROM customer_edits").fetchone()[0]
        db.conn.executemany("""INSERT INTO customer_edits (customer_id, edit_id, field, value, before, at)
                               VALUES (?, ?, ?, ?, ?, ?)""",
                            [(customer_id, edit_id, col, value, old[col], at) for col, value in columns.items()])
        if email and other is None:
            # A later file with the new address joins this customer instead of making a new one.
            db.execute("INSERT OR IGNORE INTO customer_aliases (key, customer_id, edit_id) VALUES (?, ?, ?)",
                       ("e:" + email, customer_id, edit_id))
        _refresh(db, [customer_id])
        if outbox.record_fields(db, team_events.CONTACT, customer_id, {f: wanted[f] for f in changed}):
            db.execute("UPDATE customer_edits SET by_name = ? WHERE edit_id = ?",      # on a team: who did it
                       (team_state.membership(db).name, edit_id))
    return Edit(edit_id, changed)


def undo_edit(db: Database, edit_id: int) -> None:
    with db.atomic():
        rows = db.execute("SELECT customer_id, field FROM customer_edits WHERE edit_id = ?", (edit_id,)).fetchall()
        ids = sorted({r[0] for r in rows})
        db.execute("DELETE FROM customer_edits WHERE edit_id = ?", (edit_id,))
        db.execute("DELETE FROM customer_aliases WHERE edit_id = ?", (edit_id,))
        _refresh(db, ids)
        # The team hears the values the fields went back to, as a change of its own (a later clock).
        for customer_id in ids:
            names = {f for f, c in _COLUMN.items() for cid, col in rows if cid == customer_id and col == c}
            now = current(db, customer_id)
            outbox.record_fields(db, team_events.CONTACT, customer_id, {f: now.get(f) for f in sorted(names)})


def edits(db: Database, customer_id: int) -> list[dict]:
    """The customer's edits for the timeline, newest first: at, edit_id and {field: (before, value)}."""
    out: dict[int, dict] = {}
    for edit_id, at, column, value, before, by in db.execute(
            """SELECT edit_id, at, field, value, before, by_name FROM customer_edits WHERE customer_id = ?
               ORDER BY id""", (customer_id,)):
        field = next((f for f, c in _COLUMN.items() if c == column), None)
        if field is None:
            continue           # a column set along with a field (first name with the name): not said twice
        entry = out.setdefault(edit_id, {"id": edit_id, "at": at, "changes": {}, "by": by})
        entry["changes"][field] = (before, value)
    return sorted(out.values(), key=lambda e: (e["at"], e["id"]), reverse=True)


def _refresh(db: Database, customer_ids: list[int]) -> None:
    db.execute("DROP TABLE IF EXISTS temp.affected")
    db.execute("CREATE TEMP TABLE affected (id INTEGER PRIMARY KEY)")
    db.conn.executemany("INSERT OR IGNORE INTO temp.affected (id) VALUES (?)", [(i,) for i in customer_ids])
    refresh_customers(db)
    db.execute("DROP TABLE temp.affected")
