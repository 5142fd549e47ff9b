"""The detail pane's state line: status, attempts and the follow-up clock, each said once."""

from datetime import datetime, timezone

import pytest

from leadinbox.ui.inbox.detail_pane import DetailPane
from leadinbox.store.inbox_source import InboxSource

NOW = datetime(2026, 10, 20, 9, 0, tzinfo=timezone.utc)


def pane_for(qtbot, db, email):
    pane = DetailPane(InboxSource(db), clock=lambda: NOW)
    qtbot.addWidget(pane)
    pane.show_customer(db.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()[0])
    return pane


def test_a_do_not_contact_customer_is_said_so_once(qtbot, sample_db):
    pane = pane_for(qtbot, sample_db, "lukas.mueller@litware.example")
    assert pane.state.text() == "Do not contact · no attempt yet"
    assert pane.dnc_banner.isVisibleTo(pane)


def test_an_open_customer_shows_the_clock(qtbot, sample_db):
    pane = pane_for(qtbot, sample_db, "chloe.lefevre@adatum.example")
    assert pane.state.text().startswith("New · no attempt yet · reply overdue")


@pytest.mark.parametrize("lang", ["en", "nl", "zh_TW"])
def test_a_deal_amount_never_wraps_away_from_its_currency(qtbot, sample_db, language, lang):
    """The timeline's "Deal value: 12,500.00 EUR" broke after the amount in a narrow detail pane."""
    from PySide6.QtGui import QTextDocument
    from leadinbox.store.work import deals
    from leadinbox.store.work.attempts import set_status
    from leadinbox.ui.language.i18n import format_number
    language(lang)
    email = "sanne.devries@fabrikam.example"
    lead = sample_db.execute("SELECT l.id FROM leads AS l JOIN customers AS c ON c.id = l.customer_id "
                             "WHERE c.email = ? ORDER BY l.id LIMIT 1", (email,)).fetchone()[0]
    set_status(sample_db, [lead], "won")
    deals.set_deal(sample_db, [lead], 12500, "EUR")
    pane = pane_for(qtbot, sample_db, email)
    document = QTextDocument()          # the pane's own follows its widget's width: this one is set below
    document.setDefaultFont(pane.timeline.font())
    document.setHtml(pane.timeline.toHtml())
    amount = document.find(format_number(12500, 2))
    assert not amount.isNull(), document.toPlainText()
    currency = document.find("EUR", amount.position())
    assert currency.block() == amount.block()
    layout = amount.block().layout()
    breaks = set()
    for width in range(120, 480, 2):
        document.setTextWidth(width)
        document.size()                  # lays it out
        lines = {layout.lineForTextPosition(c.positionInBlock()).lineNumber() for c in (amount, currency)}
        assert len(lines) == 1, (width, amount.block().text())
        breaks.add(layout.lineCount())
    assert len(breaks) > 1          # the line did wrap at some of these widths
