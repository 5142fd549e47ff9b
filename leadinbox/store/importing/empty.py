"""Writing a file into a database without leads (a first import): each lead goes straight to its table as
it is read; there is nothing known to look for, only duplicates inside the file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leadinbox.store.database import Database

from leadinbox.core.rawjson import raw_row
from leadinbox.store.importing.bulk_indexes import drop_indexes, rebuild_indexes
from leadinbox.store.importing.result import ImportResult, Phase, checkpoint, write_records
from leadinbox.store.importing.sql import RECORD_COLS, link_offer_names, new_lead
from leadinbox.store import search_pending
from leadinbox.store.rollup import refresh_customers

if TYPE_CHECKING:      # an annotation only: the readers load when a file is opened
    from leadinbox.core.leadfile import LeadFile

_KEY = RECORD_COLS.index("customer_key")


def write_into_empty(db: Database, lead_file: LeadFile, batch_id: int, base: int, now: str,
                     result: ImportResult, progress, cancelled, *, search_later: bool = False) -> int:
    """Import the file's records into a database that has no leads and no customers; returns how many
    records were valid. Lead n gets id `base + n`, as the staged way gives it."""
    lead_indexes = drop_indexes(db, "leads")
    customer_indexes = drop_indexes(db, "customers")
    n = _insert(db, lead_file, batch_id, base, now, result, progress, cancelled)

    def step(phase: Phase) -> None:
        checkpoint(lead_file, progress, cancelled, phase)

    step(Phase.DUPLICATES)
    _drop_duplicates(db, base, result, n, step)
    rebuild_indexes(db, lead_indexes, lambda: step(Phase.DUPLICATES))
    step(Phase.CUSTOMERS)
    db.execute("DROP TABLE IF EXISTS temp.affected")
    db.execute("CREATE TEMP TABLE affected AS SELECT DISTINCT customer_id AS id FROM leads WHERE id > ?", (base,))
    step(Phase.CUSTOMERS)
    refresh_customers(db, search=False, check=lambda: step(Phase.CUSTOMERS))
    rebuild_indexes(db, customer_indexes, lambda: step(Phase.CUSTOMERS))
    step(Phase.SEARCH)
    search_pending.index(db, "temp.affected", later=search_later)
    return n


def _insert(db: Database, lead_file: LeadFile, batch_id: int, base: int, now: str, result: ImportResult,
            progress, cancelled) -> int:
    # A customer is added the first time one of their leads comes (ids in order of first appearance, as
    # the staged way adds them) and found by its key for each lead.
    columns, values = new_lead(lambda c: f"?{RECORD_COLS.index(c) + 1}", now="'" + now.replace("'", "''") + "'",
                               batch=str(int(batch_id)))
    last = len(RECORD_COLS) + 1
    insert_lead = (f"INSERT INTO leads (id, customer_id, {columns}) VALUES "
                   f"(?{last}, (SELECT id FROM customers WHERE key = ?{_KEY + 1}), {values})")
    insert_customer = f"INSERT OR IGNORE INTO customers (key, created_batch) VALUES (?, {int(batch_id)})"
    insert_raw = "INSERT INTO lead_raw (lead_id, raw) VALUES (?, ?)"
    executemany = db.conn.executemany

    def write(first: int, chunk: list[tuple], rows: list) -> None:
        executemany(insert_customer, _new_keys(chunk))
        executemany(insert_lead, chunk)
        executemany(insert_raw, zip(range(base + first, base + first + len(rows)), map(raw_row, rows)))
    return write_records(lead_file, result, base, write, progress, cancelled, numbered=True)


def _new_keys(chunk: list[tuple]) -> list[tuple[str]]:
    """The chunk's customer keys, each once, in order of first appearance."""
    return [(key,) for key in dict.fromkeys(row[_KEY] for row in chunk)]


def _drop_duplicates(db: Database, base: int, result: ImportResult, n: int, step) -> None:
    """Offers learnt from the file, then the leads that repeat an earlier one of the file (the same record
    id, or the same event: who, what, which offer, when) removed again, as the staged way skips them."""
    x = db.execute
    x("""INSERT OR IGNORE INTO offers (name_key, offer_id, name)
         SELECT 'name:' || lower(offer_name), min(offer_id), offer_name FROM leads
         WHERE id > ? AND offer_id IS NOT NULL AND offer_name IS NOT NULL GROUP BY 1""", (base,))
    step(Phase.DUPLICATES)
    link_offer_names(db)
    step(Phase.DUPLICATES)
    x("DROP TABLE IF EXISTS temp.duplicates")
    x("""CREATE TEMP TABLE duplicates AS SELECT id FROM (
           SELECT l.id, row_number() OVER (
               PARTITION BY coalesce(l.external_id, c.key || '|' || coalesce(l.action, '') || '|' || l.offer_key
                                     || '|' || coalesce(l.created_at, '')) ORDER BY l.id) AS n
           FROM leads AS l JOIN customers AS c ON c.id = l.customer_id WHERE l.id > ?) WHERE n > 1""", (base,))
    step(Phase.DUPLICATES)
    x("DELETE FROM lead_raw WHERE lead_id IN (SELECT id FROM temp.duplicates)")
    result.known_leads = x("DELETE FROM leads WHERE id IN (SELECT id FROM temp.duplicates)").rowcount
    x("DROP TABLE temp.duplicates")
    result.new_leads = n - result.known_leads
    if result.known_leads:
        _renumber_customers(db, base)
    result.new_customers = x("SELECT count(*) FROM customers").fetchone()[0]


def _renumber_customers(db: Database, base: int) -> None:
    """A removed duplicate may have been a customer's first lead, or their only one. The staged way adds
    a customer only for a lead it keeps, numbered by their first kept lead: give the customers those
    numbers (ids count from 1 in a database without customers), and drop the ones left without leads."""
    x = db.execute
    x("DROP TABLE IF EXISTS temp.renumber")
    x("""CREATE TEMP TABLE renumber AS SELECT old, new FROM (
           SELECT customer_id AS old, row_number() OVER (ORDER BY min(id)) AS new
           FROM leads WHERE id > ? GROUP BY customer_id) WHERE old != new""", (base,))
    x("DELETE FROM customers WHERE id NOT IN (SELECT DISTINCT customer_id FROM leads WHERE id > ?)", (base,))
    if x("SELECT count(*) FROM temp.renumber").fetchone()[0]:
        # Through negative ids, so no two customers ever hold the same one.
        x("UPDATE customers SET id = -r.new FROM temp.renumber AS r WHERE customers.id = r.old")
        x("UPDATE customers SET id = -id WHERE id < 0")
        x("UPDATE leads SET customer_id = r.new FROM temp.renumber AS r WHERE leads.customer_id = r.old")
    x("DROP TABLE temp.renumber")
