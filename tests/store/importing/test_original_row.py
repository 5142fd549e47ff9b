"""The row a lead came from, read back as the file said it: every column, also those LeadInbox does not use."""

from leadinbox.store.importing.entry import import_path
from leadinbox.store.timeline import original_row


def test_every_cell_of_the_row_comes_back_named_by_its_column(db, tmp_path):
    path = tmp_path / "leads.csv"
    path.write_text("Email,Full Name,Call to action,Offer name,Created date,Industry,Budget\n"
                    "a@x.example,Ann Lee,Contact me,Router,2026-10-01,Retail,\n"
                    'b@x.example,Bo Chen,Get it now,Router,2026-10-02,,"10,000"\n', encoding="utf-8")
    assert import_path(db, path).new_leads == 2
    lead = dict(db.execute("SELECT email, id FROM leads"))
    ann = original_row(db, lead["a@x.example"])
    assert (ann["file_name"], ann["row_no"]) == ("leads.csv", 2)
    assert ann["fields"] == [("Email", "a@x.example"), ("Full Name", "Ann Lee"), ("Call to action", "Contact me"),
                             ("Offer name", "Router"), ("Created date", "2026-10-01"), ("Industry", "Retail")]
    assert dict(original_row(db, lead["b@x.example"])["fields"])["Budget"] == "10,000"
    assert original_row(db, 999) is None


def test_rows_an_older_version_kept_as_objects_still_read(db, tmp_path):
    path = tmp_path / "leads.csv"
    path.write_text("Email,Full Name,Call to action,Offer name,Created date\n"
                    "a@x.example,Ann Lee,Contact me,Router,2026-10-01\n", encoding="utf-8")
    assert import_path(db, path).new_leads == 1
    lead_id = db.execute("SELECT id FROM leads").fetchone()[0]
    with db.conn:
        db.execute("UPDATE batches SET headers = NULL")
        db.execute("UPDATE lead_raw SET raw = ?", ('{"Email": "a@x.example", "Full Name": "Ann Lee"}',))
    assert original_row(db, lead_id)["fields"] == [("Email", "a@x.example"), ("Full Name", "Ann Lee")]
