"""Writing a file into a database that holds leads: stage every record, find the known ones in SQL, insert
the new ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leadinbox.store.database import Database

from leadinbox.core.rawjson import raw_row
from leadinbox.store.importing.bulk_indexes import drop_indexes, rebuild_indexes
from leadinbox.store.importing.fill import fill_known
from leadinbox.store.importing.result import ImportResult, Phase, checkpoint, write_records
from leadinbox.store.importing.sql import RECORD_COLS, link_offer_names, new_lead
from leadinbox.store import search_pending
from leadinbox.store.rollup import refresh_customers
from leadinbox.store.safety.suppression import suppress_staged
from leadinbox.store.people.overrides import has_table

if TYPE_CHECKING:      # an annotation only: the readers load when a file is opened
    from leadinbox.core.leadfile import LeadFile

KNOWN_IDS_KEPT = 50_000


def write_staged(db: Database, lead_file: LeadFile, batch_id: int, base: int, now: str, result: ImportResult,
                 progress, cancelled, *, search_later: bool = False) -> int:
    """Import the file's records; returns how many were staged (valid rows)."""
    staged = _stage(db, lead_file, base, result, progress, cancelled)

    def step(phase: Phase) -> None:
        checkpoint(lead_file, progress, cancelled, phase)

    step(Phase.DUPLICATES)
    result.suppressed_rows = suppress_staged(db, base)
    _apply(db, batch_id, base, now, result, step, search_later)
    return staged


def _stage(db: Database, lead_file: LeadFile, base: int, result: ImportResult, progress, cancelled) -> int:
    """Every record into temp.stage as row `n`, and its raw row into temp.stage_raw as lead `base + n`: the
    id the lead gets if it is new (leads are inserted as `base + stage id`); _apply copies the raw rows of
    the new leads into lead_raw. (Written straight to lead_raw and deleted again for the known ones, a
    re-import of a known 100k file wrote and deleted 100 MB of raw rows in the database.) A record whose id
    names a lead already known is never a new lead: its raw row is not even made (in a re-import of a
    known export, none is: 0.36 s of JSON and 0.2 s of temporary rows for 100k rows)."""
    db.execute("DROP TABLE IF EXISTS temp.stage")
    # Rows get ids 1, 2, ... in the order they are inserted: the stage id is the record's number n.
    db.execute("DROP TABLE IF EXISTS temp.stage_raw")
    db.execute("CREATE TEMP TABLE stage_raw (lead_id INTEGER PRIMARY KEY, raw TEXT NOT NULL)")
    db.execute(f"""CREATE TEMP TABLE stage (id INTEGER PRIMARY KEY, {", ".join(RECORD_COLS)},
                   created_day AS (substr(created_at, 1, 10)),
                   customer_id INTEGER, known_id INTEGER, dup INTEGER NOT NULL DEFAULT 0)""")
    # The customer a record's key names, and the lead its record id names, found as each row goes in (one
    # index lookup each): setting them after with UPDATE ... FROM rewrote every wide staged row twice (1.2 s
    # CPU of a 100k re-import on a loaded machine). Nothing written while the file is staged changes them.
    # ((source_system, external_id) names one lead at most: the import skips a record whose id is known.)
    # A record whose id names a known lead is that lead: nothing reads its customer (it is neither a new lead
    # nor matched by event), so the customer is looked up only for the others (0.15 s of a 100k re-import).
    p = {c: f"?{i + 1}" for i, c in enumerate(RECORD_COLS)}
    insert = (f"INSERT INTO temp.stage ({', '.join(RECORD_COLS)}, customer_id, known_id) "
              f"SELECT {', '.join(p.values())}, "
              f"CASE WHEN k.id IS NULL THEN (SELECT id FROM customers WHERE key = {p['customer_key']}) END, k.id "
              f"FROM (SELECT (SELECT id FROM leads WHERE source_system = {p['source_system']} "
              f"AND external_id = {p['external_id']}) AS id) AS k")
    insert_raw = "INSERT INTO temp.stage_raw (lead_id, raw) VALUES (?, ?)"
    unknown = "SELECT id FROM temp.stage WHERE id >= ? AND known_id IS NULL"
    executemany, execute = db.conn.executemany, db.conn.execute

    def write(first: int, chunk: list[tuple], rows: list) -> None:
        executemany(insert, chunk)
        executemany(insert_raw, [(base + n, raw_row(rows[n - first])) for (n,) in execute(unknown, (first,))])
    return write_records(lead_file, result, base, write, progress, cancelled)


