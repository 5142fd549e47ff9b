"""Customer roll-ups and the search index, recomputed for the customers an import or undo touched."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from leadinbox.store.database import Database

from leadinbox.core.leadsource import ACTIONS
from leadinbox.store.importing.result import was_interrupted
from leadinbox.store.people import overrides

# Contact fields taken from the newest lead; older leads fill the gaps.
CONTACT_FIELDS = ("email", "full_name", "first_name", "last_name", "phone", "phone_e164", "job_title",
                  "company", "country_code", "country_raw", "city", "state")
_FILLED = CONTACT_FIELDS[:10]

_FLAGS = ", ".join(f"coalesce(max(action = '{a}'), 0) AS f_{a.lower()}" for a in ACTIONS)
# Badge text, strongest intent first; unknown codes after the known ones.
_ACTIONS_TEXT = " || ".join(f"CASE WHEN a.f_{a.lower()} THEN '{a} ' ELSE '' END" for a in ACTIONS)
_TOP = "CASE " + " ".join(f"WHEN a.f_{a.lower()} THEN {rank}" for rank, a in enumerate(ACTIONS)) + " END"
_KNOWN = ", ".join(f"'{a}'" for a in ACTIONS)
# Lead statuses in the order the inbox ranks a customer by: the first one any of their leads has wins.
STATUS_RANK = ("new", "contacted", "nurturing", "qualified", "won", "lost", "no_response", "dnc", "test")
OPEN_STATUSES = ("new", "contacted", "nurturing", "qualified")
_OPEN = ", ".join(f"'{s}'" for s in OPEN_STATUSES)
_RANK = "CASE l2.status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUS_RANK)) + " ELSE 99 END"
_STATUS = "CASE a.rank " + " ".join(f"WHEN {i} THEN '{s}'" for i, s in enumerate(STATUS_RANK)) + " END"


def missing_sql(prefix: str) -> str:
    """What a customer (or lead) lacks ('email,phone' ...), from the contact columns under `prefix`: the
    format core/normalise gives a lead's `missing`."""
    return (f"nullif(rtrim(CASE WHEN {prefix}email IS NULL THEN 'email,' ELSE '' END "
            f"|| CASE WHEN {prefix}phone IS NULL THEN 'phone,' ELSE '' END "
            f"|| CASE WHEN {prefix}full_name IS NULL THEN 'name,' ELSE '' END "
            f"|| CASE WHEN {prefix}company IS NULL THEN 'company,' ELSE '' END, ','), '')")


def refresh_customers(db: Database, affected: str = "temp.affected", *, search: bool = True,
                      check: Callable[[], None] | None = None) -> None:
    """Recompute counts, badges, due times and contact details of the customers listed in `affected`
    (a table with an `id` column), drop customers left without leads, and re-index them for search.
    `check()` runs between the statements (an import's cancel check)."""
    check = check or (lambda: None)
    # One pass over the customers' leads: the counts and badges, and the newest lead (latest sort_at,
    # then highest id), whose contact details become the customer's. Its id is the last 12 digits of
    # the max() key (ids stay far below 10^12).
    sets = ", ".join(f"{f} = l.{f}" for f in CONTACT_FIELDS)
    db.execute(f"""
        UPDATE customers SET lead_count = a.n, first_seen = a.first_seen, latest_at = a.latest,
            is_test = a.all_test, dnc = max(a.f_dnc, a.s_dnc), open_leads = a.open_n, next_due_at = a.next_due,
            next_due_kind = (SELECT next_due_kind FROM leads WHERE customer_id = a.customer_id
                             AND next_due_at = a.next_due LIMIT 1),
            status = {_STATUS}, top_intent = {_TOP},
            actions = rtrim({_ACTIONS_TEXT} || coalesce(a.other || ' ', '')), {sets},
            missing = {missing_sql("l.")}
        FROM (SELECT customer_id, count(*) AS n, min(sort_at) AS first_seen, max(sort_at) AS latest,
                     min(is_test) AS all_test, {_FLAGS},
                     sum(l2.status IN ({_OPEN})) AS open_n, coalesce(max(l2.status = 'dnc'), 0) AS s_dnc, min({_RANK}) AS rank,
                     min(CASE WHEN l2.status IN ({_OPEN}) THEN l2.next_due_at END) AS next_due,
                     group_concat(DISTINCT CASE WHEN action NOT IN ({_KNOWN}) THEN action END) AS other,
                     max(sort_at || printf('%012d', id)) AS newest
              FROM leads AS l2 WHERE customer_id IN (SELECT id FROM {affected}) GROUP BY customer_id) AS a
        JOIN leads AS l ON l.id = CAST(substr(a.newest, -12) AS INTEGER)
        WHERE customers.id = a.customer_id""")
    # Gaps can only be filled from an older lead: look at the customers with more than one. Each missing
    # field from the newest lead that has it (coalesce reads those leads only where the field is missing);
    # then what the customer lacks, again.
    check()
    fills = ", ".join(f"""{f} = coalesce({f}, (SELECT {f} FROM leads WHERE customer_id = customers.id
                                               AND {f} IS NOT NULL ORDER BY sort_at DESC LIMIT 1))"""
                      for f in _FILLED)
    several = f"id IN (SELECT id FROM {affected}) AND lead_count > 1"
    db.execute(f"UPDATE customers SET {fills} WHERE {several} AND ({' OR '.join(f'{f} IS NULL' for f in _FILLED)})")
    check()
    db.execute(f"UPDATE customers SET missing = {missing_sql('')} WHERE {several}")
    check()
    db.execute(f"""
        UPDATE customers SET
            attempt_count = (SELECT count(*) FROM attempts WHERE customer_id = customers.id
                             AND direction = 'out'),            -- a customer's reply is no attempt (m007)
            last_attempt_at = (SELECT max(at) FROM attempts WHERE customer_id = customers.id
                               AND direction = 'out')
        WHERE id IN (SELECT id FROM {affected})
          AND (attempt_count > 0 OR id IN (SELECT customer_id FROM attempts))""")
    check()
    db.execute(f"""DELETE FROM customers WHERE id IN (SELECT id FROM {affected})
                   AND NOT EXISTS (SELECT 1 FROM leads WHERE customer_id = customers.id)""")
    check()
    overrides.apply_edits(db, affected, missing_sql(""))   # what the user edited wins over the files
    if search:      # follow-up changes (status, attempts, due times) change nothing the search reads
        reindex(db, affected)


