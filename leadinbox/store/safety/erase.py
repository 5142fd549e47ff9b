"""Erasing a person (right to erasure): the customer and everything recorded about them, from the database,
its search index and the backups in the data folder; their key goes on the suppression list."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from leadinbox.store.database import Database

from leadinbox.core.identity import normal_email
from leadinbox.store.safety import purge
from leadinbox.store.safety import suppression
from leadinbox.store.safety.backups import list_backups
from leadinbox.store.db import connect
from leadinbox.store.team import outbox

log = logging.getLogger("leadinbox.erase")

# Per table, how to count a customer's rows (the preview names what will go).
_COUNTS = {
    "leads": "SELECT count(*) FROM leads WHERE customer_id = :c",
    "raw_rows": "SELECT count(*) FROM lead_raw WHERE lead_id IN (SELECT id FROM leads WHERE customer_id = :c)",
    "attempts": "SELECT count(*) FROM attempts WHERE customer_id = :c",
    "notes": "SELECT count(*) FROM notes WHERE customer_id = :c",
    "calls": "SELECT count(*) FROM appointments WHERE customer_id = :c",
    "status_changes": ("SELECT count(*) FROM status_changes WHERE lead_id IN "
                       "(SELECT id FROM leads WHERE customer_id = :c)"),
}


@dataclass
class Erasure:
    """Who is (or was) erased and what of theirs: the confirmation shows it, the CLI prints it."""

    customer_id: int | None
    name: str | None = None
    email: str | None = None
    company: str | None = None
    leads: int = 0
    raw_rows: int = 0
    attempts: int = 0
    notes: int = 0
    calls: int = 0
    status_changes: int = 0
    backups: int = 0           # backups in the data folder they were also removed from
    backups_failed: int = 0    # backups holding them that could not be changed (read-only, full disk): logged
    index_pending: bool = False   # the disk was full: the search index is rewritten when there is room

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def describe(db: Database, customer_id: int) -> Erasure | None:
    row = db.execute("SELECT full_name, email, company FROM customers WHERE id = ?", (customer_id,)).fetchone()
    if row is None:
        return None
    counts = {name: db.execute(sql, {"c": customer_id}).fetchone()[0] for name, sql in _COUNTS.items()}
    return Erasure(customer_id, *row, **counts)


def customer_for_email(db: Database, email: str) -> int | None:
    address = normal_email(email)
    if address is None:
        return None
    row = db.execute("SELECT id FROM customers WHERE key = ?", ("e:" + address,)).fetchone()
    if row is None and _has_aliases(db):        # an email the user gave the customer (m013)
        row = db.execute("SELECT customer_id FROM customer_aliases WHERE key = ?", ("e:" + address,)).fetchone()
    return row[0] if row else None


def _delete(db: Database, customer_id: int) -> None:
    """Leads first (their raw rows, status history and attempt links cascade), then the customer (attempts,
    notes and planned calls cascade), then their search-index row. Works on every schema since m001."""
    db.execute("DELETE FROM leads WHERE customer_id = ?", (customer_id,))
    db.execute("DELETE FROM customers WHERE id = ?", (customer_id,))
    db.execute("DELETE FROM customer_fts WHERE rowid = ?", (customer_id,))


def _has_aliases(db: Database) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'customer_aliases'").fetchone() is not None


def _aliases(db: Database, customer_id: int) -> list[tuple[str]]:
    if not _has_aliases(db):
        return []                  # a backup from before m013
    return db.execute("SELECT key FROM customer_aliases WHERE customer_id = ?", (customer_id,)).fetchall()


def erase_customer(db: Database, customer_id: int, *, backups: Path | None = None,
                   now: datetime | None = None) -> Erasure:
    """Erase one customer; with `backups` (the backups folder) also from every backup in it."""
    what = describe(db, customer_id)
    if what is None:
        raise KeyError(customer_id)
    key = db.execute("SELECT key FROM customers WHERE id = ?", (customer_id,)).fetchone()[0]
    with purge.secure_delete(db):
        with db.atomic():
            suppression.suppress_key(db, key, now=now)
            outbox.record_erase(db, key)          # every desk of the team erases them too
            for (alias,) in _aliases(db, customer_id):     # an email the user edited to, a customer merged in
                suppression.suppress_key(db, alias, now=now)
            _delete(db, customer_id)
            purge.mark_index(db)
            if backups is not None:
                _mark_backups(db)
        what.index_pending = not purge.finish(db)
    if backups is not None:
        what.backups, what.backups_failed = erase_from_backups(backups, key, now=now)
        _backups_done(db, what.backups_failed)
    log.info("erased customer %d (%d leads); removed from %d backups (%d could not be changed)", customer_id,
             what.leads, what.backups, what.backups_failed)
    return what


def erase_email(db: Database, email: str, *, backups: Path | None = None, now: datetime | None = None) -> Erasure:
    """Erase the customer with this email. Someone not (or not yet) in the database still goes on the
    suppression list, so a later import skips them. Raises ValueError for text that is not an email."""
    address = normal_email(email)
    if address is None:
        raise ValueError(f"{email!r} is not an email address")
    customer_id = customer_for_email(db, address)
    if customer_id is not None:
        return erase_customer(db, customer_id, backups=backups, now=now)
    with db.atomic():
        suppression.suppress_key(db, "e:" + address, now=now)
        outbox.record_erase(db, "e:" + address)
        if backups is not None:
            _mark_backups(db)
    what = Erasure(None)
    if backups is not None:
        what.backups, what.backups_failed = erase_from_backups(backups, "e:" + address, now=now)
        _backups_done(db, what.backups_failed)
    log.info("suppressed an email that matched no customer; removed from %d backups", what.backups)
    return what


# Settings key, written in the erase's own transaction: the backups still hold someone the database no longer
# does. Cleared once every copy is done; a process killed in between leaves it for the next open (no name in
# it: the suppression list says whom).
BACKUPS_PENDING = "erase_backups_pending"


def _mark_backups(db: Database) -> None:
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, 'true')", (BACKUPS_PENDING,))


def _backups_done(db: Database, failed: int) -> None:
    if not failed:        # a copy that could not be changed is tried again at the next open
        with db.atomic():
            db.execute("DELETE FROM settings WHERE key = ?", (BACKUPS_PENDING,))


def copies(folder: Path) -> list[Path]:
    """Every file in the backups folder that can hold a person: the backups, and the databases moved aside
    there (`damaged-…` by a restore over a damaged file, `replaced-…` by a write-back)."""
    found = [b.path for b in list_backups(folder)]
    if folder.is_dir():
        found += sorted(p for p in folder.iterdir() if p.name.startswith(("damaged-", "replaced-"))
                        and not p.name.endswith(("-wal", "-shm", "-journal")) and p.is_file())
    return found


def erase_from_backups(folder: Path, key: str, *, now: datetime | None = None) -> tuple[int, int]:
    """Remove the customer with `key` from each copy that holds them (and list them as suppressed there).
    Returns (copies changed, copies that could not be changed: left as they were, and logged)."""
    changed = failed = 0
    for path in copies(folder):
        try:
            changed += _erase_in_file(path, key, now)
        except (sqlite3.Error, OSError) as exc:
            failed += 1
            log.warning("could not erase from backup %s: %s", path.name, exc)
    return changed, failed


def finish_pending(db: Database, folder: Path) -> int | None:
    """An erase killed after its commit: every person on this database's suppression list is erased from
    each copy in `folder` now. None when nothing waits (one read); else the copies changed."""
    if not purge._has_settings(db) or \
            db.execute("SELECT 1 FROM settings WHERE key = ?", (BACKUPS_PENDING,)).fetchone() is None:
        return None
    entries = suppression.entries(db)
    changed = failed = 0
    for path in copies(folder):
        try:
            changed += _erase_suppressed_in_file(path, entries)
        except (sqlite3.Error, OSError) as exc:
            failed += 1
            log.warning("could not finish an erase in backup %s: %s", path.name, exc)
    _backups_done(db, failed)
    log.info("finished an interrupted erase: %d backups changed, %d could not be", changed, failed)
    return changed


def _erase_suppressed_in_file(path: Path, entries: list[tuple[str, str, str]]) -> bool:
    copy = Database(connect(path))
    try:
        tables = set(copy.table_names())
        if "customers" not in tables:
            return False
        if "suppressions" in tables:
            with copy.atomic():
                suppression.merge(copy, entries)
            return apply_suppressions(copy) > 0
        # A copy from before the suppression list: its keys digested here, one by one.
        listed = {(salt, digest) for salt, digest, _at in entries}
        salts = {salt for salt, _d, _at in entries}
        ids = [i for i, key in copy.execute("SELECT id, key FROM customers").fetchall()
               if any((salt, suppression.digest(salt, key)) in listed for salt in salts)]
        if ids:
            _delete_for_good(copy, ids)
        return bool(ids)
    finally:
        copy.close()


def _erase_in_file(path: Path, key: str, now: datetime | None) -> bool:
    db = Database(connect(path))
    try:
        row = db.execute("SELECT id FROM customers WHERE key = ?", (key,)).fetchone()
        if row is None:
            return False
        if "suppressions" in db.table_names():
            _delete_for_good(db, [row[0]], first=lambda: suppression.suppress_key(db, key, now=now))
        else:
            _delete_for_good(db, [row[0]])
        return True
    finally:
        db.close()


def apply_suppressions(db: Database) -> int:
    """Erase every customer on the suppression list (a restored backup taken before their erasure)."""
    where, params = suppression.matching(db, "customers.key")
    if not params:
        return 0
    ids = [i for (i,) in db.execute(f"SELECT id FROM customers WHERE {where}", params).fetchall()]
    if ids:
        _delete_for_good(db, ids)
    return len(ids)


def _delete_for_good(db: Database, ids: list[int], first=None) -> None:
    """Delete the customers in one transaction (after `first()`, in it), their pages overwritten (secure_delete)
    and the search index's freed pages too."""
    with purge.secure_delete(db):
        with db.atomic():
            if first is not None:
                first()
            for customer_id in ids:
                _delete(db, customer_id)
            purge.mark_index(db)
        purge.finish(db)
