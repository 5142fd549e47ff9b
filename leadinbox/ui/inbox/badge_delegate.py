"""Paints the Activity column as coloured chips, each with its word (colour is never the only signal)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from leadinbox.ui.inbox.badges import ACTION_BADGES, NEUTRAL, text_colour_for
from leadinbox.ui.inbox.chip_fit import chips_that_fit
from leadinbox.ui.inbox.columns import BADGES_ROLE

_PAD_X, _GAP, _RADIUS = 6, 4, 4
STOP_COLOUR = ACTION_BADGES["DNC"][1]


def chip_font(font: QFont) -> QFont:
    """The chips' words are a little smaller than the row's text."""
    font = QFont(font)
    font.setPointSizeF(max(font.pointSizeF() * 0.9, 7))
    return font


def chips_width(font: QFont, texts: list[str]) -> int:
    """How wide a cell in the row's `font` must be to show these chips side by side."""
    metrics = QFontMetrics(chip_font(font))
    return 2 + sum(metrics.horizontalAdvance(t) + 2 * _PAD_X + _GAP for t in texts) + 4


def first_and_more_width(font: QFont, texts: list[str]) -> int:
    """The narrowest a cell may get and still show its first chip (the longest of `texts`) and a "+N"."""
    metrics = QFontMetrics(chip_font(font))
    return 2 + max(metrics.horizontalAdvance(t) for t in texts) + 2 * _PAD_X + _GAP + _more_width(metrics, 9) + 4


def more_text(count: int) -> str:
    return f"+{count}"      # i18n: not UI (a count; the tooltip names the chips)


def _more_width(metrics: QFontMetrics, count: int) -> int:
    return metrics.horizontalAdvance(more_text(count)) + 2 * _PAD_X


class BadgeDelegate(QStyledItemDelegate):
    """Chips left to right; those that do not fit are counted in a last "+N" chip, and the cell's tooltip
    then names them all (a test drive must not vanish because Dutch words are longer)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        chips = index.data(BADGES_ROLE)
        if not chips:
            super().paint(painter, option, index)
            return
        self._background(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = chip_font(option.font)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        height = min(metrics.height() + 4, option.rect.height() - 2)
        x = option.rect.left() + 2
        y = option.rect.top() + (option.rect.height() - height) / 2
        widths = self._widths(metrics, chips, height)
        shown = chips_that_fit(widths, option.rect.width() - 5, _GAP, lambda n: _more_width(metrics, n))
        for (text, colour), width in zip(chips[:shown], widths):
            self._chip(painter, option, QRectF(x, y, width, height), text, colour)
            x += width + _GAP
        if shown < len(chips):
            more = more_text(len(chips) - shown)
            self._chip(painter, option, QRectF(x, y, _more_width(metrics, len(chips) - shown), height), more,
                       NEUTRAL)
        painter.restore()

    @staticmethod
    def _widths(metrics: QFontMetrics, chips, height: float) -> list[float]:
        return [metrics.horizontalAdvance(text) + 2 * _PAD_X + (height if colour == STOP_COLOUR else 0)
                for text, colour in chips]

    def helpEvent(self, event, view, option: QStyleOptionViewItem, index) -> bool:
        """A cell that hides chips behind "+N" names them all in its tooltip."""
        chips = index.data(BADGES_ROLE) if index.isValid() else None
        if event.type() == QEvent.Type.ToolTip and chips:
            metrics = QFontMetrics(chip_font(option.font))
            height = min(metrics.height() + 4, option.rect.height() - 2)
            shown = chips_that_fit(self._widths(metrics, chips, height), option.rect.width() - 5, _GAP,
                                   lambda n: _more_width(metrics, n))
            if shown < len(chips):
                QToolTip.showText(event.globalPos(), "\n".join(text for text, _ in chips), view)
                return True
        return super().helpEvent(event, view, option, index)

    def _background(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

    @staticmethod
    def _chip(painter: QPainter, option, rect: QRectF, text: str, colour: str) -> None:
        if colour == NEUTRAL:
            pen_colour = option.palette.text().color()
            painter.setPen(QPen(QColor(pen_colour.red(), pen_colour.green(), pen_colour.blue(), 140), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), _RADIUS, _RADIUS)
            painter.setPen(option.palette.text().color())
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(rect, _RADIUS, _RADIUS)
            painter.setPen(text_colour_for(colour))
        if colour == STOP_COLOUR:
            BadgeDelegate._stop_mark(painter, rect)
            rect = rect.adjusted(rect.height() - 2, 0, 0, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _stop_mark(painter: QPainter, rect: QRectF) -> None:
        """A white 'no entry' disc: DNC must read as a warning even without colour."""
        size = rect.height() - 6
        disc = QRectF(rect.left() + 4, rect.top() + 3, size, size)
        painter.save()
        painter.setBrush(QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(disc)
        painter.setBrush(QColor(STOP_COLOUR))
        bar = size * 0.22
        painter.drawRect(QRectF(disc.left() + size * 0.2, disc.center().y() - bar / 2, size * 0.6, bar))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        chips = index.data(BADGES_ROLE)
        if chips:
            metrics = QFontMetrics(option.font)
            width = sum(metrics.horizontalAdvance(t) + 2 * _PAD_X + _GAP for t, _ in chips) + 4
            size.setWidth(max(size.width(), width))
            size.setHeight(max(size.height(), metrics.height() + 8))
        return size
