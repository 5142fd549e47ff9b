"""The raw row kept with each lead: a JSON array of its cells that reads back as the file said it."""

import json
import random
from datetime import date, datetime

import pytest

from leadinbox.core.rawjson import raw_fields, raw_row

_CELLS = ["", "text", 'with "quotes", commas\nand lines', "台灣", "\x00nul", 0, 1, -2.5, 1e20, float("nan"),
          True, False, None, datetime(2026, 3, 1, 4, 5, 6), date(2026, 3, 2), "Not Specified", " padded "]


def _expected(cells: list) -> list:
    return [c if c is None or isinstance(c, (str, int, float)) else str(c) for c in cells]


@pytest.mark.parametrize("headers", [["A", "B", "C", "D"], ["A", "B", "A", "D"], ["Naam", "電子郵件", "x\"y", "z"]])
def test_rows_of_every_kind_read_back_cell_for_cell(headers):
    rnd = random.Random(len(headers[2]))
    for _ in range(2000):
        cells = [rnd.choice(_CELLS) for _ in range(rnd.randint(0, 6))]
        text = raw_row(cells)
        assert text == json.dumps(_expected(cells), ensure_ascii=False, separators=(",", ":")), cells
        back = json.loads(text)
        assert [str(c) for c in back] == [str(c) for c in _expected(cells)]     # nan != nan, as text equal
        names = [headers[i] if i < len(headers) else f"column {i + 1}" for i in range(len(cells))]
        assert [n for n, _ in raw_fields(text, headers)] == [n for n, c in zip(names, cells) if c not in (None, "")]


def test_text_rows_keep_every_position():
    assert raw_row(["a@b.example", "", "x"]) == '["a@b.example","","x"]'


def test_rows_of_text_and_dates_as_an_xlsx_gives_them():
    cells = ["a1", datetime(2026, 3, 1, 4, 5, 6, 120000), "", date(2026, 3, 2)]
    assert raw_row(cells) == \
        '["a1","2026-03-01 04:05:06.120000","","2026-03-02"]'


def test_fields_are_named_by_the_header_and_empty_cells_left_out():
    raw = raw_row(["a@b.example", "", "b@c.example", "extra"])
    assert raw_fields(raw, ["Email", "Name", "Email"]) == [("Email", "a@b.example"), ("Email", "b@c.example"),
                                                           ("column 4", "extra")]


def test_rows_kept_as_objects_by_older_versions_still_read():
    assert raw_fields('{"Email": "a@b.example", "Lead ID": 7, "Notes": ""}', None) == \
        [("Email", "a@b.example"), ("Lead ID", 7)]
