"""Undoable changes to several customers at once (status, start from today, tags) and to a customer's
details (edit, merge, a lead added by hand): each one step on the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from leadinbox.store.batches import undo_batch
from leadinbox.store.people import edits, manual, merge, tags
from leadinbox.store.work import bulk, deals
from leadinbox.store.work.attempts import revert_status_changes
from leadinbox.ui.followup.commands import DoneAtOnce

Changed = Callable[[list[int]], None]      # told the customers whose data changed, after each step


def _tr(text: str) -> str:
    return QCoreApplication.translate("FollowUp", text)


class ManyCommand(DoneAtOnce):
    """A step on several customers: `customers` are told to `changed` after each step."""

    def __init__(self, text: str, changed: Changed) -> None:
        self.customers: list[int] = []
        self._changed = changed
        super().__init__(text)

    def _tell(self) -> None:
        self._changed(self.customers)


class BulkStatus(ManyCommand):
    def __init__(self, db, customer_ids: list[int], status: str, label: str, changed: Changed,
                 reason: str | None = None) -> None:
        self.db, self.ids, self.status, self.reason = db, customer_ids, status, reason
        self.result = bulk.BulkResult()
        super().__init__(label, changed)
        # Named by the customers it changed (known once `do` ran), as the status bar counts them: Undo said
        # "Lost for 4 customers" when one of the four had no open lead and was left out.
        text = QCoreApplication.translate("FollowUp", "%1 for %Ln customer(s)", "", len(self.result.changed))
        self.setText(text.replace("%1", label))

    def do(self) -> None:
        self.result = bulk.bulk_status(self.db, self.ids, self.status, reason=self.reason)
        self.customers = self.result.changed

    def revert(self) -> None:
        revert_status_changes(self.db, self.result.change_ids)


class StartFromToday(ManyCommand):
    def __init__(self, db, days: int, mode: str, customer_ids: list[int] | None, changed: Changed) -> None:
        self.db, self.days, self.mode, self.ids = db, days, mode, customer_ids
        self.result = bulk.BulkResult()
        super().__init__(_tr("Start from today"), changed)

    def do(self) -> None:
        self.result = bulk.start_from_today(self.db, self.days, self.mode, customer_ids=self.ids)
        self.customers = self.result.changed

    def revert(self) -> None:
        if self.mode == "close":
            revert_status_changes(self.db, self.result.change_ids)
        else:
            bulk.restore_clocks(self.db, self.result.clocks)


class AddTag(ManyCommand):
    def __init__(self, db, customer_ids: list[int], tag: str, changed: Changed) -> None:
        self.db, self.ids, self.tag = db, customer_ids, tags.clean_tag(tag)
        super().__init__(_tr("Tag %1").replace("%1", self.tag), changed)

    def do(self) -> None:
        self.customers = tags.add_tag(self.db, self.ids, self.tag)

    def revert(self) -> None:
        tags.untag(self.db, self.customers, self.tag)


class RemoveTag(ManyCommand):
    def __init__(self, db, customer_ids: list[int], tag: str, changed: Changed) -> None:
        self.db, self.ids, self.tag, self.removed = db, customer_ids, tag, []
        super().__init__(_tr("Remove tag %1").replace("%1", tag), changed)

    def do(self) -> None:
        self.removed = tags.remove_tag(self.db, self.ids, self.tag)
        self.customers = sorted({r[0] for r in self.removed})

    def revert(self) -> None:
        tags.restore(self.db, self.removed)


class EditContact(ManyCommand):
    def __init__(self, db, customer_id: int, changes: dict, changed: Changed, *, keep_both: bool = False) -> None:
        self.db, self.customer_id, self.changes, self.keep_both = db, customer_id, changes, keep_both
        self.edit: edits.Edit | None = None
        super().__init__(_tr("Edit contact details"), changed)

    def do(self) -> None:
        self.edit = edits.edit_contact(self.db, self.customer_id, self.changes, keep_both=self.keep_both)
        self.customers = [self.customer_id]

    def revert(self) -> None:
        if self.edit and self.edit.edit_id is not None:
            edits.undo_edit(self.db, self.edit.edit_id)


class MergeCustomers(ManyCommand):
    """Merge `other` into `into`, then (optionally) the edit that asked for it."""

    def __init__(self, db, into: int, other: int, changed: Changed, changes: dict | None = None) -> None:
        self.db, self.into, self.other, self.changes = db, into, other, changes or {}
        self.merged: merge.Merged | None = None
        self.edit: edits.Edit | None = None
        super().__init__(_tr("Merge customers"), changed)

    def do(self) -> None:
        self.merged = merge.merge_customers(self.db, self.into, self.other)
        changes = {k: v for k, v in self.changes.items() if k != "email"}
        self.edit = edits.edit_contact(self.db, self.into, changes) if changes else None
        self.customers = [self.into, self.other]

    def revert(self) -> None:
        if self.edit and self.edit.edit_id is not None:
            edits.undo_edit(self.db, self.edit.edit_id)
        merge.unmerge(self.db, self.merged)


class AddLead(ManyCommand):
    """A lead added by hand; undone as its one-lead import is."""

    def __init__(self, db, values: dict, changed: Changed) -> None:
        self.db, self.values = db, values
        self.added: manual.Added | None = None
        super().__init__(_tr("Add lead by hand"), changed)

    def do(self) -> None:
        self.added = manual.add_lead(self.db, self.values)
        self.customers = [self.added.customer_id]

    def revert(self) -> None:
        if self.added and self.added.batch_id is not None:
            undo_batch(self.db, self.added.batch_id, force=True, worked_allowed=10**9)


class SetDeal(ManyCommand):
    def __init__(self, db, customer_id: int, lead_ids: list[int], amount: float | None, currency: str,
                 changed: Changed) -> None:
        self.db, self.customer_id, self.lead_ids, self.amount, self.currency = (db, customer_id, lead_ids, amount,
                                                                              currency)
        self.before: dict = {}
        super().__init__(_tr("Deal value"), changed)

    def do(self) -> None:
        self.before = deals.set_deal(self.db, self.lead_ids, self.amount, self.currency)
        self.customers = [self.customer_id]

    def revert(self) -> None:
        deals.restore_deals(self.db, self.before)
