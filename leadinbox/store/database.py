"""The database handle every store function takes: the part of sqlite-utils' Database LeadInbox uses."""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

# sqlite-utils brought 130 modules (click, pluggy, dateutil, its plugins' entry points) for these few
# methods: 35-45 ms of a 1k-row `leadinbox import` from the command line, whose goal is 0.2 s, and ~5 MB
# resident in the window. What is here behaves as sqlite-utils 4.2 does for these calls, on the same tables.


class Database:
    """A connection with execute, query and atomic; `conn` is the sqlite3 connection itself."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # As sqlite-utils sets it: a trigger's own writes fire triggers too (the search index's, cascades).
        self.conn.execute("PRAGMA recursive_triggers = on")

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def execute(self, sql: str, parameters: Sequence | dict | None = None) -> sqlite3.Cursor:
        was_in_transaction = self.conn.in_transaction
        try:
            return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        except Exception:
            # A failed statement that opened a transaction (legacy isolation) must not leave it open.
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def query(self, sql: str, params: Sequence | dict | None = None) -> Iterator[dict]:
        """Rows as dicts by column name."""
        cursor = self.execute(sql, params or ())
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row))

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; nested, a savepoint. Rolled back on any exception, which goes on."""
        if self.conn.in_transaction:
            savepoint = f"sqlite_utils_{secrets.token_hex(16)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # An error such as RAISE(ROLLBACK) can have ended the whole transaction, savepoints included.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


@dataclass
class Migration:
    name: str
    fn: Callable[[Database], None]
    transactional: bool = True


@dataclass
class Applied:
    name: str
    applied_at: str


class Migrations:
    """Named migrations applied once each, in order, recorded in _sqlite_migrations as sqlite-utils records
    them (the databases it migrated are read and migrated on by this)."""

    TABLE = "_sqlite_migrations"
    # sqlite-utils' statements, word for word: a new database's schema is the same whichever made it.
    CREATE = ('CREATE TABLE "_sqlite_migrations" (\n   "id" INTEGER PRIMARY KEY,\n   "migration_set" TEXT,\n'
              '   "name" TEXT,\n   "applied_at" TEXT\n)',
              'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n'
              '    ON "_sqlite_migrations" ("migration_set", "name")')

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self, *, name: str | None = None, transactional: bool = True) -> Callable:
        def register(fn):
            migration_name = name or fn.__name__
            if any(m.name == migration_name for m in self._migrations):
                raise ValueError(f"migration {migration_name!r} is already registered in {self.name!r}")
            self._migrations.append(Migration(migration_name, fn, transactional))
            return fn
        return register

    def applied(self, db: Database) -> list[Applied]:
        """The migrations applied to `db`, in the order they were."""
        if not self._recorded(db):
            return []
        rows = db.execute(f"SELECT name, applied_at FROM {self.TABLE} WHERE migration_set = ? ORDER BY rowid",
                          (self.name,))
        return [Applied(*row) for row in rows]

    def _recorded(self, db: Database) -> bool:
        return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                          (self.TABLE,)).fetchone() is not None

    def pending(self, db: Database) -> list[Migration]:
        done = {m.name for m in self.applied(db)}
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: Database, *, stop_before: str | None = None) -> None:
        """Every pending migration (up to `stop_before`, which must not be applied yet), each in a transaction
        with the record of it (unless not transactional)."""
        if stop_before is not None and stop_before in {m.name for m in self.applied(db)}:
            raise ValueError(f"cannot stop before migration {stop_before} in set '{self.name}' - already "
                             "been applied")
        if not self._recorded(db):
            for sql in self.CREATE:
                db.execute(sql)
        for migration in self.pending(db):
            if migration.name == stop_before:
                return
            if migration.transactional:
                with db.atomic():
                    migration.fn(db)
                    self.record(db, [migration.name])
            else:
                migration.fn(db)
                self.record(db, [migration.name])

    def record(self, db: Database, names: list[str]) -> None:
        applied_at = str(datetime.now(timezone.utc))      # as sqlite-utils writes it
        db.conn.executemany(f"INSERT INTO {self.TABLE} (migration_set, name, applied_at) VALUES (?, ?, ?)",
                            [(self.name, name, applied_at) for name in names])
