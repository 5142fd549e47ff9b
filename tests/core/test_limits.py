"""Every size limit of core/limits.py refuses with a message that says which limit and where (the limits are
lowered here so the files stay small; the zip-bomb, field-length and column limits have their own tests in
tests/store/importing/test_refused_files.py)."""

from __future__ import annotations

import json

import openpyxl
import pytest

from leadinbox.core import limits
from leadinbox.core.errors import FileRefused
from leadinbox.core.leadfile import open_lead_file

ROWS = ["Email,Name,Call to action,Offer name,Created date"] + [
    f"p{i}@x.example,P {i},Contact me,Offer A,2026-10-01" for i in range(2, 8)]


def refused(path) -> FileRefused:
    with pytest.raises(FileRefused) as caught:
        list(open_lead_file(path).records())
    return caught.value


def workbook(path, rows=6, cols=5):
    book = openpyxl.Workbook()
    book.active.append(["Email", "Name", "Call to action", "Offer name", "Created date"][:cols])
    for i in range(rows):
        book.active.append([f"p{i}@x.example", f"P {i}", "Contact me", "Offer A", "2026-10-01"][:cols])
    book.save(path)
    return path


def test_file_size(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.csv"
    path.write_text("\n".join(ROWS), encoding="utf-8")
    assert "can be imported" in refused(path).reason and "GiB" in refused(path).reason


def test_json_size(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_JSON_BYTES", 64)
    path = tmp_path / "big.json"
    path.write_text(json.dumps([{"UserDetails": {"Email": f"p{i}@x.example"}} for i in range(5)]), encoding="utf-8")
    assert "MiB can be read" in refused(path).reason


def test_csv_row_count_names_the_first_row_too_many(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 4)
    path = tmp_path / "many.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    error = refused(path)
    assert "more than 4 rows; split the file" in error.reason and error.row == 5


def test_xlsx_row_count(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 4)
    error = refused(workbook(tmp_path / "many.xlsx"))
    assert "more than 4 rows" in error.reason and error.row == 5


def test_sheet_dimensions_are_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_SHEET_CELLS", 20)
    error = refused(workbook(tmp_path / "wide.xlsx", rows=6, cols=5))
    assert "7 rows × 5 columns; too large" in error.reason


def test_within_the_limits_everything_is_read(tmp_path):
    path = tmp_path / "ok.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    assert len(list(open_lead_file(path).records())) == len(ROWS) - 1
    assert len(list(open_lead_file(workbook(tmp_path / "ok.xlsx")).records())) == 6
