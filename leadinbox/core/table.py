"""What every reader hands on: a header row, the rows under it, and how the file was read."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from leadinbox.core import limits
from leadinbox.core.errors import FileRefused
from leadinbox.core.headers import header_score
from leadinbox.core.messages import QT_TRANSLATE_NOOP

Row = tuple[int, list]
# Said by every reader that counts rows (CSV, XLSX).
TOO_MANY_ROWS = QT_TRANSLATE_NOOP("CoreMessages", "more than {limit:,} rows; split the file")


@dataclass
class Table:
    """Rows keyed by their spreadsheet row number; `rows` is a one-shot iterator."""

    headers: list
    rows: Iterator[Row]
    kind: str
    layout_hint: str | None = None
    details: dict = field(default_factory=dict)
    position: Callable[[], int] | None = None    #: bytes of the file read so far, where a reader knows
    close: Callable[[], None] | None = None      #: lets go of the file, where a reader streams it


def split_header(rows: Iterator[Row], *, sheet: str | None = None) -> tuple[list, list[Row], Iterator[Row]]:
    """Find the header row among the first rows (title rows may come first) of a file, or of a workbook's
    `sheet`.

    Returns (header, rows already read after it, rest of the iterator).
    """
    head: list[Row] = []
    for item in rows:
        head.append(item)
        if len(head) >= limits.HEADER_SCAN_ROWS:
            break
    if not head:
        if sheet is None:
            raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the file is empty"))
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the sheet “{sheet}” is empty"), sheet=sheet)
    best = header_index(head)
    header = [c if c not in (None, "") else None for c in head[best][1]]
    if len(header) > limits.MAX_COLUMNS:
        if sheet is None:
            raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the file has {count} columns; at most {limit} are "
                                                "read"), count=len(header), limit=limits.MAX_COLUMNS)
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the sheet “{sheet}” has {count} columns; at most "
                                            "{limit} are read"),
                          sheet=sheet, count=len(header), limit=limits.MAX_COLUMNS)
    return header, head[best + 1:], rows


def header_index(head: list[Row]) -> int:
    """Which of the first rows is the header: the one most like one, else the first that is not blank."""
    # A row wider than any header is not one; scoring its cells would only cost time.
    scores = [header_score(cells[: limits.MAX_COLUMNS + 1]) for _, cells in head]
    best = max(range(len(head)), key=lambda i: (scores[i], -i))
    if scores[best] == 0:
        best = next((i for i, (_, cells) in enumerate(head) if any(c not in (None, "") for c in cells)), 0)
    return best


def chain_rows(buffered: list[Row], rest: Iterator[Row]) -> Iterator[Row]:
    yield from buffered
    yield from rest
