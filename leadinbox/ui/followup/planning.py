"""Planning a call, qualifying and assigning: the FollowUpActions that open their own dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from leadinbox.store import inbox

from leadinbox.store.work import attempts as followup

from leadinbox.store.work import rules
from leadinbox.ui.followup import commands as cmd


class PlanningMixin:
    """Mixed into FollowUpActions, whose db, guards, seams (run, ask, tell, open_url) and undo stack it uses."""

    def plan_call(self, customer_id: int) -> bool:
        from leadinbox.core.ics import call_uid, invitation
        from leadinbox.store.work.worklog import call
        from leadinbox.ui.followup.schedule_dialog import ScheduleCallDialog, save_invitation
        customer = self.contactable(customer_id)
        if customer is None:
            return False
        name = customer["full_name"] or customer["email"] or ""
        dialog = ScheduleCallDialog(self.window, customer_name=name, now=self.clock())
        if self.run(dialog) != QDialog.DialogCode.Accepted:
            return False
        command = self._push(lambda: cmd.ScheduleCall(self.db, customer_id, dialog.starts(), dialog.minutes(),
                                                      dialog.kind(), dialog.title(), dialog.note(), self._notify,
                                                      customer))
        if command is None:
            return False
        if self.ask(self.tr("Add to calendar?"), self.tr(
                "Also save this call as a calendar invitation (an .ics file) and open it in your calendar app?")):
            row = call(self.db, command.call_id)
            uid = call_uid(command.call_id, row["created_at"], customer["email"] or str(customer_id))
            # What the call needs at a glance in the calendar: the number to dial and who they are with.
            lines = [dialog.note(),
                     self.tr("Phone: %1").replace("%1", customer["phone"] or "") if customer["phone"] else "",
                     self.tr("Company: %1").replace("%1", customer["company"] or "") if customer["company"] else ""]
            text = invitation(uid, dialog.starts(), dialog.minutes(), dialog.title(),
                              "\n".join(line for line in lines if line), attendee=customer["email"])
            day = dialog.starts().astimezone().date().isoformat()    # sorts in a folder; i18n: not UI
            path = save_invitation(self.window, text, f"{dialog.title()} {day}.ics")
            if path is not None:
                self.message.emit(self.tr("Invitation saved as %1.").replace("%1", str(path)))
            if path is not None and not self.open_url(path.as_uri()):
                # No calendar app for .ics files: the file is there all the same, say where.
                self.tell(self.tr("No calendar app"), self.tr(
                    "The invitation was saved as %1, but no calendar app could open it. Import that file in "
                    "your calendar (most have File › Import), or open it from your file manager.")
                    .replace("%1", str(path)))
        return True

    def plan_calls(self, customer_ids: list[int]) -> bool:
        """Plan call on a selection: one call or meeting for each customer, one after the other from the time
        chosen (a call's length apart: nobody is called twice at once), one undo step. Do-not-contact
        customers are left out and counted; no calendar file (one per call would be asked for each)."""
        from datetime import timedelta
        from leadinbox.ui.followup.schedule_dialog import ScheduleCallDialog
        # QCoreApplication.translate below, not self.tr: with a count, self.tr in a mixin looks only under the
        # object's class (FollowUpActions), and these plural forms are kept under this class's name.
        dnc = [c for c in customer_ids if followup.is_dnc(self.db, c)]
        allowed = [c for c in customer_ids if c not in dnc]
        if len(allowed) <= 1:
            return self.plan_call(allowed[0] if allowed else customer_ids[0])
        many = QCoreApplication.translate("PlanningMixin", "%Ln customers", "", len(allowed))
        dialog = ScheduleCallDialog(self.window, now=self.clock(), customer_name=many)
        if self.run(dialog) != QDialog.DialogCode.Accepted:
            return False
        step = timedelta(minutes=dialog.minutes())
        self.undo_stack.beginMacro(QCoreApplication.translate("PlanningMixin", "Plan call for %Ln customer(s)", "",
                                                              len(allowed)))
        try:
            planned = [self._push(lambda c=c, i=i: cmd.ScheduleCall(
                self.db, c, dialog.starts() + i * step, dialog.minutes(), dialog.kind(), dialog.title(),
                dialog.note(), self._notify)) for i, c in enumerate(allowed)]
        finally:
            self.undo_stack.endMacro()
        done = sum(p is not None for p in planned)
        text = QCoreApplication.translate("PlanningMixin",
                                          "Calls planned for %Ln customer(s), one after the other.", "", done)
        if dnc:
            text += " " + QCoreApplication.translate("PlanningMixin", "%Ln do-not-contact customer(s) left out.",
                                                     "", len(dnc))
        self.message.emit(text)
        return bool(done)

    def qualify(self, customer_id: int) -> bool:
        from leadinbox.store.work.worklog import qualification
        from leadinbox.ui.followup.qualify_dialog import QualifyDialog
        customer = self.present(customer_id)
        if customer is None:
            return False
        if followup.is_dnc(self.db, customer_id):     # not "reopen it": they asked not to be contacted
            self.tell(self.tr("Do not contact"), self.tr(
                "This customer cannot be qualified: they asked not to be contacted (a Do-not-contact lead)."))
            return False
        leads = self._open_leads(customer_id)
        if not leads:
            self.tell(self.tr("No open lead"), self.tr("Reopen a lead before qualifying it."))
            return False
        lead = max(leads, key=lambda l: l["sort_at"])      # the newest open lead carries the qualification
        dialog = QualifyDialog(self.window, criteria=rules.load_criteria(self.db),
                               met=set(qualification(self.db, lead["id"])), to_qualified=True)
        if self.run(dialog) != QDialog.DialogCode.Accepted:
            return False
        return self._push(lambda: cmd.Qualify(self.db, customer_id, lead["id"], dialog.met(), True,
                                              self._notify, customer)) is not None

    def assign_owner(self, customer_id: int, *, customer_ids: list[int] | None = None) -> bool:
        from leadinbox.ui.followup.owner_dialog import AssignOwnerDialog
        customer = self.present(customer_id)
        if customer is None:
            return False
        ids = customer_ids or [customer_id]
        leads = {cid: [l["id"] for l in self._open_leads(cid)] for cid in ids}
        count = sum(len(v) for v in leads.values())
        if not count:
            self.tell(self.tr("No open lead"), self.tr("There is no open lead to assign."))
            return False
        dialog = AssignOwnerDialog(self.window, known_owners=inbox.owners(self.db), current=None, count=count)
        if self.run(dialog) != QDialog.DialogCode.Accepted:
            return False
        self.undo_stack.beginMacro(QCoreApplication.translate("PlanningMixin", "Assign owner for %Ln customer(s)", "",
                                                              len(ids)) if len(ids) > 1
                                   else self.tr("Assign owner for %1").replace("%1", cmd.who(self.db, ids[0], customer if ids[0] == customer_id else None)))
        try:
            for cid, lead_ids in leads.items():
                if lead_ids:
                    self._push(lambda cid=cid, lead_ids=lead_ids: cmd.AssignOwner(
                        self.db, cid, lead_ids, dialog.owner(), self._owner_notify, customer if cid == customer_id else None))
        finally:
            self.undo_stack.endMacro()
        return True
