"""What the user does to a customer (email, call, log an attempt, change status, note, plan a call), with
the Do-not-contact guard in front of every contact and each change pushed on the undo stack."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

from PySide6.QtCore import QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from leadinbox.core.cadence import CLOSED, OPEN
from leadinbox.core.changes import OWNERS, Changes
from leadinbox.core.mailto import NotAnAddress, mailto_url, tel_url
from leadinbox.store import inbox
from leadinbox.store.work import attempts as followup
from leadinbox.store.failures import database_file
from leadinbox.ui.followup import commands as cmd
from leadinbox.ui.followup.attempt_dialog import AttemptDialog
from leadinbox.ui.followup.emailing import EmailingMixin
from leadinbox.ui.window.errors import show_failure
from leadinbox.ui.followup.planning import PlanningMixin
from leadinbox.ui.language.core_messages import refusal_of
from leadinbox.ui.jobs.changes import ChangeHub
from leadinbox.ui.inbox.columns import STATUS_LABELS, lead_date
from leadinbox.ui.inbox.badges import action_label
from leadinbox.ui.widgets.discard import NoteInput


class FollowUpActions(PlanningMixin, EmailingMixin, QObject):
    """Each change ends on the change hub `changes`: once per step of the undo stack (a step of twelve
    attempts, or its undo, is told once), naming the customers it changed."""

    message = Signal(str)        # a line for the status bar

    def __init__(self, db, parent: QWidget, undo_stack: QUndoStack, settings: QSettings | None = None,
                 *, changes: ChangeHub | None = None, clock=None) -> None:
        super().__init__(parent)
        self.db, self.window, self.undo_stack = db, parent, undo_stack
        self.changes = changes if changes is not None else ChangeHub(self)
        self._touched: set[int] = set()      # customers the commands of this step changed
        self._owners = False                 # and whether it changed who works them (Mine re-filters)
        undo_stack.indexChanged.connect(self._tell)
        self.settings = settings or QSettings()
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        # Seams for tests: how a URL is opened, how a dialog is run, how the user is asked or told.
        self.open_url = lambda url: QDesktopServices.openUrl(QUrl(url))
        self.run = lambda dialog: dialog.exec()
        self.ask = lambda title, text: QMessageBox.question(self.window, title, text) == \
            QMessageBox.StandardButton.Yes
        self.tell = lambda title, text: QMessageBox.information(self.window, title, text)
        self.fail = lambda exc: show_failure(self.window, exc, database_file(self.db))

    # Guards ---------------------------------------------------------------------------------------
    def present(self, customer_id: int) -> dict | None:
        """The customer, read once for the whole action; None (and the user told why) when another writer
        removed them while the window showed them (`leadinbox erase`, an undone import): the real reason,
        not "closed" or a crash."""
        customer = inbox.customer(self.db, customer_id)
        if customer is not None:
            return customer
        self.tell(self.tr("Not possible"), self.tr("This customer is no longer in LeadInbox (erased, or removed "
                                                   "by an undone import)."))
        self.changes.emit(Changes(everything=True))       # the window shows what is there now
        return None

    def contactable(self, customer_id: int) -> dict | None:
        """The customer; None (and the user told why) when they are gone or must not be contacted."""
        customer = self.present(customer_id)
        if customer is None:
            return None
        if followup.is_dnc(self.db, customer_id):
            self.tell(self.tr("Do not contact"),
                      self.tr("This customer asked not to be contacted (a Do-not-contact lead). LeadInbox "
                              "will not email, call or plan attempts for them."))
            return None
        return customer

    def _push(self, make) -> cmd.StoreCommand | None:
        """Run a command and push it; a refusal from the store is told, not raised, and so is a write the disk
        or the file refused (read-only, full, busy: the transaction was rolled back)."""
        try:
            command = make()
        except followup.DoNotContact as exc:
            self.tell(self.tr("Do not contact"), refusal_of(exc))
            return None
        except followup.NotAllowed as exc:
            self.tell(self.tr("Not possible"), refusal_of(exc))
            return None
        except (sqlite3.Error, OSError) as exc:
            self.fail(exc)
            return None
        self.undo_stack.push(command)
        return command

    def touch(self, *customer_ids: int) -> None:
        """A command on the undo stack changed these customers: told when the stack has moved."""
        self._touched.update(customer_ids)

    def _notify(self, customer_id: int) -> None:
        self._touched.add(customer_id)

    def _owner_notify(self, customer_id: int) -> None:
        """An Assign owner (done, undone or redone): a list filtered by owner reads again."""
        self._touched.add(customer_id)
        self._owners = True

    def _tell(self, _index: int) -> None:
        # The stack moved one step (a push, an undo, a redo, a whole macro): its customers are told at once.
        touched, self._touched = self._touched, set()
        owners, self._owners = self._owners, False
        self.changes.emit(Changes.of(customers=touched, settings=[OWNERS] if owners else None))

    # Contact --------------------------------------------------------------------------------------
    def _open_leads(self, customer_id: int) -> list[dict]:
        return [lead for lead in inbox.customer_leads(self.db, customer_id) if lead["status"] in OPEN]

    def _contact_dialog(self, customer_id: int, *, reply: bool = False, channel: str = "email",
                        outcome: str = "no_answer") -> AttemptDialog | None:
        """The attempt (or reply) dialog over the customer's open leads, accepted; None when refused or
        cancelled."""
        customer = self.contactable(customer_id)
        if customer is None:
            return None
        leads = self._open_leads(customer_id)
        if not leads:
            self.tell(self.tr("No open lead"),
                      self.tr("All leads of this customer are closed. Reopen one to log the reply on it.") if reply
                      else self.tr("All leads of this customer are closed. Reopen one to log an attempt on it."))
            return None
        labels = [(lead["id"], f"{action_label(lead['action'])} · {lead['offer_name'] or lead['offer_id'] or ''}"
                   f" · {lead_date(lead['created_at'] or lead['sort_at'])}") for lead in leads]
        dialog = AttemptDialog(self.window, customer_name=customer["full_name"] or customer["email"] or "",
                               leads=labels, now=self.clock(), channel=channel, outcome=outcome, reply=reply)
        dialog.customer = customer
        return dialog if self.run(dialog) == QDialog.DialogCode.Accepted else None

    def log_attempt(self, customer_id: int, *, channel: str = "email", outcome: str = "no_answer") -> bool:
        dialog = self._contact_dialog(customer_id, channel=channel, outcome=outcome)
        if dialog is None:
            return False
        command = self._push(lambda: cmd.LogAttempt(self.db, customer_id, dialog.channel(), dialog.outcome(),
                                                    dialog.at(), dialog.note_text(), dialog.lead_ids(),
                                                    self._notify, dialog.customer))
        if command is None:
            return False
        self.message.emit(self.tr("Attempt logged on %Ln lead(s).", "", len(command.logged.lead_ids)))
        if command.logged.propose == "lost" and self.ask(
                self.tr("Close as Lost?"), self.tr("The customer is not reachable or not interested. Close "
                                                   "the lead(s) as Lost?")):
            self.set_status(customer_id, "lost", lead_ids=command.logged.lead_ids, reason=dialog.outcome())
        return True

    def log_attempts(self, customer_ids: list[int]) -> bool:
        """One email sent to several selected customers: one attempt each, on their open leads, one undo
        step. Customers who may not be contacted, or have no open lead, are left out and counted."""
        dnc = [c for c in customer_ids if followup.is_dnc(self.db, c)]
        open_leads = {c: len(self._open_leads(c)) for c in customer_ids if c not in dnc}   # read once each
        allowed = [c for c in customer_ids if open_leads.get(c)]
        if len(allowed) <= 1:
            return self.log_attempt(allowed[0]) if allowed else self.log_attempt(customer_ids[0])
        rows = [(c, f"{cmd.who(self.db, c)} · " + self.tr("%Ln open lead(s)", "", open_leads[c])) for c in allowed]
        left_out = []
        if dnc:
            left_out.append(self.tr("%Ln do-not-contact customer(s) left out.", "", len(dnc)))
        if len(customer_ids) - len(dnc) - len(allowed):
            left_out.append(self.tr("%Ln customer(s) without an open lead left out.", "",
                                    len(customer_ids) - len(dnc) - len(allowed)))
        dialog = AttemptDialog(self.window, customer_name="", leads=rows, now=self.clock(),
                               left_out=" ".join(left_out), unreachable=self._unreachable(allowed), customers=True)
        if self.run(dialog) != QDialog.DialogCode.Accepted:
            return False
        chosen = dialog.lead_ids()          # here the ticked rows are customers
        self.undo_stack.beginMacro(self.tr("Log attempt for %Ln customer(s)", "", len(chosen)))
        try:
            logged = [self._push(lambda c=c: cmd.LogAttempt(self.db, c, dialog.channel(), dialog.outcome(),
                                                            dialog.at(), dialog.note_text(), None, self._notify))
                      for c in chosen]
            lost = [c for c in logged if c is not None and c.logged.propose == "lost"]
            if lost and self.ask(self.tr("Close as Lost?"), self.tr(
                    "The customers are not reachable or not interested. Close their leads as Lost?")):
                for c in lost:
                    self.set_status(c.customer_id, "lost", lead_ids=c.logged.lead_ids, reason=dialog.outcome())
        finally:
            self.undo_stack.endMacro()
        done = sum(c is not None for c in logged)
        text = self.tr("Attempt logged for %Ln customer(s).", "", done)
        if left := self._left_out_text(customer_ids, dnc, allowed, chosen, dialog):
            text += " " + left
        self.message.emit(text)
        return bool(done)

    def _left_out_text(self, customer_ids, dnc, allowed, chosen, dialog) -> str:
        """Who of the selection got no attempt, each reason with its own count: "2 selected customers left
        out: 1 do not contact, 1 without an email address"."""
        unreachable = dialog.unreachable.get(dialog.channel(), set()) & set(allowed)
        counts = [(len(dnc), self.tr("%Ln do not contact", "", len(dnc))),
                  (len(customer_ids) - len(dnc) - len(allowed),
                   self.tr("%Ln without an open lead", "", len(customer_ids) - len(dnc) - len(allowed))),
                  (len(unreachable), self.tr("%Ln without a phone number", "", len(unreachable))
                   if dialog.channel() == "call" else self.tr("%Ln without an email address", "", len(unreachable))),
                  (len(set(allowed) - set(chosen) - unreachable),
                   self.tr("%Ln not ticked", "", len(set(allowed) - set(chosen) - unreachable)))]
        parts = [text for n, text in counts if n]
        if not parts:
            return ""
        # The list separator is the language's own (Chinese lists with 、).
        return self.tr("%Ln selected customer(s) left out: %1.", "", sum(n for n, _ in counts)).replace(
            "%1", self.tr(", ", "between the reasons customers were left out").join(parts))

    def _unreachable(self, customer_ids: list[int]) -> dict[str, set[int]]:
        """Per channel, the customers it cannot reach: no usable email address, no phone number."""
        out: dict[str, set[int]] = {"email": set(), "call": set()}
        for c in customer_ids:
            customer = inbox.customer(self.db, c)
            try:
                mailto_url(customer["email"] or "")
            except NotAnAddress:
                out["email"].add(c)
            if not (customer["phone_e164"] or customer["phone"]):
                out["call"].add(c)
        return out

    def log_reply(self, customer_id: int) -> bool:
        """The customer answered (R, then Enter): their reply stops the cadence; it is not an attempt."""
        dialog = self._contact_dialog(customer_id, reply=True)
        if dialog is None:
            return False
        command = self._push(lambda: cmd.LogReply(self.db, customer_id, dialog.channel(), dialog.at(),
                                                  dialog.note_text(), dialog.lead_ids(), self._notify,
                                                  dialog.customer))
        if command is None:
            return False
        self.message.emit(self.tr("Reply recorded on %Ln lead(s).", "", len(command.logged.lead_ids)))
        return True

    def call(self, customer_id: int) -> bool:
        customer = self.contactable(customer_id)
        if customer is None:
            return False
        try:
            url = tel_url(customer["phone_e164"] or customer["phone"] or "")
        except NotAnAddress:
            self.tell(self.tr("No phone number"), self.tr("This customer has no phone number."))
            return False
        if not self.open_url(url):
            self.tell(self.tr("No phone app"), self.tr(
                "No app for phone calls could be opened. Dial %1 yourself; then log how the call went.")
                .replace("%1", customer["phone"] or customer["phone_e164"]))
        if self._open_leads(customer_id):
            return self.log_attempt(customer_id, channel="call", outcome="no_answer")
        return False

    # Status and notes -----------------------------------------------------------------------------
    def set_status(self, customer_id: int, status: str, *, lead_ids: list[int] | None = None,
                   reason: str | None = None) -> bool:
        """Close, reopen or move a customer's leads: the open ones (closing, moving), or the closed ones
        (reopening, as New or Contacted)."""
        customer = self.present(customer_id)
        if customer is None:
            return False
        leads = inbox.customer_leads(self.db, customer_id)
        if status == "qualified" and lead_ids is None:
            return self.qualify(customer_id)
        if lead_ids is None:
            reopening = status in OPEN and not any(l["status"] in OPEN for l in leads)
            pool = [l for l in leads if (l["status"] in CLOSED or l["status"] == "dnc" and l["action"] != "DNC")]
            lead_ids = [l["id"] for l in (pool if reopening else leads if status == "dnc" else
                                          [l for l in leads if l["status"] in OPEN])]
        if not lead_ids:
            self.tell(self.tr("Nothing to change"), self.tr("No lead of this customer can be moved to %s.")
                      % STATUS_LABELS.get(status, status))
            return False
        if status == "dnc" and followup.is_dnc(self.db, customer_id) and all(
                l["status"] == "dnc" for l in leads if l["id"] in lead_ids):
            return False                  # already do-not-contact: nothing to ask, nothing to change
        if status == "contacted" and followup.is_dnc(self.db, customer_id) and not self.ask(
                self.tr("Do not contact"), self.tr("This customer asked not to be contacted. Mark their leads as "
                                                   "Contacted anyway?")):
            return False
        if status == "dnc" and not self.ask(self.tr("Do not contact?"), self.tr(
                "Mark this customer as Do not contact? LeadInbox will then refuse to email, call or plan "
                "attempts for them (Ctrl+Z undoes it).")):
            return False
        done = self._push(lambda: cmd.SetStatus(self.db, customer_id, lead_ids, status, reason, self._notify,
                                                customer))
        if done is not None:
            self.message.emit(self.tr("Moved %Ln lead(s) to %1.", "", len(lead_ids)).replace(
                "%1", STATUS_LABELS.get(status, status)))
        return done is not None

    def add_note(self, customer_id: int) -> bool:
        customer = self.present(customer_id)
        if customer is None:
            return False
        dialog = NoteInput(self.window)      # Escape asks before it throws the note away
        dialog.setWindowTitle(self.tr("Add note"))
        dialog.setLabelText(self.tr("Note (searchable, kept with the customer; Ctrl+Enter saves):"))
        # Enter starts a new line in the note, so saving from the keyboard needs its own key.
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), dialog, dialog.accept)
        if self.run(dialog) != QDialog.DialogCode.Accepted or not dialog.textValue().strip():
            return False
        text = dialog.textValue()
        return self._push(lambda: cmd.AddNote(self.db, customer_id, text, self._notify, customer)) is not None
