"""Issue 15, every reachable lead kept: unreadable values flag the lead instead of dropping it, a name with
nothing else is no lead (a "Total: 10" footer), blank lines are no rows, the layout is named right."""

import json

import pytest

from leadinbox.core.headers import layout_name, match_headers, recognise_layout
from leadinbox.store.importing.entry import import_path
from leadinbox.store.importing.writer import import_lead_file
from leadinbox.core.leadfile import open_lead_file

HEADER = "Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Customer phone,Country,Offer ID," \
         "Lead source,Call to action\n"
NOW = "2026-12-01T09:00:00Z"


def write(tmp_path, body: str, name: str = "leads.csv"):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


@pytest.fixture(params=["empty", "staged"])
def target(request, db, tmp_path):
    """Both ways of writing a file: into an empty database, and beside leads already there."""
    if request.param == "staged":
        import_path(db, write(tmp_path, "x1,2026-10-01T10:00:00Z,Zed,Zco,zed@z.example,,US,o.p,AppSource,"
                                        "Contact me\n", "first.csv"))
    return db


def test_an_unreadable_date_keeps_the_lead_flagged_with_its_clock_from_the_import(target, tmp_path):
    path = write(tmp_path, "a1,31/31/2026,Ann Lee,Fab,ann@fab.example,,NL,o.p,AppSource,Contact me\n")
    result = import_lead_file(target, open_lead_file(path), now=NOW)
    assert (result.new_leads, result.skipped_rows) == (1, [])
    assert [(w.row, w.column) for w in result.warnings] == [(2, "LeadCreationDateTime")]
    assert "31/31/2026" in result.warnings[0].reason
    created, sort_at, due, unreadable = target.execute(
        "SELECT created_at, sort_at, first_response_due_at, unreadable FROM leads WHERE email = 'ann@fab.example'"
    ).fetchone()
    assert (created, sort_at, due) == (None, NOW, "2026-12-02T09:00:00Z")
    assert json.loads(unreadable) == {"created_at": "31/31/2026"}


def test_an_unreadable_country_phone_or_email_is_kept_as_written_and_flagged(target, tmp_path):
    path = write(tmp_path, "a1,2026-10-02T10:00:00Z,Ann Lee,Fab,ann@fab.example,12,Atlantis,o.p,AppSource,"
                           "Contact me\n"
                           "b1,2026-10-02T10:00:00Z,Bob Ray,Bco,bob at bco,+1 425 555 0100,US,o.p,AppSource,"
                           "Contact me\n")
    result = import_lead_file(target, open_lead_file(path), now=NOW)
    assert (result.new_leads, result.skipped_rows) == (2, [])
    assert [(w.row, w.column) for w in result.warnings] == [(2, "Country"), (2, "Customer phone"),
                                                             (3, "Customer email")]
    ann = target.execute("SELECT phone, country_raw, unreadable FROM leads WHERE full_name = 'Ann Lee'").fetchone()
    assert ann[:2] == ("12", "Atlantis")
    assert json.loads(ann[2]) == {"country": "Atlantis", "phone": "12"}
    bob = target.execute("SELECT email, unreadable FROM leads WHERE full_name = 'Bob Ray'").fetchone()
    assert bob[0] is None and json.loads(bob[1]) == {"email": "bob at bco"}


def test_a_name_with_nothing_else_is_skipped_with_its_reason_and_blank_lines_are_no_rows(target, tmp_path):
    path = write(tmp_path, "a1,2026-10-02T10:00:00Z,Ann Lee,Fab,ann@fab.example,,NL,o.p,AppSource,Contact me\n"
                           ",,,,,,,,,\n"
                           "  , ,\t,,,,,,,\n"
                           ",,Total: 10,,,,,,,\n")
    result = import_lead_file(target, open_lead_file(path), now=NOW)
    assert (result.rows, result.new_leads, result.warnings) == (2, 1, [])
    [footer] = result.skipped_rows
    assert (footer.row, footer.column) == (5, "Customer name")
    assert "Total: 10" in footer.reason and "only a name" in footer.reason
    assert target.execute("SELECT count(*) FROM customers WHERE full_name LIKE 'Total%'").fetchone()[0] == 0


def test_a_name_with_a_company_is_still_a_lead(db, tmp_path):
    path = write(tmp_path, "a1,,Ann Lee,Fab,,,,,,\n")
    result = import_lead_file(db, open_lead_file(path), now=NOW)
    assert (result.new_leads, result.skipped_rows) == (1, [])


@pytest.mark.parametrize("headers", [
    # A Partner Center export whose contact columns carry Salesforce's API names.
    ["Lead ID", "LeadCreationDateTime", "FirstName", "LastName", "Company", "Email", "LeadSource", "Offer ID"],
    ["Customer email", "Customer phone", "FirstName", "LastName", "LeadSource", "Created date"],
    ["Lead owner", "Lead source", "Customer email", "Email validity", "Created date", "Customer name"],
])
def test_a_partner_center_export_is_never_named_after_a_crm(headers):
    assert recognise_layout(headers, match_headers(headers)) == "pc_leads_export"


def test_a_salesforce_data_export_is_still_one():
    headers = ["Id", "FirstName", "LastName", "Company", "Email", "LeadSource", "CreatedDate"]
    assert recognise_layout(headers, match_headers(headers)) == "sf_dataexport"
    assert layout_name("sf_dataexport") == "Salesforce data export"
    assert layout_name("pc_leads_export") == "Partner Center leads export"


def test_import_json_names_the_layout_and_lists_warnings_apart_from_skipped_rows(capsys, tmp_path):
    from leadinbox.cli.main import main
    path = write(tmp_path, "a1,someday,Ann Lee,Fab,ann@fab.example,,NL,o.p,AppSource,Contact me\n"
                           ",,Total: 1,,,,,,,\n")
    assert main(["import", "--db", str(tmp_path / "l.sqlite"), "--json", str(path)]) == 0
    [out] = json.loads(capsys.readouterr().out)["files"]
    assert out["layout"] == "pc_leads_export"
    assert [(p["row"], p["column"]) for p in out["skipped_rows"]] == [(3, "Customer name")]
    assert out["warnings"] == [{"row": 2, "column": "LeadCreationDateTime",
                                "reason": "“someday” could not be read as a date: the lead is kept without one, "
                                          "its reply clock starting at the import"}]
    assert main(["import", "--db", str(tmp_path / "l.sqlite"), str(path)]) == 0
    text = capsys.readouterr().out
    assert "(Partner Center leads export)" in text and "warning: row 2" in text and "skipped: row 3" in text


def test_the_window_report_shows_warnings_and_the_layout(qtbot, db, tmp_path):
    from leadinbox.ui.importing.report import ImportReport
    path = write(tmp_path, "a1,someday,Ann Lee,Fab,ann@fab.example,,NL,o.p,AppSource,Contact me\n"
                           ",,Total: 1,,,,,,,\n")
    result = import_path(db, path)
    report = ImportReport([result])
    qtbot.addWidget(report)
    assert "Partner Center leads export" in report.files_table.item(0, 1).text()
    assert report.rows_table.rowCount() == 1 and report.warnings_table.rowCount() == 1
    assert "someday" in report.warnings_table.item(0, 3).text()
    saved = tmp_path / "report.csv"
    report.save(str(saved))
    lines = saved.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(",reason,kind") and lines[2].endswith(",skipped") and lines[3].endswith(",warning")
