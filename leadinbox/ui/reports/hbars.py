"""A horizontal bar chart painted with QPainter: labelled rows, a number beside each bar; a centred funnel."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from leadinbox.ui.language.i18n import format_number
from leadinbox.ui.reports.chart import BAR, ReportChart

MAX_ROW = 30          # a row's height at most, in pixels: a short list does not turn into slabs


@dataclass(frozen=True)
class HBar:
    label: str
    value: float
    text: str = ""                 # written after the bar (defaults to the value)
    colour: str = BAR
    gap_before: bool = False       # a little space: the rows below are beside the list, not part of it


class HBarChart(ReportChart):
    def __init__(self, title: str, *, funnel: bool = False, parent=None) -> None:
        super().__init__(title, parent)
        self.funnel = funnel       # bars centred, as a funnel narrows
        self.rows: list[HBar] = []

    def set_rows(self, rows: list[HBar]) -> None:
        self.rows = rows
        self.update()

    def has_data(self) -> bool:
        return any(r.value for r in self.rows)

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        gaps = sum(1 for r in self.rows if r.gap_before)
        row_h = min(MAX_ROW, (area.height() - gaps * line / 2) / max(len(self.rows), 1))
        label_w = min(max(metrics.horizontalAdvance(r.label) for r in self.rows) + 14, area.width() * 0.4)
        texts = [r.text or format_number(r.value) for r in self.rows]
        text_w = max(metrics.horizontalAdvance(t) for t in texts) + 8
        bars = QRectF(area.left() + label_w, area.top(), area.width() - label_w - text_w, area.height())
        top = max((r.value for r in self.rows), default=0) or 1
        y = area.top()
        for row, text in zip(self.rows, texts):
            if row.gap_before:
                y += line / 2
            width = max(bars.width() * row.value / top, 1 if row.value else 0)
            x = bars.left() + ((bars.width() - width) / 2 if self.funnel else 0)
            bar = QRectF(x, y + row_h * 0.15, width, row_h * 0.7)
            painter.fillRect(bar, QColor(row.colour))
            painter.setPen(self.text_colour())
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            painter.drawText(QRectF(area.left(), y, label_w - 10, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            end = (bars.right() if self.funnel else bar.right()) + 6
            painter.drawText(QRectF(end, y, text_w, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += row_h
