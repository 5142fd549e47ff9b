"""The numbers beside a chart: a read-only table model (headers and rows of text or numbers)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from leadinbox.ui.language.i18n import format_date, format_number

DISPLAY, ALIGN = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole
SORT = Qt.ItemDataRole.UserRole          #: the cell's own value (a number, not its text)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ReportTableModel(QAbstractTableModel):
    """Rows of cells; a number shows with thousands separators and aligns right, a date in the locale's short
    format (as the charts' axes), None as a dash."""

    def __init__(self, headers: list[str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = list(headers or [])
        self._rows: list[list[object]] = []

    def set_table(self, headers: list[str], rows: list[list[object]]) -> None:
        self.beginResetModel()
        self._headers, self._rows = list(headers), [list(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[list[object]]:
        return [list(r) for r in self._rows]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=DISPLAY):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        if role == DISPLAY:
            if value is None:
                return "–"
            if isinstance(value, date):
                return format_date(value)
            return format_number(value) if isinstance(value, int) else str(value)
        if role == ALIGN:
            return _RIGHT if isinstance(value, (int, float)) or index.column() > 0 else _LEFT
        if role == SORT:
            return value
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
