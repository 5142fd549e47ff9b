"""Importing one lead file as one transaction: records written, deduplicated in SQL, rolled up."""

from __future__ import annotations

from typing import TYPE_CHECKING

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone

from leadinbox.store.database import Database

from leadinbox.core.errors import FileRefused, RowProblem
from leadinbox.core.messages import QT_TRANSLATE_NOOP
from leadinbox.store.importing.empty import write_into_empty
from leadinbox.store.importing.identity import join_by_name
from leadinbox.store.importing.result import ImportCancelled, ImportResult, Phase, Progress, checkpoint, was_interrupted
from leadinbox.store.importing.sql import FIRST_RESPONSE_HOURS
from leadinbox.store.importing.staged import write_staged
from leadinbox.store import search_pending
from leadinbox.store.work.plan import apply_rules
from leadinbox.store.work.rules import load_rules

if TYPE_CHECKING:      # an annotation only: the readers load when a file is opened
    from leadinbox.core.leadfile import LeadFile


class _DryRun(Exception):
    pass


def _utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def import_lead_file(db: Database, lead_file: LeadFile, *, dry_run: bool = False,
                     progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                     now: str | None = None, search_later: bool = False) -> ImportResult:
    """Import every row of `lead_file`; all or nothing. With `search_later`, the customers of a big file get their
    search entries after the commit: the caller then runs store/search_pending.finish. Raises FileRefused (nothing written) or
    ImportCancelled, also when a statement was interrupted (Connection.interrupt()) after `cancelled()`
    turned true. Row-level problems are collected in the result and do not stop the file."""
    result = ImportResult(file=str(lead_file.path), layout=lead_file.layout)
    now = now or _utc_now()
    search_later = search_later and lead_file.size >= search_pending.LATER_BYTES
    if search_later:
        search_pending.hold_checkpoint(db)
    name, where, digest = lead_file.batch_origin()
    try:
        with db.atomic():
            batch_id = db.execute(
                "INSERT INTO batches (file_name, file_path, file_sha256, layout, imported_at, headers) "
                "VALUES (?,?,?,?,?,?)",
                (name, where, digest, lead_file.layout, now,
                 json.dumps(lead_file.headers, ensure_ascii=False))).lastrowid
            base = db.execute("SELECT coalesce(max(id), 0) FROM leads").fetchone()[0]
            deferred = db.execute("PRAGMA defer_foreign_keys").fetchone()[0]
            db.execute("PRAGMA defer_foreign_keys = ON")
            try:
                # A first import has nothing to compare with: its leads go straight to their table. (With
                # erased people on the suppression list, their rows must be dropped before any lead is
                # written: the staged way does that.)
                empty = db.execute("SELECT NOT EXISTS (SELECT 1 FROM leads) AND NOT EXISTS (SELECT 1 FROM customers)"
                                   " AND NOT EXISTS (SELECT 1 FROM suppressions)").fetchone()[0]
                write = write_into_empty if empty else write_staged
                staged = write(db, lead_file, batch_id, base, now, result, progress, cancelled,
                               search_later=search_later)
                raws = db.execute("SELECT count(*) FROM lead_raw WHERE lead_id > ? AND lead_id <= ?",
                                  (base, base + staged)).fetchone()[0]
                if raws != result.new_leads:   # cannot happen; never let the deferral hide it
                    raise RuntimeError(f"{raws} raw rows for {result.new_leads} new leads")
            finally:
                # Every lead_raw row has its lead again, or the transaction (savepoint) is about to be
                # rolled back, which restores the count of pending violations: the setting can come back.
                db.execute(f"PRAGMA defer_foreign_keys = {int(deferred)}")
            # One customer per person: name-only customers join the one with an email of that name and company.
            checkpoint(lead_file, progress, cancelled, Phase.SEARCH)
            result.joined_customers = join_by_name(db, batch_id, result.warnings)
            result.warnings += _offer_conflicts(db, batch_id)
            checkpoint(lead_file, progress, cancelled, Phase.SAVING)
            if result.new_leads:
                _first_response_rules(db, batch_id)
            checkpoint(lead_file, progress, cancelled, Phase.SAVING)
            if result.rows == 0:
                result.status = "nothing to import"
            if result.rows == 0:
                db.execute("DELETE FROM batches WHERE id = ?", (batch_id,))  # an empty file is no import
            else:
                # Kept in the history even when every lead was known: the user sees the file was read.
                # Only a batch that added leads has anything to undo (or to highlight).
                result.batch_id = batch_id if result.new_leads else None
                db.execute("""UPDATE batches SET rows = ?, new_leads = ?, new_customers = ?, known_leads = ?,
                              skipped_rows = ? WHERE id = ?""",
                           (result.rows, result.new_leads, result.new_customers, result.known_leads,
                            len(result.skipped_rows), batch_id))
            if dry_run:
                raise _DryRun
    except _DryRun:
        result.batch_id = None
    except sqlite3.OperationalError as exc:
        # SQLite rolled the whole transaction back (the caller's too): the cancel the user asked for.
        if was_interrupted(exc) and cancelled is not None and cancelled():
            raise ImportCancelled from exc
        raise
    finally:
        db.execute("DROP TABLE IF EXISTS temp.stage")
        db.execute("DROP TABLE IF EXISTS temp.stage_raw")
        db.execute("DROP TABLE IF EXISTS temp.affected")
        db.execute("DROP TABLE IF EXISTS temp.filled")
        db.execute("DROP TABLE IF EXISTS temp.join_words")
    return result


def _offer_conflicts(db: Database, batch_id: int) -> list[RowProblem]:
    """Rows of this import that pair an offer id with the name the database knows as another offer's: said
    in the report (the offer keeps the name most of its leads give it: store/offers.py)."""
    rows = db.execute("""SELECT min(l.row_no), l.offer_id, l.offer_name, o.offer_id FROM leads AS l
                         JOIN offers AS o ON o.name_key = 'name:' || lower(l.offer_name)
                         WHERE l.batch_id = ? AND l.offer_id IS NOT NULL AND o.offer_id != lower(l.offer_id)
                         GROUP BY l.offer_id, l.offer_name ORDER BY 1""", (batch_id,)).fetchall()
    return [RowProblem.of(row, None, QT_TRANSLATE_NOOP(
        "CoreMessages", "offer id “{offer_id}” is paired with “{name}”, the name of offer “{other}”: neither "
        "offer is renamed"), offer_id=offer_id, name=name, other=other) for row, offer_id, name, other in rows]


def _first_response_rules(db: Database, batch_id: int) -> None:
    """The SQL above gives new leads the default clock (24 hours, weekends count); other rules of the
    user's are applied to this batch's leads in Python (working hours cannot be done in SQL)."""
    rules = load_rules(db)
    if (rules.response_hours, rules.count_weekends) != (FIRST_RESPONSE_HOURS, True):
        apply_rules(db, rules, batch_id=batch_id)


__all__ = ["FileRefused", "ImportCancelled", "ImportResult", "import_lead_file"]
