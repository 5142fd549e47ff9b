"""The original row of a lead as JSON text ({header: cell}, empty cells left out), written fast."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from itertools import compress, repeat
from operator import add, ne

_quote = json.encoder.encode_basestring   # the C function json.dumps(ensure_ascii=False) uses


def _encoder(default):
    """One prepared C encoder writes what json.dumps(value, ensure_ascii=False) writes, without building
    a new encoder per call."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython always has the C encoder
        return json.JSONEncoder(ensure_ascii=False, default=default).encode
    encode = make(None, default, _quote, None, ": ", ", ", False, False, True)
    return lambda value: "".join(encode(value, 0))


def _refuse(value: object) -> object:
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


_to_json = _encoder(_refuse)
# For rows of cells that are text, numbers or dates (an XLSX row): a date is written as str() of it,
# which is what the general path below does for any cell that is not text or a number.
_to_json_dates = _encoder(str)
_TEXT_ONLY = frozenset({str})
_TEXT_AND_DATES = frozenset({str, datetime, date})
_SCALARS = frozenset({str, int, float, bool, datetime, date})


class RawRow:
    """Writes rows of one file, whose header is `headers`, as the JSON kept with each lead."""

    def __init__(self, headers: Sequence[str]) -> None:
        self.headers = list(headers)
        # '"Header": ' per column, when no header repeats (a repeated one keeps its first place and last value).
        self._keys = [_quote(h) + ": " for h in self.headers] if len(set(headers)) == len(headers) else None

    def __call__(self, cells: Sequence[object]) -> str:
        keys = self._keys
        if keys is not None and len(cells) <= len(keys):
            types = set(map(type, cells))
            kept = list(map(ne, cells, repeat("")))
            if types <= _TEXT_AND_DATES:
                if not types <= _TEXT_ONLY:   # an XLSX row: its dates written as str() of them, as below
                    cells = [c if c.__class__ is str else str(c) for c in cells]
                return "{" + ", ".join(map(add, compress(keys, kept), map(_quote, compress(cells, kept)))) + "}"
            if types <= _SCALARS:      # no None among them
                return _to_json_dates(dict(compress(zip(self.headers, cells), kept)))
        return self._general(cells)

    def _general(self, cells: Sequence[object]) -> str:
        headers = self.headers
        raw = {}
        for index, cell in enumerate(cells):
            if cell is None or cell == "":
                continue
            name = headers[index] if index < len(headers) else f"column {index + 1}"
            raw[name] = cell if isinstance(cell, (str, int, float)) else str(cell)
        return _to_json(raw)
