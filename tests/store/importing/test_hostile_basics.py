"""Broken and hostile files are refused with a clear reason and leave the database unchanged."""

import zipfile

import openpyxl
import pytest

from leadinbox.store.importing.entry import import_path
from tests.store.helpers import run_import, snapshot


def xlsx(path):
    book = openpyxl.Workbook()
    book.active.append(["Email", "First Name", "Lead Source", "Created Date"])
    book.active.append(["a@x.example", "Ann", "SPZA-PLT|X", "2026-10-01"])
    book.save(path)
    return path


def with_part(src, dst, name, data: bytes):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, data if item.filename == name else zin.read(item.filename))
    return dst


BOMB = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>')


def build(kind, tmp_path):
    p = tmp_path / f"f-{kind}"
    if kind == "binary":
        p.write_bytes(bytes(range(256)) * 40)
    elif kind == "png":
        p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000))
    elif kind == "xls":
        p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))
    elif kind == "zip":
        with zipfile.ZipFile(p, "w") as z:
            z.writestr("notes.txt", "hello")
    elif kind == "truncated-xlsx":
        data = xlsx(tmp_path / "ok.xlsx").read_bytes()
        p.write_bytes(data[: len(data) // 2])
    elif kind == "entity-bomb":
        src = xlsx(tmp_path / "ok.xlsx")
        with zipfile.ZipFile(src) as z:
            name = "xl/sharedStrings.xml" if "xl/sharedStrings.xml" in z.namelist() else "xl/worksheets/sheet1.xml"
        with_part(src, p, name, BOMB)
    elif kind == "unclosed-quote":
        p.write_text('Email,First Name,Lead Source,Created Date\na@x.example,"Ann,SPZA-PLT|X,2026-10-01\n'
                     'b@x.example,Bob,SPZA-PLT|X,2026-10-01\n', encoding="utf-8")
    return p


@pytest.mark.parametrize("kind, words", [
    ("binary", "binary file"), ("png", "binary file"), ("xls", ".xls"), ("zip", "not an Excel workbook"),
    ("truncated-xlsx", "workbook"), ("entity-bomb", "entities"), ("unclosed-quote", "quote"),
])
def test_refused_with_reason_and_nothing_changed(db, samples, tmp_path, kind, words):
    run_import(db, samples / "partner-center-leads-export.csv")
    before = snapshot(db)
    result = import_path(db, build(kind, tmp_path))
    assert result.status == "refused" and words in result.error, result.error
    assert snapshot(db) == before


def test_unclosed_quote_names_the_row(db, tmp_path):
    result = import_path(db, build("unclosed-quote", tmp_path))
    assert result.error.startswith("row ")
