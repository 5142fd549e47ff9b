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


def _each_lead_has_its_own_row(db):
    """Every lead's kept row is the row of the file its record came from (its Lead ID and email)."""
    for lead_id, external_id, email in db.execute("SELECT id, external_id, email FROM leads"):
        fields = dict(original_row(db, lead_id)["fields"])
        assert (fields["Lead ID"], fields["Email"]) == (external_id, email)


def test_a_second_file_keeps_the_rows_of_its_new_leads_only_each_with_its_lead(db, tmp_path, monkeypatch):
    # Chunks of three, so known and new records share chunks and new ones fall on either side of a boundary:
    # a known record's raw row is never made, and each new lead must still get its own row.
    monkeypatch.setattr("leadinbox.store.importing.result.CHUNK", 3)
    header = "Lead ID,Email,Full Name,Call to action,Offer name,Created date\n"

    def row(n):
        return f"L{n},p{n}@x.example,Person {n},Contact me,Router,2026-10-{n % 28 + 1:02d}\n"
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(header + "".join(row(n) for n in (1, 2, 4, 7, 8)), encoding="utf-8")
    second.write_text(header + "".join(row(n) for n in range(1, 11)), encoding="utf-8")
    assert import_path(db, first).new_leads == 5
    _each_lead_has_its_own_row(db)
    result = import_path(db, second)
    assert (result.new_leads, result.known_leads) == (5, 5)
    assert db.execute("SELECT count(*) FROM lead_raw").fetchone()[0] == 10
    _each_lead_has_its_own_row(db)
