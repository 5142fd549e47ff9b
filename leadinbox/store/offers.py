"""What an offer is called: the name most of its leads give (ties: the newest), so one row that pairs an id
with another offer's name never renames the offer; leads that know their offer only by id take that name."""

from __future__ import annotations

import weakref
from collections.abc import Iterable

from leadinbox.store.database import Database

# The order of an offer's names, grouped by name over its leads: the one most of them give first (ties: the
# newest, then by name). OFFER_NAMES and _most_used both rank by it.
_MOST_USED = "count(*) DESC, max(sort_at) DESC, offer_name"
# offer_key -> name, over every lead: a CTE body for the queries that group by offer (filter, reports,
# exports). One pass over the leads; the result holds one row per offer.
OFFER_NAMES = f"""SELECT offer_key, offer_name AS name FROM (
    SELECT offer_key, offer_name, row_number() OVER (PARTITION BY offer_key ORDER BY {_MOST_USED}) AS n
    FROM leads WHERE offer_key != '' AND offer_name IS NOT NULL GROUP BY offer_key, offer_name) WHERE n = 1"""


def with_names(sql: str) -> str:
    """`sql` with the `offer_names` CTE in front of it."""
    return f"WITH offer_names AS MATERIALIZED ({OFFER_NAMES}) {sql}"


def name_of(column: str = "l.offer_key") -> str:
    """SQL: the offer's name for the lead (inside a with_names query)."""
    return f"(SELECT name FROM offer_names WHERE offer_names.offer_key = {column})"


# For a page of leads (no pass over every lead): a name some file taught the id (table offers).
TAUGHT = "(SELECT name FROM offers WHERE offers.offer_id = {key} LIMIT 1)"


def names_of_ids(db: Database, keys: Iterable[str]) -> dict[str, str]:
    """The names of offers known here by id only (their offer_key), where a file named them: the one name
    taught for the id (table offers, no pass over the leads), or, for an id taught several, the name most of
    its leads give (ties: the newest), as OFFER_NAMES says."""
    keys = sorted({k for k in keys if k and not k.startswith("name:")})
    if not keys:
        return {}
    taught: dict[str, set[str]] = {}
    for key, name in db.execute(f"SELECT offer_id, name FROM offers WHERE offer_id IN ({','.join('?' * len(keys))})"
                                " AND name IS NOT NULL", keys):
        taught.setdefault(key, set()).add(name)
    names = {key: next(iter(found)) for key, found in taught.items() if len(found) == 1}
    for key in (k for k, found in taught.items() if len(found) > 1):      # rare: an offer renamed
        name = _most_used(db, key)
        if name:
            names[key] = name
    return names


# The name most leads give an id, per open database, until it changes: counting is a pass over every lead
# (0.25 s at a million, 1 s cold), and the detail pane asks again on every selection.
_COUNTED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _most_used(db: Database, key: str) -> str | None:
    # data_version moves when another connection commits (an import), total_changes when this one writes.
    from leadinbox.store.db import data_version
    version = (data_version(db), db.conn.total_changes)
    known = _COUNTED.setdefault(db, {})
    if key in known and known[key][0] == version:
        return known[key][1]
    row = db.execute(f"""SELECT offer_name FROM leads WHERE offer_key = ? AND offer_name IS NOT NULL
                         GROUP BY offer_name ORDER BY {_MOST_USED} LIMIT 1""", (key,)).fetchone()
    known[key] = (version, row[0] if row else None)
    return known[key][1]


def name_unnamed(db: Database, rows: list[dict]) -> list[dict]:
    """`rows` (leads, or events of leads) with `offer_name` filled in where the lead's file gave only the
    offer's id and another file named it (names_of_ids); the rows are changed in place."""
    unnamed = [r for r in rows if not r["offer_name"] and r["offer_id"]]
    names = names_of_ids(db, (r["offer_id"].lower() for r in unnamed))
    for r in unnamed:
        r["offer_name"] = names.get(r["offer_id"].lower())
    return rows
