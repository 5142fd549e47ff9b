"""The original row of a lead, kept as JSON text: its cells as an array (the file's header is kept once,
with the import), written fast; and read back as (column, value) pairs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

_quote = json.encoder.encode_basestring   # the C function json.dumps(ensure_ascii=False) uses


def _encoder(default):
    """One prepared C encoder writes what json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    writes, without building a new encoder per call."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython always has the C encoder
        return json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=default).encode
    encode = make(None, default, _quote, None, ":", ",", False, False, True)
    return lambda value: "".join(encode(value, 0))


# Cells that are not text, numbers, booleans or None (dates from a workbook, anything a JSON file nests)
# are written as str() of them.
_to_json = _encoder(str)
_TEXT_ONLY = frozenset({str})


def raw_row(cells: Sequence[object]) -> str:
    """One row's cells as the JSON array kept with its lead. Positions are kept (an empty cell is ""), so the
    header, stored once with the import, names every cell."""
    # Most rows (every CSV row) hold text only: quoted in C, no encoder call per row.
    if set(map(type, cells)) <= _TEXT_ONLY:
        return "[" + ",".join(map(_quote, cells)) + "]"
    return _to_json([c if c is None or isinstance(c, (str, int, float)) else str(c) for c in cells])


def raw_fields(raw: str, headers: Sequence[str] | None) -> list[tuple[str, object]]:
    """(column, value) for every cell of a kept row that holds something, in the file's order. Reads both
    forms: an array named by the import's header, and the {header: cell} object of databases before it."""
    value = json.loads(raw)
    if isinstance(value, dict):
        return [(str(k), v) for k, v in value.items() if v not in (None, "")]
    names = list(headers or [])
    return [(names[i] if i < len(names) else f"column {i + 1}", v)
            for i, v in enumerate(value) if v not in (None, "")]
