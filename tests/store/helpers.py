"""Small helpers for store tests."""

from leadinbox.core.leadfile import open_lead_file
from leadinbox.store.importing.writer import import_lead_file


def run_import(db, path, **kwargs):
    return import_lead_file(db, open_lead_file(path, kwargs.pop("mapping", None)), **kwargs)


def snapshot(db) -> dict:
    """Every user table's rows, to prove a refused or cancelled import changed nothing."""
    tables = ["batches", "customers", "leads", "lead_raw", "offers", "attempts", "attempt_leads", "status_changes",
              "notes", "appointments", "settings"]
    out = {t: list(db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()) for t in tables}
    out["fts"] = list(db.execute("SELECT rowid, * FROM customer_fts ORDER BY rowid").fetchall())
    return out


def fail_second_search_step(monkeypatch):
    """The second search step (store/search_pending.py) fails after writing, as a full disk would: the first
    step's entries are committed, the second's rolled back."""
    import sqlite3

    from leadinbox.store import rollup
    real = rollup.reindex
    calls = []

    def second_fails(db, affected):
        calls.append(affected)
        real(db, affected)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(rollup, "reindex", second_fails)
