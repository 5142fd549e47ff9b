"""Export in the store: the view's leads, a selection, formula-safe files that re-import without loss."""

import csv
import os
import stat
from datetime import datetime, timezone

import pytest
from openpyxl import load_workbook

from leadinbox.core.query import InboxQuery
from leadinbox.store.work import attempts as followup
from leadinbox.store.work import worklog
from leadinbox.store.db import open_database
from leadinbox.store.export import ExportCancelled, Selection, count_leads, export_leads
from leadinbox.store.importing.entry import import_path
from leadinbox.store.inbox import count_matches

NOW = datetime(2026, 10, 20, 9, 0, tzinfo=timezone.utc)
ALL = InboxQuery(view="all", hide_test=False)
HOSTILE = {"full_name": "=HYPERLINK(\"http://evil.example\",\"x\")", "job_title": "+cmd|' /C calc'!A0",
           "company": "-2+3+cmd|' /C calc'!A0", "description": "@SUM(1+1)*cmd|' /C calc'!A0"}


@pytest.fixture
def loaded(db, samples):
    for path in sorted(samples.iterdir()):
        import_path(db, path)
    smith = db.execute("SELECT id FROM customers WHERE email = 'jsmith@contoso.example'").fetchone()[0]
    followup.log_attempt(db, smith, "email", "no_answer", at=NOW, note="sent pricing", now=NOW)
    followup.log_attempt(db, smith, "call", "replied", at=NOW.replace(day=22), now=NOW)
    worklog.add_note(db, smith, "Wants 40 seats", at=NOW.replace(day=21))
    eve = db.execute("SELECT id FROM leads WHERE customer_id = (SELECT id FROM customers WHERE email = "
                     "'sanne.devries@fabrikam.example') ORDER BY id LIMIT 1").fetchone()[0]
    sets = ", ".join(f"{k} = ?" for k in HOSTILE)
    db.execute(f"UPDATE leads SET {sets} WHERE id = ?", [*HOSTILE.values(), eve])
    return db


