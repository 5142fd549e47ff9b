"""Whether this database is on a team, as which desk, and the team keys of its customers and leads."""

from __future__ import annotations

import time
from dataclasses import dataclass

from leadinbox.store.database import Database

from leadinbox.core.identity import customer_key as identity_key
from leadinbox.team import keys
from leadinbox.team.events import tick
from leadinbox.store.settings import read_json as _get, write_json as _put

TEAM = "team"                  # settings: the membership (no secret: the credential is filed by its id)
CLOCK = "team_clock"           # settings: the last hybrid clock value this desk made or saw
LAST_SYNC = "team_last_sync"   # settings: {"at", "pushed", "pulled", "error"}
DESKS = "team_desks"           # settings: the team's desks (id -> name) as the last sync read them
SYNC_MINUTES = "team_sync_minutes"   # settings: how often the window syncs (and after each shared change)
DEFAULT_SYNC_MINUTES = 2
FORMER = "team_former_desk"    # settings: {"desk", "table"}: which desk this was on which table, after leaving


@dataclass(frozen=True)
class Membership:
    desk: str                  # this desk's id (random)
    name: str                  # its name in the team, unique there
    salt: str                  # the team's salt
    connection: dict           # the team table's address, without its secret (AzureTableConnection.public)
    credential: str            # the id the secret is filed under (sources/credentials.py)
    joined_at: str

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def membership(db: Database) -> Membership | None:
    """This desk's membership, or None: then nothing is queued and nothing leaves the computer."""
    value = _get(db, TEAM)
    return Membership(**value) if value else None


def save_membership(db: Database, member: Membership) -> None:
    """Joining: the team's salt becomes the database's erasure salt too, so the digest an erasure puts on
    the list is the one every desk of the team computes (earlier entries keep their own salt and work on)."""
    with db.atomic():
        _put(db, TEAM, member.as_dict())
        _put(db, "privacy_salt", member.salt)


def leave(db: Database) -> None:
    """Off the team. Which desk this was, and on which table, is kept (no secret): joining that team again is
    this desk again, under its name, reading on from where it stopped."""
    member = membership(db)
    with db.atomic():
        db.execute("DELETE FROM settings WHERE key IN (?, ?, ?)", (TEAM, LAST_SYNC, DESKS))
        if member is not None:
            _put(db, FORMER, {"desk": member.desk, "table": _table(member.connection)})


def former_desk(db: Database, connection: dict) -> str | None:
    """The id this database had as a desk of the team on that table before it left (None: never on it)."""
    value = _get(db, FORMER)
    return value["desk"] if isinstance(value, dict) and value.get("table") == _table(connection) else None


def _table(connection: dict) -> str:
    return f"{connection.get('endpoint')}/{connection.get('table')}".casefold()


def desks(db: Database) -> dict[str, str]:
    value = _get(db, DESKS)
    return value if isinstance(value, dict) else {}


def save_desks(db: Database, found: dict[str, str]) -> None:
    with db.atomic():
        _put(db, DESKS, found)


def sync_minutes(db: Database) -> int:
    value = _get(db, SYNC_MINUTES)
    return max(1, min(int(value), 24 * 60)) if isinstance(value, int) else DEFAULT_SYNC_MINUTES


def set_sync_minutes(db: Database, minutes: int) -> None:
    with db.atomic():
        _put(db, SYNC_MINUTES, max(1, min(int(minutes), 24 * 60)))


def next_clock(db: Database, now_ms: int | None = None) -> int:
    value = tick(_get(db, CLOCK) or 0, now_ms if now_ms is not None else int(time.time() * 1000))
    _put(db, CLOCK, value)
    return value


def observe_clock(db: Database, hlc: int) -> None:
    """A change read from another desk: this desk's next change comes after it."""
    if hlc > (_get(db, CLOCK) or 0):
        _put(db, CLOCK, hlc)


def last_sync(db: Database) -> dict | None:
    return _get(db, LAST_SYNC)


def save_last_sync(db: Database, value: dict) -> None:
    with db.atomic():
        _put(db, LAST_SYNC, value)


