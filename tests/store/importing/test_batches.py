"""Re-import, overlap, undo, dry run, cancel, and all-or-nothing transactions."""

import pytest

from leadinbox.core.leadfile import open_lead_file
from leadinbox.store.importing import empty as import_empty
from leadinbox.store.importing import staged as import_staged
from leadinbox.store.batches import UndoRefused, list_batches, undo_batch
from leadinbox.store.importing.writer import ImportCancelled, import_lead_file
from tests.store.helpers import run_import, snapshot

HEADER = "Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Offer ID,Lead source,Call to action,Notes\n"


def pc_file(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text(HEADER + "".join(f"id-{i},2026-10-{i % 28 + 1:02d}T10:00:00Z,Person {i},Co {i},p{i}@x.example,"
                                     f"pub.offer,AppSource,Contact me,note {i}\n" for i in rows), encoding="utf-8")
    return path


def test_reimport_adds_nothing(db, samples):
    run_import(db, samples / "partner-center-leads-export.csv")
    before = snapshot(db)
    again = run_import(db, samples / "partner-center-leads-export.csv")
    assert (again.new_leads, again.new_customers, again.known_leads, again.batch_id) == (0, 0, 18, None)
    after = snapshot(db)
    # The history shows the second reading of the file (nothing to undo); nothing else changed.
    history = after.pop("batches")
    assert [(b[1], b[6], b[7], b[9]) for b in history] == [("partner-center-leads-export.csv", 18, 18, 0),
                                                          ("partner-center-leads-export.csv", 18, 0, 18)]
    before.pop("batches")
    assert after == before


def test_overlapping_file_adds_only_new_leads(db, tmp_path):
    run_import(db, pc_file(tmp_path, "a.csv", range(0, 10)))
    r = run_import(db, pc_file(tmp_path, "b.csv", range(5, 15)))
    assert (r.new_leads, r.known_leads, r.new_customers) == (5, 5, 5)
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == 15


def test_duplicate_rows_inside_one_file_count_once(db, tmp_path):
    r = run_import(db, pc_file(tmp_path, "a.csv", [1, 2, 1, 1]))
    assert (r.rows, r.new_leads, r.known_leads) == (4, 2, 2)


def test_newer_contact_details_update_the_customer(db, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(HEADER + "1,2026-10-01T10:00:00Z,Ann Old,Co,ann@x.example,o.p,AppSource,Contact me,\n"
                    "2,2026-10-05T10:00:00Z,Ann New,,ann@x.example,o.p,AppSource,Get it now,\n", encoding="utf-8")
    run_import(db, path)
    assert db.execute("SELECT full_name, company, lead_count FROM customers").fetchone() == ("Ann New", "Co", 2)


def test_undo_removes_exactly_what_the_batch_added(db, tmp_path):
    run_import(db, pc_file(tmp_path, "a.csv", range(0, 10)))
    before = snapshot(db)
    second = run_import(db, pc_file(tmp_path, "b.csv", range(5, 15)))
    done = undo_batch(db, second.batch_id)
    assert (done["removed_leads"], done["removed_customers"]) == (5, 5)
    after = snapshot(db)
    assert {k: v for k, v in after.items() if k != "batches"} == {k: v for k, v in before.items() if k != "batches"}
    assert list_batches(db)[0]["undone_at"] is not None
    with pytest.raises(UndoRefused, match="already undone"):
        undo_batch(db, second.batch_id)


def test_undo_refuses_when_the_user_worked_on_the_leads(db, tmp_path):
    r = run_import(db, pc_file(tmp_path, "a.csv", range(3)))
    db.execute("UPDATE leads SET status = 'contacted', status_changed_at = '2026-11-01T00:00:00Z' WHERE id = 1")
    with pytest.raises(UndoRefused, match="worked on"):
        undo_batch(db, r.batch_id)
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == 3


def test_dry_run_reports_and_writes_nothing(db, samples):
    before = snapshot(db)
    r = run_import(db, samples / "azure-table-marketplaceleads.csv", dry_run=True)
    assert (r.new_leads, r.new_customers, r.batch_id) == (20, 11, None)
    assert snapshot(db) == before


@pytest.mark.parametrize("first", [True, False], ids=["into-empty-db", "into-db-with-leads"])
def test_cancel_rolls_back(db, tmp_path, monkeypatch, first):
    if not first:
        run_import(db, pc_file(tmp_path, "a.csv", range(3)))
    before = snapshot(db)
    from leadinbox.store.importing import result as shared
    monkeypatch.setattr(shared, "CHUNK", 10)     # both ways read their records through result.write_records
    lead_file = open_lead_file(pc_file(tmp_path, "big.csv", range(100, 200)))
    seen = []
    with pytest.raises(ImportCancelled):
        import_lead_file(db, lead_file, progress=lambda _phase, rows, _share: seen.append(rows),
                         cancelled=lambda: len(seen) >= 3)
    assert seen[:3] == [10, 20, 30]
    assert snapshot(db) == before


@pytest.mark.parametrize("first", [True, False], ids=["into-empty-db", "into-db-with-leads"])
def test_failure_halfway_leaves_nothing(db, tmp_path, monkeypatch, first):
    if not first:
        run_import(db, pc_file(tmp_path, "old.csv", range(100, 103)))
    before = snapshot(db)

    def boom(*_args, **_kwargs):
        raise RuntimeError("disk on fire")
    for way in (import_empty, import_staged):
        monkeypatch.setattr(way, "refresh_customers", boom)
    with pytest.raises(RuntimeError):
        run_import(db, pc_file(tmp_path, "a.csv", range(50)))
    assert snapshot(db) == before


def test_bad_rows_are_reported_and_others_imported(db, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(HEADER + "1,2026-10-01T10:00:00Z,Ann,Co,ann@x.example,o.p,AppSource,Contact me,\n"
                    "2,yesterday-ish,Bob,Co,bob@x.example,o.p,AppSource,Contact me,\n"
                    "3,2026-10-02T10:00:00Z,,,,o.p,AppSource,Contact me,\n", encoding="utf-8")
    r = run_import(db, path)
    assert r.new_leads == 2        # a date that cannot be read costs the date, not the lead (issue 15)
    assert [(p.row, p.column) for p in r.skipped_rows] == [(4, "Customer email")]
    assert "no email and no name" in r.skipped_rows[0].reason
    assert [(w.row, w.column) for w in r.warnings] == [(3, "LeadCreationDateTime")]
    assert "yesterday-ish" in r.warnings[0].reason


def test_search_index_follows_imports_and_undo(db, tmp_path):
    r = run_import(db, pc_file(tmp_path, "a.csv", [7]))
    assert db.execute("SELECT rowid FROM customer_fts WHERE customer_fts MATCH 'note'").fetchall() == [(1,)]
    undo_batch(db, r.batch_id)
    assert db.execute("SELECT count(*) FROM customer_fts").fetchone()[0] == 0


def test_an_import_of_known_leads_is_listed_but_has_nothing_to_undo(db, samples):
    from leadinbox.store.batches import UndoRefused, list_batches, undo_batch
    run_import(db, samples / "partner-center-leads-export.csv")
    run_import(db, samples / "partner-center-leads-export.csv")
    second = list_batches(db)[0]
    assert (second["new_leads"], second["known_leads"]) == (0, 18)
    with pytest.raises(UndoRefused, match="nothing to undo"):
        undo_batch(db, second["id"])
