"""The PNG icons in the package are the SVG source rendered at every size (`make icons` after an edit)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.packaging.helpers import load_script

build_icons = load_script("build_icons")

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("size", build_icons.SIZES)
def test_every_size_is_rendered(size):
    image = QImage(str(build_icons.OUT / f"leadinbox-{size}.png"))
    assert (image.width(), image.height()) == (size, size)


@pytest.mark.parametrize("size", (16, 64))
def test_icons_are_up_to_date_with_the_svg(qapp, size):
    committed = QImage(str(build_icons.OUT / f"leadinbox-{size}.png")).convertToFormat(QImage.Format.Format_ARGB32)
    fresh = build_icons.render(size).convertToFormat(QImage.Format.Format_ARGB32)
    worst = max(abs(a - b) for a, b in zip(bytes(committed.constBits()), bytes(fresh.constBits())))
    assert worst <= 2, "resources/icons/leadinbox.svg changed: run `make icons`"


def test_window_icon_holds_every_size(qapp):
    from leadinbox.ui.window.app_icon import app_icon
    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(n, n) for n in build_icons.SIZES} <= sizes


def test_smoke_start_shows_the_window_with_its_icon(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "LEADINBOX_DATA_DIR": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path),
           "HOME": str(tmp_path), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "leadinbox", "open", "--smoke", "--db", str(tmp_path / "x.sqlite")],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "started: offscreen, 0 customers, icon set, language en (leadinbox_en)" in proc.stdout
