"""The application icon, from the PNG sizes packaging/build_icons.py renders into the package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from leadinbox.paths import ASSETS

ICONS = ASSETS / "icons"


def app_icon() -> QIcon:
    """Every rendered size, so each desktop picks a sharp one; an empty icon if none was built."""
    icon = QIcon()
    for png in sorted(ICONS.glob("leadinbox-*.png")):
        icon.addFile(str(png))
    return icon
