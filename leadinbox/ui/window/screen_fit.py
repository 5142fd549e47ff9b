"""First-start window sizes that fit the screen: a 1366×768 laptop has less room than the sizes we like."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92      # leaves room for the window's frame and title bar, which resize() does not count


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """`wanted`, made smaller where the screen's free area (without panels and docks) is smaller."""
    return QSize(min(wanted.width(), int(available.width() * SCREEN_SHARE)),
                 min(wanted.height(), int(available.height() * SCREEN_SHARE)))


def resize_to_screen(window: QWidget, width: int, height: int) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.resize(fitted_size(QSize(width, height), screen.availableGeometry()) if screen else QSize(width, height))
