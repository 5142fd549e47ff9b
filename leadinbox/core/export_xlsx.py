"""Writing exported rows to XLSX with openpyxl's write-only writer (imported only when an XLSX is written)."""

from __future__ import annotations

import contextlib
import time
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from leadinbox.core.export_cells import is_dangerous, xlsx_datetime
from leadinbox.core.export_layouts import DATETIME, Layout
from leadinbox.core.export_writers import _Atomic

XLSX_DATETIME = "yyyy-mm-dd hh:mm"
_ERRORS = frozenset(ERROR_CODES)
_YIELD_EVERY = 50      # rows


class XlsxWriter(_Atomic):
    """One sheet: a bold, frozen header row, set column widths, real dates, text that is never a formula."""

    def __init__(self, path: Path, layout: Layout) -> None:
        super().__init__(path)
        self.layout = layout
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet("Leads")
        for index, column in enumerate(layout.columns, start=1):
            self._sheet.column_dimensions[get_column_letter(index)].width = column.width
        self._sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for text in layout.headers:
            cell = WriteOnlyCell(self._sheet, value=text)
            cell.font = bold
            header.append(cell)
        self._sheet.append(header)
        self._kinds = [c.kind for c in layout.columns]
        self.rows = 0

    def write(self, values: list[object]) -> None:
        row = list(values)
        for i, value in enumerate(row):
            if self._kinds[i] == DATETIME:
                moment = xlsx_datetime(value)
                row[i] = self._date_cell(moment) if moment else None
            elif value.__class__ is str:
                if ILLEGAL_CHARACTERS_RE.search(value):
                    value = row[i] = ILLEGAL_CHARACTERS_RE.sub("", value)
                if value and (is_dangerous(value) or value in _ERRORS):
                    row[i] = self._text_cell(value)
        self._sheet.append(row)
        self.rows += 1
        if self.rows % _YIELD_EVERY == 0:
            # openpyxl's writer kept the GIL from the window for ~270 ms at a time (22-34 freezes in an export
            # of 100k leads; a CSV export has none): handing it over every few rows brings that under 60 ms
            # and costs no measurable time.
            time.sleep(0)

    def _date_cell(self, moment: datetime) -> WriteOnlyCell:
        cell = WriteOnlyCell(self._sheet, value=moment)
        cell.number_format = XLSX_DATETIME
        return cell

    def _text_cell(self, text: str) -> WriteOnlyCell:
        # A typed string is never evaluated when the file opens; quotePrefix keeps it text when the cell is
        # edited too (what Excel itself stores for a value typed with a leading apostrophe).
        cell = WriteOnlyCell(self._sheet)
        cell._value = text
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell

    def close(self) -> None:
        if self.rows:
            self._sheet.auto_filter.ref = f"A1:{get_column_letter(len(self._kinds))}{self.rows + 1}"
        self._book.save(self.part)
        self.commit()

    def abort(self) -> None:
        # Finish the sheet's streamed XML and delete openpyxl's temporary file; nothing reaches the target.
        with contextlib.suppress(Exception):    # a failed save may have closed the sheet already
            self._sheet.close()
        with contextlib.suppress(OSError):
            self._sheet._writer.cleanup()
        self.discard()
