"""Writes leadinbox/assets/schema.json, the schema a new database gets (store/new_schema.py), from the migrations."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from leadinbox.store.database import Database  # noqa: E402

from leadinbox.store.migrations import MIGRATIONS  # noqa: E402
from leadinbox.store.new_schema import SCHEMA_FILE, statements  # noqa: E402


def migrated() -> Database:
    """An empty database in memory, every migration applied as an upgrade applies them."""
    db = Database(sqlite3.connect(":memory:", isolation_level=None))
    MIGRATIONS.apply(db)
    return db


def main() -> int:
    db = migrated()
    schema = {"set": MIGRATIONS.name, "migrations": [m.name for m in MIGRATIONS._migrations],
              "statements": statements(db)}
    SCHEMA_FILE.write_text(json.dumps(schema, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{SCHEMA_FILE}: {len(schema['statements'])} statements from {len(schema['migrations'])} migrations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
