"""Search entries written after an import committed: the customers still waiting for theirs, and the step that
writes them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from leadinbox.store.database import Database

from leadinbox.store import rollup
from leadinbox.store.people import overrides

# A file of at least this size has its search entries written after its import committed (when the caller asks
# for that): below it, the second step's own commit costs more than the wait it saves (a 1k-row file is 0.5 MB
# and indexes in 10 ms), and the search finds the leads at the moment they are shown.
LATER_BYTES = 4 * 1024**2
# Customers indexed per transaction. A million-lead import leaves some 600k: in one transaction that is 10-20 s
# in which nothing else can write (an edit in the window would wait, then say the database is busy); 25k
# take about half a second, and a quit in the middle loses only the step under way (it is done again).
STEP = 25_000


def has_table(db: Database) -> bool:
    """A database from m020 on (tests build older ones)."""
    return overrides.has_table(db, "search_pending")


def mark(db: Database, affected: str) -> None:
    """The customers listed in `affected` (a table with an `id` column) get their search entries later. A known
    customer keeps the entry they had meanwhile, and is found as before (by a name the file may just have
    changed: the list shows the new one); a removed customer's entry finds nobody (searches join customers)."""
    db.execute(f"INSERT OR IGNORE INTO search_pending (id) SELECT id FROM {affected}")


def index(db: Database, affected: str, *, later: bool) -> None:
    """An import's customers (`affected`) indexed for search now, in its transaction, or marked to be `later`
    (where the database has the table for it)."""
    if later and has_table(db):
        mark(db, affected)
    else:
        rollup.reindex(db, affected)


# SQLite's own: a commit that leaves more than this many pages in the write-ahead log copies them into the
# database file (store/db.py keeps it).
AUTOCHECKPOINT = 1000


def hold_checkpoint(db: Database) -> None:
    """An import whose search entries come after its commit: the commit leaves its pages in the write-ahead log
    (readers find them there) instead of copying 100-200 MB into the database file first (0.2-0.5 s of a 100k
    import); `finish` copies them once, after the search entries. A connection that never gets there copies
    them when it closes, or another's next commit does."""
    db.execute("PRAGMA wal_autocheckpoint = 0")


@contextmanager
def _writing(db: Database) -> Iterator[None]:
    """One step's transaction, with the write lock taken first: a transaction that reads (which customers are
    left) and then writes fails at once when another connection is writing (SQLite does not wait for a read
    to become a write); one that starts by taking the lock waits for it, as long as the busy timeout."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise


def count(db: Database) -> int:
    if not has_table(db):
        return 0
    return db.execute("SELECT count(*) FROM search_pending").fetchone()[0]


def finish(db: Database, progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> int:
    """Write the search entries still to be written, STEP customers a transaction (lowest ids first), until none
    is left or `cancelled()`; `progress(done, total)` after each step. Returns how many were written. A
    statement interrupted (the window closing) rolls back its step only: what is left stays to be done."""
    total = count(db)
    done = 0
    while done < total and not (cancelled and cancelled()):
        with _writing(db):
            db.execute("DROP TABLE IF EXISTS temp.search_step")
            db.execute("CREATE TEMP TABLE search_step AS SELECT id FROM search_pending ORDER BY id LIMIT ?", (STEP,))
            taken = db.execute("SELECT count(*) FROM temp.search_step").fetchone()[0]
            if not taken:
                break
            rollup.reindex(db, "temp.search_step")
            db.execute("DELETE FROM search_pending WHERE id IN (SELECT id FROM temp.search_step)")
            db.execute("DROP TABLE temp.search_step")
        done += taken
        if progress:
            progress(min(done, total), total)
    held = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    if held and not (cancelled and cancelled()):
        db.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT}")
        db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    return done
