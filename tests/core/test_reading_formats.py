"""Reading real-world CSV/TSV, XLSX and JSON variants into the right lead records."""

from __future__ import annotations

import codecs
import json
from datetime import datetime

import openpyxl
import pytest

from leadinbox.core.errors import RowProblem
from leadinbox.core.leadfile import open_lead_file
from leadinbox.core.rawjson import raw_fields

HEADER = ["Email", "Name", "Call to action", "Offer name", "Created date"]
ANN = ["ann@x.example", "Ann Lee", "Contact me", "Offer A", "2026-10-01"]
BOB = ["bob@x.example", "Bob Ray", "Test drive", "Offer B", "2026-10-02T09:30:00Z"]
# What ANN and BOB become: (row, email, action, offer, created_at), rows counted as in a spreadsheet.
ANN_OUT = ("ann@x.example", "PLT", "Offer A", "2026-10-01T00:00:00Z")
BOB_OUT = ("bob@x.example", "StartTestDrive", "Offer B", "2026-10-02T09:30:00Z")


def records(path):
    lead_file = open_lead_file(path)
    out = []
    for item in lead_file.records():
        if isinstance(item, RowProblem):
            out.append(item)
        else:
            out.append((item.row, item.email, item.action, item.offer_name, item.created_at))
    return out


def text_file(tmp_path, lines, *, delimiter=",", encoding="utf-8", newline="\r\n", name="leads.csv"):
    body = newline.join(delimiter.join(line) if isinstance(line, list) else line for line in lines) + newline
    path = tmp_path / name
    path.write_bytes(body.encode(encoding))
    return path


# --- CSV and TSV -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_delimiters(tmp_path, delimiter):
    path = text_file(tmp_path, [HEADER, ANN, BOB], delimiter=delimiter)
    lead_file = open_lead_file(path)
    assert lead_file.details["delimiter"] == delimiter
    assert [r for r in records(path)] == [(2, *ANN_OUT), (3, *BOB_OUT)]


def test_utf8_with_bom_does_not_spoil_the_first_header(tmp_path):
    path = text_file(tmp_path, [HEADER, ANN], encoding="utf-8-sig")
    lead_file = open_lead_file(path)
    assert lead_file.headers[0] == "Email"
    assert records(path) == [(2, *ANN_OUT)]


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_excel_unicode_text_utf16_tab_separated(tmp_path, bom, codec):
    # Excel "Unicode text" is UTF-16 with a BOM, tab separated, CRLF line ends.
    chen = ["chen@x.example", "陳 怡君", "Contact me", "供應項目 €", "2026-10-01"]
    body = "\r\n".join("\t".join(cells) for cells in (HEADER, chen, BOB)) + "\r\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(bom + body.encode(codec))
    assert records(path) == [(2, "chen@x.example", "PLT", "供應項目 €", "2026-10-01T00:00:00Z"), (3, *BOB_OUT)]
    assert next(open_lead_file(path).records()).full_name == "陳 怡君"


def test_cp1252_smart_quotes_accents_and_euro(tmp_path):
    chloe = ["chloe@x.example", "Chloé “CJ” Lefèvre", "Contact me", "Pro plan – 49 €", "2026-10-01"]
    path = text_file(tmp_path, [HEADER, chloe, ANN], encoding="cp1252")
    record = next(open_lead_file(path).records())
    assert (record.full_name, record.offer_name) == ("Chloé “CJ” Lefèvre", "Pro plan – 49 €")
    assert records(path)[1] == (3, *ANN_OUT)


def test_big5_traditional_chinese(tmp_path):
    rows = [HEADER]
    people = [("陳怡君", "台北科技股份有限公司"), ("林志明", "新竹半導體有限公司"), ("王美玲", "高雄貿易股份有限公司")]
    for i, (name, offer) in enumerate(people):
        rows.append([f"p{i}@x.example", name, "Contact me", offer, "2026-10-01"])
    path = text_file(tmp_path, rows, encoding="big5")
    lead_file = open_lead_file(path)
    got = [(r.full_name, r.offer_name) for r in lead_file.records()]
    assert got == people


@pytest.mark.parametrize("encoding, name, offer", [
    ("cp1252", "Chloé Lefèvre", "Offer A"),                 # è is č in cp1250: short files used to get that
    ("cp1252", "Lukas Müller", "Größe – 5 €"),
    ("cp1252", "Ann", "Office 40 m²"),
    ("cp1250", "Łukasz Wójcik", "Łódź żółć"),
    ("cp1251", "Иван Петров", "Программа"),
    ("big5", "陳怡君", "Offer A"),                            # was read as cp1252 "³¯©É§g"
    ("big5", "陳怡君", "供應項目"),                            # was read as half-width katakana
    ("gb18030", "王小明", "软件"),                             # was read as EUC-KR
    ("cp932", "田中愛子", "東京株式会社"),
    ("euc_kr", "김민준", "삼성전자 소프트웨어"),
])
def test_one_row_legacy_exports(tmp_path, encoding, name, offer):
    # A one-lead export gives the encoding sniffer very little text to go on.
    path = text_file(tmp_path, [HEADER, ["p@x.example", name, "Contact me", offer, "2026-10-01"]],
                     encoding=encoding)
    record = next(open_lead_file(path).records())
    assert (record.full_name, record.offer_name) == (name, offer)


