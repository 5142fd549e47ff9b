"""Working a backlog in the window's pieces: status on a selection, start from today, the edit form, tags,
a lead added by hand and the company view, each one undo step that says what it did."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from leadinbox.store import inbox
from leadinbox.store.inbox_source import InboxSource
from leadinbox.ui.followup.bulk import BulkActions
from leadinbox.ui.followup.start_dialog import StartFromTodayDialog
from leadinbox.ui.importing.add_lead_dialog import AddLeadDialog
from leadinbox.ui.inbox.company_dialog import CompanyDialog
from leadinbox.ui.inbox.detail_pane import DetailPane
from leadinbox.ui.inbox.edit_form import ContactForm

SANNE, JOHN, LUKAS = ("sanne.devries@fabrikam.example", "jsmith@contoso.example", "lukas.mueller@litware.example")


def cid(db, email):
    return db.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()[0]


class Hub:
    def __init__(self):
        self.seen = []

    def emit(self, changes):
        self.seen.append(changes)


@pytest.fixture
def bulk(qtbot, sample_db):
    parent = QWidget()
    qtbot.addWidget(parent)
    stack = QUndoStack(parent)
    hub = Hub()
    actions = BulkActions(sample_db, parent, stack)
    actions.changed.connect(hub.emit)
    actions.told, actions.said = [], []
    actions.tell = lambda title, text: actions.told.append(text)
    actions.ask = lambda title, text: True
    actions.message.connect(actions.said.append)
    actions.hub = hub
    return actions


def statuses(db):
    return db.execute("SELECT id, status FROM leads ORDER BY id").fetchall()


def test_status_on_a_selection_is_one_step_and_says_who_was_left_out(bulk):
    db = bulk.db
    before = statuses(db)
    ids = [cid(db, SANNE), cid(db, JOHN), cid(db, LUKAS)]
    assert bulk.set_status(ids, "no_response")
    assert bulk.undo_stack.count() == 1
    assert "2 customers changed" in bulk.said[-1] and "1 selected customer left out: 1 without an open lead" in \
        bulk.said[-1]
    assert set(bulk.hub.seen[-1]) == {ids[0], ids[1]}
    assert bulk.undo_stack.undoText().endswith(" for 2 customers")    # the two it changed, not the 3 selected
    assert inbox.customer(db, ids[0])["status"] == "no_response"
    bulk.undo_stack.undo()
    assert statuses(db) == before
    bulk.undo_stack.redo()
    assert inbox.customer(db, ids[1])["status"] == "no_response"


def test_nothing_to_change_pushes_nothing(bulk):
    assert not bulk.set_status([cid(bulk.db, LUKAS)], "won")
    assert bulk.undo_stack.count() == 0 and "without an open lead" in bulk.told[-1]


def test_start_from_today_closes_the_backlog_as_one_step(qtbot, bulk):
    db = bulk.db
    dialog = StartFromTodayDialog(db)
    qtbot.addWidget(dialog)
    assert "unanswered lead" in dialog.count.text() and dialog.days() == 14 and dialog.mode() == "close"
    bulk.run = lambda d: QDialog.DialogCode.Accepted
    assert bulk.start_from_today()
    assert inbox.due_now(db) == 0
    assert "handled before LeadInbox" in bulk.said[-1]
    bulk.undo_stack.undo()
    assert inbox.due_now(db) > 0


def test_the_edit_form_saves_through_the_detail_pane_and_undoes(qtbot, bulk):
    db = bulk.db
    pane = DetailPane(InboxSource(db))
    qtbot.addWidget(pane)
    sanne = cid(db, SANNE)
    pane.show_customer(sanne)
    pane.edit_saved.connect(lambda customer, values: bulk.edit_contact(customer, values) and pane.end_edit())
    pane.begin_edit()
    assert not pane.form.isHidden() and pane.contact.isHidden()
    assert pane.form.fields["name"].text() == "Sanne de Vries"
    pane.form.fields["title"].setText("CTO")
    pane.form.fields["language"].setCurrentIndex(pane.form.fields["language"].findData("nl"))
    pane.form.buttons.accepted.emit()
    assert pane.form.isHidden()
    customer = inbox.customer(db, sanne)
    assert customer["job_title"] == "CTO" and customer["language"] == "nl"
    assert "will not overwrite" in bulk.said[-1]
    bulk.undo_stack.undo()
    assert inbox.customer(db, sanne)["job_title"] != "CTO"


def test_an_email_another_customer_has_offers_to_merge(qtbot, bulk):
    db = bulk.db
    sanne, john = cid(db, SANNE), cid(db, JOHN)

    def merge(box):
        box.buttons()[0].click()      # "Merge the two", the default
        return 0
    bulk.run = merge
    assert bulk.edit_contact(sanne, {"email": JOHN})
    assert inbox.customer(db, john) is None
    bulk.undo_stack.undo()
    assert inbox.customer(db, john) is not None and inbox.customer(db, sanne)["email"] == SANNE


def test_tags_chips_and_undo(qtbot, bulk):
    db = bulk.db
    ids = [cid(db, SANNE), cid(db, JOHN)]

    def answer(dialog):
        dialog.setTextValue("Trade show 2026")
        return QDialog.DialogCode.Accepted
    bulk.run = answer
    assert bulk.add_tag(ids)
    pane = DetailPane(InboxSource(db))
    qtbot.addWidget(pane)
    pane.show_customer(ids[0])
    assert "#Trade show 2026" in pane.tags.text()
    removed = []
    pane.tag_remove.connect(lambda c, t: removed.append((c, t)))
    pane._link("untag:Trade show 2026")
    assert removed == [(ids[0], "Trade show 2026")]
    assert bulk.remove_tag([ids[0]], "Trade show 2026")
    bulk.undo_stack.undo()
    bulk.undo_stack.undo()
    from leadinbox.store.people.tags import tags_of
    assert tags_of(db, ids) == {}


def test_a_lead_added_by_hand(qtbot, bulk):
    dialog = AddLeadDialog(offers=["Lead Router SaaS"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name.setText("Eva Booth")
    dialog.phone.setText("+31 6 5555 1234")
    assert ok.isEnabled()
    dialog.offer.setCurrentText("Lead Router SaaS")
    values = dialog.values()
    assert values["action"] == "PLT" and values["date"].endswith("Z") and values["email"] is None
    customer = bulk.add_lead(values)
    lead = inbox.customer_leads(bulk.db, customer)[0]
    assert lead["source_system"] == "manual" and lead["next_due_kind"] == "reply"
    assert bulk.add_lead(values) == customer and "already in LeadInbox" in bulk.told[-1]
    assert bulk.undo_stack.count() == 1
    bulk.undo_stack.undo()
    assert inbox.customer(bulk.db, customer) is None


def test_the_company_view_lists_the_customers_of_one_company(qtbot, bulk):
    db = bulk.db
    for email in ("anna@fabrikam.example", "bob@fabrikam.example"):
        bulk.add_lead({"email": email, "name": email.split("@")[0].title(), "action": "PLT",
                       "date": (datetime.now(timezone.utc) - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")})
    source = InboxSource(db)
    value = source.company_of(cid(db, SANNE))
    name, members = source.company(value)
    dialog = CompanyDialog(name, value, members)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3 and "3 customers" in dialog.summary.text()
    wanted = []
    dialog.filter_inbox.connect(wanted.append)
    dialog._filter()
    assert wanted == [value]


def test_the_funnel_card_shows_deal_values_per_offer(qtbot, sample_db):
    from leadinbox.core.query import InboxQuery
    from leadinbox.store.reports import report_set
    from leadinbox.store.work import deals
    from leadinbox.store.work.attempts import set_status
    from leadinbox.ui.reports.cards import ReportCards
    lead = sample_db.execute("SELECT id FROM leads WHERE status = 'new' ORDER BY id LIMIT 1").fetchone()[0]
    set_status(sample_db, [lead], "won")
    deals.set_deal(sample_db, [lead], 12000, "EUR")
    cards = ReportCards()
    for card in cards.all:
        qtbot.addWidget(card)
    cards.show(report_set(sample_db, InboxQuery(hide_test=False)))
    assert "value won 12,000.00\u00a0EUR" in cards.funnel.chart.subtitle      # never wrapped apart
    model = cards.funnel.model
    texts = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "Deal value per offer" in texts and "12,000.00\u00a0EUR" in texts


def test_a_refused_edit_is_said_in_the_ui_language(bulk, sample_db, language):
    """The store refuses in English with named values; the window says it translated (refusal_of)."""
    language("nl")
    assert bulk.edit_contact(cid(sample_db, SANNE), {"email": "not-an-address"}) is False
    assert bulk.told == ["“not-an-address” is geen e-mailadres"]
    assert sample_db.execute("SELECT email FROM customers WHERE id = ?", (cid(sample_db, SANNE),)).fetchone()[0] == SANNE
