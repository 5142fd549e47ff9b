"""Opening the database: private file, WAL, migrations with a backup first, newer versions refused."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from leadinbox.store.database import Database

from leadinbox.paths import private_dir
from leadinbox.store import new_schema
from leadinbox.store.migrations import MIGRATIONS, first_rows

# "LEAD" as a 32-bit integer: tells a LeadInbox database from any other SQLite file.
BACKUP_OF = "backup_of"      #: settings key, in a backup only: the name of the database file it is a copy of
APPLICATION_ID = 0x4C454144


class StoreError(Exception):
    """A problem with the database file that the user must be told about."""


class DatabaseTooNew(StoreError):
    pass


class NotALeadInboxDatabase(StoreError):
    pass


class CannotWrite(StoreError):
    """The folder is read-only or the disk full: said plainly (store/failures.py), nothing written."""


class DatabaseMissing(StoreError):
    """The file is not there, and the caller must not start a new one."""


PAGE_SIZE = 16384           #: bytes, for a database LeadInbox makes
# How long a write waits for another writer (the window's import, a CLI import) before it says plainly that
# the database is busy (store/failures.BUSY). $LEADINBOX_BUSY_TIMEOUT_S sets it (the tests wait less).
BUSY_TIMEOUT_S = float(os.environ.get("LEADINBOX_BUSY_TIMEOUT_S") or 10.0)
WAL_KEPT_BYTES = 64 * 1024**2


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are opened explicitly (db.atomic())."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    # A big import's transaction grows the write-ahead log to its size (1.8 GB for a million leads); the file
    # would stay that big while any connection is open (the window). Cut back to this when the log starts over.
    conn.execute(f"PRAGMA journal_size_limit = {WAL_KEPT_BYTES}")
    return conn


def data_version(db: Database) -> int:
    """Changes when another connection (`leadinbox import`, `erase`, a thread of the app) commits; cheap."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def can_write(db: Database) -> bool:
    """Whether a write would reach the file (not read-only, not immutable, not opened read-only): one header
    write, rolled back, so nothing changes."""
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "read-only" in str(exc):
            return False
        raise
    return True


def open_database(path: Path | str, *, migrate: bool = True, create: bool = True) -> Database:
    """Open (creating if needed) and migrate the database at `path`. ':memory:' is allowed for tests. With
    `create=False` (the window's import and export threads) a missing file raises DatabaseMissing: a new
    empty database there would take work that belongs in the one the window has open."""
    from leadinbox.store.failures import explain
    if not create and str(path) != ":memory:" and not Path(path).exists():
        raise DatabaseMissing(f"the database file {path} is missing (deleted or moved while LeadInbox was open)")
    try:
        return _open(path, migrate)
    except (OSError, sqlite3.OperationalError) as exc:
        message = explain(exc, str(Path(path).parent), database=None if str(path) == ":memory:" else path)
        if message is None:
            raise
        raise CannotWrite(message) from exc


def _open(path: Path | str, migrate: bool) -> Database:
    memory = str(path) == ":memory:"
    if not memory:
        path = Path(path)
        private_dir(path.parent)
        if not path.exists():
            # Created 0600 before SQLite touches it; the -wal and -shm files inherit the mode.
            try:
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            except FileExistsError:
                pass           # another command made it a moment ago (two first imports at once)
    try:
        conn = connect(path)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.OperationalError:
        raise        # cannot open or read the file (permissions, a read-only folder): not a damaged database
    except sqlite3.DatabaseError as exc:
        raise NotALeadInboxDatabase(f"{path} is not a LeadInbox database ({exc})") from None
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and "_sqlite_migrations" not in tables):
        conn.close()
        raise NotALeadInboxDatabase(f"{path} is an SQLite database of another application")
    if not memory:
        if not tables:
            # A new file: 16 KiB pages (fixed once WAL is on). A 100k-row import takes 0.5 s less of 6.4 s
            # (perf-floors.md: fewer, fuller pages for the leads, raw rows and search index to write).
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")  # a commit the user has seen survives a power loss
    _without_plugins()
    db = Database(conn)
    if migrate:
        migrate_database(db, None if memory else Path(path))
        from leadinbox.store.safety import purge
        from leadinbox.store.safety.leftovers import remove_leftovers
        purge.retry_pending(db)       # an erase on a full disk left its index rewrite for now
        if not memory:
            # Copies a killed backup or write left (they may hold people erased since), then an erase that
            # was killed after its commit: finished in the backups now. A database made just now has no such
            # erase (its mark is in the database's settings): the erase module and the team's modules it
            # loads are spared a first `leadinbox import` (3-4 ms of 1k rows).
            remove_leftovers(Path(path).parent, Path(path).parent / "backups")
            if tables:
                from leadinbox.store.safety import erase
                erase.finish_pending(db, Path(path).parent / "backups")
    return db