def test_quoted_commas_and_line_breaks_keep_row_numbers(tmp_path):
    # A spreadsheet shows a quoted multi-line cell as one row: the rows after it keep their numbers.
    path = tmp_path / "notes.csv"
    path.write_text(
        "Email,Name,Call to action,Offer name,Created date,Notes\r\n"
        'ann@x.example,"Lee, Ann",Contact me,"Offer A, premium",2026-10-01,'
        '"line one\r\nline two\nline, three"\r\n'
        "bob@x.example,Bob Ray,Test drive,Offer B,not a date,\r\n"
        "cy@x.example,Cy,Contact me,Offer C,2026-10-03,\r\n", encoding="utf-8", newline="")
    out = records(path)
    assert out[0] == (2, "ann@x.example", "PLT", "Offer A, premium", "2026-10-01T00:00:00Z")
    assert out[1] == (3, "bob@x.example", "StartTestDrive", "Offer B", None)   # kept, without its date
    assert out[2][0] == 4
    lead_file = open_lead_file(path)
    list(lead_file.records())
    assert [(w.row, w.column) for w in lead_file.warnings] == [(3, "Created date")]
    lead_file = open_lead_file(path)
    first = next(lead_file.records())
    assert first.full_name == "Lee, Ann"
    assert dict(raw_fields(first.raw, lead_file.headers))["Notes"] == "line one\r\nline two\nline, three"


def test_long_field_of_half_a_megabyte_is_accepted(tmp_path):
    note = "x" * 500_000
    path = text_file(tmp_path, [HEADER + ["Notes"], ANN + [note], BOB + [""]])
    lead_file = open_lead_file(path)
    first, second = list(lead_file.records())
    assert first.description == note and second.row == 3


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_excel_sep_hint_line(tmp_path, encoding):
    path = text_file(tmp_path, ["sep=;", HEADER, ANN, BOB], delimiter=";", encoding=encoding)
    lead_file = open_lead_file(path)
    assert lead_file.headers == HEADER and lead_file.details["delimiter"] == ";"
    # Excel hides the hint line, so the header is row 1 there and rows are numbered as Excel shows them.
    assert records(path) == [(2, *ANN_OUT), (3, *BOB_OUT)]


def test_title_rows_above_the_header(tmp_path):
    path = text_file(tmp_path, ["Leads report,,,,", "Exported 2026-10-05 by Alex,,,,", HEADER, ANN, BOB])
    assert open_lead_file(path).headers == HEADER
    assert records(path) == [(4, *ANN_OUT), (5, *BOB_OUT)]


def test_ragged_rows_extra_and_missing_cells(tmp_path):
    short = ["cy@x.example", "Cy", "Contact me"]           # no offer, no date
    long = BOB + ["surplus", "more"]
    path = text_file(tmp_path, [HEADER, ANN, short, long])
    lead_file = open_lead_file(path)
    ann, cy, bob = list(lead_file.records())
    assert (ann.row, ann.email) == (2, "ann@x.example")
    assert (cy.row, cy.email, cy.action, cy.offer_name, cy.created_at) == (3, "cy@x.example", "PLT", None,
                                                                            None)
    assert (bob.row, bob.email, bob.created_at) == (4, "bob@x.example", BOB_OUT[3])
    # Surplus cells are kept in the raw row, not lost.
    kept = dict(raw_fields(bob.raw, lead_file.headers))
    assert kept["column 6"] == "surplus" and kept["column 7"] == "more"


# --- XLSX --------------------------------------------------------------------------------------------------


def test_xlsx_leads_on_second_sheet_after_a_summary(tmp_path):
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Summary"
    summary.append(["Total leads", 2])
    summary.append(["Period", "October 2026"])
    leads = book.create_sheet("Leads")
    for row in (HEADER, ANN, BOB):
        leads.append(row)
    path = tmp_path / "two-sheets.xlsx"
    book.save(path)
    lead_file = open_lead_file(path)
    assert lead_file.details["sheet"] == "Leads"
    assert records(path) == [(2, *ANN_OUT), (3, *BOB_OUT)]


