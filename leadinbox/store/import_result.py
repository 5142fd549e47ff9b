"""What an import reports, and the progress and cancel checks both ways of writing a file share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from leadinbox.core.errors import RowProblem
from leadinbox.core.leadfile import LeadFile

Progress = Callable[[int], None]


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back."""


@dataclass
class ImportResult:
    """What one file did to the database, in the shape `import --json` prints."""

    file: str
    status: str = "imported"          # imported | refused | nothing to import
    error: str | None = None
    rows: int = 0
    new_leads: int = 0
    new_customers: int = 0
    known_leads: int = 0
    updated_leads: int = 0            # known leads that took fields they lacked from this file (import_fill.py)
    skipped_rows: list[RowProblem] = field(default_factory=list)
    batch_id: int | None = None
    layout: str | None = None
    suppressed_rows: int = 0          # rows of erased people, dropped (store/suppression.py)

    def as_dict(self) -> dict:
        return {"file": self.file, "status": self.status, "error": self.error, "rows": self.rows,
                "new_leads": self.new_leads, "new_customers": self.new_customers,
                "known_leads": self.known_leads, "updated_leads": self.updated_leads,
                "skipped_rows": [p.as_dict() for p in self.skipped_rows],
                "suppressed_rows": self.suppressed_rows}


def checkpoint(lead_file: LeadFile, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
    """Report the rows read so far; raise ImportCancelled when the user asked to stop."""
    if progress:
        progress(lead_file.rows_read)
    if cancelled and cancelled():
        raise ImportCancelled
