"""The selected customer: contact card with copy buttons, offers, and the timeline of their events."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from leadinbox.ui.badges import SOURCE_LABELS, action_badge, text_colour_for
from leadinbox.ui.inbox_model import short_date


class DetailPane(QWidget):
    """Shows one customer; `show_customer(None)` shows the hint for an empty selection."""

    def __init__(self, source, parent=None) -> None:
        super().__init__(parent)
        self._source = source
        self.name = QLabel(objectName="detailName", textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.subtitle = QLabel(wordWrap=True)
        self.dnc_banner = QLabel(wordWrap=True, objectName="dncBanner")
        self.dnc_banner.setStyleSheet("QLabel#dncBanner { background: #D55E00; color: white; padding: 6px;"
                                      " border-radius: 4px; font-weight: bold; }")
        card = QGridLayout()
        self.email, self.copy_email = self._contact_row(card, 0, "Email")
        self.phone, self.copy_phone = self._contact_row(card, 1, "Phone")
        self.offers = QLabel(wordWrap=True)
        self.timeline = QTextBrowser(openExternalLinks=False)
        self.timeline.setFrameShape(QFrame.Shape.NoFrame)
        self.hint = QLabel("Select a customer to see their contact details and timeline.", wordWrap=True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = QWidget()
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(0, 0, 0, 0)
        for w in (self.name, self.subtitle, self.dnc_banner):
            inner.addWidget(w)
        inner.addLayout(card)
        inner.addWidget(self.offers)
        inner.addWidget(QLabel("<b>Timeline</b>"))
        inner.addWidget(self.timeline, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.hint)
        self.customer_id: int | None = None
        self.show_customer(None)

    def _contact_row(self, grid: QGridLayout, row: int, label: str) -> tuple[QLabel, QToolButton]:
        value = QLabel(textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QToolButton(text="Copy", toolTip=f"Copy the {label.lower()} to the clipboard")
        button.clicked.connect(lambda: QGuiApplication.clipboard().setText(value.text()))
        grid.addWidget(QLabel(f"{label}:"), row, 0)
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
        if c is None:
            return
        leads = self._source.leads(customer_id)
        self.name.setText(c["full_name"] or c["email"] or "(no name)")
        self.subtitle.setText(" · ".join(filter(None, (c["job_title"], c["company"], c["country_code"]))))
        self.dnc_banner.setText("⛔ Do not contact. This customer reached you through a DNC lead: "
                                "Microsoft passed it on for information only.")
        self.email.setText(c["email"] or "—")
        self.phone.setText(c["phone"] or "—")
        self.copy_email.setEnabled(bool(c["email"]) and not c["dnc"])
        self.copy_phone.setEnabled(bool(c["phone"]) and not c["dnc"])
        offers = sorted({lead["offer_name"] or lead["offer_id"] for lead in leads if lead["offer_name"] or lead["offer_id"]})
        self.offers.setText("<b>Offers:</b> " + escape(", ".join(offers)) if offers else "")
        self.timeline.setHtml(self._timeline_html(leads))

    def _timeline_html(self, leads: list[dict]) -> str:
        files = self._source.batch_files({lead["batch_id"] for lead in leads})
        notes = [lead for lead in leads if lead["description"] and lead["action"] == "PLT"]
        parts = []
        for lead in notes[:3]:  # what the customer wrote is what the salesperson reads first
            parts.append(f"<table width='100%' cellpadding='6' style='background-color:#FCEBC4;color:#000000'>"
                         f"<tr><td>“{escape(lead['description'])}”<br><small>Contact me, "
                         f"{short_date(lead['created_at'] or lead['sort_at'])}</small></td></tr></table>")
        for lead in leads:
            text, colour = action_badge(lead["action"])
            source = SOURCE_LABELS.get(lead["source"] or "", lead["source"] or "")
            offer = lead["offer_name"] or lead["offer_id"] or ""
            chip = (f"<span style='background:{colour};color:{text_colour_for(colour).name()}'>"
                    f"&nbsp;{escape(text)}&nbsp;</span>")
            line = f"<b>{short_date(lead['created_at'] or lead['sort_at'])}</b> {chip} {escape(source)} · {escape(offer)}"
            if lead["description"] and lead not in notes[:3]:
                line += f"<br><i>“{escape(lead['description'])}”</i>"
            origin = files.get(lead["batch_id"], "")
            line += f"<br><small>from {escape(origin)}, row {lead['row_no']} · status {escape(lead['status'])}</small>"
            parts.append(f"<p>{line}</p>")
        return "".join(parts)

