"""Help › Keyboard shortcuts: read from the window's menus, so the list cannot fall behind the actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QMenuBar, QTableWidget, QTableWidgetItem

from leadinbox.ui.widgets.close_box import show_with_close


# An action whose text changes ("Undo Deal value", "Log attempt… (3 customers)") keeps its plain name here.
NAME = "shortcutName"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def fixed_shortcuts() -> list[tuple[str, str]]:
    """Keys the inbox handles itself (no menu action carries them)."""
    return [
        (_tr("/"), _tr("Search")),
        (_tr("↓ or Enter"), _tr("From the search box to the results")),
        (_tr("Esc"), _tr("Clear the search")),
        (_tr("Alt+A"), _tr("Show a search's matches in the other views too")),
        (_tr("↑ ↓ or J K"), _tr("Move through the inbox")),
        (_tr("→ ←"), _tr("Expand / collapse a customer")),
        (_tr("Enter"), _tr("Open the customer (expand and show details)")),
        (_tr("Shift+F10 or Menu"), _tr("The Lead menu for the current row")),
    ]


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, key, action) for every menu action that has a shortcut, in menu order."""
    found = []
    for top in bar.actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in menu.actions():
            key = action.shortcut()
            if key.isEmpty():
                continue
            found.append((_plain(top.text()), key.toString(QKeySequence.SequenceFormat.NativeText),
                          _plain(action.property(NAME) or action.text())))
    return found


def _plain(text: str) -> str:
    """'Log &attempt…' -> 'Log attempt' ('&&' is a literal ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        inbox = self.tr("Inbox")
        rows = [(inbox, key, what) for key, what in fixed_shortcuts()] + menu_shortcuts(bar)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels((self.tr("Where"), self.tr("Key"), self.tr("Does")))
        for row, values in enumerate(rows):
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        show_with_close(self, self.table, 560, 640)


def show_shortcuts(window) -> None:
    ShortcutsDialog(window.menuBar(), window).exec()
