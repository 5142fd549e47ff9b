"""JSON and JSON Lines holding HTTPS-endpoint lead payloads (UserDetails{…}, LeadSource, ActionCode, …)."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

from leadinbox.core import limits
from leadinbox.core.errors import FileRefused
from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.core.table import Table

_MAX_DEPTH = 4
# The json parser recurses once per level: a few kB of "[[[[..." exhausts the interpreter's stack limit.
_TOO_DEEP = QT_TRANSLATE_NOOP("CoreMessages", "the JSON is nested too deeply to be a lead export")


def read_json(path: Path, size: int) -> Table:
    if size > limits.MAX_JSON_BYTES:
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the JSON file is {size:,} MiB; at most {limit} MiB can "
                                            "be read"), size=size // 1024**2, limit=limits.MAX_JSON_BYTES // 1024**2)
    text = _decode(path.read_bytes())
    items = _items(text)
    flat: list[tuple[int, dict]] = []
    headers: dict[str, str] = {}  # folded key -> first spelling seen (keys are case-insensitive)
    for row, item in items:
        record: dict[str, object] = {}
        _flatten(item, "", record, 0)
        folded = {}
        for key, value in record.items():
            headers.setdefault(key.casefold(), key)
            folded[key.casefold()] = value
        flat.append((row, folded))
    if len(headers) > limits.MAX_COLUMNS:
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the JSON objects have {count} different keys; at most "
                                            "{limit}"), count=len(headers), limit=limits.MAX_COLUMNS)
    keys = list(headers)
    rows = ((row, [rec.get(k) for k in keys]) for row, rec in flat)
    return Table([headers[k] for k in keys], rows, kind="json", layout_hint="https_json")


def _decode(data: bytes) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            break
    else:
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the JSON is not valid UTF-8 (byte {byte})"),
                          byte=exc.start) from None


def _items(text: str) -> list[tuple[int, dict]]:
    """Numbered lead objects: an array, one object, an OData-style {"value": [...]}, or JSON Lines."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise FileRefused(_TOO_DEEP) from None
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            # A line, not a row: one lead object of a JSON array usually spans several lines.
            raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the JSON is invalid or cut off at line {line}, "
                                                "column {position} ({error})"),
                              line=exc.lineno, position=exc.colno, error=_what(exc)) from None
        return _lines(text)
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)]
        data = lists[0] if len(lists) == 1 and not _looks_like_lead(data) else [data]
    if not isinstance(data, list):
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the JSON holds no lead objects"))
    bad = next((i for i, item in enumerate(data) if not isinstance(item, dict)), None)
    if bad is not None:
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the JSON array holds something other than lead "
                                            "objects"), row=bad + 1)
    return list(enumerate(data, start=1))


def _lines(text: str) -> list[tuple[int, dict]]:
    items = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except RecursionError:
            raise FileRefused(_TOO_DEEP, row=number) from None
        except json.JSONDecodeError as exc:
            raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "this JSON Lines row is invalid or cut off at "
                                                "column {position} ({error})"),
                              row=number, position=exc.colno, error=_what(exc)) from None
        if not isinstance(item, dict):
            raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "this JSON Lines row is not a lead object"), row=number)
        items.append((number, item))
    return items


def _what(exc: json.JSONDecodeError) -> str:
    """json's message, as a phrase: "Unterminated string starting at" -> "unterminated string"."""
    return exc.msg.removesuffix(" starting at").lower()


def _looks_like_lead(data: dict) -> bool:
    return any(k.casefold() in ("userdetails", "leadsource", "actioncode", "email") for k in data)


def _flatten(value: dict, prefix: str, out: dict, depth: int) -> None:
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, dict) and depth < _MAX_DEPTH:
            _flatten(item, name + ".", out, depth + 1)
        elif isinstance(item, (dict, list)):
            out[name] = json.dumps(item, ensure_ascii=False)
        else:
            out[name] = item
