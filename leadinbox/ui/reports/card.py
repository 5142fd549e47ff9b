"""One report: its chart, the numbers in a small table beside it, and Save as PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QFrame, QHBoxLayout, QHeaderView, QPushButton,
                               QTableView, QVBoxLayout)

from leadinbox.ui.reports.chart import ReportChart
from leadinbox.ui.reports.table import ReportTableModel


class ReportCard(QFrame):
    saved = Signal(str)        # the PNG's path

    def __init__(self, chart: ReportChart, settings: QSettings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.settings = settings or QSettings()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = ReportTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("%s: numbers") % chart.title)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.save_button = QPushButton(self.tr("Save chart as PNG…"))
        self.save_button.setAccessibleName(self.tr("Save %s as PNG") % chart.title)
        self.save_button.clicked.connect(self.choose_png)
        side = QVBoxLayout()
        side.addWidget(self.table, 1)
        side.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addWidget(chart, 1)
        layout.addLayout(side, 0)
        self.setMinimumHeight(320)

    def set_table(self, headers: list[str], rows: list[list[object]]) -> None:
        self.model.set_table(headers, rows)
        # As wide as its columns (no sideways scrolling), the chart takes the rest.
        self.table.resizeColumnsToContents()
        columns = sum(self.table.columnWidth(c) for c in range(self.model.columnCount()))
        scrollbar = self.table.verticalScrollBar().sizeHint().width()
        self.table.setFixedWidth(min(max(columns + scrollbar + 2 * self.table.frameWidth() + 2, 220), 640))

    def choose_png(self) -> None:
        folder = Path(self.settings.value("reports/dir", str(Path.home())))
        name = "".join(c if c.isalnum() else "-" for c in self.chart.title.lower()).strip("-") + ".png"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), str(folder / name),
                                              self.tr("PNG image (*.png)"))
        if path:
            self.save_png(Path(path))

    def save_png(self, path: Path) -> bool:
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        ok = self.chart.save_png(path)
        if ok:
            self.settings.setValue("reports/dir", str(path.parent))
            self.saved.emit(str(path))
        return ok
