"""Lead entities of the Azure Table as the rows of a Storage Explorer CSV export of that table: the same
columns, so they go through the same normalisation as the file and a lead pulled live and the same lead in a
later export are one lead (`RowKey` is its id). Odd values become text, with a warning, never a crash."""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from leadinbox.core import leadsource
from leadinbox.core.errors import RowProblem
from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.core.table import Table

LAYOUT = "azure_table"          # as core.headers recognises the CSV export: the same source system
# The columns Storage Explorer exports, in its order; properties a writer added come after them, sorted.
COLUMNS = ("PartitionKey", "RowKey", "Timestamp", "ActionCode", "CreatedTime", "CustomerInfo", "Description",
           "LeadSource", "OfferDisplayName", "ProductId", "PublisherDisplayName")
_TEXT = frozenset(COLUMNS[3:]) - {"CreatedTime"}     # written as strings; anything else there is odd
MAX_VALUE_CHARS = 32_768        # the table service's largest string (64 KiB of UTF-16)
_STAMP = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,7}))?Z")
_EPOCH_DAY = date(1970, 1, 1).toordinal()

CUT = QT_TRANSLATE_NOOP("CoreMessages", "the value was {length:,} characters long; kept its first {limit:,}")
NOT_TEXT = QT_TRANSLATE_NOOP("CoreMessages", "the value is not text but {kind}; kept as text")
_KINDS = {bool: "true/false", int: "a number", float: "a number", uuid.UUID: "a GUID"}
BINARY_TEXT = QT_TRANSLATE_NOOP("CoreMessages", "the value is binary; kept as the text it holds")
BINARY_LEFT_OUT = QT_TRANSLATE_NOOP("CoreMessages", "the value is binary ({size:,} bytes); kept as base64")
UNKNOWN_ACTION = QT_TRANSLATE_NOOP("CoreMessages", "the action code “{code}” is not one the marketplace is known "
                                                   "to send; the lead is kept with it")


def ticks(stamp: str) -> int:
    """'2026-12-05T23:46:06.7942189Z' in units of 100 ns since 1970: the service's own precision, which a
    Python datetime (microseconds) cannot hold. ValueError when it is not such a text."""
    found = _STAMP.fullmatch(stamp)
    if not found:
        raise ValueError(f"not a table timestamp: {stamp!r}")
    text = found[1]       # read by position: strptime took 40 µs a call, every entity has one
    days = date(int(text[:4]), int(text[5:7]), int(text[8:10])).toordinal() - _EPOCH_DAY
    seconds = days * 86_400 + int(text[11:13]) * 3600 + int(text[14:16]) * 60 + int(text[17:19])
    return seconds * 10_000_000 + int((found[2] or "").ljust(7, "0"))


def stamp(value: int) -> str:
    """The inverse of ticks(): always seven decimals, as the service writes them."""
    seconds, rest = divmod(value, 10_000_000)
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") + f".{rest:07d}Z"


def service_timestamp(entity) -> str | None:
    """The entity's Timestamp as the service wrote it. The SDK keeps it out of the entity's fields, in
    metadata, as a datetime that dropped the seventh digit; its text survives as `tables_service_value`."""
    value = (getattr(entity, "metadata", None) or {}).get("timestamp")
    if value is None:
        return None
    text = value if isinstance(value, str) else getattr(value, "tables_service_value", None)
    if isinstance(text, str) and _STAMP.fullmatch(text):
        return text
    if isinstance(value, datetime):
        moment = value.astimezone(timezone.utc) if value.tzinfo else value.replace(tzinfo=timezone.utc)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0Z"
    return None


@dataclass
class EntityRows:
    """Entities as a table the importer reads; `keys[n]` is (PartitionKey, RowKey) of row n."""

    table: Table
    keys: dict[int, tuple[str, str]]
    warnings: list[RowProblem] = field(default_factory=list)


def _text(value: object, column: str, row: int, warnings: list[RowProblem]) -> str:
    """One property as the text a CSV export would hold."""
    value = getattr(value, "value", value) if type(value).__name__ == "EntityProperty" else value
    if value is None:
        return ""
    if isinstance(value, str):
        if len(value) > MAX_VALUE_CHARS:
            warnings.append(RowProblem.of(row, column, CUT, length=len(value), limit=MAX_VALUE_CHARS))
            return value[:MAX_VALUE_CHARS]
        return value
    if isinstance(value, (bytes, bytearray)):
        try:
            text = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            warnings.append(RowProblem.of(row, column, BINARY_LEFT_OUT, size=len(value)))
            return base64.b64encode(bytes(value[:MAX_VALUE_CHARS])).decode("ascii")
        warnings.append(RowProblem.of(row, column, BINARY_TEXT))
        return _text(text, column, row, warnings)
    if isinstance(value, datetime):
        moment = value.astimezone(timezone.utc) if value.tzinfo else value
        return moment.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if value.tzinfo else "")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (int, float, uuid.UUID)):
        text = str(value)
    else:
        text = str(value)[:MAX_VALUE_CHARS]
        warnings.append(RowProblem.of(row, column, NOT_TEXT, kind=type(value).__name__))
        return text
    kind = _KINDS.get(type(value), type(value).__name__)
    if column in _TEXT:
        warnings.append(RowProblem.of(row, column, NOT_TEXT, kind=kind))
    return text


def to_rows(entities: Iterable, timestamps: list[str | None]) -> EntityRows:
    """`entities` (dict-like, as the SDK gives them) with their service timestamps, as numbered rows."""
    entities = list(entities)
    extra = sorted({str(k) for e in entities for k in e.keys()} - set(COLUMNS))
    headers = [*COLUMNS, *extra]
    warnings: list[RowProblem] = []
    keys: dict[int, tuple[str, str]] = {}
    rows = []
    for n, (entity, timestamp) in enumerate(zip(entities, timestamps), start=1):
        # Most properties are strings of a sane length: taken as they are, without a call each.
        cells = [v if v.__class__ is str and len(v) <= MAX_VALUE_CHARS else _text(v, name, n, warnings)
                 for name, v in zip(headers, map(entity.get, headers))]
        cells[2] = timestamp or ""
        keys[n] = (cells[0], cells[1])
        code = cells[3].strip()
        if code and not leadsource.is_known_action(leadsource.action_code(code)) \
                and not leadsource.is_known_action(leadsource.parse(cells[7] or None).action):
            warnings.append(RowProblem.of(n, "ActionCode", UNKNOWN_ACTION, code=code[:40]))
        rows.append((n, cells))
    table = Table(headers=headers, rows=iter(rows), kind="azure-table", layout_hint=LAYOUT)
    return EntityRows(table, keys, warnings)
