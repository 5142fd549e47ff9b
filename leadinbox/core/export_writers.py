"""Writing exported rows to CSV (UTF-8, BOM for Excel) or XLSX (openpyxl write-only), atomically."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import TYPE_CHECKING

from leadinbox.core.export_cells import csv_datetime, neutralise
from leadinbox.core.export_layouts import DATETIME, Layout

if TYPE_CHECKING:
    from leadinbox.core.export_xlsx import XlsxWriter


class _Atomic:
    """Writes to a hidden file beside the target and renames it over the target only when complete, so a
    cancelled or failed export never leaves half a file (or destroys an older one)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.part = self.path.with_name(f".{self.path.name}.part")
        # An export holds personal data: readable by the user only, like the database (the mode is kept
        # when the writers open the file again, and by the rename).
        os.close(os.open(self.part, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        if os.name == "posix":
            os.chmod(self.part, 0o600)      # a leftover part file of another mode

    def commit(self) -> None:
        os.replace(self.part, self.path)

    def discard(self) -> None:
        try:
            self.part.unlink()
        except FileNotFoundError:
            pass


class CsvWriter(_Atomic):
    def __init__(self, path: Path, layout: Layout) -> None:
        super().__init__(path)
        self.layout = layout
        self._file = open(self.part, "w", encoding="utf-8-sig" if layout.bom else "utf-8", newline="")
        self._csv = csv.writer(self._file, lineterminator="\r\n")
        self._csv.writerow([neutralise(h) for h in layout.headers])
        self._kinds = [c.kind for c in layout.columns]

    def write(self, values: list[object]) -> None:
        keep = self.layout.keep_phones
        self._csv.writerow([csv_datetime(v) if kind == DATETIME else _csv_cell(v, keep)
                            for v, kind in zip(values, self._kinds)])

    def close(self) -> None:
        self._file.close()
        self.commit()

    def abort(self) -> None:
        self._file.close()
        self.discard()


def _csv_cell(value: object, keep_phones: bool) -> object:
    if value is None:
        return ""
    if value.__class__ is str:
        return neutralise(value, keep_phones=keep_phones)
    return value


def open_writer(path: Path, layout: Layout, fmt: str) -> CsvWriter | XlsxWriter:
    if fmt == "xlsx":
        from leadinbox.core.export_xlsx import XlsxWriter     # openpyxl: 0.3 s to import, only when asked for
        return XlsxWriter(path, layout)
    return CsvWriter(path, layout)

