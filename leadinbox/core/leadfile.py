"""Opening any lead file: detect its kind, read its table, place its columns, yield LeadRecords."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from leadinbox.core import limits
from leadinbox.core.csv_reader import read_csv
from leadinbox.core.file_kinds import LEAD_SUFFIXES, SUPPORTED  # noqa: F401 (SUPPORTED re-exported)
from leadinbox.core.errors import FileRefused, LayoutNotRecognised, RowProblem
from leadinbox.core.headers import HeaderMatch, match_headers, recognise_layout, unplaced_fields
from leadinbox.core.json_reader import read_json
from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.core.normalise import RowNormaliser
from leadinbox.core.records import LeadRecord
from leadinbox.core.table import Table

_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class LeadFile:
    """A readable lead file whose layout is known (or mapped). `records()` can be iterated once."""

    path: Path
    table: Table
    match: HeaderMatch
    layout: str | None
    size: int
    rows_read: int = 0
    details: dict = field(default_factory=dict)
    # Values that could not be read in rows that were kept (flagged on their leads), in row order.
    warnings: list[RowProblem] = field(default_factory=list)
    # Where the rows came from when they are not a file: a pulled table's address (sources/). Then `path`
    # is only its name for the import history, and there is no file to take a digest of.
    origin: str | None = None

    def batch_origin(self) -> tuple[str, str, str | None]:
        """(name, where, sha256) the import history keeps: a file's name, path and digest, or a pulled
        table's name and address."""
        if self.origin is not None:
            return str(self.path), self.origin, None
        return self.path.name, str(self.path), file_sha256(self.path)

    @property
    def headers(self) -> list[str]:
        return [str(h) if h is not None else f"column {i + 1}" for i, h in enumerate(self.table.headers)]

    @property
    def mapping(self) -> dict[str, str]:
        """Header text -> canonical field, as placed."""
        return {self.headers[i]: name for i, name in sorted(self.match.columns.items())}

    def fraction_read(self) -> float | None:
        """How much of the file has been read (0..1), where its reader can tell."""
        if self.table.position is None or not self.size:
            return None
        try:
            return min(1.0, self.table.position() / self.size)
        except (ValueError, OSError):     # the reader closed the file: it read it all
            return 1.0

    def records(self) -> Iterator[LeadRecord | RowProblem]:
        builder = RowNormaliser(self.table.headers, self.match, self.layout or "generic", self.warnings)
        for row_no, cells in self.table.rows:
            # A reader may hand on a row it could not read whole (a cut-off last row) as its problem.
            item = cells if cells.__class__ is RowProblem else builder.build(row_no, cells)
            if item is not None:         # a blank line is no row
                self.rows_read += 1
                yield item

    def record_values(self) -> Iterator[tuple[tuple, Sequence[object]] | RowProblem]:
        """As records(), each record as (its fields in the order of records.RECORD_FIELDS, the row's cells):
        the import writes these straight to the database, without a LeadRecord object per row, and writes
        the raw row (rawjson.raw_row of the cells) only for a lead it keeps."""
        values = RowNormaliser(self.table.headers, self.match, self.layout or "generic", self.warnings).values
        for row_no, cells in self.table.rows:
            item = cells if cells.__class__ is RowProblem else values(row_no, cells)
            if item is not None:         # a blank line is no row
                self.rows_read += 1
                yield item


