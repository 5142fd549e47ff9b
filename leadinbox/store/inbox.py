"""The inbox's queries: matching customers page by page, a customer's leads, counts and facets."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from leadinbox.store.database import Database

from leadinbox.core.query import SEARCH_MARK, InboxQuery
from leadinbox.store.offers import TAUGHT, name_of, with_names
from leadinbox.store.people import companies

CUSTOMER_COLUMNS = ("id", "full_name", "company", "country_code", "email", "phone", "job_title", "latest_at",
                    "lead_count", "actions", "top_intent", "is_test", "dnc", "missing", "open_leads", "next_due_at",
                    "next_due_kind", "status", "attempt_count", "last_attempt_at", "created_batch")
LEAD_COLUMNS = ("id", "customer_id", "batch_id", "created_at", "sort_at", "action", "source", "offer_id",
                "offer_name", "status", "description", "is_test", "missing", "first_response_due_at", "owner",
                "source_system", "row_no", "lead_source_raw", "next_due_at", "next_due_kind", "attempt_count",
                "last_attempt_at", "first_response_at", "qualification", "closed_at", "replied_at")
CUSTOMER_ORDER = {
    "urgency": "c.next_due_at IS NULL, c.next_due_at {dir}, c.latest_at DESC, c.id",
    "name": "c.full_name IS NULL, c.full_name COLLATE NOCASE {dir}, c.id",
    "company": "c.company IS NULL, c.company COLLATE NOCASE {dir}, c.id",
    "country": "c.country_code IS NULL, c.country_code {dir}, c.id",
    "latest": "c.latest_at {dir}, c.id",
    "leads": "c.lead_count {dir}, c.id",
    "status": "c.status {dir}, c.next_due_at IS NULL, c.next_due_at, c.id",
    "attempts": "c.attempt_count {dir}, c.last_attempt_at {dir}, c.id",
}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def lead_conditions(q: InboxQuery) -> tuple[list[str], list]:
    where, params = [], []
    if q.action:
        where.append("l.action = ?")
        params.append(q.action)
    if q.source:
        where.append("l.source = ?")
        params.append(q.source)
    if q.offer:
        where.append("l.offer_key = ?")
        params.append(q.offer)
    if q.date_from:
        where.append("l.sort_at >= ?")
        params.append(q.date_from)
    if q.date_to:
        where.append("l.sort_at < date(?, '+1 day')")
        params.append(q.date_to)
    if q.hide_test:
        where.append("NOT l.is_test")
    if q.owner is not None:      # '' is the app's user: leads without an owner are theirs
        where.append("l.owner IS NULL" if q.owner == "" else "l.owner = ?")
        params.extend([q.owner] if q.owner else [])
    return where, params


def fts_match(q: InboxQuery) -> str | None:
    """The search box as an FTS5 query: every word as a prefix, in any column. A search typed as a phone
    number also matches its digits in one piece as the start of one of the phone column's forms (m008):
    '020 123 4567' finds '0201234567', '+31 20 123' finds '31201234567', however the number was written."""
    words = " ".join(f'"{t}"*' for t in q.search_terms())
    digits = q.phone_digits()
    if digits is None:
        return words or None
    return f'(phone : "{SEARCH_MARK}{digits}"*) OR ({words})'


def customer_conditions(q: InboxQuery, now: datetime) -> tuple[str, list]:
    where, params = [], []
    match = fts_match(q)
    if match:
        where.append("c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)")
        params.append(match)
    if q.country:
        where.append("c.country_code = ?")
        params.append(q.country)
    if q.hide_test:
        where.append("NOT c.is_test")
    if q.hide_dnc and q.view != "dnc":
        where.append("NOT c.dnc")
    if q.tag:
        where.append("c.id IN (SELECT customer_id FROM tags WHERE tag = ?)")
        params.append(q.tag)
    if q.company:
        sql, values = companies.condition(q.company)
        where.append(sql)
        params.extend(values)
    # Do-not-contact customers are never due, nor waiting for a first reply: the window title's count,
    # these views and `leadinbox due` count the same customers (a DNC lead beside an open one included).
    view = {
        "needs_reply": ("c.status = 'new' AND NOT c.dnc", []),
        "due": ("c.next_due_at <= ? AND NOT c.dnc", [_iso(now)]),
        "due_today": ("c.next_due_at < ? AND NOT c.dnc",
                      [_iso((now + timedelta(days=1)).replace(hour=0, minute=0, second=0))]),
        "nurturing": ("c.status IN ('contacted', 'nurturing', 'qualified')", []),
        "closed": ("c.open_leads = 0 AND c.status IN ('won', 'lost', 'no_response')", []),
        "dnc": ("c.dnc", []),
    }.get(q.view)
    if view:
        where.append(view[0])
        params.extend(view[1])
    lead_where, lead_params = lead_conditions(q)
    if lead_where and _filters_leads(q):
        where.append(f"EXISTS (SELECT 1 FROM leads AS l WHERE l.customer_id = c.id AND {' AND '.join(lead_where)})")
        params.extend(lead_params)
    return (" WHERE " + " AND ".join(where)) if where else "", params


# A search matching at most this many customers sorts its matches; one matching more walks the customers in
# the inbox's order and keeps the matches, stopping after a page (perf-floors.md: sorting 178k matches of
# "j*" costs 0.2-0.5 s at a million leads, reading them in index order a few ms). Sorting costs about 37 VM
# steps a match, the walk about 8 a customer walked (200 / share of them), so with more customers sorting
# pays for more matches: up to about the square root of SORT_FACTOR times the customers (5,600 at 631,069
# customers: 'john smit' has 2,131 matches; walking 60,000 customers to find 200 of them took 467k steps,
# sorting them all 79k), never past SPARSE_MAX.
SPARSE_MATCHES = 2000
SPARSE_MAX = 6000
SORT_FACTOR = 50
# A search matching at least this share of the customers, and about this many of them, takes _walk_page.
WALK_SHARE = 0.1
WALK_MATCHES = 20_000
# A walk in the inbox's order looks at up to this many customers before it reads every match instead.
WALK_MAX = 65_536


def _access(db: Database, q: InboxQuery) -> tuple[str, float | None, list[int] | None]:
    """How to read customers for this query: by the urgency index, or not by any index (sort matches); for a
    search matching many customers, about what share of them it matches (for _walk_page); and for a search,
    the ids of its first matches (every match when they are few), which the page reads by id instead of asking
    the search index again: a prefix of four letters or more merges the lists of every word it starts, 5-25
    ms a statement at a million leads."""
    match = fts_match(q)
    if not match and q.view in ("needs_reply", "nurturing", "closed"):
        return " INDEXED BY customers_status", None, None  # SQLite has no per-status counts to choose it by itself
    if not match or q.sort != "urgency" or q.descending:
        return "", None, None
    everyone = db.execute("SELECT max(id) FROM customers").fetchone()[0] or 0
    sparse = min(max(SPARSE_MATCHES, math.isqrt(SORT_FACTOR * everyone)), SPARSE_MAX)
    # The first matches in id order: how many (up to one more than sparse) and how far into the ids they go.
    ids = [r[0] for r in db.execute("SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? ORDER BY rowid LIMIT ?",
                                    (match, sparse + 1))]
    if len(ids) <= sparse:
        return " NOT INDEXED", None, ids
    share = len(ids) / max(ids[-1], 1)      # ids are given in turn: about the share of all customers that match
    # Putting the matches in a temporary index costs about a microsecond each (0.1-0.4 s for 'example' at a
    # million leads); a walk about as much per candidate, and it looks at about 2 / share customers a match.
    walk = share >= WALK_SHARE and share * everyone > WALK_MATCHES
    return " INDEXED BY customers_urgency", share if walk else None, ids if walk else None


def customer_page(db: Database, q: InboxQuery, offset: int, limit: int, now: datetime | None = None) -> list[dict]:
    now = now or _now()
    order = CUSTOMER_ORDER.get(q.sort, CUSTOMER_ORDER["urgency"]).format(dir="DESC" if q.descending else "ASC")
    access, share, ids = _access(db, q)
    rows = _walk_page(db, q, now, order, offset, limit, share, ids) if share else None
    if rows is None:
        ids = ids if access == " NOT INDEXED" else None
        where, params = customer_conditions(q if ids is None else replace(q, search=""), now)
        if ids is not None:      # every match, found by _access
            where = f"{where} AND " if where else " WHERE "
            where += "c.id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(ids))
        sql = (f"SELECT {', '.join('c.' + c for c in CUSTOMER_COLUMNS)} FROM customers AS c{access}{where} "
               f"ORDER BY {order} LIMIT ? OFFSET ?")
        rows = db.execute(sql, [*params, limit, offset]).fetchall()
    return _with_offers(db, [dict(zip(CUSTOMER_COLUMNS, row)) for row in rows])


def _walk_page(db: Database, q: InboxQuery, now: datetime, order: str, offset: int, limit: int,
               share: float, first: list[int]) -> list[tuple] | None:
    """A page of a search that matches many customers (`share` of them, about), without reading every match:
    the first customers in the inbox's order that pass the other conditions are the candidates, and the search
    index is asked only for matches among their ids (a range, which FTS5 seeks to: ids come in import order,
    close to the urgency order). The matches among a prefix of that order are a prefix of all matches, so the
    page is exact once it is full or the candidates ran out; otherwise four times as many are tried, and past
    WALK_MAX None tells the caller to read every match. Before this, each page of 'example' (all customers)
    put every match in a temporary index first: 0.1-0.4 s at a million leads. `first` are the ids of the first
    matches (_access): every match up to the last of them, so only candidates past it are asked of the index."""
    where, params = customer_conditions(replace(q, search=""), now)
    known, bound, match = set(first), first[-1], fts_match(q)
    want = offset + limit
    size = max(4 * want, int(2 * want / share))
    while size <= WALK_MAX:
        ids = [r[0] for r in db.execute(f"SELECT c.id FROM customers AS c INDEXED BY customers_urgency{where} "
                                        f"ORDER BY {order} LIMIT ?", [*params, size])]
        if not ids:
            return []
        near = [i for i in ids if i in known]
        far = sorted(i for i in ids if i > bound)
        probed = probe_matches(db, match, far) if len(far) <= PROBE_MAX else None
        matches, values = ["SELECT value FROM json_each(?)"], [json.dumps(near + (probed or []))]
        if far and probed is None:
            ranges = id_ranges(far, _widest_gap(q, share, len(ids)))
            matches += ["SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? AND rowid BETWEEN ? AND ?"
                        ] * len(ranges)
            values += [v for lo, hi in ranges for v in (match, lo, hi)]
        rows = db.execute(
            f"SELECT {', '.join('c.' + c for c in CUSTOMER_COLUMNS)} FROM customers AS c WHERE c.id IN "
            f"(SELECT value FROM json_each(?)) AND c.id IN ({' UNION ALL '.join(matches)}) "
            f"ORDER BY {order} LIMIT ? OFFSET ?",
            [json.dumps(ids), *values, limit, offset]).fetchall()
        if len(rows) == limit or len(ids) < size:
            return rows
        size *= 4
    return None


# Up to this many of a walk's candidates past the first matches are asked of a search index of their own.
PROBE_MAX = 256
_PROBE = "search_probe"       # an in-memory database attached to the connection, holding that index


def probe_matches(db: Database, match: str, ids: list[int]) -> list[int] | None:
    """Which of `ids` (a few customers) `match` finds, asked of a search index holding only their indexed
    text, made like customer_fts (the same columns and tokenizer: the same answers), in memory (personal data
    never reaches a temporary file). Asking customer_fts itself merges the lists of every word a prefix of
    four letters or more starts, however few the ids: 20-180 ms a statement for 'exam' at a million leads,
    against 1-2 ms here. None when it cannot be made here (inside a transaction: SQLite attaches no database
    there): the caller asks customer_fts."""
    if not ids:
        return []
    if not any(row[1] == _PROBE for row in db.execute("PRAGMA database_list")):
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'customer_fts'").fetchone()
        made = "CREATE VIRTUAL TABLE customer_fts"
        if db.conn.in_transaction or not sql or not sql[0].startswith(made):
            return None
        db.execute(f"ATTACH ':memory:' AS {_PROBE}")
        db.execute(sql[0].replace(made, f"CREATE VIRTUAL TABLE {_PROBE}.words", 1))
    db.execute(f"DELETE FROM {_PROBE}.words")
    db.execute(f"INSERT INTO {_PROBE}.words (rowid, name, email, company, offers, notes, phone) "
               "SELECT rowid, name, email, company, offers, notes, phone FROM customer_fts "
               "WHERE rowid IN (SELECT value FROM json_each(?))", [json.dumps(ids)])
    found = [r[0] for r in db.execute(f"SELECT rowid FROM {_PROBE}.words WHERE words MATCH ?", [match])]
    db.execute(f"DELETE FROM {_PROBE}.words")
    return found


def _widest_gap(q: InboxQuery, share: float, candidates: int) -> int:
    """The widest gap between candidates' ids that one range of the search index may span in _walk_page. A
    range costs what it reads (about `share` of the ids it spans); each range is one more statement, which
    costs nothing more when every word typed has its own prefix index (up to three letters, m016) but merges
    the lists of every word the prefix starts when one does not (10-25 ms at a million leads for 'exam' or a
    phone number's first digits, worth reading about 100,000 ids for)."""
    digits = q.phone_digits()
    merges = any(len(t) > 3 for t in q.search_terms()) or (digits is not None and len(digits) > 2)
    return max(candidates, int(100_000 / share) if merges else 1024)


def id_ranges(ids: list[int], gap: int, most: int = 8) -> list[tuple[int, int]]:
    """Sorted ids as a few ranges (at most `most`), cut at the gaps wider than `gap`: the search index is read
    over these ranges only. One customer far from the rest in id (an old customer with a new lead) would
    otherwise stretch a single range over half the index: 1.4M steps for 'e' at a million leads, against 4k
    for the candidates' own range."""
    wide = sorted((i for i in range(1, len(ids)) if ids[i] - ids[i - 1] > gap),
                  key=lambda i: ids[i] - ids[i - 1], reverse=True)[:most - 1]
    bounds = [0, *sorted(wide), len(ids)]
    return [(ids[a], ids[b - 1]) for a, b in zip(bounds, bounds[1:])]


def _with_offers(db: Database, customers: list[dict]) -> list[dict]:
    """Each customer with `offers`: the names of the offers their leads touched, sorted. One query per page
    (the customers table keeps no such column, and a subquery per row would run for every row sorted)."""
    if not customers:
        return customers
    ids = [c["id"] for c in customers]
    names: dict[int, set[str]] = {}
    for customer_id, name in db.execute(
            f"SELECT DISTINCT customer_id, coalesce(offer_name, {TAUGHT.format(key='leads.offer_key')}, offer_id) "
            f"FROM leads "
            f"WHERE customer_id IN ({','.join('?' * len(ids))}) AND coalesce(offer_name, offer_id, '') != ''", ids):
        names.setdefault(customer_id, set()).add(name)
    for c in customers:
        c["offers"] = sorted(names.get(c["id"], ()), key=str.casefold)
    return customers


def count_matches(db: Database, q: InboxQuery, now: datetime | None = None) -> tuple[int, int]:
    """(customers, leads) that the query shows."""
    where, params = customer_conditions(q, now or _now())
    # A count reads most customers of a view anyway: one pass over the table beats an index walk with a
    # table lookup per customer (7.7 s against 0.15 s for Needs first reply at a million leads, cold cache).
    customers, leads = db.execute(
        f"SELECT count(*), coalesce(sum(c.lead_count), 0) FROM customers AS c NOT INDEXED{where}", params).fetchone()
    lead_where, lead_params = lead_conditions(q)
    join = f"FROM customers AS c JOIN leads AS l ON l.customer_id = c.id{where}{' AND ' if where else ' WHERE '}"
    # CROSS JOIN keeps SQLite on the few test leads first (it would otherwise walk a view's customers).
    test_join = (f"FROM leads AS l INDEXED BY leads_test CROSS JOIN customers AS c ON c.id = l.customer_id"
                 f"{where}{' AND ' if where else ' WHERE '}")
    if _filters_leads(q):
        leads = db.execute(f"SELECT count(*) {join}{' AND '.join(lead_where)}", [*params, *lead_params]).fetchone()[0]
    elif q.hide_test:
        # Only test leads to leave out: a few, found by their own small index, instead of joining every lead.
        leads -= db.execute(f"SELECT count(*) {test_join}l.is_test", params).fetchone()[0]
    return customers, leads


def _filters_leads(q: InboxQuery) -> bool:
    return any(x for x in (q.action, q.source, q.offer, q.date_from, q.date_to)) or q.owner is not None


def customer_leads(db: Database, customer_id: int, *, include_test: bool = True) -> list[dict]:
    """A customer's leads, newest first: their timeline."""
    sql = f"SELECT {', '.join(LEAD_COLUMNS)} FROM leads WHERE customer_id = ?"
    if not include_test:
        sql += " AND NOT is_test"
    cur = db.execute(sql + " ORDER BY sort_at DESC, id DESC", (customer_id,))
    return [dict(zip(LEAD_COLUMNS, row)) for row in cur]


def customer(db: Database, customer_id: int) -> dict | None:
    cols = CUSTOMER_COLUMNS + ("first_name", "last_name", "country_raw", "phone_e164", "city", "state", "first_seen",
                               "language", "owner")
    row = db.execute(f"SELECT {', '.join(cols)} FROM customers WHERE id = ?", (customer_id,)).fetchone()
    return _with_offers(db, [dict(zip(cols, row))])[0] if row else None


def batch_files(db: Database, batch_ids: set[int]) -> dict[int, str]:
    if not batch_ids:
        return {}
    marks = ",".join("?" * len(batch_ids))
    return dict(db.execute(f"SELECT id, file_name FROM batches WHERE id IN ({marks})", list(batch_ids)).fetchall())


# The distinct values of an indexed column, each found by one seek past the last (a loose index scan):
# a few dozen seeks instead of reading every row.
_DISTINCT = """WITH RECURSIVE v(k) AS (
    SELECT (SELECT min({col}) FROM {table}{first})
    UNION ALL SELECT (SELECT min({col}) FROM {table} WHERE {col} > v.k) FROM v WHERE v.k IS NOT NULL)
    SELECT k FROM v WHERE k IS NOT NULL"""


def facets(db: Database, *, hide_test: bool = True) -> dict[str, list[tuple[str, str]]]:
    """Values offered by the quick filters: (value, label) pairs. With `hide_test` (the inbox hides test
    leads), not the offers and countries only test leads have: picking one would show nothing."""
    test = " AND NOT is_test" if hide_test else ""
    offers = db.execute(with_names(f"""SELECT k.offer_key, coalesce({name_of('k.offer_key')}, k.offer_key)
                            FROM (SELECT DISTINCT offer_key FROM leads WHERE offer_key != ''{test}) AS k
                            ORDER BY 2 COLLATE NOCASE""")).fetchall()
    # The countries key to key in customers_country (m017) instead of grouping every customer.
    shown = " WHERE EXISTS (SELECT 1 FROM customers WHERE country_code = k AND is_test = 0)" if hide_test else ""
    codes = _DISTINCT.format(col="country_code", table="customers", first="")
    countries = db.execute(f"SELECT k, k FROM ({codes}){shown} ORDER BY k").fetchall()
    from leadinbox.store.team.state import membership
    member = membership(db)
    tags = [r[0] for r in db.execute("SELECT min(tag) FROM tags GROUP BY tag COLLATE NOCASE ORDER BY 1 COLLATE NOCASE")]
    # On a team, "Mine" is what this desk claimed (by its name) and "Unclaimed" what nobody has.
    return {"offers": offers, "countries": countries, "owners": owners(db), "desk": member.name if member else None,
            "tags": tags}


def total_customers(db: Database) -> int:
    return db.execute("SELECT count(*) FROM customers").fetchone()[0]


def has_customers(db: Database) -> bool:
    return db.execute("SELECT EXISTS (SELECT 1 FROM customers)").fetchone()[0] == 1


def due_now(db: Database, now: datetime | None = None) -> int:
    """Customers with a reply, attempt or call due now or overdue (test and DNC leads never are)."""
    return db.execute("SELECT count(*) FROM customers WHERE next_due_at <= ? AND NOT dnc",
                      (_iso(now or _now()),)).fetchone()[0]


def owners(db: Database) -> list[str]:
    """Owners named on leads (from files or assigned), for the assign dialog and the owner filter."""
    return [r[0] for r in db.execute(_DISTINCT.format(col="owner", table="leads", first=" WHERE owner IS NOT NULL") + " ORDER BY k")]
