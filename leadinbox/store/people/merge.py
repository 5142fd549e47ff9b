"""Merging two customers who are one person (an email edited to another customer's): undoable."""

from __future__ import annotations

from dataclasses import dataclass, field

from leadinbox.store.database import Database

from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.store.people.edits import _refresh
from leadinbox.store.work.attempts import NotAllowed, must_exist
from leadinbox.store.work.plan import replan

# Rows that belong to a customer and move with them: (table, its id column).
_OWNED = (("leads", "id"), ("attempts", "id"), ("notes", "id"), ("appointments", "id"), ("customer_edits", "id"))


@dataclass
class Merged:
    """What moved from `other` into `into`, so an undo can give it back."""

    into: int
    other: int
    snapshot: dict                                  # the other customer's row as it was
    moved: dict[str, list[int]] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)   # the other's tags the kept customer did not have
    all_tags: list[tuple[str, str]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def merge_customers(db: Database, into: int, other: int) -> Merged:
    """Move everything of `other` (leads, attempts, notes, calls, edits, tags, other keys) to `into`; the
    other's key becomes one `into` is known by, so their next file joins `into`. One transaction."""
    if into == other:
        raise NotAllowed(QT_TRANSLATE_NOOP("CoreMessages", "a customer cannot be merged with themselves"))
    must_exist(db, into)
    must_exist(db, other)
    with db.atomic():
        cols = [r[1] for r in db.execute("PRAGMA table_info(customers)")]
        snapshot = dict(zip(cols, db.execute("SELECT * FROM customers WHERE id = ?", (other,)).fetchone()))
        merged = Merged(into, other, snapshot)
        for table, key in _OWNED:
            merged.moved[table] = [r[0] for r in db.execute(
                f"SELECT {key} FROM {table} WHERE customer_id = ?", (other,))]
            db.execute(f"UPDATE {table} SET customer_id = ? WHERE customer_id = ?", (into, other))
        merged.all_tags = [tuple(r) for r in db.execute("SELECT tag, at FROM tags WHERE customer_id = ?", (other,))]
        merged.tags = [r[0] for r in db.execute(
            """INSERT INTO tags (customer_id, tag, at) SELECT ?, tag, at FROM tags WHERE customer_id = ?
               ON CONFLICT DO NOTHING RETURNING tag""", (into, other))]
        merged.aliases = [r[0] for r in db.execute("SELECT key FROM customer_aliases WHERE customer_id = ?",
                                                   (other,))]
        db.execute("UPDATE customer_aliases SET customer_id = ? WHERE customer_id = ?", (into, other))
        db.execute("INSERT OR REPLACE INTO customer_aliases (key, customer_id) VALUES (?, ?)", (snapshot["key"], into))
        _refresh(db, [into, other])        # the other, left without leads, goes
        replan(db, merged.moved["leads"])
    return merged


def unmerge(db: Database, merged: Merged) -> None:
    """Undo a merge: the other customer back with what was theirs."""
    with db.atomic():
        snap = merged.snapshot
        db.execute(f"INSERT INTO customers ({', '.join(snap)}) VALUES ({', '.join('?' * len(snap))})",
                   list(snap.values()))
        for table, key in _OWNED:
            ids = merged.moved.get(table, [])
            db.conn.executemany(f"UPDATE {table} SET customer_id = ? WHERE {key} = ?",
                                [(merged.other, i) for i in ids])
        db.execute("DELETE FROM customer_aliases WHERE key = ?", (snap["key"],))
        db.conn.executemany("UPDATE customer_aliases SET customer_id = ? WHERE key = ?",
                            [(merged.other, k) for k in merged.aliases])
        db.conn.executemany("DELETE FROM tags WHERE customer_id = ? AND tag = ?",
                            [(merged.into, t) for t in merged.tags])
        db.conn.executemany("INSERT OR IGNORE INTO tags (customer_id, tag, at) VALUES (?, ?, ?)",
                            [(merged.other, t, at) for t, at in merged.all_tags])
        _refresh(db, [merged.into, merged.other])
        replan(db, merged.moved.get("leads", []))