def _apply(db: Database, batch_id: int, base: int, now: str, result: ImportResult, step, search_later: bool) -> None:
    def x(*args):          # every statement of this phase may be the one the user cancels before
        step(Phase.DUPLICATES)
        return db.execute(*args)

    # Offers seen with both id and name teach the name -> id link, so layouts that give only one agree.
    learnt = x("""INSERT OR IGNORE INTO offers (name_key, offer_id, name)
                  SELECT 'name:' || lower(offer_name), min(offer_id), offer_name FROM temp.stage
                  WHERE offer_id IS NOT NULL AND offer_name IS NOT NULL GROUP BY 1""").rowcount
    x("""UPDATE temp.stage SET offer_key = o.offer_id FROM offers AS o
         WHERE temp.stage.offer_key LIKE 'name:%' AND o.name_key = temp.stage.offer_key""")
    if learnt:
        link_offer_names(db)
    # Duplicates inside the file: the same record id, or the same event (who, what, which offer, when).
    x("""UPDATE temp.stage SET dup = 1 WHERE id IN (
           SELECT id FROM (SELECT id, row_number() OVER (
               PARTITION BY coalesce(external_id, customer_key || '|' || coalesce(action, '') || '|' || offer_key
                                     || '|' || coalesce(created_at, '')) ORDER BY id) AS n
           FROM temp.stage) WHERE n > 1)""")
    # A key the user gave a customer (an email they edited to, a customer merged in) joins them too (m013).
    if has_table(db, "customer_aliases"):
        x("""UPDATE temp.stage SET customer_id = a.customer_id FROM customer_aliases AS a
             WHERE temp.stage.customer_id IS NULL AND temp.stage.known_id IS NULL
               AND a.key = temp.stage.customer_key""")
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
    # Several rows (of this file, or of other files of the drop) can be one lead: the report counts leads.
    # The ids are kept for a file of up to KNOWN_IDS_KEPT known leads (a few MB); a bigger file keeps none
    # and the report counts its rows, so memory does not grow with the file (a 1M re-import: +60 MB).
    known = {row[0] for row in x("SELECT DISTINCT known_id FROM temp.stage WHERE known_id IS NOT NULL LIMIT ?",
                                 (KNOWN_IDS_KEPT + 1,))}
    if len(known) <= KNOWN_IDS_KEPT:
        result.known_lead_ids = known
    # Known leads take what they lacked from this file (a date, an offer name, an owner, ...).
    result.updated_leads = fill_known(db)
    result.new_customers = x(f"""INSERT INTO customers (key, created_batch)
        SELECT DISTINCT customer_key, ? FROM temp.stage WHERE customer_id IS NULL AND {new}""",
                             (batch_id,)).rowcount
    # Rebuilding an index after the bulk insert beats maintaining it row by row when the file brings at
    # least half as many leads (customers) as the database holds.
    new_leads = x(f"SELECT count(*) FROM temp.stage WHERE {new}").fetchone()[0]
    rebuild = new_leads * 2 >= x("SELECT count(*) FROM leads").fetchone()[0] and new_leads > 0
    rebuild_customers = result.new_customers * 2 >= x("SELECT count(*) FROM customers").fetchone()[0] - \
        result.new_customers and result.new_customers > 0
    lead_indexes = drop_indexes(db, "leads") if rebuild else {}
    columns, values = new_lead(lambda c: f"s.{c}", now=":now", batch=":batch")
    # Customers known before this file were found above; new ones by their key (one index lookup a row).
    result.new_leads = x(f"""
        INSERT INTO leads (id, customer_id, {columns})
        SELECT :base + s.id, coalesce(s.customer_id, c.id), {values}
        FROM temp.stage AS s LEFT JOIN customers AS c ON c.key = s.customer_key
        WHERE s.dup = 0 AND s.known_id IS NULL ORDER BY s.id""",
                         {"base": base, "batch": batch_id, "now": now}).rowcount
    x(f"""INSERT INTO lead_raw (lead_id, raw) SELECT r.lead_id, r.raw
          FROM temp.stage AS s JOIN temp.stage_raw AS r ON r.lead_id = ? + s.id WHERE {new} ORDER BY s.id""", (base,))
    x("DROP TABLE temp.stage_raw")
    rebuild_indexes(db, lead_indexes, lambda: step(Phase.DUPLICATES))
    step(Phase.CUSTOMERS)
    db.execute("DROP TABLE IF EXISTS temp.affected")
    db.execute("""CREATE TEMP TABLE affected AS SELECT customer_id AS id FROM leads WHERE id > ?
         UNION SELECT customer_id FROM leads WHERE id IN (SELECT id FROM temp.filled)""", (base,))
    customer_indexes = drop_indexes(db, "customers") if rebuild_customers else {}
    refresh_customers(db, search=False, check=lambda: step(Phase.CUSTOMERS))
    rebuild_indexes(db, customer_indexes, lambda: step(Phase.CUSTOMERS))
    step(Phase.SEARCH)
    search_pending.index(db, "temp.affected", later=search_later)
    db.execute("DROP TABLE temp.filled")
