"""A vertical bar chart painted with QPainter: stacked series, or shares (0-100 %), with a legend."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from leadinbox.ui.language.i18n import format_number
from leadinbox.ui.reports.chart import BAR, ReportChart, nice_ticks

LEGEND_SWATCH = 10
MAX_BAR = 64          # pixels: three weeks of data are three bars, not three walls


def label_left(centre: float, width: float, left: float, right: float) -> float:
    """Where a bar's label of `width` starts: centred under its bar, but moved inside `left`..`right` (the
    last week's date ran past the chart's edge: "19 Oct 202")."""
    return max(left, min(centre - width / 2, right - width))


class BarChart(ReportChart):
    """`set_data(categories, series, values)`: values[i][j] is series j in category i (None: no value)."""

    def __init__(self, title: str, *, percent: bool = False, parent=None) -> None:
        super().__init__(title, parent)
        self.percent = percent
        self.categories: list[str] = []
        self.series: list[tuple[str, str]] = []       # (name, colour)
        self.values: list[list[float | None]] = []
        self.bar_colours: list[str] | None = None     # one colour per category (single series only)
        self.label_rects: list[QRectF] = []           # where the last paint put the x axis's labels

    def set_data(self, categories: list[str], series: list[tuple[str, str]], values: list[list[float | None]],
                 *, bar_colours: list[str] | None = None) -> None:
        self.categories, self.series, self.values, self.bar_colours = categories, series, values, bar_colours
        self.update()

    def has_data(self) -> bool:
        # A share of 0 % is data; a count of 0 in every category is not.
        return any(v is not None and (v or self.percent) for row in self.values for v in row)

    def totals(self) -> list[float]:
        return [sum(v or 0 for v in row) for row in self.values]

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        if len(self.series) > 1:
            area = self._legend(painter, area)
        top = 1.0 if self.percent else max(self.totals())
        ticks = [t / 100 for t in nice_ticks(100, 4)] if self.percent else nice_ticks(top)
        labels = [self._tick_label(t) for t in ticks]
        axis_w = max(metrics.horizontalAdvance(t) for t in labels) + 6
        plot = QRectF(area.left() + axis_w, area.top() + line / 2, area.width() - axis_w,
                      area.height() - line * 1.6 - line / 2)
        scale = plot.height() / ticks[-1]
        grid = QColor(self.text_colour())
        grid.setAlpha(40)
        for tick, label in zip(ticks, labels):
            y = plot.bottom() - tick * scale
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.text_colour())
            painter.drawText(QRectF(area.left(), y - line / 2, axis_w - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        self._bars(painter, plot, scale)

    def _bars(self, painter: QPainter, plot: QRectF, scale: float) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        n = max(len(self.categories), 1)
        slot = plot.width() / n
        bar_w = min(max(slot * 0.7, 1.0), MAX_BAR)
        widest = max((metrics.horizontalAdvance(c) for c in self.categories), default=0) + 8
        every = max(1, int(widest // slot) + 1)          # label every n-th bar so labels never overlap
        show_values = slot >= metrics.horizontalAdvance("100 %") + 2
        labels: list[tuple[QRectF, str]] = []
        left = max(plot.left() - widest, 0.0)        # a first date may reach under the axis's numbers, as before
        painter.setPen(Qt.PenStyle.NoPen)
        for i, (category, row) in enumerate(zip(self.categories, self.values)):
            x = plot.left() + i * slot + (slot - bar_w) / 2
            y = plot.bottom()
            for j, value in enumerate(row):
                if not value:
                    continue
                height = value * scale
                colour = (self.bar_colours[i] if self.bar_colours
                          else self.series[j][1] if self.series else BAR)
                painter.fillRect(QRectF(x, y - height, bar_w, height), QColor(colour))
                y -= height
            painter.setPen(self.text_colour())
            total = sum(v or 0 for v in row)
            if show_values and (total or row and row[0] is not None and self.percent):
                painter.drawText(QRectF(x - slot, y - line - 1, bar_w + 2 * slot, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 self._tick_label(total))
            if (n - 1 - i) % every == 0:          # counted from the last bar: the latest week has its date
                width = metrics.horizontalAdvance(category) + 2
                labels.append((QRectF(label_left(x + bar_w / 2, width, left, plot.right()), plot.bottom() + 3,
                                      width, line), category))
            painter.setPen(Qt.PenStyle.NoPen)
        # Moved inside the chart, the last date may meet the one before it: that one is left out, not overlaid.
        self.label_rects = []
        painter.setPen(self.text_colour())
        for rect, text in reversed(labels):
            if not self.label_rects or rect.right() + 4 <= self.label_rects[-1].left():
                self.label_rects.append(rect)
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
        self.label_rects.reverse()

    def _legend(self, painter: QPainter, area: QRectF) -> QRectF:
        metrics = painter.fontMetrics()
        line = metrics.height()
        x, y = area.left(), area.top()
        for name, colour in self.series:
            width = LEGEND_SWATCH + 4 + metrics.horizontalAdvance(name) + 14
            if x + width > area.right() and x > area.left():
                x, y = area.left(), y + line + 2
            swatch = QRectF(x, y + (line - LEGEND_SWATCH) / 2, LEGEND_SWATCH, LEGEND_SWATCH)
            painter.fillRect(swatch, QColor(colour))
            painter.setPen(self.text_colour())
            painter.drawText(QRectF(x + LEGEND_SWATCH + 4, y, width, line), Qt.AlignmentFlag.AlignLeft, name)
            x += width
        return QRectF(area.left(), y + line + 6, area.width(), area.bottom() - y - line - 6)

    def _tick_label(self, value: float) -> str:
        if self.percent:
            return f"{value * 100:.0f} %"
        return format_number(value, 0 if value == int(value) else 1)
