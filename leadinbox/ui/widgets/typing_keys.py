"""Letters typed into a drop-down, a date field or the views list go to it, not to the Lead shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QListWidget, QWidget

# Shift makes a capital letter; only Ctrl/Alt/Meta make a key a command.
_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_TYPING = (QComboBox, QAbstractSpinBox, QListWidget)


class _TypingKeys(QObject):
    """The Lead menu's one-letter keys (E email, C call, A attempt...) are window-wide, for the inbox and
    the detail pane. A drop-down (or the views list) jumps to the entry starting with a typed letter, and
    a date field takes digits: there the letter must not email or call the customer shown beside it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            text = event.text()
            if text and text.isprintable() and not (event.modifiers() & _COMMAND):
                event.accept()      # the widget takes the key itself: no shortcut fires
                return True
        return False


def keep_typing_in(root: QWidget) -> None:
    """Let every drop-down, date/number field and list under `root` (and `root` itself) keep typed letters."""
    keys = _TypingKeys(root)
    widgets = [root] if isinstance(root, _TYPING) else []
    widgets += [w for kind in _TYPING for w in root.findChildren(kind)]
    for widget in widgets:
        widget.installEventFilter(keys)
        if isinstance(widget, QAbstractSpinBox) and widget.findChild(QWidget) is not None:
            for inner in widget.findChildren(QWidget):      # the line edit inside a date field has the focus
                inner.installEventFilter(keys)
