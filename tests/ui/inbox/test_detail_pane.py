"""The detail pane's state line: status, attempts and the follow-up clock, each said once."""

from datetime import datetime, timezone

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
