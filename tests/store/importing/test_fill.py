"""A known lead seen again in a richer file takes the fields it lacked; what it had and the user's work stay."""

from datetime import datetime, timezone

import pytest

from leadinbox.core.cadence import FollowUpRules
from leadinbox.core.due_labels import due_label
from leadinbox.core.query import InboxQuery
from leadinbox.store.work import attempts as followup
from leadinbox.store.work import worklog
from leadinbox.store.batches import UndoRefused, undo_batch
from leadinbox.store.db import open_database
from leadinbox.store.inbox import customer_page
from leadinbox.store.work.rules import save_rules
from tests.store.helpers import run_import, snapshot

NOW = "2026-11-20T09:00:00Z"
JSONL, PC, SF = "https-endpoint-leads.jsonl", "partner-center-leads-export.csv", "salesforce-leads-report.csv"
# What a lead's date gives it, and what its customer shows in the inbox because of it.
DATED = "created_at, created_day, sort_at, first_response_due_at, next_due_at, next_due_kind, offer_name"
INBOX = "next_due_at, next_due_kind, latest_at, first_seen, status, actions, missing"


def leads(db, cols=DATED):
    return sorted(db.execute(f"SELECT email, action, {cols} FROM leads").fetchall(), key=repr)


def customers(db, cols=INBOX):
    return sorted(db.execute(f"SELECT email, {cols} FROM customers").fetchall(), key=repr)


def inbox_order(db):
    now = datetime.fromisoformat(NOW.replace("Z", "+00:00"))
    return [c["email"] for c in customer_page(db, InboxQuery(), 0, 100, now=now)]


@pytest.fixture
def pc_only(samples):
    """The Partner Center file alone: what every lead it dates should look like."""
    def make(rules=None):
        db = open_database(":memory:")
        if rules:
            save_rules(db, rules)
        run_import(db, samples / PC, now=NOW)
        return db
    return make


def test_dateless_leads_take_the_partner_center_dates_due_times_and_order(db, samples, pc_only):
    run_import(db, samples / JSONL, now=NOW)
    assert db.execute("SELECT next_due_at FROM customers WHERE email LIKE 'jsmith%'").fetchone() == \
        ("2026-11-21T09:00:00Z",)     # the import day: "reply due in 23 h"
    r = run_import(db, samples / PC, now=NOW)
    assert (r.new_leads, r.known_leads, r.updated_leads) == (10, 8, 8)
    assert r.as_dict()["updated_leads"] == 8
    reference = pc_only()
    assert leads(db) == leads(reference)
    assert customers(db) == customers(reference)
    assert inbox_order(db) == inbox_order(reference)
    smith = db.execute("SELECT next_due_at, next_due_kind FROM customers WHERE email LIKE 'jsmith%'").fetchone()
    assert smith == ("2026-10-03T00:00:00Z", "reply")
    now = datetime.fromisoformat(NOW.replace("Z", "+00:00"))
    assert due_label(smith[0], now, kind=smith[1]) == ("reply overdue 48 d", "overdue")
    assert inbox_order(db)[0] == "jsmith@contoso.example"   # most overdue first, not below the others


def test_salesforce_leads_take_the_offer_names_and_notes(db, samples):
    run_import(db, samples / SF, now=NOW)
    assert db.execute("SELECT count(*) FROM leads WHERE offer_name IS NULL").fetchone()[0] == 10
    before = dict(((e, a), (c, o)) for e, a, c, o in db.execute("SELECT email, action, created_at, owner FROM leads"))
    r = run_import(db, samples / PC, now=NOW)
    assert (r.new_leads, r.known_leads, r.updated_leads) == (9, 9, 9)
    names = dict(db.execute("SELECT email, offer_name FROM leads WHERE batch_id = 1 AND email LIKE 'jsmith%'"))
    assert names == {"jsmith@contoso.example": "Lead Router SaaS"}
    # Only the DNC lead is missing from the Partner Center file.
    assert db.execute("SELECT action FROM leads WHERE offer_name IS NULL").fetchall() == [("DNC",)]
    # Salesforce's dates (days only) and owner were there first: they stay.
    after = dict(((e, a), (c, o)) for e, a, c, o in db.execute("SELECT email, action, created_at, owner FROM leads "
                                                               "WHERE batch_id = 1"))
    assert after == before
    # The customer's note came with the Partner Center row: it is searchable now.
    hit = db.execute("SELECT c.email FROM customer_fts JOIN customers AS c ON c.id = customer_fts.rowid "
                     "WHERE customer_fts MATCH 'pricing'").fetchall()
    assert ("jsmith@contoso.example",) in hit


