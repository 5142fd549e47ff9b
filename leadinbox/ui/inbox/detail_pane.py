"""The selected customer: contact card with copy buttons, offers, and the timeline of their events."""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QToolButton,
                               QVBoxLayout, QWidget)

from leadinbox.ui.inbox.due_text import due_label
from leadinbox.ui.inbox.edit_form import ContactForm
from leadinbox.ui.widgets.elided_label import ElidedLabel
from leadinbox.ui.followup.action_bar import FollowUpBar
from leadinbox.ui.inbox.columns import STATUS_LABELS, short_date
from leadinbox.ui.inbox.original_row_dialog import OriginalRowDialog
from leadinbox.ui.inbox.timeline_html import timeline_html


class DetailPane(QWidget):
    """Shows one customer; `show_customer(None)` shows the hint for an empty selection."""

    close_proposed = Signal()      # the user accepts the proposal to close as "no response"
    edit_saved = Signal(int, dict)  # the edit form's values for the customer: the controller saves them
    tag_add = Signal(int)           # the customer's "+ tag" link
    tag_remove = Signal(int, str)   # a tag chip's ×
    company_open = Signal(int)      # the company link: the company's customers together
    shown = Signal(object)          # a customer (their row) or None was shown: the team's button follows

    def __init__(self, source, parent=None, *, clock=None) -> None:
        super().__init__(parent)
        self._source = source
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self.name = ElidedLabel(objectName="detailName", mode=Qt.TextElideMode.ElideRight,
                                textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)     # before any text: the label elides with its own font's metrics
        self.subtitle = QLabel(wordWrap=True, openExternalLinks=False)
        self.subtitle.linkActivated.connect(self._link)
        self.edit_button = QToolButton(text=self.tr("Edit"), objectName="editContact",
                                       toolTip=self.tr("Edit the contact details (F2); kept over later imports"))
        self.edit_button.clicked.connect(self.begin_edit)
        # Claim / Release on a team (ui/team/controller.py sets its text and shows it); hidden off a team.
        self.claim_button = QToolButton(objectName="claimButton", visible=False)
        self.tags = QLabel(wordWrap=True, objectName="tagChips", openExternalLinks=False)
        self.tags.linkActivated.connect(self._link)
        self.form = ContactForm()
        self.form.save.connect(lambda values: self.edit_saved.emit(self.customer_id, values))
        self.form.cancel.connect(self.end_edit)
        self.dnc_banner = QLabel(wordWrap=True, objectName="dncBanner")
        self.dnc_banner.setStyleSheet("QLabel#dncBanner { background: #D55E00; color: white; padding: 6px;"
                                      " border-radius: 4px; font-weight: bold; }")
        self.state = QLabel(wordWrap=True, objectName="followupState")
        self.actions = FollowUpBar()
        self.proposal = QWidget(objectName="closeProposal")
        self.proposal.setStyleSheet("QWidget#closeProposal { background: #FFF4CC; border-radius: 4px; }"
                                    "QLabel { color: #000000; }")
        row = QHBoxLayout(self.proposal)
        row.addWidget(QLabel(self.tr("Every planned attempt was made without a reply."), wordWrap=True), 1)
        close_button = QPushButton(self.tr("Close as no response"))
        close_button.clicked.connect(self.close_proposed)
        row.addWidget(close_button)
        card = QGridLayout()
        self.email, self.copy_email = self._contact_row(card, 0, self.tr("Email:"),
                                                        self.tr("Copy the email address to the clipboard"), "@")
        self.phone, self.copy_phone = self._contact_row(card, 1, self.tr("Phone:"),
                                                        self.tr("Copy the phone number to the clipboard"))
        self.offers = QLabel(wordWrap=True)
        self.timeline = QTextBrowser(openExternalLinks=False, openLinks=False)
        self.timeline.anchorClicked.connect(self._open_link)
        self.timeline.setFrameShape(QFrame.Shape.NoFrame)
        self.hint = QLabel(self.tr("Select a customer to see their contact details and timeline."),
                           wordWrap=True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = QWidget()
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(0, 0, 0, 0)
        title = QHBoxLayout()
        title.addWidget(self.name, 1)
        title.addWidget(self.claim_button)
        title.addWidget(self.edit_button)
        inner.addLayout(title)
        for w in (self.subtitle, self.tags, self.dnc_banner, self.state, self.proposal, self.actions):
            inner.addWidget(w)
        self.contact = QWidget()
        self.contact.setLayout(card)
        card.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.contact)
        inner.addWidget(self.form)
        self.form.hide()
        inner.addWidget(self.offers)
        inner.addWidget(QLabel("<b>%s</b>" % self.tr("Timeline")))
        inner.addWidget(self.timeline, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.hint)
        self.customer_id: int | None = None
        self.show_customer(None)

    def _contact_row(self, grid: QGridLayout, row: int, label: str, tip: str,
                     break_at: str = "") -> tuple[ElidedLabel, QToolButton]:
        value = ElidedLabel(textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse, break_at=break_at)
        button = QToolButton(text=self.tr("Copy"), toolTip=tip)
        button.clicked.connect(lambda: QGuiApplication.clipboard().setText(value.full_text))
        grid.addWidget(QLabel(label), row, 0)
        grid.addWidget(value, row, 1)
        grid.addWidget(button, row, 2)
        grid.setColumnStretch(1, 1)
        return value, button

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        c = self._source.customer(customer_id) if customer_id is not None else None
        self.card.setVisible(c is not None)
        self.hint.setVisible(c is None)
        self.dnc_banner.setVisible(bool(c and c["dnc"]))
        self._shown = c
        if c is None:
            self.shown.emit(None)
            return
        self.actions.set_customer(c)
        self.proposal.setVisible(c["next_due_kind"] == "close" and not c["dnc"])
        self._shown = c
        self._show_state(c)
        self.name.set_full_text(c["full_name"] or c["email"] or self.tr("(no name)"))
        company = (f"<a href='company:'>{escape(c['company'])}</a>" if c["company"] else
                   f"<a href='company:'>{escape(self.tr('colleagues'))}</a>" if c.get("email") else "")
        self.subtitle.setText(" · ".join(filter(None, (escape(c["job_title"] or ""), company,
                                                       escape(c["country_code"] or "")))))
        self.subtitle.setToolTip(self.tr("Click the company to see its customers together"))
        chips = " ".join(f"<span style='background:#56B4E9;color:#000000'>&nbsp;#{escape(t)}&nbsp;</span>"
                         f"<a href='untag:{escape(t, quote=True)}' style='text-decoration:none'"
                         f" title='{escape(self.tr('Remove this tag'), quote=True)}'>×</a>"
                         for t in self._source.tags(customer_id))
        self.tags.setText(f"{chips} <a href='tag:'>{escape(self.tr('+ tag'))}</a>")
        if not self.form.isHidden() and self._editing != customer_id:
            self.end_edit()
        self.dnc_banner.setText(self.tr("DO NOT CONTACT. This customer asked not to be contacted: LeadInbox will "
                                        "not email, call or plan attempts for them."))
        self.email.set_full_text(c["email"] or "—")
        self.phone.set_full_text(c["phone"] or "—")
        self.copy_email.setEnabled(bool(c["email"]) and not c["dnc"])
        self.copy_phone.setEnabled(bool(c["phone"]) and not c["dnc"])
        # Not even by selecting the text: a do-not-contact address should not reach a mail client by accident.
        flags = (Qt.TextInteractionFlag.NoTextInteraction if c["dnc"]
                 else Qt.TextInteractionFlag.TextSelectableByMouse)
        self.email.setTextInteractionFlags(flags)
        self.phone.setTextInteractionFlags(flags)
        events = self._source.timeline(customer_id)
        # From the timeline's leads: an offer a file named only by id is called there by the name others gave it.
        offers = sorted({e["offer_name"] or e["offer_id"] for e in events
                         if e["kind"] == "lead" and (e["offer_name"] or e["offer_id"])})
        self.offers.setText(
            self.tr("<b>Offers:</b> %1").replace("%1", escape(", ".join(offers))) if offers else "")
        self.timeline.setHtml(timeline_html(events))
        self.shown.emit(c)

    @property
    def current(self) -> dict | None:
        """The customer shown, as read when shown (None: nobody)."""
        return getattr(self, "_shown", None) if self.customer_id is not None else None

    # Editing ------------------------------------------------------------------------------------------
    _editing: int | None = None

    def begin_edit(self) -> None:
        """The form in place of the contact rows, filled with what the customer has now."""
        if self.customer_id is None:
            return
        self._editing = self.customer_id
        self.form.load(self._source.customer(self.customer_id) or {})
        self.contact.hide()
        self.edit_button.setEnabled(False)
        self.form.show()
        self.form.fields["name"].setFocus()

    def end_edit(self) -> None:
        self._editing = None
        self.form.hide()
        self.contact.show()
        self.edit_button.setEnabled(True)

    def _link(self, href: str) -> None:
        if self.customer_id is None:
            return
        kind, _, value = href.partition(":")
        if kind == "company":
            self.company_open.emit(self.customer_id)
        elif kind == "tag":
            self.tag_add.emit(self.customer_id)
        elif kind == "untag":
            self.tag_remove.emit(self.customer_id, value)

    def _show_state(self, c: dict) -> None:
        # A do-not-contact customer's status already says so (and the banner why): no "do not contact" clock.
        due = "" if c["dnc"] else due_label(c["next_due_at"], self._clock(), kind=c["next_due_kind"])[0]
        count = c["attempt_count"] or 0
        attempts = (self.tr("%Ln attempt(s), the last on %1", "", count).replace(
            "%1", short_date(c["last_attempt_at"])) if count else self.tr("no attempt yet"))
        status = STATUS_LABELS.get(c["status"] or "", c["status"] or "")
        if c["dnc"] and c["status"] != "dnc":    # e.g. a Won lead, then the person asked to be left alone
            status = " · ".join(filter(None, (status, STATUS_LABELS["dnc"])))
        # On a team, who works the customer (their claim), by name.
        owner = self.tr("%1 works this customer").replace("%1", c["owner"]) if c.get("owner") else ""
        self.state.setText(" · ".join(filter(None, (status, attempts, due, owner))))

    def tick(self) -> None:
        """The due clock counts down with the list's (the main window's minute timer), timeline untouched."""
        if self.customer_id is not None and getattr(self, "_shown", None) is not None:
            self._show_state(self._shown)

    def _open_link(self, url: QUrl) -> None:
        """A lead's "original row" link: the row of the file it came from, in a dialog."""
        if url.scheme() != "row" or not url.path().isdigit():
            return
        row = self._source.original_row(int(url.path()))
        if row is None:       # the lead was removed meanwhile (an undone import)
            return
        customer = self._source.customer(self.customer_id) if self.customer_id is not None else None
        dialog = OriginalRowDialog(row, dnc=bool(customer and customer["dnc"]), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
