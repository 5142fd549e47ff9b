"""The one way into the import writer, for the window and the command line: open, recognise, map, import.

Both callers go through `import_files` (a drop on the window, or one `leadinbox import` command: one
transaction), so they cannot drift apart. `import_path` imports one file in its own transaction (tests,
benchmarks, the crash harness). A refused file is never an exception here: it comes back as a result with
status "refused". Rows from a lead source rather than a file (the Azure Table pull) go through
`import_pulled`, which makes them a LeadFile and writes them as one batch the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from leadinbox.store.database import Database

from leadinbox.core.errors import FileRefused, RowProblem
from leadinbox.core.headers import normalise_header
from leadinbox.core.table import Table
from leadinbox.store.importing.result import ImportCancelled, ImportResult, Phase, was_interrupted
from leadinbox.store.importing.writer import import_lead_file

if TYPE_CHECKING:
    from leadinbox.core.leadfile import LeadFile


# The readers and normalisers (0.1-0.3 s to import) load when a file is first opened, not with the window.
def open_lead_file(*args, **kwargs) -> LeadFile:
    from leadinbox.core import leadfile
    return leadfile.open_lead_file(*args, **kwargs)


def pulled_lead_file(*args, **kwargs) -> LeadFile:
    from leadinbox.core import leadfile
    return leadfile.pulled_lead_file(*args, **kwargs)

Mapping = dict[str, str]             # header text -> canonical field ("" to ignore the column)
PREVIEW_ROWS = 8                     # rows the mapping dialog shows
# Files opened to look for unknown layouts are kept open for the import, so that a big workbook is not read
# twice (opening a 100,000-row XLSX takes 2 s): up to this many, and this many bytes, at once.
_KEEP_OPEN_FILES = 32
_KEEP_OPEN_BYTES = 256 * 1024**2

# file number (from 1), file count, phase, rows read, share of the file read (None: not known), file name
FilesProgress = Callable[[int, int, Phase, int, "float | None", str], None]


def header_signature(headers: list[str]) -> str:
    """Files with the same header row share a remembered mapping."""
    return hashlib.sha1("\x1f".join(normalise_header(h) for h in headers).encode()).hexdigest()[:16]


@dataclass
class NeedsMapping:
    """A file whose layout was not recognised and that no mapping covers: what the mapping dialog shows."""

    path: Path
    headers: list[str]
    preview: list[list[str] | RowProblem]    # a row the reader could not take whole stays in, as its problem
    guess: Mapping
    signature: str                           # header_signature: the key to remember the chosen mapping by


@dataclass
class ImportOutcome:
    """What one call of `import_files` did. With `needs_mapping`, nothing was written: the caller asks for the
    mappings and calls again with them. `error` is the caller's: the message for an exception it caught."""

    results: list[ImportResult] = field(default_factory=list)
    needs_mapping: list[NeedsMapping] = field(default_factory=list)
    cancelled: bool = False
    error: str | None = None
    search_pending: int = 0          # customers whose search entries are written after the commit (the window's)


def recognise(path: Path, *, mapping: Mapping | None = None, remembered: dict[str, Mapping] | None = None,
              ask: bool = False) -> LeadFile | NeedsMapping:
    """Open `path` and place its columns: by `mapping` when given, else by its recognised layout, else by the
    mapping remembered for its header row (`remembered`: signature -> mapping). Unknown and unmapped, it is a
    NeedsMapping with `ask`, else refused. Raises FileRefused (LayoutNotRecognised says what is missing)."""
    if mapping is not None or not (ask or remembered):
        return open_lead_file(path, mapping)
    lead_file = open_lead_file(path, require_layout=False)
    if lead_file.layout is not None:
        return lead_file
    signature = header_signature(lead_file.headers)
    if (known := (remembered or {}).get(signature)) is not None:
        return open_lead_file(path, known)
    if ask:
        return _needs_mapping(lead_file, signature)
    return open_lead_file(path)          # raises LayoutNotRecognised, with what no column gave


def _needs_mapping(lead_file: LeadFile, signature: str) -> NeedsMapping:
    preview: list = []
    for _row, cells in lead_file.table.rows:
        preview.append(cells if isinstance(cells, RowProblem) else ["" if c is None else str(c) for c in cells])
        if len(preview) >= PREVIEW_ROWS:
            break
    return NeedsMapping(lead_file.path, lead_file.headers, preview, lead_file.mapping, signature)


def _refused(path: Path, exc: FileRefused) -> ImportResult:
    return ImportResult(file=str(path), status="refused", error=exc.describe(), refusal=exc.refusal)


def import_path(db: Database, path: Path, *, mapping: Mapping | None = None, dry_run: bool = False,
                progress=None, cancelled=None, search_later: bool = False) -> ImportResult:
    """Import one file in its own transaction; a refused file comes back as status 'refused' with the
    reason, nothing written. `search_later` as for import_files."""
    try:
        lead_file = open_lead_file(path, mapping)
        return import_lead_file(db, lead_file, dry_run=dry_run, progress=progress, cancelled=cancelled,
                                search_later=search_later)
    except FileRefused as exc:
        return _refused(path, exc)