def test_a_later_file_gives_its_owner_to_known_leads(db, samples):
    run_import(db, samples / PC, now=NOW)
    r = run_import(db, samples / SF, now=NOW)
    assert (r.new_leads, r.known_leads, r.updated_leads) == (1, 9, 9)
    owners = db.execute("SELECT DISTINCT owner FROM leads WHERE batch_id = 1 AND action = 'StartTestDrive'").fetchall()
    assert owners == [("Alex Rivera",)]
    # Partner Center's Lead IDs are not written under another system's name.
    assert db.execute("SELECT count(*) FROM leads WHERE batch_id = 2 AND external_id IS NOT NULL").fetchone()[0] == 0


def test_first_response_follows_the_users_rules(db, samples, pc_only):
    rules = FollowUpRules(response_hours=8, count_weekends=False)
    save_rules(db, rules)
    run_import(db, samples / JSONL, now=NOW)
    run_import(db, samples / PC, now=NOW)
    assert leads(db) == leads(pc_only(rules))
    due = dict(db.execute("SELECT email, first_response_due_at FROM leads WHERE action = 'PLT' AND batch_id = 1 "
                          "AND email IN ('jsmith@contoso.example', 'sanne.devries@fabrikam.example')"))
    # Friday 00:00 + 8 h; Friday 19:00 + 5 h that Friday and 3 h on Monday.
    assert due == {"jsmith@contoso.example": "2026-10-02T08:00:00Z",
                   "sanne.devries@fabrikam.example": "2026-10-05T03:00:00Z"}


PC_HEADER = "Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Customer phone,Job title," \
            "Offer ID,Lead source,Call to action,Notes,Lead Owner\n"


def pc_file(tmp_path, name, *rows):
    path = tmp_path / name
    path.write_text(PC_HEADER + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


USER = "status, status_changed_at, attempt_count, first_response_at, last_attempt_at, replied_at, closed_at, " \
       "qualification, next_due_at, next_due_kind"


def test_values_a_lead_has_and_the_users_work_are_never_overwritten(db, tmp_path):
    run_import(db, pc_file(tmp_path, "a.csv",
                           ("id-1", "", "Ann Smith", "", "ann@x.example", "", "", "o.p", "AppSource", "Contact me", "",
                            ""),
                           ("id-2", "2026-10-01T10:00:00Z", "Ben Jones", "Ben Co", "ben@x.example", "+31 20 555 0100",
                            "CTO", "o.p", "AppSource", "Contact me", "hi", "")), now=NOW)
    ann, ben = (db.execute("SELECT customer_id, id FROM leads WHERE email = ?", (e,)).fetchone()
                for e in ("ann@x.example", "ben@x.example"))
    at = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)
    followup.log_attempt(db, ann[0], "email", "no_answer", at=at, now=at)
    worklog.add_note(db, ann[0], "called twice", at=at)
    worklog.set_owner(db, [ann[1]], "Kim")
    worklog.set_qualification(db, ann[1], ["budget"])
    worklog.schedule_call(db, ben[0], datetime(2026, 11, 25, 9, tzinfo=timezone.utc))
    followup.set_status(db, [ben[1]], "won", now=at)
    work = {t: v for t, v in snapshot(db).items() if t in ("attempts", "attempt_leads", "status_changes", "notes",
                                                          "appointments", "settings")}
    user = db.execute(f"SELECT id, {USER} FROM leads ORDER BY id").fetchall()
    ben_before = db.execute("SELECT * FROM leads WHERE id = ?", (ben[1],)).fetchone()

    r = run_import(db, pc_file(tmp_path, "b.csv",
                               ("id-1", "2026-10-02T08:00:00Z", "Ann Smith", "Ann Co", "ann@x.example",
                                "+31 20 555 0199", "CEO", "o.p", "AppSource", "Contact me", "please call", "Bob"),
                               ("id-2", "2026-10-09T10:00:00Z", "Benjamin Jones", "Other Co", "ben@x.example",
                                "+31 20 555 0111", "CEO", "o.p", "AppSource", "Contact me", "other", "")), now=NOW)
    assert (r.new_leads, r.known_leads, r.updated_leads) == (0, 2, 1)
    assert {t: v for t, v in snapshot(db).items() if t in work} == work
    assert db.execute(f"SELECT id, {USER} FROM leads ORDER BY id").fetchall() == user
    assert db.execute("SELECT * FROM leads WHERE id = ?", (ben[1],)).fetchone() == ben_before
    filled = db.execute("""SELECT created_at, sort_at, first_response_due_at, company, phone, job_title, description,
                                  owner, missing FROM leads WHERE id = ?""", (ann[1],)).fetchone()
    assert filled == ("2026-10-02T08:00:00Z", "2026-10-02T08:00:00Z", "2026-10-03T08:00:00Z", "Ann Co",
                      "+31 20 555 0199", "CEO", "please call", "Kim", None)
    assert db.execute("SELECT company, phone, missing FROM customers WHERE id = ?", (ann[0],)).fetchone() == \
        ("Ann Co", "+31 20 555 0199", None)


