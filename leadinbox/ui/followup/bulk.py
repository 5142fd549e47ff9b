"""Acting on the selected customers at once (status, tags, start from today), editing a customer, adding a
lead by hand: each pushed as one undo step, with what it changed and what it left out said in the status bar."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from leadinbox.store.failures import database_file
from leadinbox.store.people import edits, tags
from leadinbox.store.work import bulk
from leadinbox.store.work.attempts import DoNotContact, NotAllowed
from leadinbox.ui.followup import bulk_commands as cmd
from leadinbox.ui.inbox.columns import STATUS_LABELS
from leadinbox.ui.language.core_messages import refusal_of
from leadinbox.ui.window.errors import show_failure

BULK_STATUSES = ("won", "lost", "no_response", "reopen", "dnc")


class BulkActions(QObject):
    changed = Signal(list)       # customers whose data changed
    message = Signal(str)        # a line for the status bar

    def __init__(self, db, parent: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self.db, self.window, self.undo_stack = db, parent, undo_stack
        # Seams for tests, as FollowUpActions has them.
        self.run = lambda dialog: dialog.exec()
        self.ask = lambda title, text: QMessageBox.question(self.window, title, text) == \
            QMessageBox.StandardButton.Yes
        self.tell = lambda title, text: QMessageBox.information(self.window, title, text)
        self.fail = lambda exc: show_failure(self.window, exc, database_file(self.db))

    def _notify(self, customer_ids: list[int]) -> None:
        self.changed.emit(list(customer_ids))

    def push(self, make: Callable[[], cmd.ManyCommand]) -> cmd.ManyCommand | None:
        """Run a command and push it; a refusal is told, not raised (nothing was written)."""
        command = self.make(make)
        if command is not None:
            self.undo_stack.push(command)
        return command

    def make(self, make: Callable[[], cmd.ManyCommand]) -> cmd.ManyCommand | None:
        """Run a command (its work is done) without pushing it yet; None when refused (told)."""
        try:
            command = make()
        except (DoNotContact, NotAllowed) as exc:
            self.tell(self.tr("Not possible"), refusal_of(exc))
            return None
        except (sqlite3.Error, OSError) as exc:
            self.fail(exc)
            return None
        return command

    # Status on a selection ------------------------------------------------------------------------
    def label(self, status: str) -> str:
        return self.tr("Reopen") if status == "reopen" else STATUS_LABELS.get(status, status)

    def set_status(self, customer_ids: list[int], status: str) -> bool:
        """Won, Lost, Closed – no response, Reopen or Do not contact for every selected customer."""
        if not customer_ids:
            return False
        if status == "dnc" and not self.ask(self.tr("Do not contact?"), self.tr(
                "Mark %Ln customer(s) as Do not contact? LeadInbox will then refuse to email, call or plan "
                "attempts for them (Ctrl+Z undoes it).", "", len(customer_ids))):
            return False
        command = self.make(lambda: cmd.BulkStatus(self.db, customer_ids, status, self.label(status), self._notify))
        if command is None:
            return False
        result = command.result
        if not result.changed:            # nothing was written: nothing to undo
            self.tell(self.tr("Nothing to change"), self.left_out(result) or self.tr("Nothing to change."))
            return False
        self.undo_stack.push(command)
        text = self.tr("%1: %Ln customer(s) changed", "", len(result.changed)).replace("%1", self.label(status))
        text += " " + self.tr("(%Ln lead(s)).", "", result.leads)
        if left := self.left_out(result):
            text += " " + left
        self.message.emit(text)
        return True

    def left_out(self, result: bulk.BulkResult) -> str:
        """"3 selected customers left out: 2 without an open lead, 1 do not contact"."""
        words = {bulk.GONE: lambda n: self.tr("%Ln no longer in LeadInbox", "", n),
                 bulk.NO_OPEN: lambda n: self.tr("%Ln without an open lead", "", n),
                 bulk.NO_CLOSED: lambda n: self.tr("%Ln with nothing closed to reopen", "", n),
                 bulk.ALREADY: lambda n: self.tr("%Ln already so", "", n),
                 bulk.DO_NOT_CONTACT: lambda n: self.tr("%Ln do not contact", "", n),
                 bulk.MARKETPLACE_DNC: lambda n: self.tr("%Ln do not contact (from the marketplace)", "", n)}
        parts = [words[reason](len(ids)) for reason, ids in result.skipped.items()]
        if not parts:
            return ""
        total = sum(len(ids) for ids in result.skipped.values())
        return self.tr("%Ln selected customer(s) left out: %1.", "", total).replace(
            "%1", self.tr(", ", "between the reasons customers were left out").join(parts))

    # Start from today -----------------------------------------------------------------------------
    def start_from_today(self, customer_ids: list[int] | None = None) -> bool:
        """Treat an old backlog (of the selection, or all) as handled before LeadInbox, or restart its clocks."""
        from leadinbox.ui.followup.start_dialog import StartFromTodayDialog
        dialog = StartFromTodayDialog(self.db, self.window, customer_ids=customer_ids)
        if self.run(dialog) != QDialog.DialogCode.Accepted:
            return False
        command = self.make(lambda: cmd.StartFromToday(self.db, dialog.days(), dialog.mode(), customer_ids,
                                                       self._notify))
        if command is None:
            return False
        result = command.result
        if not result.leads:
            self.tell(self.tr("Start from today"), self.tr("No unanswered lead is older than that."))
            return False
        self.undo_stack.push(command)
        text = (self.tr("Closed %Ln lead(s) as handled before LeadInbox", "", result.leads) if dialog.mode() == "close"
                else self.tr("Restarted the first-response clock of %Ln lead(s)", "", result.leads))
        self.message.emit(text + " " + self.tr("(%Ln customer(s)). Ctrl+Z undoes it.", "", len(result.changed)))
        return True

    # Tags -----------------------------------------------------------------------------------------
    def add_tag(self, customer_ids: list[int]) -> bool:
        if not customer_ids:
            return False
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Add tag"))
        dialog.setLabelText(self.tr("Tag for %Ln customer(s):", "", len(customer_ids)))
        dialog.setComboBoxEditable(True)
        dialog.setComboBoxItems([t for t, _ in tags.all_tags(self.db)] or [""])
        dialog.setTextValue("")
        if self.run(dialog) != QDialog.DialogCode.Accepted or not dialog.textValue().strip():
            return False
        command = self.push(lambda: cmd.AddTag(self.db, customer_ids, dialog.textValue(), self._notify))
        if command is not None:
            self.message.emit(self.tr("Tagged %Ln customer(s) “%1”.", "", len(command.customers)).replace(
                "%1", command.tag))
        return command is not None

    def remove_tag(self, customer_ids: list[int], tag: str) -> bool:
        command = self.push(lambda: cmd.RemoveTag(self.db, customer_ids, tag, self._notify))
        return command is not None

    # One customer's details -----------------------------------------------------------------------
    def edit_contact(self, customer_id: int, changes: dict) -> bool:
        """Save the edit form. An email another customer has: merge the two, keep both, or go back."""
        try:
            command = cmd.EditContact(self.db, customer_id, changes, self._notify)
        except edits.SameEmail as same:
            return self._same_email(customer_id, changes, same)
        except NotAllowed as exc:
            self.tell(self.tr("Not possible"), refusal_of(exc))
            return False
        except (sqlite3.Error, OSError) as exc:
            self.fail(exc)
            return False
        if command.edit.edit_id is None:
            return True               # nothing changed: nothing to undo
        self.undo_stack.push(command)
        self.message.emit(self.tr("Contact details saved; a later import will not overwrite them."))
        return True

    def _same_email(self, customer_id: int, changes: dict, same: edits.SameEmail) -> bool:
        from leadinbox.ui.followup.commands import who
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Same email"), self.tr(
            "%1 already has the email %2. Are they the same person? Merging moves their leads, attempts, notes "
            "and tags here (Ctrl+Z undoes it).").replace("%1", who(self.db, same.other_id)).replace("%2", same.email),
            parent=self.window)
        merge = box.addButton(self.tr("Merge the two"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(merge)
        self.run(box)
        if box.clickedButton() is merge:
            return self.push(lambda: cmd.MergeCustomers(self.db, customer_id, same.other_id, self._notify,
                                                        changes)) is not None
        if box.clickedButton() is keep:
            return self.push(lambda: cmd.EditContact(self.db, customer_id, changes, self._notify,
                                                     keep_both=True)) is not None
        return False

    def add_lead(self, values: dict) -> int | None:
        """A lead typed in by hand; returns its customer (to select), None when refused."""
        command = self.make(lambda: cmd.AddLead(self.db, values, self._notify))
        if command is None:
            return None
        added = command.added
        if added.new:
            self.undo_stack.push(command)
        else:
            self.tell(self.tr("Already known"), self.tr(
                "This lead is already in LeadInbox (the same person, action, offer and day): nothing was added."))
            self._notify([added.customer_id])
        if added.new:
            self.message.emit(self.tr("Lead added; its first reply is due as an imported lead's would be."))
        return added.customer_id
