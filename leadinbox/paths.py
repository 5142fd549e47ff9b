"""Where LeadInbox keeps its data: one place, with LEADINBOX_DB / LEADINBOX_DATA_DIR overrides, and a
moved data folder remembered in the config folder (Settings › General › Move…)."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "LEADINBOX_DB"
DATA_ENV = "LEADINBOX_DATA_DIR"
CONFIG_ENV = "LEADINBOX_CONFIG_DIR"
DB_NAME = "leadinbox.sqlite"
# What the package ships (icons, samples, translations); PyInstaller keeps the same layout in the bundle.
ASSETS = Path(__file__).resolve().parent / "assets"


def config_dir() -> Path:
    """The per-user config folder (LEADINBOX_CONFIG_DIR overrides it): outside the data folder and its backups."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_path     # only when asked: `leadinbox --db FILE import` never is
    return user_config_path("LeadInbox", appauthor=False)


def moved_to_file() -> Path:
    """Names the data folder when the user moved it; kept outside the data folder, where it is found first."""
    return config_dir() / "data-folder.txt"


def data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    try:
        moved = moved_to_file().read_text(encoding="utf-8").strip()
    except OSError:
        moved = ""
    if moved:
        return Path(moved)
    from platformdirs import user_data_path
    return user_data_path("LeadInbox", appauthor=False)


def remember_data_dir(folder: Path) -> None:
    """From the next start, the data lives in `folder` (written whole, then renamed into place)."""
    pointer = moved_to_file()
    private_dir(pointer.parent)
    partial = pointer.with_name(pointer.name + ".partial")
    partial.write_text(str(folder.resolve()) + "\n", encoding="utf-8")
    os.replace(partial, pointer)


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV)
    return Path(override) if override else data_dir() / DB_NAME


def log_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override) / "logs"
    from platformdirs import user_log_path
    return user_log_path("LeadInbox", appauthor=False)


def private_dir(path: Path) -> Path:
    """Create a folder readable by the user only (leads are personal data), and any missing folder above it
    the same way (mkdir's parents= would make those world-readable); existing folders are left as they are."""
    missing = []
    while not path.exists() and path != path.parent:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        path = folder
    return path