def refresh_keys(db: Database, salt: str) -> int:
    """Give every customer and lead without one its team key (new imports since the last sync). Returns
    how many were added."""
    added = 0
    customers = db.execute("""SELECT id, key FROM customers
                              WHERE id NOT IN (SELECT customer_id FROM team_keys)""").fetchall()
    if customers:
        db.conn.executemany("INSERT OR IGNORE INTO team_keys (tkey, customer_id) VALUES (?, ?)",
                            [(keys.customer_key(salt, key), i) for i, key in customers])
        added += len(customers)
    leads = db.execute(f"""SELECT {_LEAD} FROM leads AS l JOIN customers AS c ON c.id = l.customer_id
                           WHERE l.id NOT IN (SELECT lead_id FROM team_lead_keys)""").fetchall()
    if leads:
        # Two leads of one file with the same facts share a key: the first takes it (INSERT OR IGNORE).
        db.conn.executemany("INSERT OR IGNORE INTO team_lead_keys (tkey, lead_id) VALUES (?, ?)",
                            [(_lead_key(salt, row), row[0]) for row in leads])
        added += len(leads)
    aliases = db.execute("SELECT key FROM customer_aliases WHERE key NOT IN (SELECT alias FROM team_alias_keys)"
                         ).fetchall()
    if aliases:
        db.conn.executemany("INSERT OR IGNORE INTO team_alias_keys (tkey, alias) VALUES (?, ?)",
                            [(keys.customer_key(salt, key), key) for key, in aliases])
        added += len(aliases)
    return added


# A lead's own identity (its email, else its name and company), with its customer's key when it has none.
_LEAD = "l.id, c.key, l.action, l.created_day, l.offer_name, l.email, l.full_name, l.company"


def _lead_key(salt: str, row: tuple) -> str:
    """From the lead itself, not from the customer it belongs to here: a name-only lead joined to a customer
    with an email on one desk (issue 15's name join) has the key it has on a desk that never joined it."""
    _id, customer, action, day, offer, email, name, company = row
    return keys.lead_key(salt, identity_key(email, name, company) or customer, action, day, offer)


def customer_key(db: Database, salt: str, customer_id: int) -> str:
    row = db.execute("SELECT tkey FROM team_keys WHERE customer_id = ?", (customer_id,)).fetchone()
    if row:
        return row[0]
    local = db.execute("SELECT key FROM customers WHERE id = ?", (customer_id,)).fetchone()[0]
    tkey = keys.customer_key(salt, local)
    db.execute("INSERT OR REPLACE INTO team_keys (tkey, customer_id) VALUES (?, ?)", (tkey, customer_id))
    return tkey


def lead_keys(db: Database, salt: str, lead_ids: list[int]) -> dict[int, str]:
    """lead id -> team key, made where missing."""
    if not lead_ids:
        return {}
    marks = ", ".join("?" * len(lead_ids))
    found = {i: k for k, i in db.execute(f"SELECT tkey, lead_id FROM team_lead_keys WHERE lead_id IN ({marks})",
                                         lead_ids)}
    missing = [i for i in lead_ids if i not in found]
    if missing:
        marks = ", ".join("?" * len(missing))
        for row in db.execute(f"""SELECT {_LEAD} FROM leads AS l JOIN customers AS c ON c.id = l.customer_id
                                  WHERE l.id IN ({marks})""", missing).fetchall():
            tkey = _lead_key(salt, row)
            db.execute("INSERT OR IGNORE INTO team_lead_keys (tkey, lead_id) VALUES (?, ?)", (tkey, row[0]))
            found[row[0]] = tkey
    return found


def customer_of(db: Database, ck: str) -> int | None:
    """The customer of a team key: their own, else one of their other keys (joined to them, refresh_keys)."""
    row = db.execute("SELECT customer_id FROM team_keys WHERE tkey = ?", (ck,)).fetchone() or db.execute(
        """SELECT a.customer_id FROM team_alias_keys AS t JOIN customer_aliases AS a ON a.key = t.alias
           WHERE t.tkey = ?""", (ck,)).fetchone()
    return row[0] if row else None


KNOWN = "SELECT tkey FROM team_keys UNION ALL SELECT tkey FROM team_alias_keys"   # every key a customer here has


def keys_of(customer_id: int) -> tuple[str, tuple]:
    """SQL (and its parameters) of a customer's team keys: their own and those of the keys joined to them."""
    return ("""SELECT tkey FROM team_keys WHERE customer_id = ? UNION ALL SELECT t.tkey FROM team_alias_keys AS t
               JOIN customer_aliases AS a ON a.key = t.alias WHERE a.customer_id = ?""", (customer_id, customer_id))


def lead_of(db: Database, lk: str) -> int | None:
    row = db.execute("SELECT lead_id FROM team_lead_keys WHERE tkey = ?", (lk,)).fetchone()
    return row[0] if row else None