def test_xlsx_header_below_a_title_row(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Marketplace leads, October 2026"])
    for row in (HEADER, ANN, BOB):
        sheet.append(row)
    path = tmp_path / "title.xlsx"
    book.save(path)
    assert records(path) == [(3, *ANN_OUT), (4, *BOB_OUT)]


def test_xlsx_serial_numbers_and_real_dates(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["ann@x.example", "Ann", "Contact me", "Offer A", 46296])          # plain number, General
    sheet.append(["bob@x.example", "Bob", "Contact me", "Offer B", 46296.75])       # serial with a time
    sheet.append(["cy@x.example", "Cy", "Contact me", "Offer C", datetime(2026, 10, 3, 14, 5)])
    path = tmp_path / "dates.xlsx"
    book.save(path)
    assert [r[4] for r in records(path)] == ["2026-10-01T00:00:00Z", "2026-10-01T18:00:00Z",
                                             "2026-10-03T14:05:00Z"]


def test_xlsx_formula_cells_do_not_crash(tmp_path):
    # openpyxl writes formulas without a cached value (as script-made workbooks do); only the cached value
    # is read, never the formula text, so such a cell is read as empty and the row still imports.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER + ["Notes"])
    sheet.append(ANN + ['=HYPERLINK("https://x.example","open")'])
    sheet.append(["bob@x.example", "Bob Ray", "Test drive", '=UPPER("offer b")', "2026-10-02T09:30:00Z"])
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    ann, bob = list(open_lead_file(path).records())
    assert (ann.row, ann.email, ann.created_at) == (2, "ann@x.example", "2026-10-01T00:00:00Z")
    assert (bob.row, bob.email, bob.action) == (3, "bob@x.example", "StartTestDrive")
    assert bob.offer_name is None and ann.description is None
    assert "=" not in ann.raw + bob.raw


def test_xlsx_hidden_columns_are_read(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (HEADER, ANN, BOB):
        sheet.append(row)
    sheet.column_dimensions["A"].hidden = True
    sheet.column_dimensions["E"].hidden = True
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    assert records(path) == [(2, *ANN_OUT), (3, *BOB_OUT)]


# --- JSON --------------------------------------------------------------------------------------------------


def payload(email, action, offer, created=None, *, details="UserDetails"):
    item = {details: {"FirstName": "Ann", "LastName": "Lee", "Email": email}, "LeadSource": "SPZA",
            "ActionCode": action, "OfferTitle": offer}
    if created:
        item["CreatedTime"] = created
    return item


JSON_A = payload("ann@x.example", "PLT", "Offer A", "2026-10-01T08:00:00Z")
JSON_B = payload("bob@x.example", "StartTestDrive", "Offer B", "2026-10-02T09:30:00Z")
JSON_OUT = [(1, "ann@x.example", "PLT", "Offer A", "2026-10-01T08:00:00Z"),
            (2, "bob@x.example", "StartTestDrive", "Offer B", "2026-10-02T09:30:00Z")]


def test_json_array(tmp_path):
    path = tmp_path / "leads.json"
    path.write_text(json.dumps([JSON_A, JSON_B], indent=2), encoding="utf-8")
    assert records(path) == JSON_OUT


def test_json_single_object(tmp_path):
    path = tmp_path / "lead.json"
    path.write_text(json.dumps(JSON_A), encoding="utf-8")
    assert records(path) == JSON_OUT[:1]


def test_json_odata_value_wrapper(tmp_path):
    path = tmp_path / "odata.json"
    path.write_text(json.dumps({"@odata.context": "https://x.example/$metadata", "value": [JSON_A, JSON_B]}),
                    encoding="utf-8")
    assert records(path) == JSON_OUT


def test_json_lines_with_camel_case_keys(tmp_path):
    # Keys are case-insensitive: userDetails.email is UserDetails.Email.
    lines = []
    for item in (JSON_A, JSON_B):
        details = {k[0].lower() + k[1:]: v for k, v in item["UserDetails"].items()}
        lines.append(json.dumps({"userDetails": details,
                                 "leadSource": item["LeadSource"], "actionCode": item["ActionCode"],
                                 "offerTitle": item["OfferTitle"], "createdTime": item["CreatedTime"]}))
    path = tmp_path / "leads.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert records(path) == JSON_OUT
    assert next(open_lead_file(path).records()).full_name == "Ann Lee"


def test_a_download_cut_off_mid_row_reports_that_row_and_keeps_the_others(tmp_path, samples):
    whole = (samples / "partner-center-leads-export.csv").read_bytes()
    cut = whole[:3000]
    assert not cut.endswith(b"\n")
    path = tmp_path / "cut.csv"
    path.write_bytes(cut)
    items = list(open_lead_file(path).records())
    *good, last = items
    assert all(not isinstance(i, RowProblem) for i in good) and good
    assert isinstance(last, RowProblem) and "cut off" in last.reason
    ended = tmp_path / "ended.csv"              # the same rows, complete: nothing reported
    ended.write_bytes(whole[:whole.rindex(b"\n", 0, 3000) + 1])
    assert not any(isinstance(i, RowProblem) for i in open_lead_file(ended).records())
