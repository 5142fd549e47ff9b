"""Helpers for the packaging scripts, which live outside the package (packaging/ is not importable: the
name belongs to the `packaging` library)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_script(name: str):
    module_name = f"leadinbox_packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module      # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module
