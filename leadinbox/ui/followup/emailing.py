"""Emailing a customer: the draft in their language, opened in the mail app through mailto: (a long one with
the subject only and the text on the clipboard), or copied or saved as a draft when there is no mail app; then
the offer to log the attempt."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from leadinbox.core.mailto import NotAnAddress, mailto_url
from leadinbox.store import inbox
from leadinbox.store.work.drafting import email_draft
from leadinbox.ui.followup import commands as cmd
from leadinbox.ui.followup.email_dialog import EmailDialog

# Outlook on Windows cuts a mailto: link at about 2,000 characters (some browsers' handlers too): a longer one
# opens with the subject only, and the text goes on the clipboard.
MAILTO_LIMIT = 2000


class EmailingMixin:
    """Mixed into FollowUpActions, whose db, guards, seams (run, ask, tell, open_url) and undo stack it uses."""

    def email(self, customer_id: int) -> bool:
        customer = self.contactable(customer_id)
        if customer is None:
            return False
        try:
            mailto_url(customer["email"] or "")
        except NotAnAddress:
            self.tell(self.tr("No email address"), self.tr("This customer has no usable email address."))
            return False
        leads = self._open_leads(customer_id) or inbox.customer_leads(self.db, customer_id)
        name, signature = self.settings.value("user/name", ""), self.settings.value("user/signature", "")
        draft = email_draft(self.db, customer, leads, my_name=name, signature=signature)
        dialog = EmailDialog(self.window, to=customer["email"], draft=draft.email, unsigned=not (name or signature))
        if self.run(dialog) != QDialog.DialogCode.Accepted:
            return False
        if dialog.choice == "open" and not self.open_mail(customer["email"], dialog.draft().subject,
                                                          dialog.draft().body):
            # No mail app (Qt only warns on the terminal): the same email again, to copy or save as a draft.
            dialog = EmailDialog(self.window, to=customer["email"], draft=dialog.draft(), no_mail_app=True)
            if self.run(dialog) != QDialog.DialogCode.Accepted:
                return False
        if dialog.choice == "draft" and dialog.saved is not None:
            self.message.emit(self.tr("Draft saved as %1: open it in your mail app to send it.")
                              .replace("%1", str(dialog.saved)))
        if self._open_leads(customer_id) and self.ask(
                self.tr("Log attempt?"), self.tr("Log this email as attempt %d?") % draft.attempt):
            return self._push(lambda: cmd.LogAttempt(self.db, customer_id, "email", "no_answer", self.clock(), "",
                                                     None, self._notify, customer)) is not None
        return False

    def open_mail(self, to: str, subject: str, body: str) -> bool:
        """Open the mail app on the email; False when none opened. A link too long for every mail app to take
        whole opens with the subject only, the text on the clipboard, and the user is told."""
        url = mailto_url(to, subject, body)
        if len(url) <= MAILTO_LIMIT:
            return self.open_url(url)
        QGuiApplication.clipboard().setText(body)
        if not self.open_url(mailto_url(to, subject)):
            return False
        self.tell(self.tr("Paste the text"), self.tr(
            "This email is too long for a mail link (some mail apps, Outlook among them, cut it off): your mail "
            "app opens with the subject only, and the text is on the clipboard. Paste it into the email."))
        return True