def read_rows(path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def contents(db) -> list[tuple]:
    """What a re-import must give back: customers with their leads' actions, offers and dates."""
    return sorted(db.execute("""
        SELECT c.key, c.full_name, c.company, c.email, c.country_code, l.action, l.source, l.offer_key,
               l.offer_id, l.offer_name, l.created_at, l.is_test, l.job_title, l.description, l.external_id
        FROM leads AS l JOIN customers AS c ON c.id = l.customer_id""").fetchall(), key=repr)


@pytest.mark.parametrize("name", ["leads.csv", "leads.xlsx"])
def test_export_re_imports_without_loss(loaded, tmp_path, name):
    path = tmp_path / name
    assert export_leads(loaded, ALL, path, "xlsx" if name.endswith("xlsx") else "csv", now=NOW) == 20
    fresh = open_database(":memory:")
    result = import_path(fresh, path)
    assert (result.status, result.layout, result.skipped_rows) == ("imported", "generic", [])
    assert fresh.execute("SELECT count(*) FROM customers").fetchone()[0] == \
        loaded.execute("SELECT count(*) FROM customers").fetchone()[0]
    assert contents(fresh) == contents(loaded)
    fresh.close()


def test_csv_is_utf8_with_bom_and_every_formula_is_neutralised(loaded, tmp_path):
    path = tmp_path / "leads.csv"
    export_leads(loaded, ALL, path, "csv", now=NOW)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Tailspin 科技股份有限公司".encode() in raw
    rows = read_rows(path)
    hostile = next(r for r in rows if "cmd" in r["Description"])
    for column, field in (("Full Name", "full_name"), ("Job Title", "job_title"), ("Company", "company"),
                          ("Description", "description")):
        assert hostile[column] == "'" + HOSTILE[field]
    dangerous = [v for r in rows for v in r.values() if v and v[0] in "=+-@\t\r"]
    assert dangerous == []


def test_xlsx_has_real_dates_a_frozen_header_widths_and_no_formulas(loaded, tmp_path):
    path = tmp_path / "leads.xlsx"
    export_leads(loaded, ALL, path, "xlsx", now=NOW)
    sheet = load_workbook(path)["Leads"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Lead ID", "Created On", "Full Name"] and sheet["A1"].font.b
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["F"].width == 30
    created = sheet.cell(2, 2)
    assert isinstance(created.value, datetime) and created.number_format == "yyyy-mm-dd hh:mm"
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    name_col = header.index("Full Name") + 1
    hostile = next(c for c in next(sheet.iter_cols(min_col=name_col, max_col=name_col, min_row=2))
                   if c.value == HOSTILE["full_name"])
    assert hostile.data_type == "s" and hostile.quotePrefix


def test_follow_up_history_goes_with_the_lead(loaded, tmp_path):
    path = tmp_path / "leads.csv"
    export_leads(loaded, ALL, path, "csv", now=NOW)
    rows = [r for r in read_rows(path)
            if r["Email"] == "jsmith@contoso.example"]
    assert {r["Status"] for r in rows} == {"Nurturing"} and {r["Attempts"] for r in rows} == {"2"}
    assert {r["SLA met"] for r in rows} == {"No"}     # the Oct-2 lead was answered on Oct 20
    history = rows[0]["Follow-up history"].splitlines()
    assert history[1:] == ["2026-10-20 09:00  Email: no answer – sent pricing",
                           "2026-10-21 09:00  Note: Wants 40 seats", "2026-10-22 09:00  Call: replied"]


def test_crm_files_carry_status_and_history(loaded, tmp_path):
    for fmt, bom in (("dynamics", True), ("salesforce", False)):
        path = tmp_path / f"{fmt}.csv"
        export_leads(loaded, ALL, path, fmt, now=NOW)
        assert path.read_bytes().startswith(b"\xef\xbb\xbf") == bom
        rows = read_rows(path)
        smith = next(r for r in rows if r["Email"] == "jsmith@contoso.example")
        assert "LeadInbox follow-up (UTC):\nStatus: Nurturing · 2 attempts" in smith["Description"]
        status = smith["Status Reason" if fmt == "dynamics" else "Lead Status"]
        assert status == ("Contacted" if fmt == "dynamics" else "Working - Contacted")
        phone = smith["Business Phone" if fmt == "dynamics" else "Phone"]
        assert phone == "+1 425 555 0100"        # a phone number is no formula: CRMs get it unquoted


def test_view_filters_decide_what_is_exported(loaded, tmp_path):
    for query in (InboxQuery(view="all"), InboxQuery(view="all", country="NL"), InboxQuery(action="PLT"),
                  InboxQuery(view="nurturing"), InboxQuery(search="contoso"), InboxQuery(view="dnc")):
        assert count_leads(loaded, query, now=NOW) == count_matches(loaded, query, now=NOW)[1]
    path = tmp_path / "nl.csv"
    assert export_leads(loaded, InboxQuery(view="all", country="NL"), path, "csv", now=NOW) == 4


def test_selection_exports_the_picked_customers_and_leads(loaded, tmp_path):
    smith = loaded.execute("SELECT id, lead_count FROM customers WHERE email = ?",
                           ("jsmith@contoso.example",)).fetchone()
    lead = loaded.execute("SELECT id FROM leads WHERE customer_id != ? LIMIT 1", (smith[0],)).fetchone()[0]
    picked = Selection(frozenset({smith[0]}), frozenset({lead}))
    assert export_leads(loaded, InboxQuery(country="ZZ"), tmp_path / "s.csv", "csv", selection=picked) == \
        smith[1] + 1


def test_cancel_leaves_no_file_and_keeps_an_older_one(loaded, tmp_path):
    path = tmp_path / "leads.csv"
    path.write_text("older")
    seen = []
    with pytest.raises(ExportCancelled):
        export_leads(loaded, ALL, path, "csv", progress=lambda done, total: seen.append((done, total)),
                     cancelled=lambda: True)
    assert seen == [(20, 20)] and path.read_text() == "older"
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_is_readable_by_its_user_only(loaded, tmp_path, fmt):
    """Issue 15: exports hold personal data, so they get the database's mode, whatever the umask."""
    path = tmp_path / f"leads.{fmt}"
    path.write_text("an older export, readable by all")
    path.chmod(0o644)
    old = os.umask(0o022)
    try:
        assert export_leads(loaded, ALL, path, fmt, now=NOW) == 20
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
