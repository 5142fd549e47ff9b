"""One customer per person: a customer known only by name and company (no email) joins the one customer with
an email who has that name and company, whichever came first; undoing the import that joined them splits
them back exactly (batch_merges, m014)."""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_left
from functools import lru_cache

from leadinbox.store.database import Database

from leadinbox.core.errors import RowProblem
from leadinbox.core.identity import customer_key, name_key
from leadinbox.core.names import company_key, company_key_bound, person_key
from leadinbox.core.text import fold
from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.store import search_pending
from leadinbox.store.rollup import refresh_customers

# Rows that belong to a customer and move with them: (table, the column that names a row).
OWNED = (("leads", "id"), ("attempts", "id"), ("notes", "id"), ("appointments", "id"), ("customer_edits", "id"),
         ("mail_links", "rowid"))
_WORDS = re.compile(r"\w+")
# Keys of customers with an email ('e:…') and without one ('n:…'), as ranges the unique index on key reads.
_EMAIL = "key >= 'e:' AND key < 'e;'"
_NAME_ONLY = "key >= 'n:' AND key < 'n;'"


def _has(db: Database, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None


def join_by_name(db: Database, batch_id: int, warnings: list[RowProblem]) -> int:
    """Inside the import's transaction, after its customers were rolled up (temp.affected lists the customers it
    touched), indexed for search or marked to be (store/search_pending.py). Returns how many customers were
    joined into another; adds a warning for each join, and for each name that matches several customers with an
    email (kept apart)."""
    if not (_has(db, "customer_aliases") and _has(db, "batch_merges")):
        return 0                      # a database from before m013/m014 (tests build such)
    # The customers this import touched, sorted in an array: a first import of a million leads touches 630k,
    # which as a set of ints held some 50 MB of the import's peak memory; as an array 5 MB.
    touched = _Ids(i for (i,) in db.execute("SELECT id FROM temp.affected ORDER BY id"))
    # A name-only customer this import did not touch can only meet a customer with an email it brought.
    new_email = db.execute(f"SELECT 1 FROM customers WHERE id IN (SELECT id FROM temp.affected) AND {_EMAIL} "
                           "LIMIT 1").fetchone() is not None
    scope = "" if new_email else "AND id IN (SELECT id FROM temp.affected)"
    probes = db.execute(f"SELECT id, key, full_name, company FROM customers WHERE {_NAME_ONLY} {scope}").fetchall()
    if not probes:
        return 0
    wanted = {key for _, key, _, _ in probes}
    # Who has each wanted name key among the customers with an email: by one pass over all of them when many
    # names are asked, else over those the search index does not hold yet (this import's, when it writes their
    # entries after its commit) and the index for the others.
    everyone = len(wanted) >= _count(db, _EMAIL) * PASS_SHARE
    unindexed = search_pending.has_table(db)
    if everyone:
        by_key = _email_name_ids(db, wanted, "customers")
    elif unindexed:
        by_key = _email_name_ids(db, wanted, "search_pending AS p CROSS JOIN customers ON customers.id = p.id")
    else:
        by_key = {}
    # Found by their key, they must also have the words asked of the index (names that differ only in a space
    # or a hyphen have one key: "Mary-Ann Lee" and "Maryann Lee"), in an index of their own: what is joined
    # does not depend on the way they were found.
    words = _Words(db, by_key)
    # The index is asked for a name-only customer this import did not touch only when some customer it touched
    # is in the index (not when all of them wait for their entries).
    touched_indexed = not unindexed or db.execute(
        "SELECT 1 FROM temp.affected WHERE id NOT IN (SELECT id FROM search_pending) LIMIT 1").fetchone() is not None
    pairs: list[tuple[int, int]] = []
    for other, key, name, company in probes:
        mine = other in touched
        query = _words_query(name, company)
        if query is None:
            continue
        found = words.matching(query, [i for i in by_key.get(key, ()) if mine or i in touched])
        if not everyone and (mine or touched_indexed):
            found += _indexed_matches(db, key, query, unindexed, touched_only=not mine)
        found.sort()
        if len(found) == 1:
            pairs.append((other, found[0]))
            warnings.append(_warning(db, batch_id, other, found[0], QT_TRANSLATE_NOOP(
                "CoreMessages", "“{name}” ({company}) had no email: joined to the one customer with an email "
                "and that name and company"), name, company))
        elif len(found) > 1 and (mine or any(i in touched for i in found)):
            warnings.append(_warning(db, batch_id, other, found[0], QT_TRANSLATE_NOOP(
                "CoreMessages", "“{name}” ({company}) has no email, and {count} customers with an email have "
                "that name and company: kept as a customer of its own"), name, company, count=len(found)))
    db.execute("DROP TABLE IF EXISTS temp.join_words")
    if pairs:
        _join(db, batch_id, pairs)
    return len(pairs)


def _count(db: Database, where: str) -> int:
    return db.execute(f"SELECT count(*) FROM customers WHERE {where}").fetchone()[0]


def _words_query(name: str | None, company: str | None) -> str | None:
    """What the search index is asked for a name-only customer: every word of the name, and of the company the
    words its key keeps (a legal form such as "Ltd" or "B.V." it drops). None for a name without words."""
    words = _WORDS.findall(name or "")
    if not words:
        return None
    query = "name : (" + " AND ".join(_phrase(w) for w in words) + ")"
    kept = company_key(company) or ""
    brand = [w for w in _WORDS.findall(company or "") if fold(w) in kept]
    if brand:
        query += " AND company : (" + " AND ".join(_phrase(w) for w in brand) + ")"
    return query


class _Words:
    """The names and companies of customers found by their key, in a search index of their own made like
    customer_fts (the same tokenizer: the same answers), asked whether they have a name-only customer's words.
    Temporary, inside the import's transaction; a few thousand customers at most (those with a wanted key)."""

    def __init__(self, db: Database, by_key: dict[str, list[int]]) -> None:
        self.db = db
        ids = sorted({i for found in by_key.values() for i in found})
        if not ids:
            return
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'customer_fts'").fetchone()[0]
        db.execute("DROP TABLE IF EXISTS temp.join_words")
        db.execute(sql.replace("CREATE VIRTUAL TABLE customer_fts", "CREATE VIRTUAL TABLE temp.join_words", 1))
        db.execute("INSERT INTO temp.join_words (rowid, name, company) SELECT id, full_name, company FROM customers "
                   "WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)])

    def matching(self, query: str, ids: list[int]) -> list[int]:
        if not ids:
            return []
        return [r[0] for r in self.db.execute(
            "SELECT rowid FROM temp.join_words WHERE join_words MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
            [query, json.dumps(ids)])]


def _indexed_matches(db: Database, key: str, query: str, unindexed: bool, *, touched_only: bool) -> list[int]:
    """The customers with an email and the name key `key` whose search entries are written (not pending), of
    those this import touched only with `touched_only`: found through the index by `query` (_words_query),
    then checked by their key."""
    pending = "AND c.id NOT IN (SELECT id FROM search_pending)" if unindexed else ""
    if touched_only:
        pending += " AND c.id IN (SELECT id FROM temp.affected)"
    return [cid for cid, cname, ccompany in db.execute(
        f"""SELECT c.id, c.full_name, c.company FROM customer_fts AS f CROSS JOIN customers AS c ON c.id = f.rowid
            WHERE customer_fts MATCH ? AND c.{_EMAIL} {pending}""", (query,)).fetchall()
        if _name_key(cname, ccompany) == key]


# Above this many name-only customers per customer with an email, one pass over the customers with an email
# finds who has each name, and the search index is not asked. Each question merges the index's lists of the
# name's words: 0.2 ms at 100k leads, 3.5 ms at a million, where a first import asked 18,711 of them (66 s of
# 175).
PASS_SHARE = 1 / 50


def _email_name_ids(db: Database, wanted: set[str], source: str) -> dict[str, list[int]]:
    """The customers with an email in `source` (customers, or a join that names them `customers`) whose name
    and company give one of the keys in `wanted`, by key."""
    # Memos of a few thousand: names and companies that repeat are folded once. 65,536 each held 27 MB of a
    # million-row import's peak for no time gained (4.9 s either way at 612k customers with an email).
    person, firm = lru_cache(maxsize=8192)(person_key), lru_cache(maxsize=8192)(company_key)
    # The wanted keys ('n:<person>|<company>') by their person part (a name's fold may itself hold a '|', so
    # every split): most customers' names are in none, and their company, the costlier fold (~9 us), is
    # folded only when its name is wanted and its text can give one of the wanted company keys at all.
    companies: dict[str, list[str]] = {}
    for body in (k[2:] for k in wanted):
        for i, ch in enumerate(body):
            if ch == "|":
                companies.setdefault(body[:i], []).append(body[i + 1:])
    # Read in table order when most customers have an email: a look-up by the key's index per row costs
    # three times as much (0.14 s against 0.04 s for 61k of 63k customers).
    hint = ""
    if source == "customers" and _count(db, _EMAIL) * 3 > _count(db, "1"):
        hint = " NOT INDEXED"
    found: dict[str, list[int]] = {}
    for cid, name, company in db.execute(f"SELECT customers.id, full_name, company FROM {source}{hint} "
                                         "WHERE customers.key >= 'e:' AND customers.key < 'e;'"):
        keys = companies.get(person(name))
        if keys is None:
            continue
        bound = company_key_bound(company) if company else None
        if bound is not None and not any(bound.startswith(k) for k in keys):
            continue
        key = name_key(name, company, person=person, firm=firm)
        if key in wanted:
            found.setdefault(key, []).append(cid)
    return found


class _Ids:
    """Sorted ids, asked whether they hold one (binary search)."""

    def __init__(self, ids) -> None:
        self._ids = array("q", ids)

    def __contains__(self, i: int) -> bool:
        k = bisect_left(self._ids, i)
        return k < len(self._ids) and self._ids[k] == i


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


@lru_cache(maxsize=4096)
def _name_key(name: str | None, company: str | None) -> str | None:
    """The key a customer of this name and company has without an email."""
    return customer_key(None, name, company)


def _warning(db: Database, batch_id: int, other: int, into: int, template: str, name, company, **params):
    """A warning on the first row of this import that is one of the two customers."""
    row = db.execute("SELECT min(row_no) FROM leads WHERE customer_id IN (?, ?) AND +batch_id = ?",
                     (other, into, batch_id)).fetchone()[0]
    return RowProblem.of(row or 0, None, template, name=name or "", company=company or "—", **params)


def _join(db: Database, batch_id: int, pairs: list[tuple[int, int]]) -> None:
    """Move everything of each name-only customer to the customer with an email (set-based: a file can
    bring thousands), recording what moved so an undo of this batch gives it back."""
    x = db.execute
    x("DROP TABLE IF EXISTS temp.joins")
    x("CREATE TEMP TABLE joins (other INTEGER PRIMARY KEY, into_id INTEGER NOT NULL)")
    db.conn.executemany("INSERT INTO temp.joins (other, into_id) VALUES (?, ?)", pairs)
    tables = [(t, c) for t, c in OWNED if _has(db, t)]
    cols = [r[1] for r in x("PRAGMA table_info(customers)")]
    records = []
    for other, into in pairs:
        snapshot = dict(zip(cols, x("SELECT * FROM customers WHERE id = ?", (other,)).fetchone()))
        moved = {t: [r[0] for r in x(f"SELECT {c} FROM {t} WHERE customer_id = ?", (other,))] for t, c in tables}
        record = {"customer": snapshot, "moved": moved,
                  "tags": [list(r) for r in x("SELECT tag, at FROM tags WHERE customer_id = ?", (other,))],
                  "tags_added": [r[0] for r in x("""SELECT tag FROM tags WHERE customer_id = ? AND tag NOT IN
                                                    (SELECT tag FROM tags WHERE customer_id = ?)""", (other, into))],
                  "aliases": [r[0] for r in x("SELECT key FROM customer_aliases WHERE customer_id = ?", (other,))],
                  "team_keys": ([r[0] for r in x("SELECT tkey FROM team_keys WHERE customer_id = ?", (other,))]
                                if _has(db, "team_keys") else []),
                  "owner_before": x("SELECT owner FROM customers WHERE id = ?", (into,)).fetchone()[0]}
        records.append((batch_id, other, into, json.dumps(record, ensure_ascii=False)))
    db.conn.executemany("INSERT INTO batch_merges (batch_id, other_id, into_id, record) VALUES (?, ?, ?, ?)",
                        records)
    for table, _col in tables:
        x(f"UPDATE {table} SET customer_id = j.into_id FROM temp.joins AS j WHERE {table}.customer_id = j.other")
    x("""INSERT OR IGNORE INTO tags (customer_id, tag, at)
         SELECT j.into_id, t.tag, t.at FROM tags AS t JOIN temp.joins AS j ON j.other = t.customer_id""")
    x("UPDATE customer_aliases SET customer_id = j.into_id FROM temp.joins AS j WHERE customer_aliases.customer_id "
      "= j.other")
    # Their key now names the customer with the email: a later file with only the name joins them at once.
    x("""INSERT OR REPLACE INTO customer_aliases (key, customer_id)
         SELECT c.key, j.into_id FROM temp.joins AS j JOIN customers AS c ON c.id = j.other""")
    x("""UPDATE customers SET owner = (SELECT o.owner FROM temp.joins AS j JOIN customers AS o ON o.id = j.other
                                       WHERE j.into_id = customers.id AND o.owner IS NOT NULL LIMIT 1)
         WHERE owner IS NULL AND id IN (SELECT into_id FROM temp.joins)""")
    _refresh(db, [i for pair in pairs for i in pair])
    x("DROP TABLE temp.joins")


def _refresh(db: Database, ids: list[int]) -> None:
    """Roll up and re-index these customers (those left without leads go), and plan their leads again."""
    from leadinbox.store.work.plan import replan
    db.execute("DROP TABLE IF EXISTS temp.joined")
    db.execute("CREATE TEMP TABLE joined (id INTEGER PRIMARY KEY)")
    db.conn.executemany("INSERT OR IGNORE INTO temp.joined (id) VALUES (?)", [(i,) for i in ids])
    refresh_customers(db, "temp.joined")
    leads = [r[0] for r in db.execute("SELECT id FROM leads WHERE customer_id IN (SELECT id FROM temp.joined)")]
    db.execute("DROP TABLE temp.joined")
    replan(db, leads)


def split_joins(db: Database, batch_id: int) -> None:
    """Undo the joins `batch_id` made, newest first: each name-only customer back with what was theirs.
    Inside the undo's transaction, before the batch's leads are removed."""
    if not _has(db, "batch_merges"):
        return
    tables = [(t, c) for t, c in OWNED if _has(db, t)]
    ids: list[int] = []
    for other, into, text in db.execute("SELECT other_id, into_id, record FROM batch_merges WHERE batch_id = ? "
                                        "ORDER BY rowid DESC", (batch_id,)).fetchall():
        record = json.loads(text)
        snap = record["customer"]
        db.execute(f"INSERT INTO customers ({', '.join(snap)}) VALUES ({', '.join('?' * len(snap))})",
                   list(snap.values()))
        for table, col in tables:
            db.conn.executemany(f"UPDATE {table} SET customer_id = ? WHERE {col} = ?",
                                [(other, i) for i in record["moved"].get(table, [])])
        db.execute("DELETE FROM customer_aliases WHERE key = ?", (snap["key"],))
        db.conn.executemany("UPDATE customer_aliases SET customer_id = ? WHERE key = ?",
                            [(other, k) for k in record["aliases"]])
        db.conn.executemany("DELETE FROM tags WHERE customer_id = ? AND tag = ?",
                            [(into, t) for t in record["tags_added"]])
        db.conn.executemany("INSERT OR IGNORE INTO tags (customer_id, tag, at) VALUES (?, ?, ?)",
                            [(other, t, at) for t, at in record["tags"]])
        if record["team_keys"]:
            db.conn.executemany("INSERT OR IGNORE INTO team_keys (tkey, customer_id) VALUES (?, ?)",
                                [(k, other) for k in record["team_keys"]])
        db.execute("UPDATE customers SET owner = ? WHERE id = ?", (record["owner_before"], into))
        ids += [other, into]
    if ids:
        db.execute("DELETE FROM batch_merges WHERE batch_id = ?", (batch_id,))
        _refresh(db, ids)
