"""Property tests over whole files (CSV, XLSX, JSON): any bytes are read or refused with FileRefused, never
another exception, and Python's memory stays in proportion to the file. Bounded in CI; `HYPOTHESIS_PROFILE=long`
for thousands of examples."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from leadinbox.core.errors import FileRefused, RowProblem
from leadinbox.core.leadfile import open_lead_file
from leadinbox.core.records import LeadRecord

SAMPLES = Path(__file__).resolve().parents[2] / "leadinbox" / "assets" / "samples"
HEADERS = ["Email", "Customer name", "Company name", "Customer phone", "Country", "Lead source", "Call to action",
           "Offer name", "LeadCreationDateTime", "Notes"]
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
CELLS = st.one_of(TEXT, st.sampled_from(['"', '""', "\n", "\r", ",", ";", "\t", "=1+1", "\x00", "\ufeff",
                                         "a@x.example", "2026-10-01", "SPZA-PLT|X", "Contact me"]))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def read_all(path: Path) -> tuple[int, int]:
    """Read every record; returns (records, peak Python memory in bytes). FileRefused is an answer too."""
    tracemalloc.start()
    try:
        records = 0
        try:
            for item in open_lead_file(path).records():
                assert isinstance(item, (LeadRecord, RowProblem))
                records += 1
        except FileRefused as exc:
            assert exc.describe()
        return records, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def in_proportion(peak: int, path: Path) -> bool:
    """Python's own peak: a fixed allowance (parsers, sniffing, caches) plus a multiple of the file."""
    return peak < 24 * 1024**2 + 60 * path.stat().st_size


def csv_bytes(rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue().encode(encoding, errors="replace")


@given(header=st.one_of(st.just(HEADERS), st.lists(CELLS, min_size=1, max_size=8)),
       rows=st.lists(st.lists(CELLS, max_size=12), max_size=8),
       delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "big5"]))
def test_any_csv_is_read_or_refused(folder, header, rows, delimiter, encoding):
    path = folder / "fuzz.csv"
    path.write_bytes(csv_bytes([header, *rows], delimiter, encoding))
    _, peak = read_all(path)
    assert in_proportion(peak, path)


@given(st.binary(max_size=4096))
@example(b"PK\x03\x04" + bytes(100))
@example(b"[" * 5000)
@example(b"\xff\xfe" + "Email\tName\r\n".encode("utf-16-le") + b"\x00")
@example(b"Email,Name\n\"a@x.example,Ann\n")
def test_any_bytes_are_read_or_refused(folder, data):
    path = folder / "fuzz.bin"
    path.write_bytes(data)
    _, peak = read_all(path)
    assert in_proportion(peak, path)


SAMPLE_FILES = sorted(SAMPLES.iterdir())


@given(sample=st.sampled_from(SAMPLE_FILES), edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)),
                                                             max_size=12),
       cut=st.one_of(st.none(), st.floats(0, 1)))
def test_damaged_sample_files_are_read_or_refused(folder, sample, edits, cut):
    """The real exports (the Dynamics XLSX included), with bytes changed and cut off at random places."""
    data = bytearray(sample.read_bytes())
    for where, value in edits:
        data[min(int(where * len(data)), len(data) - 1)] = value
    if cut is not None:
        data = data[: int(cut * len(data))]
    path = folder / ("damaged" + sample.suffix)
    path.write_bytes(bytes(data))
    _, peak = read_all(path)
    assert in_proportion(peak, path)


JSON_VALUES = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXT),
                           lambda inner: st.one_of(st.lists(inner, max_size=5),
                                                   st.dictionaries(TEXT, inner, max_size=5)), max_leaves=30)
LEAD_KEYS = st.sampled_from(["UserDetails", "LeadSource", "ActionCode", "OfferTitle", "Email", "FirstName",
                             "Description", "CustomerInfo", "LeadCreationDateTime"])


@given(items=st.lists(st.dictionaries(st.one_of(LEAD_KEYS, TEXT), JSON_VALUES, max_size=8), max_size=6),
       lines=st.booleans())
def test_any_json_is_read_or_refused(folder, items, lines):
    path = folder / ("fuzz.jsonl" if lines else "fuzz.json")
    text = "\n".join(json.dumps(i, ensure_ascii=False) for i in items) if lines else json.dumps(items)
    path.write_text(text or "[]", encoding="utf-8")
    _, peak = read_all(path)
    assert in_proportion(peak, path)


XLSX_CELLS = st.one_of(st.none(), TEXT.filter(lambda t: not t.startswith("=")), st.integers(-10**9, 10**9),
                       st.floats(allow_nan=False, allow_infinity=False),
                       st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2999, 1, 1)))


@given(header=st.one_of(st.just(HEADERS), st.lists(XLSX_CELLS, max_size=8)),
       rows=st.lists(st.lists(XLSX_CELLS, max_size=10), max_size=6), blank_rows=st.integers(0, 3))
def test_any_workbook_is_read_or_refused(folder, header, rows, blank_rows):
    book = openpyxl.Workbook()
    for _ in range(blank_rows):          # a title block above the header
        book.active.append([])
    for row in (header, *rows):
        book.active.append([_xlsx_safe(c) for c in row])
    path = folder / "fuzz.xlsx"
    book.save(path)
    _, peak = read_all(path)
    assert in_proportion(peak, path)


def _xlsx_safe(cell):
    """openpyxl refuses control characters in cells (Excel cannot store them either)."""
    if isinstance(cell, str):
        return "".join(ch for ch in cell if ch >= " " or ch in "\t\n\r")
    return cell
