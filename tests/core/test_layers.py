"""The core and the team package import neither Qt nor SQL; the store imports no Qt."""

import subprocess
import sys

import pytest

CHECK = """
import importlib, pkgutil, sys
import leadinbox.{pkg} as pkg
for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(mod.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in {forbidden})
print(",".join(bad))
"""


@pytest.mark.parametrize("pkg, forbidden", [
    ("core", {"PySide6", "shiboken6", "sqlite3", "sqlite_utils", "_sqlite3"}),
    ("store", {"PySide6", "shiboken6"}),
    # The network packages: no Qt, no SQL (store, cli and ui call them).
    ("team", {"PySide6", "shiboken6", "sqlite3", "sqlite_utils", "_sqlite3"}),
])
def test_layer_imports_nothing_above_it(pkg, forbidden):
    out = subprocess.run([sys.executable, "-c", CHECK.format(pkg=pkg, forbidden=forbidden)],
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == "", f"leadinbox.{pkg} pulled in {out}"
