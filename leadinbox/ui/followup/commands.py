"""Undoable follow-up changes: each QUndoCommand calls the store to do and to undo (Ctrl+Z, Ctrl+Shift+Z)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from leadinbox.store import inbox

from leadinbox.store.work import attempts as followup

from leadinbox.store.work import worklog
from leadinbox.ui.inbox.columns import STATUS_LABELS


def _tr(text: str) -> str:
    return QCoreApplication.translate("FollowUp", text)


def who(db, customer_id: int, customer: dict | None = None) -> str:
    """The customer's name (else email) for an undo text: "Undo Won for Sanne de Vries". `customer`: the row
    the action already read (else it is read here)."""
    customer = customer if customer is not None else inbox.customer(db, customer_id) or {}
    return customer.get("full_name") or customer.get("email") or _tr("customer %1").replace("%1", str(customer_id))


class DoneAtOnce(QUndoCommand):
    """Runs `do` at once (so a refusal such as Do-not-contact raises before anything is pushed), then
    `revert`/`do` again as the user steps through the stack, telling `_tell()` after each step."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._first = True
        self.do()

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _tell(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._first:          # QUndoStack.push() calls redo(): the work was done in __init__
            self._first = False
        else:
            self.do()
        self._tell()

    def undo(self) -> None:
        self.revert()
        self._tell()


class StoreCommand(DoneAtOnce):
    """A step on one customer; `changed` is told the customer after each step."""

    def __init__(self, text: str, customer_id: int, changed: Callable[[int], None],
                 customer: dict | None = None) -> None:
        # `text` names the customer as %1; the subclass has set self.db. The name is taken before `do`, so an
        # undo text names them even after a change that hides them.
        self.customer_id = customer_id
        self._changed = changed
        super().__init__(text.replace("%1", who(self.db, customer_id, customer)))

    def _tell(self) -> None:
        self._changed(self.customer_id)


class LogAttempt(StoreCommand):
    def __init__(self, db, customer_id: int, channel: str, outcome: str, at: datetime, note: str,
                 lead_ids: list[int] | None, changed,
                 customer: dict | None = None) -> None:
        self.db, self.args = db, (customer_id, channel, outcome, at, note, lead_ids)
        self.logged: followup.Logged | None = None
        super().__init__(_tr("Log attempt for %1"), customer_id, changed, customer)

    def do(self) -> None:
        customer_id, channel, outcome, at, note, lead_ids = self.args
        self.logged = followup.log_attempt(self.db, customer_id, channel, outcome, at=at, note=note,
                                           lead_ids=lead_ids)

    def revert(self) -> None:
        followup.undo_attempt(self.db, self.logged.attempt_id)


class LogReply(StoreCommand):
    """The customer's reply: undone and redone exactly as an attempt (the status changes it caused go too)."""

    def __init__(self, db, customer_id: int, channel: str, at: datetime, note: str, lead_ids: list[int] | None,
                 changed,
                 customer: dict | None = None) -> None:
        self.db, self.args = db, (customer_id, channel, at, note, lead_ids)
        self.logged: followup.Logged | None = None
        super().__init__(_tr("Log reply from %1"), customer_id, changed, customer)

    def do(self) -> None:
        customer_id, channel, at, note, lead_ids = self.args
        self.logged = followup.log_reply(self.db, customer_id, channel, at=at, note=note, lead_ids=lead_ids)

    def revert(self) -> None:
        followup.undo_reply(self.db, self.logged.attempt_id)


class SetStatus(StoreCommand):
    def __init__(self, db, customer_id: int, lead_ids: list[int], status: str, reason: str | None, changed,
                 customer: dict | None = None) -> None:
        self.db, self.lead_ids, self.status, self.reason = db, lead_ids, status, reason
        self.changes: list[int] = []
        super().__init__(_tr("%2 for %1").replace("%2", STATUS_LABELS.get(status, status)), customer_id, changed,
                         customer)

    def do(self) -> None:
        self.changes = followup.set_status(self.db, self.lead_ids, self.status, reason=self.reason)

    def revert(self) -> None:
        followup.revert_status_changes(self.db, self.changes)


class AddNote(StoreCommand):
    def __init__(self, db, customer_id: int, text: str, changed,
                 customer: dict | None = None) -> None:
        self.db, self.text, self.note_id = db, text, None
        super().__init__(_tr("Add note for %1"), customer_id, changed, customer)

    def do(self) -> None:
        self.note_id = worklog.add_note(self.db, self.customer_id, self.text)

    def revert(self) -> None:
        worklog.delete_note(self.db, self.note_id)


class ScheduleCall(StoreCommand):
    def __init__(self, db, customer_id: int, starts: datetime, minutes: int, kind: str, title: str, note: str,
                 changed,
                 customer: dict | None = None) -> None:
        self.db, self.args, self.call_id = db, (starts, minutes, kind, title, note), None
        super().__init__(_tr("Plan call with %1"), customer_id, changed, customer)

    def do(self) -> None:
        starts, minutes, kind, title, note = self.args
        self.call_id = worklog.schedule_call(self.db, self.customer_id, starts, minutes=minutes, kind=kind,
                                             title=title, note=note)

    def revert(self) -> None:
        worklog.delete_call(self.db, self.call_id)


class CallDone(StoreCommand):
    def __init__(self, db, customer_id: int, call_id: int, changed,
                 customer: dict | None = None) -> None:
        self.db, self.call_id = db, call_id
        super().__init__(_tr("Mark call with %1 done"), customer_id, changed, customer)

    def do(self) -> None:
        worklog.set_call_done(self.db, self.call_id, True)

    def revert(self) -> None:
        worklog.set_call_done(self.db, self.call_id, False)


class AssignOwner(StoreCommand):
    def __init__(self, db, customer_id: int, lead_ids: list[int], owner: str | None, changed,
                 customer: dict | None = None) -> None:
        self.db, self.lead_ids, self.owner, self.before = db, lead_ids, owner, {}
        super().__init__(_tr("Assign owner for %1"), customer_id, changed, customer)

    def do(self) -> None:
        self.before = worklog.set_owner(self.db, self.lead_ids, self.owner)

    def revert(self) -> None:
        worklog.restore_owners(self.db, self.before)


class Qualify(StoreCommand):
    """Records the criteria met and, when asked, moves the lead to Qualified: one step to undo."""

    def __init__(self, db, customer_id: int, lead_id: int, met: list[str], to_qualified: bool, changed,
                 customer: dict | None = None) -> None:
        self.db, self.lead_id, self.met, self.to_qualified = db, lead_id, met, to_qualified
        self.before: list[str] = []
        self.changes: list[int] = []
        super().__init__(_tr("Qualify %1"), customer_id, changed, customer)

    def do(self) -> None:
        self.before = worklog.set_qualification(self.db, self.lead_id, self.met)
        if self.to_qualified:
            self.changes = followup.set_status(self.db, [self.lead_id], "qualified")

    def revert(self) -> None:
        followup.revert_status_changes(self.db, self.changes)
        worklog.set_qualification(self.db, self.lead_id, self.before)
