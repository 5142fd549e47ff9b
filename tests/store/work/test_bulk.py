"""Status on a selection and start-from-today: one transaction, counts and reasons, undo, nothing deleted."""

from datetime import datetime, timezone

import pytest

from leadinbox.core.query import InboxQuery
from leadinbox.store import inbox
from leadinbox.store.importing.entry import import_path
from leadinbox.store.work import bulk
from leadinbox.store.work.attempts import NotAllowed, log_attempt, revert_status_changes
from leadinbox.store.work.due import due_count, due_leads

NOW = datetime(2026, 12, 1, 9, tzinfo=timezone.utc)


@pytest.fixture
def loaded(db, samples):
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    return db


def ids(db, *emails):
    return [db.execute("SELECT id FROM customers WHERE email = ?", (e,)).fetchone()[0] for e in emails]


def state(db):
    return db.execute("SELECT id, status, next_due_at FROM leads ORDER BY id").fetchall()


def test_close_a_selection_counts_and_says_why_some_were_left_out(loaded):
    sanne, john, lukas = ids(loaded, "sanne.devries@fabrikam.example", "jsmith@contoso.example",
                             "lukas.mueller@litware.example")
    before = state(loaded)
    first = bulk.bulk_status(loaded, [sanne], "lost", now=NOW)
    result = bulk.bulk_status(loaded, [sanne, john, lukas, 99999], "lost", reason="bulk", now=NOW)
    assert result.changed == [john]
    assert result.skipped == {bulk.NO_OPEN: [sanne, lukas], bulk.GONE: [99999]}
    assert result.leads == len(result.change_ids) > 0
    assert all(s in ("lost", "dnc") for (s,) in loaded.execute(
        "SELECT status FROM leads WHERE customer_id IN (?, ?)", (sanne, john)))
    revert_status_changes(loaded, result.change_ids)
    revert_status_changes(loaded, first.change_ids)
    assert state(loaded) == before


def test_reopen_and_moves_that_dnc_forbids(loaded):
    sanne, lukas = ids(loaded, "sanne.devries@fabrikam.example", "lukas.mueller@litware.example")
    bulk.bulk_status(loaded, [sanne], "won", now=NOW)
    reopened = bulk.bulk_status(loaded, [sanne, lukas], "reopen", now=NOW)
    assert reopened.changed == [sanne] and lukas in sum(reopened.skipped.values(), [])
    refused = bulk.bulk_status(loaded, [lukas], "contacted", now=NOW)
    assert refused.changed == [] and bulk.DO_NOT_CONTACT in refused.skipped
    with pytest.raises(NotAllowed):
        bulk.bulk_status(loaded, [sanne], "bogus")


def test_start_from_today_closes_the_old_backlog_and_undo_brings_it_back(loaded):
    before = state(loaded)
    assert due_count(loaded, NOW) > 0
    stale, customers = bulk.count_stale(loaded, 14, now=NOW)
    assert stale > 0 and customers > 0
    done = bulk.start_from_today(loaded, 14, "close", now=NOW)
    assert done.leads == stale and len(done.changed) == customers
    assert due_count(loaded, NOW) == 0 and not due_leads(loaded, NOW)
    reasons = {r for (r,) in loaded.execute("SELECT reason FROM status_changes")}
    assert reasons == {bulk.HANDLED_BEFORE}
    assert loaded.execute("SELECT count(*) FROM leads").fetchone()[0] == len(before)     # nothing deleted
    revert_status_changes(loaded, done.change_ids)
    assert state(loaded) == before


def test_start_from_today_can_restart_the_clock_instead(loaded):
    before = state(loaded)
    sanne, = ids(loaded, "sanne.devries@fabrikam.example")
    log_attempt(loaded, sanne, "email", "no_answer", at=NOW, now=NOW)          # worked: not a backlog lead
    worked = state(loaded)
    done = bulk.start_from_today(loaded, 14, "restart", now=NOW)
    assert sanne not in done.changed and done.leads
    dues = {d for (d,) in loaded.execute("SELECT next_due_at FROM leads WHERE id IN ({})".format(
        ",".join(map(str, done.clocks))))}
    assert dues == {"2026-12-02T09:00:00Z"}                                   # 24 hours from now
    assert due_count(loaded, NOW) == 0
    assert due_count(loaded, datetime(2026, 12, 2, 10, tzinfo=timezone.utc)) == len(done.changed)
    bulk.restore_clocks(loaded, done.clocks)
    assert state(loaded) == worked and len(before) == len(worked)


def test_do_not_contact_customers_are_never_due_nor_waiting_for_a_first_reply(loaded):
    lukas, = ids(loaded, "lukas.mueller@litware.example")
    from leadinbox.store.people.manual import add_lead
    add_lead(loaded, {"email": "lukas.mueller@litware.example", "action": "PLT", "date": "2026-11-30T09:00:00Z"})
    for view in ("due", "needs_reply", "due_today"):
        shown = {r["id"] for r in inbox.customer_page(loaded, InboxQuery(view=view), 0, 100, NOW)}
        assert lukas not in shown, view
    due = inbox.count_matches(loaded, InboxQuery(view="due"), NOW)[0]
    assert due == due_count(loaded, NOW) == len({d["customer_id"] for d in due_leads(loaded, NOW)})
