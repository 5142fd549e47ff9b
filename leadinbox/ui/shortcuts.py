"""Help › Keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

SHORTCUTS = (
    ("Ctrl+O", "Import lead files"),
    ("/ or Ctrl+F", "Search"),
    ("Esc", "Clear the search"),
    ("↑ ↓ or J K", "Move through the inbox"),
    ("→ ←", "Expand / collapse a customer"),
    ("Enter", "Open the customer (expand and show details)"),
    ("Ctrl+1 … Ctrl+6", "Switch view"),
    ("Ctrl+H", "Import history"),
    ("F5", "Refresh"),
    ("F1", "Getting started"),
    ("Ctrl+Q", "Quit"),
)


def show_shortcuts(parent) -> None:
    rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in SHORTCUTS)
    QMessageBox.information(parent, "Keyboard shortcuts", f"<table>{rows}</table>")