def pulled_lead_file(name: str, origin: str, table: Table) -> LeadFile:
    """Rows read from a lead source (not a file), as a LeadFile the importer writes like any other; the
    table's `layout_hint` says which export its columns are (e.g. 'azure_table')."""
    match = match_headers(table.headers)
    return LeadFile(Path(name), table, match, table.layout_hint or recognise_layout(table.headers, match) or "generic",
                    0, details=table.details, origin=origin)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def open_lead_file(path: str | Path, mapping: dict[str, str] | None = None, *,
                   require_layout: bool = True) -> LeadFile:
    """Read the header and recognise the layout. Raises FileRefused, or LayoutNotRecognised when the
    layout is unknown and no mapping covers it (unless `require_layout` is False, for the mapping dialog)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            if any(p.suffix.lower() in LEAD_SUFFIXES for p in path.rglob("*") if p.is_file()):
                raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "this is a folder: name the lead files in it"))
            raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages",
                                                "this is a folder with no CSV, Excel or JSON lead files in it"))
        if not path.is_file():
            raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "this is not a file"))
        with open(path, "rb") as handle:
            sample = handle.read(256 * 1024)
    except OSError as exc:
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the file cannot be read ({error})"),
                          error=exc.strerror or exc) from None
    if size == 0 or not sample.strip(b"\x00 \t\r\n\xef\xbb\xbf"):
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the file is empty"))
    if size > limits.MAX_FILE_BYTES:
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the file is {size:.1f} GiB; at most {limit} GiB can be "
                                            "imported"), size=size / 1024**3, limit=limits.MAX_FILE_BYTES // 1024**3)
    table = _read_table(path, sample, size)
    match = match_headers(table.headers, mapping)
    layout = table.layout_hint or recognise_layout(table.headers, match)
    if layout is None and mapping:
        if unplaced_fields(match) and not (match.fields & {"email", "full_name", "first_name", "last_name"}):
            raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the mapping places neither an email nor a name column"))
        layout = "mapped"
    if layout is None and not mapping and path.suffix.lower() in _WORKBOOK_SUFFIXES and not _is_zip(sample):
        # Read as text, it is no lead list either: the name promised a workbook, so that is what to say,
        # rather than offering to map "columns" made of whatever text it holds.
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "the file is named {suffix} but is not an Excel workbook "
                                            "(it holds text); if it is a CSV export, give it a .csv name"),
                          suffix=path.suffix)
    if layout is None and require_layout:
        guess = {str(table.headers[i]): name for i, name in match.columns.items()}
        raise LayoutNotRecognised(unplaced_fields(match), guess)
    return LeadFile(path, table, match, layout, size, details=table.details)


def read_table(path: Path, size: int) -> Table:
    """The table of a file open_lead_file has accepted, read again from its start (core/read_ahead.py)."""
    with open(path, "rb") as handle:
        sample = handle.read(256 * 1024)
    return _read_table(path, sample, size)


def _is_zip(sample: bytes) -> bool:
    return sample.startswith((b"PK\x03\x04", b"PK\x05\x06"))


def _read_table(path: Path, sample: bytes, size: int) -> Table:
    if _is_zip(sample):
        from leadinbox.core.xlsx_reader import read_xlsx      # zip and XML readers: only for a workbook
        return read_xlsx(path)
    if sample.startswith(_OLE2):
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "this is an old binary Excel file (.xls) or a "
                                            "password-protected workbook; save it as .xlsx or CSV first"))
    stripped = sample.lstrip(b"\xef\xbb\xbf \t\r\n")
    # Some CRMs and web portals save an HTML table, or Excel 2003 XML, with an .xls name (Excel opens both).
    if _looks_html(stripped):
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "this is a web page (an HTML table), not a "
                                            "spreadsheet; open it in Excel and save it as .xlsx or CSV first"))
    if _looks_xml_workbook(stripped):
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "this is an Excel 2003 XML spreadsheet; open it in "
                                            "Excel and save it as .xlsx or CSV first"))
    if stripped[:1] in (b"{", b"["):
        return read_json(path, size)
    if _looks_binary(sample):
        raise FileRefused(QT_TRANSLATE_NOOP("CoreMessages", "this is a binary file, not a lead list (CSV, Excel or JSON)"))
    return read_csv(path, sample)


def _looks_html(head: bytes) -> bool:
    start = head[:1024].lower()
    return start.startswith((b"<!doctype html", b"<html", b"<table")) or (
        start.startswith(b"<?xml") and b"<html" in start)


def _looks_xml_workbook(head: bytes) -> bool:
    """Excel 2003's "XML Spreadsheet", often named .xls."""
    start = head[:2048].lower()
    return start.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in start


def _looks_binary(sample: bytes) -> bool:
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    head = sample[:8192]
    zeros = head.count(0)
    odd, even = head[1::2].count(0), head[0::2].count(0)
    half = max(len(head) // 2, 1)
    if zeros and (odd > half * 0.4 > even * 4 or even > half * 0.4 > odd * 4):
        return False  # UTF-16 without a BOM: NUL in every other byte, and only there
    body = head.rstrip(b"\x00")
    if len(body) >= 64 and b"\n" in body:
        head = body  # NUL padding after text lines (a cut-off download, a crash while saving) is not content
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 and b != 27)
    return controls > max(8, len(head) // 50)
