"""Pulling a source: read what it wrote since the last pull (over the network, outside any transaction), then
write it as one import batch with the new watermark and keys in one transaction. A failure changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core.errors import FileRefused, RowProblem
from leadinbox.sources import refusal as r
from leadinbox.sources.azure_entities import ticks
from leadinbox.sources.azure_table import OVERLAP_TICKS, Fetched, pull_entities
from leadinbox.sources.credentials import CredentialStore
from leadinbox.sources.refusal import Problem, SourceRefused
from leadinbox.store.importing.entry import import_pulled
from leadinbox.store.sources.connect import connection_of
from leadinbox.store.sources.registry import Source, SourceState, list_sources, remember_keys, seen_keys, \
    write_state

IMPORTED, NOTHING_NEW, FAILED = "imported", "nothing new", "failed"


@dataclass
class PullResult:
    """What one pull of one source did, in the shape `pull --json` prints (the fields of `import --json`)."""

    source: str
    status: str = NOTHING_NEW
    error: str | None = None
    problem: Problem | None = None
    refusal: SourceRefused | None = None          # for the window to say it in its language
    rows: int = 0
    new_leads: int = 0
    new_customers: int = 0
    known_leads: int = 0
    skipped_rows: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    keys: dict[int, tuple[str, str]] = field(default_factory=dict)
    batch_id: int | None = None
    actions: dict[str, int] = field(default_factory=dict)   # new leads by action code (the reminder's words)
    pulled_at: str | None = None
    wrote: bool = False          # it committed something; a pull with nothing new writes nothing at all

    def _problem(self, p: RowProblem) -> dict:
        partition_key, row_key = self.keys.get(p.row, (None, None))
        return {**p.as_dict(), "partition_key": partition_key, "row_key": row_key}

    def as_dict(self) -> dict:
        return {"source": self.source, "status": self.status, "error": self.error, "rows": self.rows,
                "new_leads": self.new_leads, "new_customers": self.new_customers, "known_leads": self.known_leads,
                "skipped_rows": [self._problem(p) for p in self.skipped_rows],
                "warnings": [self._problem(p) for p in self.warnings]}


def _utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def pull_source(db: Database, source: Source, *, credentials: CredentialStore | None = None,
                client_factory: Callable | None = None, cancelled: Callable[[], bool] | None = None,
                progress=None, now: str | None = None) -> PullResult:
    """Pull one source now. Never raises for what the source or its data does: a failure is the result's
    status 'failed' with the reason, and the database is as it was."""
    result = PullResult(source=source.name)
    connection = connection_of(source, credentials)
    try:
        if connection is None:
            raise SourceRefused(Problem.NO_CREDENTIAL, r.NO_CREDENTIAL)
        fetched = pull_entities(connection, source.state.watermark, seen_keys(db, source.name),
                                client_factory=client_factory, cancelled=cancelled)
    except SourceRefused as exc:
        result.status, result.error, result.problem, result.refusal = FAILED, str(exc.message), exc.problem, exc
        return result
    now = now or _utc_now()
    result.pulled_at = now
    if not fetched.rows.keys and fetched.watermark == source.state.watermark:
        return result            # nothing new, nothing moved: the database is not touched (no commit, no wake-up)
    try:
        _write(db, source, fetched, result, f"Azure Table {source.name}", connection.address, now, progress,
               cancelled)
    except FileRefused as exc:      # the rows as a whole could not be imported (a limit): nothing written
        result.status, result.error, result.problem = FAILED, exc.describe(), Problem.SERVER
    return result


def _write(db: Database, source: Source, fetched: Fetched, result: PullResult, label: str, address: str,
           now: str, progress, cancelled) -> None:
    """The batch, the keys and the state: all of it or none (the import's own transaction is a savepoint
    inside this one)."""
    state = SourceState(**source.state.as_dict())
    with db.atomic():
        if fetched.rows.keys:
            imported = import_pulled(db, label, address, fetched.rows.table, progress=progress,
                                     cancelled=cancelled, now=now)
            result.rows, result.new_leads = imported.rows, imported.new_leads
            result.new_customers, result.known_leads = imported.new_customers, imported.known_leads
            result.skipped_rows, result.batch_id = imported.skipped_rows, imported.batch_id
            result.keys = fetched.rows.keys
            # What the entities' odd values needed, and what the import could not read (kept, flagged).
            result.warnings = sorted(fetched.rows.warnings + imported.warnings, key=lambda p: p.row)
            if result.new_leads:
                result.status = IMPORTED
                state.new_leads_at, state.last_batch = now, imported.batch_id
                result.actions = dict(db.execute(
                    "SELECT coalesce(action, ''), count(*) FROM leads WHERE batch_id = ? GROUP BY 1",
                    (imported.batch_id,)).fetchall())
        newest = ticks(fetched.watermark) if fetched.watermark else None
        remember_keys(db, source.name,
                      ((pk, rk, ticks(t) if t else (newest or 0)) for pk, rk, t in fetched.seen),
                      newest - OVERLAP_TICKS if newest is not None else None)
        state.watermark, state.pulled_at = fetched.watermark, now
        write_state(db, source.name, state)
    result.wrote = True


def pull_all(db: Database, **options) -> list[PullResult]:
    """Pull every connected source, one after another; one failing does not stop the others."""
    return [pull_source(db, source, **options) for source in list_sources(db)]
