"""What an import reports, and what both ways of writing a file share: reading its records in chunks, and the
progress and cancel checks."""

from __future__ import annotations

import sqlite3

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from leadinbox.core import read_ahead
from leadinbox.core.errors import Refusal, RowProblem
from leadinbox.store.importing.sql import CHUNK

if TYPE_CHECKING:      # reading files pulls in the readers and normalisers: not for code that only reports
    from leadinbox.core.leadfile import LeadFile


class Phase(StrEnum):
    """What an import is doing, in order; the UI words them (ui/import_controller.py)."""

    READING = "reading"          # rows from the file into the database
    DUPLICATES = "duplicates"    # known leads and duplicates found, new leads written, indexes rebuilt
    CUSTOMERS = "customers"      # customers rolled up from their leads
    SEARCH = "search"            # the search index
    SAVING = "saving"            # batch counts, follow-up rules, commit


# phase, rows read so far, share of the file read (None where the size is not known or after reading)
Progress = Callable[[Phase, int, "float | None"], None]


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
    known_leads: int = 0              # rows: leads known before the file, and repeats of a row of it
    known_lead_ids: set[int] = field(default_factory=set)  # those leads, each once (several rows can be one)
    updated_leads: int = 0            # known leads that took fields they lacked from this file (import_fill.py)
    skipped_rows: list[RowProblem] = field(default_factory=list)   # rows not imported, and why
    # Rows imported with something to look at: a value that could not be read (kept as written, flagged on
    # the lead), a row joined to a customer by name, an offer id paired with another offer's name.
    warnings: list[RowProblem] = field(default_factory=list)
    batch_id: int | None = None
    layout: str | None = None
    suppressed_rows: int = 0          # rows of erased people, dropped (store/suppression.py)
    joined_customers: int = 0         # name-only customers joined to one with an email (importing/identity.py)
    refusal: Refusal | None = None    # why it was refused, for the window to say in its language (`error`: English)

    def as_dict(self) -> dict:
        return {"file": self.file, "status": self.status, "error": self.error, "rows": self.rows,
                "new_leads": self.new_leads, "new_customers": self.new_customers,
                "known_leads": self.known_leads, "updated_leads": self.updated_leads,
                "skipped_rows": [p.as_dict() for p in self.skipped_rows],
                "warnings": [p.as_dict() for p in self.warnings],
                "suppressed_rows": self.suppressed_rows, "layout": self.layout}


def checkpoint(lead_file: LeadFile, progress: Progress | None, cancelled: Callable[[], bool] | None,
               phase: Phase = Phase.READING) -> None:
    """Report where the import is; raise ImportCancelled when the user asked to stop. Called between every
    step, so a cancel is seen within one statement (the GUI interrupts a long statement itself)."""
    if progress:
        progress(phase, lead_file.rows_read, lead_file.fraction_read() if phase is Phase.READING else None)
    if cancelled and cancelled():
        raise ImportCancelled


def write_records(lead_file: LeadFile, result: ImportResult, base: int, write: Callable[[int, list, list], None],
                  progress: Progress | None, cancelled: Callable[[], bool] | None, *, numbered: bool = False) -> int:
    """Every record of the file, `chunk` at a time, to `write(first, records, rows)`: record n is its values
    (with its lead id `base + n` last when `numbered`), the chunk's records are numbered from `first`, and
    rows[i] is the cells of records[i], whose raw row (rawjson.raw_row) the writer makes for a lead it keeps,
    as lead base + n. Rows that cannot be imported go to `result.skipped_rows`. Returns n, the number of
    records."""
    records: list[tuple] = []
    rows: list = []
    n = 0
    # A big file is read and normalised in a second process while this one writes (core/read_ahead.py).
    items = read_ahead.record_values(lead_file) if read_ahead.worth_it(lead_file) else lead_file.record_values()
    try:
        for item in items:
            if item.__class__ is RowProblem:
                result.skipped_rows.append(item)
                continue
            values, cells = item
            n += 1
            records.append((*values, base + n) if numbered else values)
            rows.append(cells)
            if len(records) >= CHUNK:
                write(n - len(records) + 1, records, rows)
                records.clear()
                rows.clear()
                checkpoint(lead_file, progress, cancelled)
        if records:
            write(n - len(records) + 1, records, rows)
    finally:
        items.close()          # a cancel or a failure stops the reading process now, not when collected
    result.rows = lead_file.rows_read
    result.warnings = lead_file.warnings
    checkpoint(lead_file, progress, cancelled)
    return n


def was_interrupted(exc: BaseException) -> bool:
    """An SQL statement stopped by Connection.interrupt() (a cancel): never to be swallowed, since SQLite has
    rolled the transaction back and later statements would write outside it."""
    return isinstance(exc, sqlite3.OperationalError) and str(exc) == "interrupted"
