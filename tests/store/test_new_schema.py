"""A new database is made from the shipped schema script (assets/schema.json), the same as the migrations make."""

import json
import sqlite3
import sys
from pathlib import Path

from leadinbox.store.database import Database

from leadinbox.store import migrations
from leadinbox.store.db import APPLICATION_ID, open_database
from leadinbox.store.new_schema import SCHEMA_FILE, statements

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from build_schema import migrated  # noqa: E402


def _schema(db) -> list[tuple]:
    return db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def test_the_shipped_script_is_what_the_migrations_make():
    shipped = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert shipped == {"set": migrations.MIGRATIONS.name,
                       "migrations": [m.name for m in migrations.MIGRATIONS._migrations],
                       "statements": statements(migrated())}, "the schema script is out of date: run `make schema`"


def test_a_new_database_is_the_one_the_migrations_make(db_path):
    by_migrations = migrated()
    db = open_database(db_path)
    assert _schema(db) == _schema(by_migrations)
    for table in ("_sqlite_migrations",):
        columns = "migration_set, name"
        assert (db.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()
                == by_migrations.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall())
    tables = [name for (name,) in db.execute("SELECT name FROM pragma_table_list WHERE type = 'table' "
                                             "AND schema = 'main' AND name NOT LIKE 'sqlite_%'")]
    counts = {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    assert counts == {t: by_migrations.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    salt = db.execute("SELECT value FROM settings WHERE key = 'privacy_salt'").fetchone()[0]
    assert len(json.loads(salt)) == 32        # made for this database, as m003 makes it
    assert salt != by_migrations.execute("SELECT value FROM settings WHERE key = 'privacy_salt'").fetchone()[0]
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    db.close()


def test_a_migration_the_script_lacks_makes_the_new_database_by_the_migrations(db_path):
    @migrations.MIGRATIONS(name="m999_test_only")
    def m999(db):
        db.execute("CREATE TABLE extra (x)")
    try:
        db = open_database(db_path)
        assert db.execute("SELECT name FROM _sqlite_migrations ORDER BY id DESC LIMIT 1").fetchone()[0] == "m999_test_only"
        assert db.execute("SELECT count(*) FROM extra").fetchone()[0] == 0
        db.close()
    finally:
        migrations.MIGRATIONS._migrations.pop()


def test_the_script_makes_a_database_that_later_migrations_upgrade(db_path):
    open_database(db_path).close()
    copy = Database(sqlite3.connect(db_path, isolation_level=None))
    assert [m.name for m in migrations.MIGRATIONS.pending(copy)] == []
    copy.close()
