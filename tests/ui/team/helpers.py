"""Helpers of the team window's tests."""

from __future__ import annotations

AZ = "azure-table-marketplaceleads.csv"


def _customer(db) -> int:
    return db.execute("SELECT id FROM customers WHERE email IS NOT NULL AND dnc = 0 ORDER BY email").fetchone()[0]


def _same(window, ana, customer: int) -> int:
    email = window.db.execute("SELECT email FROM customers WHERE id = ?", (customer,)).fetchone()[0]
    return ana.customer(email)


def _synced(qtbot, window) -> None:
    with qtbot.waitSignal(window.team.syncer.ran, timeout=30000) as ran:
        assert window.team.syncer.sync_now()
    assert ran.args == [True]