def _without_plugins() -> None:
    """The first Database() of a process looks for sqlite-utils plugins in every installed package's entry
    points (importlib.metadata: 30-60 ms of a 1k-row import from the command line). LeadInbox uses none, and
    a plugin installed beside it should not change its connections: marked as looked for already."""
    from sqlite_utils import plugins
    plugins._plugins_loaded = True


def migrate_database(db: Database, path: Path | None) -> list[str]:
    applied = {m.name for m in MIGRATIONS.applied(db)}
    known = {m.name for m in MIGRATIONS._migrations}
    unknown = sorted(applied - known)
    if unknown:
        raise DatabaseTooNew(
            f"this database was written by a newer LeadInbox (it has migration {unknown[-1]}); "
            "please update LeadInbox to open it")
    pending = [m.name for m in MIGRATIONS.pending(db)]
    if pending and applied and path is not None:
        backup_database(db, path.parent / "backups", reason="before-" + pending[0])
    if applied or not pending:
        MIGRATIONS.apply(db)
    else:
        # A new database: the schema the migrations lead to (store/new_schema.py), or else every migration,
        # in one transaction: one sync to the disk instead of one per migration (a dozen fsyncs were most of
        # a 1k-row `leadinbox import` into a new file).
        with db.atomic():
            if new_schema.create(db, MIGRATIONS, pending):
                first_rows(db)
            else:
                MIGRATIONS.apply(db)
    if pending:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return pending


def _record_source(db: Database, copy: sqlite3.Connection) -> None:
    """Write into the copy which database file it is of (its name): the databases in one folder share one
    backups folder, and `leadinbox restore --newest` or a note about a missing file must not offer another
    one's backups. Copies made before this was recorded hold no name (store/backups.py reads them as
    unknown)."""
    main = next((row[2] for row in db.conn.execute("PRAGMA database_list") if row[1] == "main"), "")
    if not main:
        return                       # an in-memory database
    try:
        copy.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (BACKUP_OF, Path(main).name))
        copy.commit()
    except sqlite3.OperationalError:
        copy.rollback()              # a database from before the settings table (a copy before a migration)


def backup_database(db: Database, folder: Path, *, reason: str, now: datetime | None = None) -> Path:
    """A consistent copy through SQLite's backup API (never a file copy of a live database), written under a
    temporary name and renamed when whole, so a failed copy (disk full) never looks like a backup."""
    private_dir(folder)
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"leadinbox-{stamp}-{reason}.sqlite"
    partial = folder / f".{target.name}.partial"
    from leadinbox.store.safety.leftovers import partial_file
    with partial_file(partial):    # locked while written: a killed backup's copy is removed at the next open
        try:
            dest = sqlite3.connect(str(partial))
            try:
                db.conn.backup(dest)
                # A copy in rollback-journal mode is one self-contained file: it can be read without -wal/-shm.
                dest.execute("PRAGMA journal_mode = DELETE")
                _record_source(db, dest)
            finally:
                dest.close()
            os.replace(partial, target)
        except BaseException:
            for leftover in (partial, Path(f"{partial}-journal")):
                leftover.unlink(missing_ok=True)
            raise
    return target
