"""One entry point for importing a path: open, import, and turn refusals into a result."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from leadinbox.core.errors import FileRefused
from leadinbox.core.leadfile import open_lead_file, pulled_lead_file
from leadinbox.core.table import Table
from leadinbox.store.importing.writer import ImportResult, import_lead_file


def import_path(db: Database, path: Path, *, mapping: dict[str, str] | None = None, dry_run: bool = False,
                progress=None, cancelled=None) -> ImportResult:
    """Import one file; a refused file comes back as status 'refused' with the reason, nothing written."""
    try:
        lead_file = open_lead_file(path, mapping)
        return import_lead_file(db, lead_file, dry_run=dry_run, progress=progress, cancelled=cancelled)
    except FileRefused as exc:
        return ImportResult(file=str(path), status="refused", error=exc.describe(), refusal=exc.refusal)


def import_pulled(db: Database, name: str, origin: str, table: Table, *, progress=None, cancelled=None,
                  now: str | None = None) -> ImportResult:
    """Import rows read from a lead source (not a file) as one batch, as a file's rows are: the same
    normalisation, deduplication and undo. `name` is shown in Import history, `origin` is its address."""
    return import_lead_file(db, pulled_lead_file(name, origin, table), progress=progress, cancelled=cancelled,
                            now=now)
