"""A dialog that shows one thing: that thing above a Close button (Escape and Close both close it)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget


def show_with_close(dialog: QDialog, content: QWidget, width: int, height: int) -> QDialogButtonBox:
    """Lay `content` out above a Close button in `dialog`, sized `width` × `height`; returns the button box
    (for a button of its own beside Close)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)
    dialog.resize(width, height)
    return buttons
