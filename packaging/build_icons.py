"""Renders resources/icons/leadinbox.svg to the PNG sizes desktops ask for (`make icons`).

The PNGs land in leadinbox/assets/icons/ (package data: the window icon, the bundle, the Linux install).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "leadinbox.svg"
OUT = ROOT / "leadinbox" / "assets" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, source: Path = SOURCE):
    """The icon at `size` pixels as a QImage (needs a QGuiApplication)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path = OUT) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        target = out / f"leadinbox-{size}.png"
        if not render(size).save(str(target)):
            raise SystemExit(f"could not write {target}")
    print(f"wrote {len(SIZES)} icons to {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
