"""Values kept as JSON in the `settings` table (follow-up rules, connected sources and mailboxes, the team)."""

from __future__ import annotations

import json

from leadinbox.store.database import Database


def read_json(db: Database, key: str):
    """The value kept under `key`; None when there is none."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def read_dict(db: Database, key: str) -> dict | None:
    """The object kept under `key`; None when there is none, or what is there is not a JSON object (a
    hand-edited or damaged value is no reason to stop reading the others)."""
    try:
        value = read_json(db, key)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def write_json(db: Database, key: str, value) -> None:
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
               (key, json.dumps(value, ensure_ascii=False)))
