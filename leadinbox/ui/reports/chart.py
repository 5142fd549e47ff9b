"""What every painted report chart shares: title and subtitle, the empty state, axis ticks, PNG export."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = "#0072B2"          # Okabe-Ito blue: the single-series colour
MUTED = "#999999"
MARGIN = 10


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """Round axis steps from 0 to at least `top`: 0, 5, 10, 15, 20 rather than 0, 4.25, 8.5 …"""
    if top <= 0:
        return [0, 1]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if step < 1 and top >= 1:
        step = 1
    ticks, value = [0.0], 0.0
    while value < top - 1e-9:
        value += step
        ticks.append(round(value, 10))
    return ticks


class ReportChart(QWidget):
    """Paints its title, subtitle and either the chart (`paint_chart`) or a note that there is no data."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.title = title
        self.subtitle = ""
        self.empty_text = self.tr("No leads in this period.")
        self.setAccessibleName(title)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def has_data(self) -> bool:
        raise NotImplementedError

    def paint_chart(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def set_subtitle(self, text: str) -> None:
        self.subtitle = text
        self.setAccessibleDescription(text)
        self.update()

    def text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_all(painter, QRectF(self.rect()))
        painter.end()

    def paint_all(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(self.text_colour())
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        top = rect.top() + MARGIN
        line = painter.fontMetrics().height()
        painter.drawText(QRectF(rect.left() + MARGIN, top, rect.width() - 2 * MARGIN, line),
                         Qt.AlignmentFlag.AlignLeft, self.title)
        top += line + 2
        painter.setFont(self.font())
        if self.subtitle:
            painter.setPen(QColor(MUTED) if self.palette().color(QPalette.ColorRole.Window).lightness() > 128
                           else self.text_colour())
            # Wrapped, not cut: the funnel's adds the value won, longer than a narrow card in Dutch.
            width, flags = rect.width() - 2 * MARGIN, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
            line = painter.boundingRect(QRectF(0, 0, width, 0), flags, self.subtitle).height()
            painter.drawText(QRectF(rect.left() + MARGIN, top, width, line), flags, self.subtitle)
            top += line + 2
            painter.setPen(self.text_colour())
        area = QRectF(rect.left() + MARGIN, top + 6, rect.width() - 2 * MARGIN,
                      rect.bottom() - top - 6 - MARGIN)
        if not self.has_data():
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        self.paint_chart(painter, area)

    def to_image(self, scale: float = 2.0) -> QImage:
        """The chart on the window's background, at `scale` times its size on screen (sharp in documents)."""
        size = self.size() if self.width() > 1 else self.sizeHint()
        image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_all(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return image

    def save_png(self, path: Path) -> bool:
        return self.to_image().save(str(path), "PNG")
