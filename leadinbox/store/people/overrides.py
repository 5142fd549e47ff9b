"""Contact details the user edited win over the roll-up from the leads (read by store/rollup.py)."""

from __future__ import annotations

from leadinbox.store.database import Database

# Customer columns an edit can set, each with the column of a lead that a cleared edit may be filled from
# again, and the leader of its group (a phone and its E.164 form come from the same lead). language is the
# user's alone: no file gives it.
COLUMNS = {"full_name": "full_name", "first_name": "full_name", "last_name": "full_name", "email": "email",
           "phone": "phone", "phone_e164": "phone", "company": "company", "job_title": "job_title",
           "country_code": "country_code", "country_raw": "country_code", "language": None}


def has_table(db: Database, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def _value(column: str, leader: str | None) -> str:
    """The newest edit's value; a cleared value (NULL) is filled by a file imported after the edit, as any
    empty field is (the user emptied it; a newer file still says something)."""
    refill = "NULL" if leader is None else f"""(SELECT l.{column} FROM leads AS l JOIN batches AS b ON b.id = l.batch_id
                     WHERE l.customer_id = customers.id AND l.{leader} IS NOT NULL AND b.imported_at > e.at
                     ORDER BY l.sort_at DESC, l.id DESC LIMIT 1)"""
    return f"""(SELECT CASE WHEN e.value IS NOT NULL THEN e.value ELSE {refill} END
                FROM customer_edits AS e WHERE e.customer_id = customers.id AND e.field = '{column}'
                ORDER BY e.id DESC LIMIT 1)"""


def apply_edits(db: Database, affected: str, missing: str) -> None:
    """Put the user's edits back over the customers in `affected` that have any (after their contact details
    were taken from their leads); `missing` is the SQL of what a customer lacks, recomputed after."""
    if not has_table(db, "customer_edits"):
        return          # a database before m010, rolled up by an earlier migration
    if db.execute(f"""SELECT 1 FROM customer_edits WHERE customer_id IN (SELECT id FROM {affected})
                      LIMIT 1""").fetchone() is None:
        return          # the usual case, and every import's: nothing to do
    for column, leader in COLUMNS.items():
        db.execute(f"""UPDATE customers SET {column} = {_value(column, leader)}
                       WHERE id IN (SELECT customer_id FROM customer_edits WHERE field = '{column}'
                                    AND customer_id IN (SELECT id FROM {affected}))""")
    db.execute(f"""UPDATE customers SET missing = {missing}
                   WHERE id IN (SELECT customer_id FROM customer_edits
                                WHERE customer_id IN (SELECT id FROM {affected}))""")
