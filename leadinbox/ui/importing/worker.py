"""An import as a job's work: the store's import entry point on the job's connection, its progress handed on."""

from __future__ import annotations

from pathlib import Path

from leadinbox.store import search_pending
from leadinbox.store.failures import explain
from leadinbox.store.importing.entry import ImportOutcome, import_files
from leadinbox.ui.jobs import Outcome, Task


def import_drop(task: Task, paths: list[Path], remembered: dict[str, dict[str, str]],
                forced: dict[Path, dict[str, str]] | None = None) -> ImportOutcome:
    """All files of a drop in one transaction (import_files): a cancel rolls it back whole. Progress: file
    number, file count, Phase (its str value), rows read, share of the file read or -1, file name."""
    outcome = import_files(task.db, paths, mappings=forced or {}, remembered=remembered, ask=True,
                           cancelled=task.cancelled, search_later=True,
                           progress=lambda number, total, phase, rows, share, name: task.progress(
                               number, total, phase.value, rows, -1.0 if share is None else share, name))
    outcome.search_pending = search_pending.count(task.db)     # committed: the window shows them, then this
    return outcome


def index_for_search(task: Task) -> int:
    """The search entries an import left to write after its commit (or a quit cut off), in steps: progress is
    (written, total); a cancel (the window closing) keeps what is left for the next time."""
    # The import's pages wait in the write-ahead log (its own connection held them there): copied into the
    # database file once, after the last step, not at this connection's first commit.
    search_pending.hold_checkpoint(task.db)
    written = search_pending.finish(task.db, progress=lambda done, total: task.progress(done, total),
                                    cancelled=task.cancelled)
    task.check()          # stopped between two steps: a cancelled job, as one stopped inside a step is
    return written


def failed(outcome: Outcome, db_path: Path) -> ImportOutcome:
    """What the window shows of a job that did not end in an outcome of the store's: cancelled, or the failure
    said plainly (disk full, read-only folder or file, busy, damaged; the transaction was rolled back)."""
    if outcome.cancelled:
        return ImportOutcome(cancelled=True)
    exc = outcome.error
    message = explain(exc, str(db_path.parent), database=db_path)
    return ImportOutcome(error=message or f"{type(exc).__name__}: {exc}")
