"""A new database in one step: the schema every migration leads to (assets/schema.json), not the migrations."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from functools import lru_cache

from leadinbox.store.database import Database, Migrations

from leadinbox.paths import ASSETS

# Written by `make schema` (packaging/build_schema.py) from a database the migrations made; a test checks that
# it still makes the same schema. Running the nineteen migrations on an empty file (200+ statements, each
# ALTER TABLE parsing the whole schema again, the search index made twice) took 15-20 ms of a 1k-row
# `leadinbox import` into a new database; the script takes a third of that.
SCHEMA_FILE = ASSETS / "schema.json"


@lru_cache(maxsize=1)
def _schema() -> dict:
    try:
        return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"set": None, "migrations": [], "statements": []}     # not shipped: the migrations run


def create(db: Database, migrations: Migrations, names: list[str]) -> bool:
    """Make the schema in `db`, an empty database inside a transaction, and record `names` of `migrations` as
    applied, when the shipped script was made by exactly these migrations. False when it was not (a migration
    added since the script was written): nothing is done, and the caller runs the migrations."""
    schema = _schema()
    migration_set = migrations.name
    if schema["set"] != migration_set or schema["migrations"] != names:
        return False
    for sql in schema["statements"]:
        db.execute(sql)
    applied_at = str(datetime.now(timezone.utc))       # as sqlite-utils' Migrations records it
    # One statement for all (sqlite-utils records one migration at a time), in its table and its columns.
    table = migrations.migrations_table
    db.conn.executemany(f"INSERT INTO [{table}] (migration_set, name, applied_at) VALUES (?, ?, ?)",
                        [(migration_set, name, applied_at) for name in names])
    return True


def statements(db: Database) -> list[str]:
    """The statements that make `db`'s schema again: its tables, virtual tables, indexes, triggers and views
    in the order they were made; not what SQLite makes by itself (a virtual table's shadow tables,
    sqlite_sequence, automatic indexes)."""
    made_by_sqlite = {name for name, kind in db.execute("SELECT name, type FROM pragma_table_list")
                      if kind == "shadow" or name.startswith("sqlite_")}
    return [sql for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")
            if name not in made_by_sqlite]
