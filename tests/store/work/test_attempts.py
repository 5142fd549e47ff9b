"""Working leads in the store: attempts over a customer's leads, statuses, the DNC guard, undo, due list."""

from datetime import datetime, timedelta, timezone

import pytest

from leadinbox.core.cadence import FollowUpRules
from leadinbox.store.work import attempts as f
from leadinbox.store.work import worklog
from leadinbox.store.work.due import due_leads
from leadinbox.store.importing.entry import import_path
from leadinbox.store.work.plan import apply_rules
from leadinbox.store.work.rules import save_rules
from leadinbox.store.timeline import customer_timeline, status_history
from tests.store.helpers import snapshot

NOW = datetime(2026, 10, 20, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def pc(db, samples):
    import_path(db, samples / "partner-center-leads-export.csv")
    return db


def cid(db, email):
    return db.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()[0]


def leads_of(db, customer_id):
    return db.execute("""SELECT id, status, attempt_count, next_due_kind, next_due_at FROM leads
                         WHERE customer_id = ? ORDER BY id""", (customer_id,)).fetchall()


def test_one_attempt_on_a_customer_is_logged_on_all_open_leads(pc):
    chen = cid(pc, "yichun.chen@tailspin.example")
    logged = f.log_attempt(pc, chen, "email", "no_answer", at=NOW, now=NOW)
    assert len(logged.lead_ids) == 3 and set(logged.changed.values()) == {"contacted"}
    assert pc.execute("SELECT count(*) FROM attempts").fetchone()[0] == 1
    due = (NOW + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert {(s, n, k, d) for _, s, n, k, d in leads_of(pc, chen)} == {("contacted", 1, "attempt", due)}
    customer = pc.execute("SELECT attempt_count, last_attempt_at, next_due_at, status FROM customers WHERE id = ?",
                          (chen,)).fetchone()
    assert customer == (1, "2026-10-20T09:00:00Z", due, "contacted")


def test_reply_stops_cadence_and_bounce_proposes_lost(pc):
    smith = cid(pc, "jsmith@contoso.example")
    f.log_attempt(pc, smith, "call", "voicemail", at=NOW, now=NOW)
    logged = f.log_attempt(pc, smith, "email", "replied", at=NOW + timedelta(days=1), now=NOW)
    assert list(logged.changed.values()) == ["nurturing"] and logged.propose is None
    assert leads_of(pc, smith)[0][1:4] == ("nurturing", 2, None)
    jansen = cid(pc, "p.jansen@northwind.example")
    assert f.log_attempt(pc, jansen, "email", "bounced", at=NOW, now=NOW).propose == "lost"
    assert leads_of(pc, jansen)[0][1] == "contacted"     # proposed, not done


def test_close_is_proposed_after_the_fifth_attempt_and_never_done_by_the_app(pc):
    smith = cid(pc, "jsmith@contoso.example")
    for day in (0, 2, 5, 9):
        f.log_attempt(pc, smith, "email", "no_answer", at=NOW + timedelta(days=day), now=NOW)
        assert leads_of(pc, smith)[0][3] == "attempt"
    f.log_attempt(pc, smith, "email", "no_answer", at=NOW + timedelta(days=14), now=NOW)
    lead = leads_of(pc, smith)[0]
    assert lead[1:4] == ("contacted", 5, "close")
    assert lead[4] == (NOW + timedelta(days=17)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_dnc_customer_cannot_be_contacted_or_given_a_call(pc, samples):
    import_path(pc, samples / "azure-table-marketplaceleads.csv")
    lukas = cid(pc, "lukas.mueller@litware.example")
    before = snapshot(pc)
    with pytest.raises(f.DoNotContact):
        f.log_attempt(pc, lukas, "email", "no_answer", now=NOW)
    with pytest.raises(f.DoNotContact):
        worklog.schedule_call(pc, lukas, NOW + timedelta(days=1))
    lead = pc.execute("SELECT id FROM leads WHERE customer_id = ?", (lukas,)).fetchone()[0]
    with pytest.raises(f.DoNotContact):
        f.set_status(pc, [lead], "new")
    assert snapshot(pc) == before


def test_marking_a_lead_do_not_contact_guards_the_whole_customer(pc):
    chen = cid(pc, "yichun.chen@tailspin.example")
    first = leads_of(pc, chen)[0][0]
    changes = f.set_status(pc, [first], "dnc", reason="asked by phone", now=NOW)
    assert pc.execute("SELECT dnc FROM customers WHERE id = ?", (chen,)).fetchone()[0] == 1
    with pytest.raises(f.DoNotContact):
        f.log_attempt(pc, chen, "email", "no_answer", now=NOW)
    f.revert_status_changes(pc, changes)
    assert pc.execute("SELECT dnc FROM customers WHERE id = ?", (chen,)).fetchone()[0] == 0


def test_undo_attempt_restores_exactly_the_state_before(pc):
    chen = cid(pc, "yichun.chen@tailspin.example")
    before = snapshot(pc)
    logged = f.log_attempt(pc, chen, "email", "replied", at=NOW, now=NOW, note="Wants a demo")
    assert snapshot(pc) != before
    f.undo_attempt(pc, logged.attempt_id)
    assert snapshot(pc) == before


def test_status_changes_are_recorded_and_revertible(pc):
    smith = cid(pc, "jsmith@contoso.example")
    lead = leads_of(pc, smith)[0][0]
    before = snapshot(pc)
    won = f.set_status(pc, [lead], "won", now=NOW)
    assert pc.execute("SELECT status, closed_at, next_due_at FROM leads WHERE id = ?", (lead,)).fetchone() == \
        ("won", "2026-10-20T09:00:00Z", None)
    reopened = f.set_status(pc, [lead], "new", reason="reopened", now=NOW + timedelta(hours=1))
    assert [h["to_status"] for h in status_history(pc, lead)] == ["won", "new"]
    assert pc.execute("SELECT next_due_kind FROM leads WHERE id = ?", (lead,)).fetchone()[0] == "reply"
    f.revert_status_changes(pc, reopened)
    f.revert_status_changes(pc, won)
    assert snapshot(pc) == before


def test_attempt_on_a_closed_lead_is_refused(pc):
    smith = cid(pc, "jsmith@contoso.example")
    lead = leads_of(pc, smith)[0][0]
    f.set_status(pc, [lead], "lost", now=NOW)
    with pytest.raises(f.NotAllowed):
        f.log_attempt(pc, smith, "email", "no_answer", now=NOW)
    with pytest.raises(f.NotAllowed):
        f.log_attempt(pc, smith, "email", "no_answer", lead_ids=[lead], now=NOW)


def test_planned_call_becomes_next_due_and_notes_are_searchable(pc):
    smith = cid(pc, "jsmith@contoso.example")
    f.log_attempt(pc, smith, "email", "replied", at=NOW, now=NOW)
    call = worklog.schedule_call(pc, smith, NOW + timedelta(days=3), minutes=45, title="Demo")
    assert leads_of(pc, smith)[0][3:] == ("call", "2026-10-23T09:00:00Z")
    worklog.set_call_done(pc, call, True, at=NOW + timedelta(days=3))
    assert leads_of(pc, smith)[0][3] is None
    note = worklog.add_note(pc, smith, "Budget approved for Q1; uses Kubernetes")
    hits = pc.execute("SELECT rowid FROM customer_fts WHERE customer_fts MATCH 'kubernetes'").fetchall()
    assert hits == [(smith,)]
    worklog.delete_note(pc, note)
    assert not pc.execute("SELECT rowid FROM customer_fts WHERE customer_fts MATCH 'kubernetes'").fetchall()
    kinds = [e["kind"] for e in customer_timeline(pc, smith)]
    assert sorted(set(kinds)) == ["attempt", "call", "lead"]


def test_due_list_orders_overdue_first_and_leaves_out_dnc_and_closed(pc, samples):
    import_path(pc, samples / "azure-table-marketplaceleads.csv")
    assert pc.execute("SELECT count(*) FROM customers WHERE email = 'lukas.mueller@litware.example'").fetchone()[0]
    due = due_leads(pc, NOW)
    assert due and all(d["due_at"] <= "2026-10-20T09:00:00Z" for d in due)
    assert [d["due_at"] for d in due] == sorted(d["due_at"] for d in due)
    assert "lukas.mueller@litware.example" not in {d["email"] for d in due}
    smith = cid(pc, "jsmith@contoso.example")
    f.set_status(pc, [leads_of(pc, smith)[0][0]], "won", now=NOW)
    assert smith not in {d["customer_id"] for d in due_leads(pc, NOW)}


def test_new_rules_move_the_first_response_clock(pc):
    rules = FollowUpRules(response_hours=8, count_weekends=False)
    save_rules(pc, rules)
    assert apply_rules(pc, rules) > 0
    row = pc.execute("SELECT created_at, first_response_due_at, next_due_at FROM leads "
                     "WHERE customer_id = ?", (cid(pc, "jsmith@contoso.example"),)).fetchone()
    created = datetime.fromisoformat(row[0].replace("Z", "+00:00"))
    assert row[1] == row[2] and row[1] > row[0]
    assert datetime.fromisoformat(row[1].replace("Z", "+00:00")) - created <= timedelta(days=3, hours=8)


def test_undo_import_refuses_when_its_leads_were_worked_on(pc):
    from leadinbox.store.batches import UndoRefused, undo_batch
    f.log_attempt(pc, cid(pc, "jsmith@contoso.example"), "email", "no_answer", now=NOW)
    with pytest.raises(UndoRefused, match="worked on"):
        undo_batch(pc, 1)


def test_import_uses_the_users_first_response_rules(db, samples):
    save_rules(db, FollowUpRules(response_hours=4))
    import_path(db, samples / "partner-center-leads-export.csv")
    rows = db.execute("SELECT created_at, first_response_due_at, next_due_at FROM leads WHERE status = 'new'")
    for created, due, next_due in rows:
        start = datetime.fromisoformat(created.replace("Z", "+00:00"))
        assert due == next_due == (start + timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_owner_filter_mine_and_named(pc):
    from leadinbox.core.query import InboxQuery
    from leadinbox.store.inbox import count_matches, facets
    smith = cid(pc, "jsmith@contoso.example")
    before = worklog.set_owner(pc, [leads_of(pc, smith)[0][0]], "Dana")
    assert facets(pc)["owners"] == ["Dana"]
    assert count_matches(pc, InboxQuery(owner="Dana"), NOW)[0] == 1
    mine = count_matches(pc, InboxQuery(owner=""), NOW)[0]
    assert mine == count_matches(pc, InboxQuery(), NOW)[0] - 1
    worklog.restore_owners(pc, before)
    assert count_matches(pc, InboxQuery(owner="Dana"), NOW)[0] == 0


def test_a_customers_reply_is_not_an_attempt_and_stops_the_cadence(pc):
    chen = cid(pc, "yichun.chen@tailspin.example")
    f.log_attempt(pc, chen, "email", "no_answer", at=NOW, now=NOW)
    f.log_attempt(pc, chen, "call", "no_answer", at=NOW + timedelta(hours=2), now=NOW)
    before = snapshot(pc)
    replied = NOW + timedelta(hours=5)
    logged = f.log_reply(pc, chen, "email", at=replied, note="Yes, send the price list", now=NOW)
    assert len(logged.lead_ids) == 3 and set(logged.changed.values()) == {"nurturing"}
    assert {row[1:4] for row in leads_of(pc, chen)} == {("nurturing", 2, None)}
    assert pc.execute("SELECT attempt_count, last_attempt_at, status, next_due_at FROM customers WHERE id = ?",
                      (chen,)).fetchone() == (2, "2026-10-20T11:00:00Z", "nurturing", None)
    assert {r[0] for r in pc.execute("SELECT replied_at FROM leads WHERE customer_id = ?", (chen,))} == \
        {"2026-10-20T14:00:00Z"}
    assert {h["reason"] for h in status_history(pc, logged.lead_ids[0]) if h["attempt_id"] == logged.attempt_id} \
        == {"reply"}
    reply = customer_timeline(pc, chen)[0]
    assert (reply["kind"], reply["channel"], reply["note"], reply["leads"]) == \
        ("reply", "email", "Yes, send the price list", 3)
    f.undo_reply(pc, logged.attempt_id)
    assert snapshot(pc) == before
    assert {row[3] for row in leads_of(pc, chen)} == {"attempt"}     # the cadence goes on where it was


def test_a_reply_before_any_attempt_leaves_the_first_response_open(pc):
    smith = cid(pc, "jsmith@contoso.example")
    f.log_reply(pc, smith, "call", at=NOW, now=NOW)
    row = pc.execute("SELECT status, attempt_count, first_response_at, replied_at FROM leads WHERE customer_id = ?",
                     (smith,)).fetchone()
    assert row == ("nurturing", 0, None, "2026-10-20T09:00:00Z")
    f.log_attempt(pc, smith, "email", "no_answer", at=NOW + timedelta(hours=1), now=NOW)
    assert pc.execute("SELECT attempt_count, status FROM customers WHERE id = ?", (smith,)).fetchone() == \
        (1, "nurturing")


def test_a_reply_is_refused_for_dnc_and_closed_leads(pc, samples):
    import_path(pc, samples / "azure-table-marketplaceleads.csv")
    with pytest.raises(f.DoNotContact):
        f.log_reply(pc, cid(pc, "lukas.mueller@litware.example"), now=NOW)
    smith = cid(pc, "jsmith@contoso.example")
    f.set_status(pc, [leads_of(pc, smith)[0][0]], "lost", now=NOW)
    with pytest.raises(f.NotAllowed, match="reply"):
        f.log_reply(pc, smith, now=NOW)


def test_a_customer_another_writer_erased_is_refused_with_the_reason(pc):
    from leadinbox.store.safety.erase import erase_customer
    smith = cid(pc, "jsmith@contoso.example")
    erase_customer(pc, smith)
    before = snapshot(pc)
    for act in (lambda: f.log_attempt(pc, smith, "email", "no_answer", at=NOW),
                lambda: f.log_reply(pc, smith, at=NOW),
                lambda: worklog.add_note(pc, smith, "hello"),
                lambda: worklog.add_note(pc, smith, ""),          # the customer first, then the text
                lambda: worklog.schedule_call(pc, smith, NOW, now=NOW)):
        with pytest.raises(f.NotAllowed, match="no longer in LeadInbox"):
            act()
    assert snapshot(pc) == before
