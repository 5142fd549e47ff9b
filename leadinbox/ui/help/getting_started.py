"""Help › Getting started: a one-page guide to dropping files, the views, the badges and follow-up."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QTextBrowser

from leadinbox.core.leadsource import INTENT
from leadinbox.ui.inbox.badges import ACTION_BADGES, action_label, text_colour_for
from leadinbox.ui.inbox.views_panel import VIEW_LABELS
from leadinbox.ui.widgets.close_box import show_with_close


def _tr(text: str) -> str:
    return QCoreApplication.translate("GettingStarted", text)


def _view_help() -> dict[str, str]:
    return {
        "due": _tr("everything whose reply, attempt or call is due now."),
        "needs_reply": _tr("new leads nobody has answered yet. Microsoft expects an answer within 24 hours."),
        "due_today": _tr("customers with a follow-up due before the end of today."),
        "nurturing": _tr("customers you are staying in touch with."),
        "all": _tr("every customer."),
        "closed": _tr("won, lost and closed without a response; they can be reopened."),
        "dnc": _tr("customers who asked not to be contacted."),
    }


def _badge_help() -> dict[str, str]:
    return {
        "INS": _tr("they installed or started a free trial."),
        "PLT": _tr("they asked you to contact them, often with a message."),
        "StartTestDrive": _tr("they tried your test drive."),
        "Create": _tr("they created your offer in the Azure portal, to use it: the strongest signal."),
        "DNC": _tr("do not contact them. Microsoft passed the lead on for information only; "
                   "LeadInbox disables the copy and email buttons."),
    }


def _chip(code: str) -> str:
    colour = ACTION_BADGES[code][1]
    return (f"<span style='background:{colour};color:{text_colour_for(colour).name()}'>"
            f"&nbsp;{escape(action_label(code))}&nbsp;</span>")


def guide_html() -> str:
    views = _view_help()
    badges = _badge_help()
    view_items = "".join(f"<li><b>{escape(label)}</b>: {escape(views[key])}</li>"
                         for key, label in VIEW_LABELS if key in views)
    codes = sorted((code for code in ACTION_BADGES if code in badges), key=lambda code: INTENT.get(code, 99))
    badge_items = "".join(f"<li>{_chip(code)} {escape(badges[code])}</li>" for code in codes)
    return "".join((
        "<h2>", _tr("Getting started"), "</h2>",
        "<h3>", _tr("1. Drop your lead files"), "</h3>",
        "<p>", _tr("Export your leads from Partner Center (Referrals › Leads › Export), Azure Table storage, "
                   "Dynamics 365, Salesforce or Marketo, and drop the files or their folder anywhere on the "
                   "window. File › Import… (Ctrl+O) does the same. Try File › Open sample data first if you "
                   "have no export at hand."), "</p>",
        "<p>", _tr("A customer who appears in several files becomes one customer with one timeline. "
                   "Importing the same file twice adds nothing, and File › Import history undoes an import."),
        "</p>",
        "<h3>", _tr("2. Pick a view"), "</h3>",
        "<ul>", view_items, "</ul>",
        "<p>", _tr("Type in the search box (/ or Ctrl+F) to find a name, email, phone number, company, offer or "
                   "note; the filters next to it narrow the list by action, source, offer, country and date."),
        "</p>",
        "<h3>", _tr("3. Read the badges"), "</h3>",
        "<p>", _tr("Each customer shows the badges of all their leads, strongest intent first:"), "</p>",
        "<ul>", badge_items, "</ul>",
        "<h3>", _tr("4. Follow up"), "</h3>",
        "<p>", _tr("The Follow-up column counts down to the next thing to do: the first reply, the next "
                   "attempt or a planned call. Overdue items are shown in orange. Select a customer to see their "
                   "contact details and timeline on the right, and email, call or log an attempt from there; "
                   "LeadInbox plans the next attempt for you and stops as soon as the customer replies."),
        "</p>",
        "<p>", _tr("Help › Keyboard shortcuts lists the keys that move you through the inbox."), "</p>",
    ))


class GettingStartedDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.browser = QTextBrowser(openLinks=False)
        self.browser.setHtml(guide_html())
        show_with_close(self, self.browser, 640, 620)
