"""The raw row kept with each lead is what json.dumps writes for {header: cell}, empty cells left out."""

import json
import random
from datetime import date, datetime

import pytest

from leadinbox.core.rawjson import RawRow


def _reference(headers: list[str], cells: list) -> str:
    raw = {}
    for index, cell in enumerate(cells):
        if cell is None or cell == "":
            continue
        name = headers[index] if index < len(headers) else f"column {index + 1}"
        raw[name] = cell if isinstance(cell, (str, int, float)) else str(cell)
    return json.dumps(raw, ensure_ascii=False)


_CELLS = ["", "text", 'with "quotes", commas\nand lines', "台灣", "\x00nul", 0, 1, -2.5, 1e20, float("nan"),
          True, False, None, datetime(2026, 3, 1, 4, 5, 6), date(2026, 3, 1), "Not Specified", " padded "]


@pytest.mark.parametrize("headers", [["A", "B", "C", "D"], ["A", "B", "A", "D"], ["Naam", "電子郵件", "x\"y", "z"]])
def test_rows_of_every_kind(headers):
    rnd = random.Random(len(headers[2]))
    write = RawRow(headers)
    for _ in range(2000):
        cells = [rnd.choice(_CELLS) for _ in range(rnd.randint(0, 6))]
        assert write(cells) == _reference(headers, cells), cells


def test_text_rows_keep_order_and_drop_empty_cells():
    assert RawRow(["Email", "Name", "Notes"])(["a@b.example", "", "x"]) == '{"Email": "a@b.example", "Notes": "x"}'


def test_rows_of_text_and_dates_as_an_xlsx_gives_them():
    headers = ["Lead ID", "Created", "Name", "Notes"]
    cells = ["a1", datetime(2026, 3, 1, 4, 5, 6, 120000), "", date(2026, 3, 2)]
    assert RawRow(headers)(cells) == _reference(headers, cells)
    assert RawRow(headers)(cells) == '{"Lead ID": "a1", "Created": "2026-03-01 04:05:06.120000", "Notes": "2026-03-02"}'