# FTS5 writes its pending terms out as a new segment (and merges segments) each time they pass
# 'hashsize' bytes, 1 MiB by default. 16 MiB while a batch is indexed halves the time of indexing 60k
# customers (with their notes). Merging segments while the batch is written ('automerge', and
# 'crisismerge' once 16 segments pile up) costs more the larger the index: a million leads index in
# 11 s instead of 20 s without it, searches answer as fast, and later writes merge as they go. The index
# answers the same either way; the defaults are put back afterwards.
FTS_BATCH = {"hashsize": 16 * 1024**2, "automerge": 0, "crisismerge": 64}
FTS_DEFAULTS = {"hashsize": 1024**2, "automerge": 4, "crisismerge": 16}


def _fts_config(db: Database, values: dict[str, int]) -> None:
    for name, value in values.items():
        try:
            db.execute("INSERT INTO customer_fts (customer_fts, rank) VALUES (?, ?)", (name, value))
        except sqlite3.OperationalError as exc:   # an SQLite whose FTS5 lacks the option: only slower
            if was_interrupted(exc):
                raise


def reindex(db: Database, affected: str) -> None:
    db.execute(f"DELETE FROM customer_fts WHERE rowid IN (SELECT id FROM {affected})")
    _fts_config(db, FTS_BATCH)
    _phone_function(db)
    db.execute(f"""
        INSERT INTO customer_fts (rowid, name, email, company, offers, notes, phone)
        SELECT c.id, c.full_name, c.email, c.company, t.offers,
               coalesce(t.notes || ' ', '') || coalesce((SELECT group_concat(text, ' ') FROM notes
                                                        WHERE customer_id = c.id), ''),
               phone_search_text(c.phone, c.phone_e164)
        FROM customers AS c JOIN (
            SELECT customer_id, group_concat(DISTINCT coalesce(offer_name, offer_id)) AS offers,
                   group_concat(description, ' ') AS notes
            FROM leads WHERE customer_id IN (SELECT id FROM {affected}) GROUP BY customer_id) AS t
          ON t.customer_id = c.id""")
    _fts_config(db, FTS_DEFAULTS)


def _phone_function(db: Database) -> None:
    """The phone column holds the number in the forms people type it (core/phones.search_text, m008): a
    function of the connection, defined once (SQLite refuses to redefine one while a statement is open)."""
    try:
        db.execute("SELECT phone_search_text(NULL, NULL)").fetchone()
    except sqlite3.OperationalError as exc:
        if was_interrupted(exc):
            raise
        from leadinbox.core import phones      # phonenumbers' metadata: loaded when an index is written
        db.conn.create_function("phone_search_text", 2, phones.search_text, deterministic=True)
