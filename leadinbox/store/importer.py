"""Importing one lead file as one transaction: stage, deduplicate in SQL, insert, roll up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlite_utils import Database

from leadinbox.core.errors import FileRefused, RowProblem
from leadinbox.core.leadfile import LeadFile, file_sha256
from leadinbox.core.records import RECORD_FIELDS
from leadinbox.store.migrations import CUSTOMER_INDEXES, LEAD_INDEXES
from leadinbox.store.plan import apply_rules
from leadinbox.store.rules import load_rules
from leadinbox.store.rollup import refresh_customers
from leadinbox.store.suppression import suppress_staged

CHUNK = 2000
FIRST_RESPONSE_HOURS = 24
# Staged columns: the record's fields in RECORD_FIELDS order (`row` is called row_no in the tables).
_STAGE_COLS = tuple("row_no" if f == "row" else f for f in RECORD_FIELDS)
# Lead columns taken from the stage as they are (the customer and offer keys are not lead columns).
_LEAD_COLS = tuple(c for c in _STAGE_COLS if c not in ("customer_key", "offer_key")) + ("created_day", "offer_key")
# The raw row is not staged: it goes straight to lead_raw under the id its lead will get (see _stage).
Progress = Callable[[int], None]


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back."""


class _DryRun(Exception):
    pass


@dataclass
class ImportResult:
    """What one file did to the database, in the shape `import --json` prints."""

    file: str
    status: str = "imported"          # imported | refused | nothing to import
    error: str | None = None
    rows: int = 0
    new_leads: int = 0
    new_customers: int = 0
    known_leads: int = 0
    skipped_rows: list[RowProblem] = field(default_factory=list)
    batch_id: int | None = None
    layout: str | None = None
    suppressed_rows: int = 0          # rows of erased people, dropped (store/suppression.py)

    def as_dict(self) -> dict:
        return {"file": self.file, "status": self.status, "error": self.error, "rows": self.rows,
                "new_leads": self.new_leads, "new_customers": self.new_customers,
                "known_leads": self.known_leads, "skipped_rows": [p.as_dict() for p in self.skipped_rows],
                "suppressed_rows": self.suppressed_rows}


def _utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def import_lead_file(db: Database, lead_file: LeadFile, *, dry_run: bool = False,
                     progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                     now: str | None = None) -> ImportResult:
    """Import every row of `lead_file`; all or nothing. Raises FileRefused (nothing written) or
    ImportCancelled. Row-level problems are collected in the result and do not stop the file."""
    result = ImportResult(file=str(lead_file.path), layout=lead_file.layout)
    now = now or _utc_now()
    digest = file_sha256(lead_file.path)
    try:
        with db.atomic():
            batch_id = db.execute(
                "INSERT INTO batches (file_name, file_path, file_sha256, layout, imported_at) VALUES (?,?,?,?,?)",
                (lead_file.path.name, str(lead_file.path), digest, lead_file.layout, now)).lastrowid
            base = db.execute("SELECT coalesce(max(id), 0) FROM leads").fetchone()[0]
            deferred = db.execute("PRAGMA defer_foreign_keys").fetchone()[0]
            db.execute("PRAGMA defer_foreign_keys = ON")
            try:
                staged = _stage(db, lead_file, base, result, progress, cancelled)
                result.suppressed_rows = suppress_staged(db, base)
                _apply(db, batch_id, base, now, result)
                raws = db.execute("SELECT count(*) FROM lead_raw WHERE lead_id > ? AND lead_id <= ?",
                                  (base, base + staged)).fetchone()[0]
                if raws != result.new_leads:   # cannot happen; never let the deferral hide it
                    raise RuntimeError(f"{raws} raw rows for {result.new_leads} new leads")
            finally:
                # Every lead_raw row has its lead again, or the transaction (savepoint) is about to be
                # rolled back, which restores the count of pending violations: the setting can come back.
                db.execute(f"PRAGMA defer_foreign_keys = {int(deferred)}")
            if result.new_leads:
                _first_response_rules(db, batch_id)
            if result.rows == 0:
                result.status = "nothing to import"
            if result.new_leads == 0:
                db.execute("DELETE FROM batches WHERE id = ?", (batch_id,))  # nothing to undo
            else:
                result.batch_id = batch_id
                db.execute("""UPDATE batches SET rows = ?, new_leads = ?, new_customers = ?, known_leads = ?,
                              skipped_rows = ? WHERE id = ?""",
                           (result.rows, result.new_leads, result.new_customers, result.known_leads,
                            len(result.skipped_rows), batch_id))
            if dry_run:
                raise _DryRun
    except _DryRun:
        result.batch_id = None
    finally:
        db.execute("DROP TABLE IF EXISTS temp.stage")
        db.execute("DROP TABLE IF EXISTS temp.affected")
    return result