def import_pulled(db: Database, name: str, origin: str, table: Table, *, progress=None, cancelled=None,
                  now: str | None = None) -> ImportResult:
    """Import rows read from a lead source (not a file) as one batch, as a file's rows are: the same
    normalisation, deduplication and undo. `name` is shown in Import history, `origin` is its address."""
    return import_lead_file(db, pulled_lead_file(name, origin, table), progress=progress, cancelled=cancelled,
                            now=now)


class _Rollback(Exception):
    pass


def import_files(db: Database, paths: list[Path], *, mapping: Mapping | None = None,
                 mappings: dict[Path, Mapping] | None = None, remembered: dict[str, Mapping] | None = None,
                 ask: bool = False, dry_run: bool = False, progress: FilesProgress | None = None,
                 cancelled: Callable[[], bool] | None = None, search_later: bool = False) -> ImportOutcome:
    """Import `paths` in one transaction: all of them or, cancelled or failed, none.

    Each file's columns are placed by `mappings[path]`, else by `mapping` (the same for every file, as
    `--map`), else by its recognised layout, else by `remembered` (header signature -> mapping). With `ask`,
    files that none of these place come back as `needs_mapping` and nothing is written (one drop stays one
    transaction once they are mapped); without it they are refused. A refused file is a result, the others
    go on. `dry_run` rolls everything back (the counts are what the import would do; no batch ids).
    A cancel (`cancelled()` true, or a statement interrupted after it) comes back as `cancelled`; any
    other failure (disk full, busy) is raised after the rollback, for the caller to word.
    With `search_later`, the customers the files touched get their search entries after the commit, when the
    caller runs store/search_pending.finish (the window shows the new leads meanwhile): in a 100k-row import
    that is 1.3 s of 6 less to wait for them."""
    mappings = mappings or {}
    opened: dict[Path, LeadFile] = {}
    if ask:
        waiting = _look_for_unknown(paths, mapping, mappings, remembered, opened)
        if waiting:
            return ImportOutcome(needs_mapping=waiting)
    outcome = ImportOutcome()
    total = len(paths)
    try:
        with db.atomic():
            for number, path in enumerate(paths, start=1):
                outcome.results.append(_one(db, number, total, path, opened.pop(path, None),
                                            mappings.get(path, mapping), remembered, progress, cancelled,
                                            search_later))
            if progress:
                progress(total, total, Phase.SAVING, 0, None, "")
            if cancelled and cancelled():
                raise ImportCancelled
            if dry_run:
                raise _Rollback
    except _Rollback:
        for result in outcome.results:
            result.batch_id = None
    except ImportCancelled:
        return ImportOutcome(cancelled=True)
    except Exception as exc:
        if was_interrupted(exc) and cancelled and cancelled():     # e.g. the commit itself
            return ImportOutcome(cancelled=True)
        raise
    return outcome


def _look_for_unknown(paths, mapping, mappings, remembered, opened: dict[Path, LeadFile]) -> list[NeedsMapping]:
    """The files no mapping places, before anything is written; the others opened stay in `opened`."""
    waiting, kept_bytes = [], 0
    for path in paths:
        try:
            found = recognise(path, mapping=mappings.get(path, mapping), remembered=remembered, ask=True)
        except FileRefused:
            continue                     # refused again, and reported, by the import
        if isinstance(found, NeedsMapping):
            waiting.append(found)
        elif len(opened) < _KEEP_OPEN_FILES and kept_bytes + found.size <= _KEEP_OPEN_BYTES:
            opened[path] = found
            kept_bytes += found.size
    return waiting


def _one(db, number: int, total: int, path: Path, lead_file: LeadFile | None, mapping, remembered,
         progress: FilesProgress | None, cancelled, search_later: bool) -> ImportResult:
    if progress:
        progress(number, total, Phase.READING, 0, 0.0, path.name)
    try:
        if lead_file is None:
            lead_file = recognise(path, mapping=mapping, remembered=remembered)
        on_progress = None if progress is None else (
            lambda phase, rows, share: progress(number, total, phase, rows, share, path.name))
        return import_lead_file(db, lead_file, progress=on_progress, cancelled=cancelled, search_later=search_later)
    except FileRefused as exc:
        return _refused(path, exc)


def missing_columns(mapping: Mapping, paths: list[Path]) -> list[str]:
    """Columns of `mapping` that none of `paths` has (a typo in --map); unreadable files do not count."""
    seen: set[str] = set()
    for path in paths:
        try:
            seen.update(h for h in open_lead_file(path, mapping, require_layout=False).headers if h)
        except FileRefused:
            continue        # the import reports this file
    return [c for c in mapping if c not in seen]
