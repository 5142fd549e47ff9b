"""What undoing an import would remove, read before the window asks; and undoing anyway, with the work."""

import pytest

from leadinbox.store.batches import UndoRefused, undo_batch, undo_plan, undo_with_backup
from leadinbox.store.work.attempts import log_attempt
from leadinbox.store.work.worklog import add_note
from tests.store.helpers import run_import
from tests.store.importing.test_batches import pc_file


def customer_of(db, email):
    return db.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()[0]


def test_the_plan_counts_the_leads_and_the_customers_that_go(db, tmp_path):
    run_import(db, pc_file(tmp_path, "a.csv", range(0, 10)))
    second = run_import(db, pc_file(tmp_path, "b.csv", [*range(5, 15), 20]))
    plan = undo_plan(db, second.batch_id)
    # Leads 5-9 were known (not the import's); people 10-14 and 20 are new, with their customers.
    assert (plan.file, plan.leads, plan.customers, plan.worked, plan.worked_names) == ("b.csv", 6, 6, 0, ())
    done = undo_batch(db, second.batch_id)
    assert (done["removed_leads"], done["removed_customers"]) == (plan.leads, plan.customers)


def test_the_plan_names_the_customers_whose_leads_were_worked_on(db, tmp_path):
    r = run_import(db, pc_file(tmp_path, "a.csv", range(3)))
    log_attempt(db, customer_of(db, "p1@x.example"), "email", "no_answer")
    add_note(db, customer_of(db, "p2@x.example"), "called back")
    plan = undo_plan(db, r.batch_id)
    assert (plan.leads, plan.customers, plan.worked, plan.worked_customers) == (3, 3, 2, 2)
    assert sorted(plan.worked_names) == ["Person 1", "Person 2"]


def test_the_plan_refuses_what_cannot_be_undone_with_a_reason(db, tmp_path, samples):
    r = run_import(db, pc_file(tmp_path, "a.csv", range(3)))
    again = run_import(db, pc_file(tmp_path, "a.csv", range(3)))
    assert again.batch_id is None
    with pytest.raises(UndoRefused) as unknown:
        undo_plan(db, 99)
    undo_batch(db, r.batch_id)
    with pytest.raises(UndoRefused) as undone:
        undo_plan(db, r.batch_id)
    empty = db.execute("SELECT id FROM batches WHERE new_leads = 0").fetchone()[0]
    with pytest.raises(UndoRefused) as nothing:
        undo_plan(db, empty)
    assert (unknown.value.reason, undone.value.reason, nothing.value.reason) == ("unknown", "undone", "empty")


def test_undo_takes_the_work_shown_but_refuses_work_done_after_the_plan(db, tmp_path):
    r = run_import(db, pc_file(tmp_path, "a.csv", range(3)))
    log_attempt(db, customer_of(db, "p1@x.example"), "email", "no_answer")
    shown = undo_plan(db, r.batch_id).worked
    add_note(db, customer_of(db, "p2@x.example"), "called back")      # meanwhile, e.g. from another window
    with pytest.raises(UndoRefused) as refused:
        undo_batch(db, r.batch_id, worked_allowed=shown)
    assert (refused.value.reason, refused.value.worked) == ("worked", 2)
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == 3


def test_undoing_worked_leads_removes_their_work_and_leaves_nothing_dangling(db, tmp_path):
    run_import(db, pc_file(tmp_path, "a.csv", [0]))
    r = run_import(db, pc_file(tmp_path, "b.csv", [0, 1, 2]))      # person 0 is known: kept
    log_attempt(db, customer_of(db, "p1@x.example"), "email", "no_answer")
    add_note(db, customer_of(db, "p2@x.example"), "called back")
    done = undo_batch(db, r.batch_id, worked_allowed=undo_plan(db, r.batch_id).worked)
    assert (done["removed_leads"], done["removed_customers"]) == (2, 2)
    counts = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("leads", "customers", "attempts", "attempt_leads", "status_changes", "notes")]
    assert counts == [1, 1, 0, 0, 0, 0]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_undo_takes_a_safety_copy_first_and_a_refused_one_takes_none(tmp_path):
    from leadinbox.store.safety.backups import folder_for, inspect, list_backups
    from leadinbox.store.db import open_database
    path = tmp_path / "data" / "leadinbox.sqlite"
    path.parent.mkdir()
    db = open_database(path)
    try:
        r = run_import(db, pc_file(tmp_path, "a.csv", range(3)))
        log_attempt(db, customer_of(db, "p1@x.example"), "email", "no_answer")
        with pytest.raises(UndoRefused):
            undo_with_backup(db, path, r.batch_id)            # worked on: refused before any copy
        assert list_backups(folder_for(path)) == []
        done = undo_with_backup(db, path, r.batch_id, force=True)     # "Undo anyway and lose that work"
        (copy,) = list_backups(folder_for(path))
        assert (done["removed_leads"], done["backup"], copy.reason) == (3, str(copy.path), "before-undo")
        assert inspect(copy).leads == 3                   # the leads, and the attempt, can be restored
    finally:
        db.close()