def _first_response_rules(db: Database, batch_id: int) -> None:
    """The SQL above gives new leads the default clock (24 hours, weekends count); other rules of the
    user's are applied to this batch's leads in Python (working hours cannot be done in SQL)."""
    rules = load_rules(db)
    if (rules.response_hours, rules.count_weekends) != (FIRST_RESPONSE_HOURS, True):
        apply_rules(db, rules, batch_id=batch_id)


def _stage(db: Database, lead_file: LeadFile, base: int, result: ImportResult, progress, cancelled) -> int:
    """Every record into temp.stage as row `n`, and its raw row into lead_raw as lead `base + n`: the id
    the lead gets if it is new (leads are inserted as `base + stage id`). The foreign key of lead_raw is
    deferred meanwhile; _apply deletes the raw rows of the leads that turn out to be known."""
    db.execute("DROP TABLE IF EXISTS temp.stage")
    # Rows get ids 1, 2, ... in the order they are inserted: the stage id is the record's number n.
    db.execute(f"""CREATE TEMP TABLE stage (id INTEGER PRIMARY KEY, {", ".join(_STAGE_COLS)},
                   created_day AS (substr(created_at, 1, 10)),
                   customer_id INTEGER, known_id INTEGER, dup INTEGER NOT NULL DEFAULT 0)""")
    insert = f"INSERT INTO temp.stage ({', '.join(_STAGE_COLS)}) VALUES ({', '.join('?' * len(_STAGE_COLS))})"
    insert_raw = "INSERT INTO lead_raw (lead_id, raw) VALUES (?, ?)"
    executemany = db.conn.executemany
    chunk: list[tuple] = []
    raws: list[tuple] = []
    n = 0
    for item in lead_file.record_values():
        if item.__class__ is RowProblem:
            result.skipped_rows.append(item)
            continue
        values, raw = item
        n += 1
        chunk.append(values)
        raws.append((base + n, raw))
        if len(chunk) >= CHUNK:
            executemany(insert, chunk)
            executemany(insert_raw, raws)
            chunk.clear()
            raws.clear()
            if progress:
                progress(lead_file.rows_read)
            if cancelled and cancelled():
                raise ImportCancelled
    if chunk:
        executemany(insert, chunk)
        executemany(insert_raw, raws)
    result.rows = lead_file.rows_read
    if progress:
        progress(lead_file.rows_read)
    if cancelled and cancelled():
        raise ImportCancelled
    return n