def test_reimport_after_filling_adds_and_changes_nothing(db, samples):
    run_import(db, samples / JSONL, now=NOW)
    run_import(db, samples / PC, now=NOW)
    before = snapshot(db)
    for name in (PC, JSONL):
        r = run_import(db, samples / name, now=NOW)
        assert (r.new_leads, r.new_customers, r.updated_leads, r.batch_id) == (0, 0, 0, None)
    after = snapshot(db)
    after.pop("batches")
    before.pop("batches")
    assert after == before


def test_undo_removes_the_added_leads_and_the_filled_gaps_stay(db, samples):
    run_import(db, samples / JSONL, now=NOW)
    r = run_import(db, samples / PC, now=NOW)
    dated = leads(db)
    done = undo_batch(db, r.batch_id)
    assert (done["removed_leads"], done["removed_customers"]) == (10, 4)
    kept = leads(db)
    assert kept == [row for row in dated if row in kept] and len(kept) == 8
    assert db.execute("SELECT count(*) FROM leads WHERE created_at IS NULL").fetchone()[0] == 0
    assert db.execute("SELECT next_due_at FROM customers WHERE email LIKE 'jsmith%'").fetchone() == \
        ("2026-10-03T00:00:00Z",)
    again = run_import(db, samples / PC, now=NOW)
    assert (again.new_leads, again.known_leads, again.updated_leads) == (10, 8, 0)


def test_a_file_that_only_fills_gaps_has_nothing_to_undo(db, samples):
    run_import(db, samples / SF, now=NOW)
    run_import(db, samples / "azure-table-marketplaceleads.csv", now=NOW)
    r = run_import(db, samples / PC, now=NOW)
    assert (r.new_leads, r.updated_leads, r.batch_id) == (0, 18, None)   # lead types, Partner Center statuses
    last = db.execute("SELECT max(id) FROM batches").fetchone()[0]
    with pytest.raises(UndoRefused, match="nothing to undo"):
        undo_batch(db, last)


def test_a_lead_takes_its_fields_from_one_row_the_dated_one_first(db, tmp_path):
    row = ("", "", "Ann Smith", "", "ann@x.example", "", "", "o.p", "AppSource", "Contact me", "", "")
    run_import(db, pc_file(tmp_path, "a.csv", row), now=NOW)
    undated = ("id-1", "", "Ann Smith", "Undated Co", "ann@x.example", "", "", "o.p", "AppSource", "Contact me",
               "", "")
    dated = ("id-2", "2026-10-02T08:00:00Z", "Ann Smith", "Dated Co", "ann@x.example", "", "", "o.p", "AppSource",
             "Contact me", "", "")
    r = run_import(db, pc_file(tmp_path, "b.csv", undated, dated), now=NOW)
    assert (r.new_leads, r.known_leads, r.updated_leads) == (0, 2, 1)
    assert db.execute("SELECT created_at, company, external_id FROM leads").fetchall() == \
        [("2026-10-02T08:00:00Z", "Dated Co", "id-2")]
