"""Totals of the database, for `leadinbox stats` and the status bar."""

from __future__ import annotations

from leadinbox.store.database import Database


def totals(db: Database) -> dict:
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    by_action = {a or "unknown": n for a, n in db.execute(
        "SELECT action, count(*) FROM leads GROUP BY action ORDER BY count(*) DESC")}
    return {
        "customers": one("SELECT count(*) FROM customers"),
        "leads": one("SELECT count(*) FROM leads"),
        "dnc_leads": one("SELECT count(*) FROM leads WHERE action = 'DNC'"),
        "test_leads": one("SELECT count(*) FROM leads WHERE is_test"),
        "by_action": by_action,
        "imports": one("SELECT count(*) FROM batches WHERE undone_at IS NULL"),
    }