def _apply(db: Database, batch_id: int, base: int, now: str, result: ImportResult) -> None:
    x = db.execute
    # Offers seen with both id and name teach the name -> id link, so layouts that give only one agree.
    x("""INSERT OR IGNORE INTO offers (name_key, offer_id, name)
         SELECT 'name:' || lower(offer_name), min(offer_id), offer_name FROM temp.stage
         WHERE offer_id IS NOT NULL AND offer_name IS NOT NULL GROUP BY 1""")
    x("""UPDATE temp.stage SET offer_key = o.offer_id FROM offers AS o
         WHERE temp.stage.offer_key LIKE 'name:%' AND o.name_key = temp.stage.offer_key""")
    x("""UPDATE leads SET offer_key = o.offer_id FROM offers AS o
         WHERE leads.offer_key LIKE 'name:%' AND o.name_key = leads.offer_key""")
    # Duplicates inside the file: the same record id, or the same event (who, what, which offer, when).
    x("""UPDATE temp.stage SET dup = 1 WHERE id IN (
           SELECT id FROM (SELECT id, row_number() OVER (
               PARTITION BY coalesce(external_id, customer_key || '|' || coalesce(action, '') || '|' || offer_key
                                     || '|' || coalesce(created_at, '')) ORDER BY id) AS n
           FROM temp.stage) WHERE n > 1)""")
    x("UPDATE temp.stage SET customer_id = c.id FROM customers AS c WHERE c.key = temp.stage.customer_key")
    x("""UPDATE temp.stage SET known_id = l.id FROM leads AS l
         WHERE temp.stage.external_id IS NOT NULL AND l.external_id = temp.stage.external_id
           AND l.source_system = temp.stage.source_system""")
    # The same event from another layout (Partner Center export vs. Azure Table): same customer, action
    # and offer on the same day; a side without a date matches any day.
    x("""UPDATE temp.stage SET known_id = (
           SELECT l.id FROM leads AS l
           WHERE l.customer_id = temp.stage.customer_id AND l.action IS temp.stage.action
             AND (l.offer_key = temp.stage.offer_key OR l.offer_key = '' OR temp.stage.offer_key = ''
                  -- an id on one side, a name on the other, and no file has linked them yet
                  OR ((l.offer_key LIKE 'name:%') != (temp.stage.offer_key LIKE 'name:%')))
             AND (l.created_day = temp.stage.created_day OR l.created_day IS NULL OR temp.stage.created_day IS NULL)
             AND NOT (l.source_system = temp.stage.source_system AND l.external_id IS NOT NULL
                      AND temp.stage.external_id IS NOT NULL)
           LIMIT 1)
         WHERE known_id IS NULL AND dup = 0 AND customer_id IS NOT NULL""")
    new = "dup = 0 AND known_id IS NULL"
    result.known_leads = x(f"SELECT count(*) FROM temp.stage WHERE NOT ({new})").fetchone()[0]
    result.new_customers = x(f"""INSERT INTO customers (key, created_batch)
        SELECT DISTINCT customer_key, ? FROM temp.stage WHERE customer_id IS NULL AND {new}""",
                             (batch_id,)).rowcount
    # Rebuilding an index after the bulk insert beats maintaining it row by row when the file brings at
    # least half as many leads (customers) as the database holds: a first import, above all.
    new_leads = x(f"SELECT count(*) FROM temp.stage WHERE {new}").fetchone()[0]
    rebuild = new_leads * 2 >= x("SELECT count(*) FROM leads").fetchone()[0] and new_leads > 0
    rebuild_customers = result.new_customers * 2 >= x("SELECT count(*) FROM customers").fetchone()[0] - \
        result.new_customers and result.new_customers > 0
    if rebuild:
        for name in LEAD_INDEXES:
            x(f"DROP INDEX {name}")
    x(f"DELETE FROM lead_raw WHERE lead_id IN (SELECT ? + id FROM temp.stage WHERE NOT ({new}))", (base,))
    cols = ", ".join(_LEAD_COLS)
    scols = ", ".join(f"s.{c}" for c in _LEAD_COLS)
    due = f"strftime('%Y-%m-%dT%H:%M:%SZ', coalesce(s.created_at, :now), '+{FIRST_RESPONSE_HOURS} hours')"
    # Customers known before this file were found above; new ones by their key (one index lookup a row).
    result.new_leads = x(f"""
        INSERT INTO leads (id, customer_id, batch_id, received_at, sort_at, status, first_response_due_at,
                           next_due_at, next_due_kind, {cols})
        SELECT :base + s.id, coalesce(s.customer_id, c.id), :batch, :now, coalesce(s.created_at, :now),
               CASE WHEN s.action = 'DNC' THEN 'dnc' WHEN s.is_test THEN 'test' ELSE 'new' END,
               CASE WHEN s.action = 'DNC' OR s.is_test THEN NULL ELSE {due} END,
               CASE WHEN s.action = 'DNC' OR s.is_test THEN NULL ELSE {due} END,
               CASE WHEN s.action = 'DNC' OR s.is_test THEN NULL ELSE 'reply' END, {scols}
        FROM temp.stage AS s JOIN customers AS c ON c.key = s.customer_key
        WHERE s.dup = 0 AND s.known_id IS NULL ORDER BY s.id""",
                         {"base": base, "batch": batch_id, "now": now}).rowcount
    if rebuild:
        for sql in LEAD_INDEXES.values():
            x(sql)
    x("DROP TABLE IF EXISTS temp.affected")
    x("CREATE TEMP TABLE affected AS SELECT DISTINCT customer_id AS id FROM leads WHERE id > ?", (base,))
    if rebuild_customers:
        for name in CUSTOMER_INDEXES:
            x(f"DROP INDEX {name}")
    refresh_customers(db)
    if rebuild_customers:
        for sql in CUSTOMER_INDEXES.values():
            x(sql)


__all__ = ["FileRefused", "ImportCancelled", "ImportResult", "import_lead_file"]
