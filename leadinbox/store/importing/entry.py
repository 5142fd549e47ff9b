"""One entry point for importing a path: open, import, and turn refusals into a result."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from leadinbox.core.errors import FileRefused
from leadinbox.core.leadfile import open_lead_file
from leadinbox.store.importing.writer import ImportResult, import_lead_file


def import_path(db: Database, path: Path, *, mapping: dict[str, str] | None = None, dry_run: bool = False,
                progress=None, cancelled=None) -> ImportResult:
    """Import one file; a refused file comes back as status 'refused' with the reason, nothing written."""
    try:
        lead_file = open_lead_file(path, mapping)
        return import_lead_file(db, lead_file, dry_run=dry_run, progress=progress, cancelled=cancelled)
    except FileRefused as exc:
        return ImportResult(file=str(path), status="refused", error=exc.describe(), refusal=exc.refusal)
