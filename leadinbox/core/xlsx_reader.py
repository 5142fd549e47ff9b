"""XLSX: zip and XML safety checks first, then python-calamine for speed (perf-floors.md)."""

from __future__ import annotations

import logging

import zipfile
from collections.abc import Iterator
from datetime import time, timedelta
from pathlib import Path

import python_calamine
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from leadinbox.core import limits
from leadinbox.core.errors import FileRefused
from leadinbox.core.headers import header_score
from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.core.table import TOO_MANY_ROWS, Row, Table, chain_rows, split_header

_MiB = 1024**2
_DAMAGED = QT_TRANSLATE_NOOP("CoreMessages", "the workbook part {part} is damaged")


log = logging.getLogger("leadinbox.xlsx")


def check_workbook_zip(path: Path) -> None:
    """Refuse zip bombs and XML with a DTD (entity bombs) before any part is unpacked or parsed."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "this is not a valid Excel workbook (the .xlsx "
                                            "container is damaged or cut off)")) from None
    with archive:
        entries = archive.infolist()
        names = {e.filename for e in entries}
        if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "this is a zip archive, but not an Excel workbook"))
        if len(entries) > limits.MAX_ZIP_ENTRIES:
            raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the workbook has {count:,} parts; that is not a "
                                                "lead export"), count=len(entries))
        total = 0
        for entry in entries:
            total += entry.file_size
            ratio = entry.file_size / max(entry.compress_size, 1)
            if entry.file_size > limits.MAX_ZIP_MEMBER_BYTES or total > limits.MAX_ZIP_TOTAL_BYTES or (
                    entry.file_size > _MiB and ratio > limits.MAX_ZIP_RATIO):
                raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the workbook part {part} would unpack to "
                                                    "{size:,} MiB; refused as a possible zip bomb"),
                                  part=entry.filename, size=entry.file_size // _MiB)
        for entry in entries:
            # Every part, whatever its name: calamine follows the relationships to a part named, say,
            # "SharedStrings.XML". A part that is not XML fails at its first bytes, which costs nothing.
            if not entry.is_dir():
                _check_prolog(archive, entry.filename)


def _check_prolog(archive: zipfile.ZipFile, name: str) -> None:
    """A DTD can only sit before the root element, so parsing up to the first tag is enough."""
    try:
        with archive.open(name) as part:
            for _event, _elem in iterparse(part, events=("start",), forbid_dtd=True):
                return
    except DefusedXmlException:
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the workbook part {part} declares XML entities; "
                                            "refused as unsafe"), part=name) from None
    except zipfile.BadZipFile:
        raise FileRefused(_DAMAGED, part=name) from None
    except Exception as exc:  # a ParseError in one part: calamine reports it better when reading
        if "truncated" in str(exc).lower() or "crc" in str(exc).lower():
            raise FileRefused(_DAMAGED, part=name) from None


def read_xlsx(path: Path) -> Table:
    check_workbook_zip(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            book = python_calamine.CalamineWorkbook.from_path(str(path))
        else:
            # Chosen by its content, not its name (an .xlsx renamed .xls): calamine reads a file object
            # whole, as whatever workbook it holds.
            with open(path, "rb") as handle:
                book = python_calamine.CalamineWorkbook.from_filelike(handle)
        sheet_name, rows = _leads_sheet(book)
    except FileRefused:
        raise
    except Exception as exc:  # calamine raises its own types for broken XML or zip parts
        # The reader's own words (a Rust type name, a zip offset) mean nothing to the user: they go to the log.
        log.info("calamine could not read %s: %s: %s", path.name, type(exc).__name__, str(exc)[:200])
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the workbook could not be read: it may be damaged, "
                                            "protected by a password, or not a workbook; open it in Excel and save "
                                            "it as .xlsx or CSV")) from None
    header, buffered, rest = split_header(rows, sheet=sheet_name)
    return Table(header, chain_rows(buffered, rest), kind="xlsx", details={"sheet": sheet_name})


def _leads_sheet(book) -> tuple[str, Iterator[Row]]:
    """The sheet that looks most like a lead list (an export may put a summary sheet first)."""
    best = None
    for name in book.sheet_names:
        sheet = book.get_sheet_by_name(name)
        if sheet.height * max(sheet.width, 1) > limits.MAX_SHEET_CELLS:
            raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the sheet “{sheet}” has {rows:,} rows × "
                                                "{columns:,} columns; too large"),
                              sheet=name, rows=sheet.height, columns=sheet.width)
        head = sheet.to_python(skip_empty_area=False, nrows=limits.HEADER_SCAN_ROWS)
        score = max((header_score(r) for r in head), default=0)
        if best is None or score > best[0]:
            best = (score, name, sheet)
    if best is None:
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the workbook has no sheets"))
    _score, name, sheet = best
    return name, _rows(sheet)


def _rows(sheet) -> Iterator[Row]:
    first = sheet.start[0] if sheet.start else 0
    for offset, cells in enumerate(sheet.iter_rows()):
        if offset >= limits.MAX_ROWS:
            raise FileRefused(TOO_MANY_ROWS, row=first + offset + 1, limit=limits.MAX_ROWS)
        # Most rows hold text and dates only: nothing to convert, and no Python call per cell.
        values = [_value(c) for c in cells] if _CONVERTED.intersection(map(type, cells)) else cells
        if values.count("") != len(values):
            yield first + offset + 1, values


_CONVERTED = frozenset({float, time, timedelta})   # what _value changes


def _value(cell):
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e15:
        return int(cell)          # phone numbers and ids typed as numbers
    if isinstance(cell, (time, timedelta)):
        return str(cell)
    return cell

