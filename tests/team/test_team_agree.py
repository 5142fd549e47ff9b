"""After a sync every desk shows a shared customer alike: the timeline in one order (two notes made in the same
second on two desks), and the same status, due time and counts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from leadinbox.store.team import state
from leadinbox.store.timeline import customer_timeline
from leadinbox.store.work.attempts import log_attempt, set_status
from leadinbox.store.work.worklog import add_note, schedule_call
from tests.team.helpers import join, make_desk, new_team

PC = "partner-center-leads-export.csv"
AZ = "azure-table-marketplaceleads.csv"
EMAIL = "yichun.chen@tailspin.example"


@pytest.fixture
def team(azurite, tmp_path, samples):
    """Ana imported Partner Center's export, Bo the marketplace table's: the same leads, other row ids."""
    _, sas = new_team(azurite)
    ana = make_desk(tmp_path, "Ana", [samples / PC])
    bo = make_desk(tmp_path, "Bo", [samples / AZ])
    join(ana, sas)
    join(bo, sas)
    yield ana, bo
    ana.close()
    bo.close()


def _sync_all(*desks) -> None:
    for d in (*desks, desks[0]):
        d.sync()


def _shown(d) -> list[tuple]:
    """The timeline as the pane lists it, without row ids (which differ from desk to desk)."""
    return [(e["kind"], e["at"], e.get("text") or e.get("offer_name") or e.get("channel"), e.get("by"))
            for e in customer_timeline(d.db, d.customer(EMAIL))]


def test_two_notes_made_in_the_same_second_on_two_desks_are_in_one_order_everywhere(team):
    ana, bo = team
    at = datetime(2026, 12, 6, 4, 27, 13, tzinfo=timezone.utc)
    # Each desk's own note gets the lower row id there: ordered by row id, each desk put the other's first.
    add_note(ana.db, ana.customer(EMAIL), "Budget approved; decision by end of the month.", at=at)
    add_note(bo.db, bo.customer(EMAIL), "Called their office: Yi-Chun is back on Monday.", at=at)
    _sync_all(ana, bo)
    shown = _shown(ana)
    assert [t for k, _, t, _ in shown if k == "note"] == ["Called their office: Yi-Chun is back on Monday.",
                                                          "Budget approved; decision by end of the month."]
    assert shown == _shown(bo)


def _rollup(d, email: str) -> tuple:
    customer = d.customer(email)
    salt = state.membership(d.db).salt
    state.refresh_keys(d.db, salt)
    leads = sorted((lk, status, due, kind) for lk, status, due, kind in d.db.execute(
        """SELECT k.tkey, l.status, l.next_due_at, l.next_due_kind FROM leads AS l
           JOIN team_lead_keys AS k ON k.lead_id = l.id WHERE l.customer_id = ?""", (customer,)))
    row = d.db.execute("""SELECT status, next_due_at, next_due_kind, attempt_count, open_leads, lead_count, owner
                          FROM customers WHERE id = ?""", (customer,)).fetchone()
    return tuple(row), leads


def test_after_a_sync_both_desks_show_a_shared_customer_with_one_status_due_time_and_counts(team):
    ana, bo = team
    now = datetime.now(timezone.utc).replace(microsecond=0)
    emails = [r[0] for r in ana.db.execute("SELECT email FROM customers WHERE dnc = 0 AND open_leads > 1 AND "
                                           "email IS NOT NULL ORDER BY email")]
    email = next(e for e in emails if bo.db.execute("SELECT 1 FROM customers WHERE key = ?", ("e:" + e,)).fetchone())
    ana.claim(ana.customer(email))
    log_attempt(ana.db, ana.customer(email), "email", "no_answer", at=now - timedelta(hours=30))
    log_attempt(bo.db, bo.customer(email), "call", "voicemail", at=now - timedelta(hours=3))
    schedule_call(bo.db, bo.customer(email), now + timedelta(days=2, hours=1), title="Demo")
    lead = ana.db.execute("SELECT id FROM leads WHERE customer_id = ? ORDER BY id LIMIT 1",
                          (ana.customer(email),)).fetchone()[0]
    set_status(ana.db, [lead], "nurturing")
    _sync_all(ana, bo)
    mine, theirs = _rollup(ana, email), _rollup(bo, email)
    assert mine == theirs
    status, due, _, attempts, _, _, owner = mine[0]
    assert (attempts, owner) == (2, "Ana") and status in ("contacted", "nurturing") and due is not None
    assert "nurturing" in {s for _, s, _, _ in mine[1]}
