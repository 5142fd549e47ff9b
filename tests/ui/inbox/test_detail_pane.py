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


def flagged(tmp_path, db):
    """Ann's lead, by offer id only, with a date, phone and country its file wrote unreadably; Bob's file names
    the offer."""
    from leadinbox.store.importing.entry import import_path
    header = ("Lead ID,LeadCreationDateTime,Customer name,Company name,Customer email,Customer phone,Country,"
              "Offer name,Offer ID,Lead source,Call to action\n")
    for name, body in (("ann.csv", "a1,31/02/2026,Ann Lee,Fab,ann@fab.example,12,Atlantis,,contoso.gw,AppSource,"
                                   "Contact me\n"),
                       ("bob.csv", "b1,2026-10-01T10:00:00Z,Bob Ray,Bco,bob@bco.example,,US,Secure Gateway,"
                                   "contoso.gw,AppSource,Contact me\n")):
        (tmp_path / name).write_text(header + body, encoding="utf-8")
        import_path(db, tmp_path / name)
    return "ann@fab.example"


@pytest.mark.parametrize("lang", ["en", "nl", "zh_TW"])
def test_the_lead_says_what_its_file_said_that_could_not_be_read(qtbot, db, tmp_path, language, lang):
    language(lang)
    pane = pane_for(qtbot, db, flagged(tmp_path, db))
    text = pane.timeline.toPlainText()
    for value in ("31/02/2026", "Atlantis"):
        assert value in text
    assert text.count("⚠") == 3
    if lang == "en":
        assert "Date “31/02/2026” could not be read; the lead is dated by its import" in text
        assert "Phone “12” could not be read; kept as written" in text
        assert "Country “Atlantis” could not be read; kept as written" in text
    else:
        assert "could not be read" not in text             # said in the UI's language


def test_a_lead_known_by_offer_id_shows_the_offers_name(qtbot, db, tmp_path):
    pane = pane_for(qtbot, db, flagged(tmp_path, db))
    assert "Secure Gateway" in pane.timeline.toPlainText()
    assert "contoso.gw" not in pane.timeline.toPlainText()
    assert "Secure Gateway" in pane.offers.text() and "contoso.gw" not in pane.offers.text()
