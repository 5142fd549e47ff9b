"""The PyInstaller spec without building (the full build is `make bundle`, run by CI): it is valid Python,
reads the version from the package, and bundles every Qt module the app imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "leadinbox.spec"

IMPORTED_QT = """
import importlib, pkgutil, sys
import leadinbox
for mod in pkgutil.walk_packages(leadinbox.__path__, "leadinbox."):
    if not mod.name.endswith("__main__"):   # __main__ would start the app
        importlib.import_module(mod.name)
print(" ".join(sorted({m.split(".")[1] for m in sys.modules if m.startswith("PySide6.Qt")})))
"""


def spec_constants() -> dict[str, object]:
    """The spec's top-level literal assignments (QT_MODULES, QT_EXCLUDES, …)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), str(SPEC))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                found[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    return found


def test_spec_is_python_and_takes_the_version_from_the_package():
    source = SPEC.read_text(encoding="utf-8")
    compile(source, str(SPEC), "exec")
    assert "from leadinbox import APP_ID, APP_NAME, __version__" in source
    assert '"leadinbox" / "__main__.py"' in source


@pytest.fixture(scope="module")
def imported_qt_modules() -> set[str]:
    out = subprocess.run([sys.executable, "-c", IMPORTED_QT], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}).stdout
    return set(out.split())


def test_bundle_keeps_every_qt_module_the_app_imports(imported_qt_modules):
    constants = spec_constants()
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported_qt_modules
    missing = imported_qt_modules - set(constants["QT_MODULES"])
    assert not missing, f"the app now imports {missing}: add it to QT_MODULES in packaging/leadinbox.spec"
    excluded = imported_qt_modules & set(constants["QT_EXCLUDES"])
    assert not excluded, f"packaging/leadinbox.spec excludes {excluded}, which the app imports"



def test_qt_translations_kept_for_every_ui_language():
    from leadinbox.ui.language import i18n
    assert set(spec_constants()["QT_LANGUAGES"]) == set(i18n.LANGUAGES) - {"en"}
