"""A known lead seen again in a richer file: the fields it lacked (NULL) are filled from the file, in SQL."""

from __future__ import annotations

from leadinbox.store.database import Database

from leadinbox.core import cadence as c
from leadinbox.store.work.plan import _dt, _iso, replan
from leadinbox.store.rollup import OPEN_STATUSES, missing_sql
from leadinbox.store.work.rules import load_rules

# Imported columns a file can fill, by group: the first column of a group decides, the others come with it
# from the same row (phone_e164 is read from the phone, the country code from the country, first and last
# name split from or joined into the full name), so a lead never mixes one file's phone with another's.
# created_at brings created_day and sort_at (below).
GROUPS = (("created_at",), ("updated_at",), ("source",), ("lead_source_raw",), ("offer_id",), ("offer_name",),
          ("publisher",), ("email",), ("full_name", "first_name", "last_name"), ("phone", "phone_e164"),
          ("job_title",), ("company",), ("country_raw", "country_code"), ("city",), ("state",),
          ("description",), ("owner",), ("ext_status",), ("lead_type",), ("lead_quality",))
# A record id means something only in its own system (leads are matched on source_system + external_id):
# another layout's id is not written under this lead's system.
_SAME_SYSTEM = "l.source_system = s.source_system"
_GAINS = " OR ".join([f"(l.{g[0]} IS NULL AND s.{g[0]} IS NOT NULL)" for g in GROUPS]
                     + [f"(l.external_id IS NULL AND s.external_id IS NOT NULL AND {_SAME_SYSTEM})"])


def _sets() -> str:
    sets = [f"{col} = CASE WHEN leads.{g[0]} IS NULL THEN s.{col} ELSE leads.{col} END"
            for g in GROUPS for col in g]
    sets += [
        "created_day = CASE WHEN leads.created_at IS NULL THEN s.created_day ELSE leads.created_day END",
        "sort_at = CASE WHEN leads.created_at IS NULL AND s.created_at IS NOT NULL THEN s.created_at "
        "ELSE leads.sort_at END",
        "external_id = CASE WHEN leads.external_id IS NULL AND leads.source_system = s.source_system "
        "THEN s.external_id ELSE leads.external_id END",
        # The offer key follows the lead's offer as core/identity.offer_key does: the id once it has one.
        # (The staged key already reads names through the offers this database has learnt.)
        "offer_key = CASE WHEN leads.offer_key = '' THEN s.offer_key "
        "WHEN leads.offer_id IS NULL AND s.offer_id IS NOT NULL THEN lower(s.offer_id) "
        "ELSE leads.offer_key END",
    ]
    return ", ".join(sets)


def fill_known(db: Database) -> int:
    """Fill the known leads' gaps from the staged rows that matched them (temp.stage.known_id), never
    overwriting a value and never touching what the user did (status, attempts, notes, ...). A lead that
    gains its creation time gets the first-response due time and next due item a new lead of that time
    would have under the user's rules. Leaves the filled leads' ids in temp.filled (the caller rolls their
    customers up) and returns how many leads gained something."""
    x = db.execute
    x("DROP TABLE IF EXISTS temp.filled")
    # One row per lead, so its fields come from one event: the first in the file, one with a date first
    # when the lead has none. Only rows that bring something are looked at: a re-import writes nothing.
    x(f"""CREATE TEMP TABLE filled AS SELECT id, stage_id, dated FROM (
            SELECT l.id, s.id AS stage_id, l.created_at IS NULL AND s.created_at IS NOT NULL AS dated,
                   row_number() OVER (PARTITION BY l.id ORDER BY s.created_at IS NULL, s.id) AS n
            FROM temp.stage AS s JOIN leads AS l ON l.id = s.known_id
            WHERE {_GAINS}) WHERE n = 1""")
    count = x("SELECT count(*) FROM temp.filled").fetchone()[0]
    if not count:
        return 0
    x(f"""UPDATE leads SET {_sets()}
          FROM temp.filled AS f JOIN temp.stage AS s ON s.id = f.stage_id WHERE leads.id = f.id""")
    x(f"UPDATE leads SET missing = {missing_sql('')} WHERE id IN (SELECT id FROM temp.filled)")
    _new_clock(db)
    return count


def _new_clock(db: Database) -> None:
    """The first-response due time from the creation time just learnt, under the user's rules, as a new
    lead gets it (import_sql.new_lead and the importer's rules), for leads the clock runs on; then the
    next due item of the open ones, planned as every lead's is (attempts and calls the user logged count)."""
    rules = load_rules(db)
    rows = db.execute("""SELECT id, created_at, status FROM leads
                         WHERE id IN (SELECT id FROM temp.filled WHERE dated)
                           AND action IS NOT 'DNC' AND NOT is_test""").fetchall()
    db.conn.executemany("UPDATE leads SET first_response_due_at = ? WHERE id = ?",
                        [(_iso(c.first_response_due(_dt(created), rules)), i) for i, created, _ in rows])
    replan(db, [i for i, _, status in rows if status in OPEN_STATUSES], rules=rules, roll_up=False)
